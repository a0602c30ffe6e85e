// The reference for start-up time: the smallest Ink program, one line of text.
import React from 'react';
import {render, Text} from 'ink';

render(React.createElement(Text, null, 'hello'), {exitOnCtrlC: true, patchConsole: false});
setTimeout(() => process.exit(0), 5000);
