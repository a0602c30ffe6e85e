// UI figures (issue 12): the map frame through Ink and the renderer alone, start-up against a minimal Ink program, peak RSS of the installed bin.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {frameFigures} from './_ui/frame.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));


const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const round = (value, digits = 2) => Number(value.toFixed(digits));

/** The game as installed: `dist/cli.js` run through its own `#!/usr/bin/env node` line, no node flags. */
const BIN = './dist/cli.js';

/**
 * The bench's own tmux server (a socket of its own, held up by an idle session until the end): the
 * panes it opens are not touched by anyone else's tmux, and closing the last pane never leaves a
 * server exiting while the next pane is being opened ("server exited unexpectedly").
 */
const SOCKET = ['-L', `descenso-bench-${process.pid}`];
const tmux = (args, options) => spawnSync('tmux', [...SOCKET, ...args], options);
const tmuxOrThrow = (args) => execFileSync('tmux', [...SOCKET, ...args]);

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
	const screen = () => tmux(['capture-pane', '-p', '-t', session], {encoding: 'utf8'}).stdout ?? '';
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
		tmuxOrThrow(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env XDG_DATA_HOME=${data} ${BIN} play ${level} --lang en`]);
		const pid = tmux(['display', '-p', '-t', session, '#{pane_pid}'], {encoding: 'utf8'}).stdout.trim();
		if (!until('Under your feet', 15_000)) throw new Error('the setup screen did not show');
		spawnSync('sleep', ['0.5']);
		const setup = mb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
		tmuxOrThrow(['send-keys', '-t', session, 'Enter']);
		if (!until('name', 10_000)) throw new Error('the name screen did not show');
		tmuxOrThrow(['send-keys', '-t', session, '-l', 'Ana']);
		tmuxOrThrow(['send-keys', '-t', session, 'Enter']);
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
		tmux(['kill-session', '-t', session]);
		rmSync(data, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
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
			tmuxOrThrow(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env DESCENSO_BENCH_OUT=${out} node bench/_ui/minimal-animation.mjs`]);
			const end = performance.now() + 30_000;
			while (performance.now() < end && !existsSync(out)) spawnSync('sleep', ['0.1']);
			spawnSync('sleep', ['0.1']);
			const kb = Number(readFileSync(out, 'utf8'));
			if (kb > 0) peaks.push(kb / 1024);
		} catch {
			// a run that did not finish is left out
		} finally {
			tmux(['kill-session', '-t', session]);
			rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
		}
	}

	if (peaks.length === 0) return {name, value: Number.NaN, unit: 'MB', note: 'failed: the program did not finish'};
	return {name, value: Math.round(median(peaks)), unit: 'MB', note: `one changing line in a 120×39 box, 30 frames a second for 4.5 s, Node's defaults; median of ${peaks.length}: what Ink alone costs, the game sets V8 to a small heap (source/ui/memory.ts)`};
}

/** Milliseconds from spawning `command` in a fresh 120×40 tmux pane until something is drawn. */
function firstFrame(command, env) {
	const session = `bench-ui-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	const start = performance.now();
	tmuxOrThrow(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env ${env} ${command}`]);
	let elapsed = Number.NaN;
	try {
		const deadline = start + 15_000;
		while (performance.now() < deadline) {
			const screen = tmux(['capture-pane', '-p', '-t', session], {encoding: 'utf8'}).stdout ?? '';
			if (screen.trim() !== '') {
				elapsed = performance.now() - start;
				break;
			}
		}
	} finally {
		tmux(['kill-session', '-t', session]);
	}

	return elapsed;
}

/** CPU milliseconds `command` (node and its arguments) has used when it first draws something, in a fresh 120×40 tmux pane. */
function firstFrameCpu(command, env) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
	const out = path.join(dir, 'cpu');
	const session = `bench-cpu-${process.pid}`;
	try {
		tmuxOrThrow(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `env ${env} DESCENSO_BENCH_OUT=${out} node --import ./bench/_ui/first-frame-cpu.mjs ${command}`]);
		const deadline = performance.now() + 15_000;
		while (performance.now() < deadline && !existsSync(out)) spawnSync('sleep', ['0.02']);
		spawnSync('sleep', ['0.02']);
		return existsSync(out) ? Number(readFileSync(out, 'utf8')) : Number.NaN;
	} finally {
		tmux(['kill-session', '-t', session]);
		rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
	}
}

/**
 * Start to first frame of the installed bin, of the minimal Ink program, and of the game's first
 * frame drawn by the smallest Ink program (the floor under the ratio), interleaved: each start
 * sees the same load as the starts beside it.
 */
function startUp() {
	const data = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
	const game = [];
	const minimal = [];
	const picture = [];
	const cpu = {game: [], minimal: [], picture: []};
	try {
		for (let i = 0; i < 9; i++) {
			game.push(firstFrame(`${BIN} --lang en`, `XDG_DATA_HOME=${data}`));
			minimal.push(firstFrame('node bench/_ui/minimal.mjs', `XDG_DATA_HOME=${data}`));
			picture.push(firstFrame('node bench/_ui/minimal-menu.mjs', `XDG_DATA_HOME=${data}`));
		}

		for (let i = 0; i < 9; i++) {
			cpu.game.push(firstFrameCpu(`${BIN} --lang en`, `XDG_DATA_HOME=${data}`));
			cpu.minimal.push(firstFrameCpu('bench/_ui/minimal.mjs', `XDG_DATA_HOME=${data}`));
			cpu.picture.push(firstFrameCpu('bench/_ui/minimal-menu.mjs', `XDG_DATA_HOME=${data}`));
		}
	} finally {
		rmSync(data, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
	}

	const g = median(game);
	const m = median(minimal);
	const p = median(picture);
	const ratios = game.map((t, i) => t / minimal[i]);
	return [
		{name: 'start to first frame: descenso', value: Math.round(g), unit: 'ms', note: 'the installed bin (dist/cli.js, no node flags) in a 120×40 tmux pane, median of 9'},
		{name: 'start to first frame: minimal Ink program', value: Math.round(m), unit: 'ms', note: 'same run, each start paired with one of the game'},
		{name: 'start-up ratio descenso / minimal Ink', value: round(g / m), unit: '×', goal: '≤ 1.10', met: g / m <= 1.1, note: `ratio of the medians; median of the 9 paired ratios ${round(median(ratios))}`},
		{
			name: 'start-up floor: the menu through minimal Ink / minimal Ink',
			value: round(p / m),
			unit: '×',
			note: `the game's first frame (the same boxes, glyphs and colours) drawn by the smallest Ink program, none of the game's modules (bench/_ui/minimal-menu.mjs): ${Math.round(p)} ms, median of 9. What drawing this picture costs Ink; the ratio above cannot go below it without drawing less`,
		},
		{name: 'start-up ratio descenso / the menu through minimal Ink', value: round(g / p), unit: '×', note: "what the game's own modules and start-up work add to drawing its first frame"},
		...startUpCpu(cpu),
	];
}

/** The start-up figures in CPU time: the game, the minimal program and the floor, each a median of 9. */
function startUpCpu({game, minimal, picture}) {
	const g = median(game.filter(Number.isFinite));
	const m = median(minimal.filter(Number.isFinite));
	const p = median(picture.filter(Number.isFinite));
	const how = 'CPU time (user + system, all threads) when the first frame is written, noted by a preload (bench/_ui/first-frame-cpu.mjs) in each of the three programs; medians of 9, interleaved';
	return [
		{name: 'start-up CPU ratio descenso / minimal Ink', value: round(g / m), unit: '×', note: `${Math.round(g)} / ${Math.round(m)} ms. ${how}: unlike the clock, it holds on a loaded machine`},
		{name: 'start-up CPU floor: the menu through minimal Ink / minimal Ink', value: round(p / m), unit: '×', note: `${Math.round(p)} ms; same run`},
	];
}

export async function run() {
	const figures = [];
	figures.push(...(await frameFigures()));

	if (spawnSync('tmux', ['-V']).status === 0) {
		tmuxOrThrow(['new-session', '-d', '-s', 'keep', 'sleep 86400']);
		try {
			figures.push(...startUp(), ...peakWhileAnimating(), minimalAnimationPeak());
		} finally {
			tmux(['kill-server']);
		}
	} else {
		figures.push({name: 'start to first frame', value: Number.NaN, unit: 'ms', note: 'skipped: tmux not installed'});
		figures.push({name: 'peak RSS while a level animates', value: Number.NaN, unit: 'MB', note: 'skipped: tmux not installed'});
	}

	return {figures};
}
