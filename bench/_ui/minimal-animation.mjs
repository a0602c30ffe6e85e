// The reference for peak memory: the smallest full-screen animation in Ink. One line of text
// changes 30 times a second for 4.5 s in a box the size of the terminal (Ink rebuilds every cell
// of it each frame, as it does for the game). Node's and V8's defaults, no flags. Writes its
// kernel high-water mark (VmHWM, kB) to the file named by DESCENSO_BENCH_OUT, then exits.
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';

// React's production build, as the game runs it (cli.tsx sets NODE_ENV before React loads)
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {Box, render, Text} = await import('ink');

const {columns = 120, rows = 40} = process.stdout;
const screen = (frame) => React.createElement(Box, {width: columns, height: rows - 1, flexDirection: 'column'}, React.createElement(Text, null, `frame ${frame}`));
const instance = render(screen(0), {exitOnCtrlC: true, patchConsole: false});
let frame = 0;
const timer = setInterval(() => {
	instance.rerender(screen(++frame));
	if (frame < 135) return;
	clearInterval(timer);
	writeFileSync(process.env.DESCENSO_BENCH_OUT, /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '');
	instance.unmount();
	process.exit(0);
}, 1000 / 30);
