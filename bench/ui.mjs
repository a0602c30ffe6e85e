// UI figures (issue 3): map frame time through Ink, start-up vs a minimal Ink program, peak RSS.
import {execFileSync, spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// the game runs React's production build (cli.tsx sets NODE_ENV): measure the same
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {render} = await import('ink');

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The flags `npm start` gives node (package.json), so the figures are those of the game as played. */
const START_FLAGS = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
	.scripts.start.split(/\s+/)
	.filter((word) => word.startsWith('--'));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Median ms for one frame of the 120×40 map (a new climber position each frame) through Ink. */
async function mapFrame(view = 'relief', hints = true) {
	const {loadCampaign} = await import('../dist/levels/load.js');
	const {defaultKnobs, play} = await import('../dist/engine/index.js');
	const {TerrainMap} = await import('../dist/ui/components/TerrainMap.js');
	const {levels} = await loadCampaign();
	const level = levels.find((l) => l.terrain.length > 1) ?? levels[0];
	const outcome = play(level, defaultKnobs(level), 1);
	const best = outcome.run.climbers[outcome.run.best];
	let bytes = 0;
	const stdout = Object.assign(new EventEmitter(), {columns: 120, rows: 40, isTTY: true, write: (s) => ((bytes += s.length), true)});
	const element = (upTo) =>
		React.createElement(TerrainMap, {level, width: 118, height: 38, view, color: 3, ascii: false, trail: {x: best.x, y: best.y, upTo}, velocity: {dx: 1, dy: 0}, hints});
	// as the game does before its first frame (source/ui/launch.tsx)
	const {keepInkLineCaches} = await import('../dist/ui/ink-line-cache.js');
	await keepInkLineCaches();
	const instance = render(element(0), {stdout, patchConsole: false, exitOnCtrlC: false, maxFps: 1000, debug: true});
	await tick();
	const times = [];
	for (let i = 1; i <= 200; i++) {
		const start = performance.now();
		instance.rerender(element(i % (best.steps + 1)));
		await tick();
		times.push(performance.now() - start);
	}

	instance.unmount();
	return {ms: median(times.slice(20)), level: level.id, bytes: Math.round(bytes / 200)};
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
	const frame = await mapFrame();
	figures.push({name: 'map frame 120×40 through Ink (median)', value: Number(frame.ms.toFixed(2)), unit: 'ms', goal: '≤ 4 ms', note: `relief with contour hints, ${frame.level}, ~${frame.bytes} chars/frame`});
	const flat = await mapFrame('relief', false);
	figures.push({name: 'map frame 120×40, relief without contour hints', value: Number(flat.ms.toFixed(2)), unit: 'ms', note: 'what the hints cost, same run'});
	const contour = await mapFrame('contour');
	figures.push({name: 'map frame 120×40, contour view', value: Number(contour.ms.toFixed(2)), unit: 'ms', note: 'same run'});

	if (spawnSync('tmux', ['-V']).status === 0) {
		const data = mkdtempSync(path.join(os.tmpdir(), 'descenso-bench-'));
		const game = [];
		const minimal = [];
		try {
			for (let i = 0; i < 7; i++) {
				game.push(firstFrame(`node ${START_FLAGS.join(' ')} dist/cli.js --lang en`, `XDG_DATA_HOME=${data}`));
				minimal.push(firstFrame('node bench/_ui/minimal.mjs', `XDG_DATA_HOME=${data}`));
			}
		} finally {
			rmSync(data, {recursive: true, force: true});
		}

		const g = median(game);
		const m = median(minimal);
		figures.push({name: 'start to first frame: descenso', value: Math.round(g), unit: 'ms', note: 'tmux pane, median of 7'});
		figures.push({name: 'start to first frame: minimal Ink program', value: Math.round(m), unit: 'ms', note: 'same run'});
		figures.push({name: 'start-up ratio descenso / minimal Ink', value: Number((g / m).toFixed(2)), unit: '×', goal: '≤ 1.15'});
	} else {
		figures.push({name: 'start to first frame', value: Number.NaN, unit: 'ms', note: 'skipped: tmux not installed'});
	}

	const animate = spawnSync(process.execPath, [...START_FLAGS, fileURLToPath(new URL('_ui/animate.mjs', import.meta.url))], {
		encoding: 'utf8',
		cwd: ROOT,
		timeout: 300_000,
		env: {...process.env, NODE_ENV: 'production'},
	});
	try {
		const {peak, level, steps} = JSON.parse(animate.stdout.split('\n').find((line) => line.startsWith('{')));
		figures.push({name: 'peak RSS while a level animates', value: Math.round(peak / 1024 / 1024), unit: 'MB', goal: '≤ 120 MB', note: `${level}, ${steps} steps at 120×40`});
	} catch {
		figures.push({name: 'peak RSS while a level animates', value: Number.NaN, unit: 'MB', note: `failed: ${(animate.stderr ?? '').slice(0, 200)}`});
	}

	return {figures};
}
