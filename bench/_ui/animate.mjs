// Animates one level through Ink to a fake 120×40 terminal and prints the peak RSS (bytes).
import {EventEmitter} from 'node:events';
import React from 'react';
import {render} from 'ink';
import {loadCampaign} from '../../dist/levels/load.js';
import {defaultKnobs, play} from '../../dist/engine/index.js';
import {RunScreen} from '../../dist/ui/screens/RunScreen.js';
import {makeTheme} from '../../dist/ui/theme.js';
import {favourSmallHeap} from '../../dist/ui/memory.js';

// as the game does once its first frame is drawn
favourSmallHeap();

const {levels} = await loadCampaign();
const level = levels.reduce((a, b) => (b.budget > a.budget ? b : a));
const outcome = play(level, defaultKnobs(level), 1);
const stdout = Object.assign(new EventEmitter(), {columns: 120, rows: 40, isTTY: true, write: () => true});
const stdin = Object.assign(new EventEmitter(), {isTTY: true, setRawMode() {}, setEncoding() {}, resume() {}, pause() {}, ref() {}, unref() {}, read: () => null});
let peak = 0;
const sample = setInterval(() => {
	peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
await new Promise((resolve) => {
	const env = {lang: 'en', theme: makeTheme(3, false), width: 120, height: 39, view: 'relief'};
	render(React.createElement(RunScreen, {env, outcome, fps: 30, onFinish: resolve, onAbort: resolve}), {stdout, stdin, patchConsole: false, exitOnCtrlC: false});
});
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
process.stdout.write(`${JSON.stringify({peak, level: level.id, steps: outcome.run.climbers.reduce((s, c) => s + c.steps, 0)})}\n`);
process.exit(0);
