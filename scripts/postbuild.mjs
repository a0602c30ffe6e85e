// Makes the built command executable so `npm install` leaves a runnable `descenso`.
import {chmodSync, existsSync} from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
