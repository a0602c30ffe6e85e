// UI figures (issue 12): the map frame through Ink and the renderer alone, start-up against a minimal Ink program, peak RSS of the installed bin.
import {execFileSync, spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// the game runs React's production build (cli.tsx sets NODE_ENV): measure the same
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {render} = await import('ink');

const ROOT = fileURLToPath(new URL('..', import.meta.url));


const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

const round = (value, digits = 2) => Number(value.toFixed(digits));

/** The level, run and options every map figure uses: a campaign level with several terms, its default run. */
async function mapSetup() {
	const {loadCampaign} = await import('../dist/levels/load.js');
	const {defaultKnobs, play} = await import('../dist/engine/index.js');
	const {levels} = await loadCampaign();
	const level = levels.find((l) => l.terrain.length > 1) ?? levels[0];
	const best = play(level, defaultKnobs(level), 1).run.climbers[0];
	const options = (view, upTo) => ({level, width: 118, height: 38, view, color: 3, ascii: false, trail: {x: best.x, y: best.y, upTo}, velocity: {dx: 1, dy: 0}});
	return {level, best, options};
}

/**
 * Median ms for one frame of the 120×40 map through Ink (a new climber position each frame), laid
 * out as the run screen lays it out: inside a box clipped to the screen.
 */
async function mapFrame(view) {
	const {TerrainMap} = await import('../dist/ui/components/TerrainMap.js');
	const {Box} = await import('ink');
	const {level, best, options} = await mapSetup();
	let bytes = 0;
	const stdout = Object.assign(new EventEmitter(), {columns: 120, rows: 40, isTTY: true, write: (s) => ((bytes += s.length), true)});
	const element = (upTo) =>
		React.createElement(Box, {width: 120, height: 39, overflow: 'hidden', flexDirection: 'column'}, React.createElement(TerrainMap, options(view, upTo)));
	const instance = render(element(0), {stdout, patchConsole: false, exitOnCtrlC: false, maxFps: 1000, debug: true});
	await tick();
	const times = [];
	for (let i = 1; i <= 300; i++) {
		const start = performance.now();
		instance.rerender(element(i % (best.steps + 1)));
		await tick();
		times.push(performance.now() - start);
	}

	instance.unmount();
	return {ms: median(times.slice(30)), level: level.id, bytes: Math.round(bytes / 300)};
}

/**
 * Ink's own floor for the same screen: the map's first frame as ONE pre-coloured string in one
 * `<Text>`, with one cell changed per frame (so Ink cannot skip anything). The frame figures are
 * also given as a multiple of this, which holds when the machine is loaded and absolute times are not.
 */
async function inkFloor(view) {
	const {renderMap} = await import('../dist/ui/map/render.js');
	const {Box, Text} = await import('ink');
	const {options} = await mapSetup();
	const lines = renderMap(options(view, 0)).lines;
	const stdout = Object.assign(new EventEmitter(), {columns: 120, rows: 40, isTTY: true, write: () => true});
	const element = (i) => {
		const text = [...lines];
		text[i % text.length] = `${i % 10}${text[i % text.length].slice(1)}`;
		return React.createElement(Box, {width: 120, height: 39, overflowY: 'hidden', flexDirection: 'column'}, React.createElement(Text, null, text.join('\n')));
	};

	const instance = render(element(0), {stdout, patchConsole: false, exitOnCtrlC: false, maxFps: 1000, debug: true});
	await tick();
	const times = [];
	for (let i = 1; i <= 300; i++) {
		const start = performance.now();
		instance.rerender(element(i));
		await tick();
		times.push(performance.now() - start);
	}

	instance.unmount();
	return median(times.slice(30));
}

/** Median ms for the renderer alone to build one frame of the same map (no Ink). */
async function mapRenderer(view) {
	const {renderMap} = await import('../dist/ui/map/render.js');
	const {best, options} = await mapSetup();
	const times = [];
	for (let i = 1; i <= 600; i++) {
		const start = performance.now();
		renderMap(options(view, i % (best.steps + 1)));
		times.push(performance.now() - start);
	}

	return median(times.slice(60));
}

/** The game as installed: `dist/cli.js` run through its own `#!/usr/bin/env node` line, no node flags. */
const BIN = './dist/cli.js';

/**
 * Peak resident memory of the installed bin while it plays the campaign's longest level in a
 * 120×40 tmux pane (setup → name → the whole animated run → the result screen until par and the
 * percentile are shown, so the 2000-climber search after the run counts too), read from the
 * kernel's high-water mark of the process (VmHWM in /proc/<pid>/status; Linux). Also its resident
 * memory on the setup screen, before anything animates.
 */
function peakWhileAnimating() {
	const name = 'peak RSS while a level animates';
	const setupName = 'RSS on the setup screen';
	const level = 'w2-06-banana';
	if (!existsSync('/proc/self/status')) return [{name, value: Number.NaN, unit: 'MB', note: 'skipped: needs /proc (Linux)'}];
	const data = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
	const session = `bench-rss-${process.pid}`;
	const screen = () => spawnSync('tmux', ['capture-pane', '-p', '-t', session], {encoding: 'utf8'}).stdout ?? '';
	const until = (text, ms) => {
		const end = performance.now() + ms;
		while (performance.now() < end) {
			if (screen().includes(text)) return true;
			spawnSync('sleep', ['0.05']);
		}

		return false;
	};

	const mb = (status, field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024);
	try {
		execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env XDG_DATA_HOME=${data} ${BIN} play ${level} --lang en`]);
		const pid = spawnSync('tmux', ['display', '-p', '-t', session, '#{pane_pid}'], {encoding: 'utf8'}).stdout.trim();
		if (!until('Under your feet', 15_000)) throw new Error('the setup screen did not show');
		spawnSync('sleep', ['0.5']);
		const setup = mb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
		execFileSync('tmux', ['send-keys', '-t', session, 'Enter']);
		if (!until('name', 10_000)) throw new Error('the name screen did not show');
		execFileSync('tmux', ['send-keys', '-t', session, '-l', 'Ana']);
		execFileSync('tmux', ['send-keys', '-t', session, 'Enter']);
		if (!until('Score', 120_000)) throw new Error('the run did not end');
		if (!until('Par ', 60_000)) throw new Error('par was not shown');
		const peak = mb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
		return [
			{name, value: peak, unit: 'MB', goal: '≤ 110 MB', met: peak <= 110, note: `the installed bin (no node flags) playing ${level} (600 steps) at 120×40 in tmux, until par is shown; kernel high-water mark`},
			{name: setupName, value: setup, unit: 'MB', note: 'same process, before anything animates (VmRSS)'},
		];
	} catch (error) {
		return [{name, value: Number.NaN, unit: 'MB', note: `failed: ${String(error?.message ?? error).slice(0, 200)}`}];
	} finally {
		spawnSync('tmux', ['kill-session', '-t', session]);
		rmSync(data, {recursive: true, force: true});
	}
}

/**
 * The floor under the figure above: peak resident memory of the smallest full-screen Ink
 * animation (bench/_ui/minimal-animation.mjs, one line changing 30 times a second for 4.5 s in a
 * 120×39 box), with Node's defaults, in the same kind of pane. Median of three.
 */
function minimalAnimationPeak() {
	const name = 'peak RSS: minimal Ink program animating a full screen';
	if (!existsSync('/proc/self/status')) return {name, value: Number.NaN, unit: 'MB', note: 'skipped: needs /proc (Linux)'};
	const peaks = [];
	for (let i = 0; i < 3; i++) {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
		const out = path.join(dir, 'hwm');
		const session = `bench-floor-${process.pid}-${i}`;
		try {
			execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env DESCENSO_BENCH_OUT=${out} node bench/_ui/minimal-animation.mjs`]);
			const end = performance.now() + 30_000;
			while (performance.now() < end && !existsSync(out)) spawnSync('sleep', ['0.1']);
			spawnSync('sleep', ['0.1']);
			const kb = Number(readFileSync(out, 'utf8'));
			if (kb > 0) peaks.push(kb / 1024);
		} catch {
			// a run that did not finish is left out
		} finally {
			spawnSync('tmux', ['kill-session', '-t', session]);
			rmSync(dir, {recursive: true, force: true});
		}
	}

	if (peaks.length === 0) return {name, value: Number.NaN, unit: 'MB', note: 'failed: the program did not finish'};
	return {name, value: Math.round(median(peaks)), unit: 'MB', note: `one changing line in a 120×39 box, 30 frames a second for 4.5 s, Node's defaults; median of ${peaks.length}: what Ink alone costs, the game sets V8 to a small heap (source/ui/memory.ts)`};
}

/** Milliseconds from spawning `command` in a fresh 120×40 tmux pane until something is drawn. */
function firstFrame(command, env) {
	const session = `bench-ui-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	const start = performance.now();
	execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env ${env} ${command}`]);
	let elapsed = Number.NaN;
	try {
		const deadline = start + 15_000;
		while (performance.now() < deadline) {
			const screen = spawnSync('tmux', ['capture-pane', '-p', '-t', session], {encoding: 'utf8'}).stdout ?? '';
			if (screen.trim() !== '') {
				elapsed = performance.now() - start;
				break;
			}
		}
	} finally {
		spawnSync('tmux', ['kill-session', '-t', session]);
	}

	return elapsed;
}

export async function run() {
	const figures = [];
	const floor = await inkFloor('relief');
	const relief = await mapFrame('relief');
	figures.push({name: 'map frame 120×40 through Ink', value: round(relief.ms), unit: 'ms', goal: '≤ 4 ms (aim ≤ 2)', met: relief.ms <= 4, note: `relief with contour hints, truecolor, ${relief.level}, median of 270 frames, ~${relief.bytes} bytes written per frame`});
	const contour = await mapFrame('contour');
	figures.push({name: 'map frame 120×40 through Ink, contour view', value: round(contour.ms), unit: 'ms', goal: '≤ 4 ms (aim ≤ 2)', met: contour.ms <= 4, note: `same run, ~${contour.bytes} bytes written per frame`});
	figures.push({name: 'Ink floor: the same screen as one pre-coloured string', value: round(floor), unit: 'ms', note: 'one <Text>, one cell changed a frame: what Ink costs for this much text, same run'});
	figures.push({name: 'map frame / Ink floor (relief, contour)', value: `${round(relief.ms / floor)} / ${round(contour.ms / floor)}`, unit: '×', note: 'load-independent: the map costs this multiple of what Ink needs for its text anyway'});
	figures.push({name: 'map renderer alone 120×40', value: round(await mapRenderer('relief'), 3), unit: 'ms', note: 'renderMap, relief, no Ink: what of the frame is ours'});
	figures.push({name: 'map renderer alone 120×40, contour view', value: round(await mapRenderer('contour'), 3), unit: 'ms', note: 'same run'});

	if (spawnSync('tmux', ['-V']).status === 0) {
		const data = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
		const game = [];
		const minimal = [];
		try {
			// paired and interleaved: each pair sees the same load
			for (let i = 0; i < 9; i++) {
				game.push(firstFrame(`${BIN} --lang en`, `XDG_DATA_HOME=${data}`));
				minimal.push(firstFrame('node bench/_ui/minimal.mjs', `XDG_DATA_HOME=${data}`));
			}
		} finally {
			rmSync(data, {recursive: true, force: true});
		}

		const g = median(game);
		const m = median(minimal);
		const ratios = game.map((t, i) => t / minimal[i]);
		figures.push({name: 'start to first frame: descenso', value: Math.round(g), unit: 'ms', note: 'the installed bin (dist/cli.js, no node flags) in a 120×40 tmux pane, median of 9'});
		figures.push({name: 'start to first frame: minimal Ink program', value: Math.round(m), unit: 'ms', note: 'same run, each start paired with one of the game'});
		figures.push({name: 'start-up ratio descenso / minimal Ink', value: round(g / m), unit: '×', goal: '≤ 1.10', met: g / m <= 1.1, note: `ratio of the medians; median of the 9 paired ratios ${round(median(ratios))}`});
		figures.push(...peakWhileAnimating(), minimalAnimationPeak());
	} else {
		figures.push({name: 'start to first frame', value: Number.NaN, unit: 'ms', note: 'skipped: tmux not installed'});
		figures.push({name: 'peak RSS while a level animates', value: Number.NaN, unit: 'MB', note: 'skipped: tmux not installed'});
	}

	return {figures};
}
