// The map frame through Ink (issue 12, part 1): the frame in both views, Ink's floors for the same
// screen beside it, and the renderer alone. The Ink scenes are measured interleaved (rounds of 30
// frames each, in turn), so every figure and every ratio between them sees the same load.
import {EventEmitter} from 'node:events';

// the game runs React's production build (cli.tsx sets NODE_ENV): measure the same
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {render, Box, Text} = await import('ink');

const h = React.createElement;
const tick = () => new Promise((resolve) => setImmediate(resolve));
const round = (value, digits = 2) => Number(value.toFixed(digits));
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ROUNDS = 10;
const PER_ROUND = 30;

/** The level, run and options every map figure uses: a campaign level with several terms, its default run. */
async function mapSetup() {
	const {loadCampaign} = await import('../../dist/levels/load.js');
	const {defaultKnobs, play} = await import('../../dist/engine/index.js');
	const {levels} = await loadCampaign();
	const level = levels.find((l) => l.terrain.length > 1) ?? levels[0];
	const best = play(level, defaultKnobs(level), 1).run.climbers[0];
	const options = (view, upTo) => ({level, width: 118, height: 38, view, color: 3, ascii: false, trail: {x: best.x, y: best.y, upTo}, velocity: {dx: 1, dy: 0}});
	return {level, best, options};
}

/**
 * The Ink scenes, each a function of the frame number: the map in both views laid out as the run
 * screen lays it out (inside a 120×39 box clipped to the screen, a new climber position each
 * frame), and Ink's floors for the same screen.
 */
async function scenes() {
	const {TerrainMap} = await import('../../dist/ui/components/TerrainMap.js');
	const {renderMap} = await import('../../dist/ui/map/render.js');
	const {level, best, options} = await mapSetup();
	const screen = (...children) => h(Box, {width: 120, height: 39, overflow: 'hidden', flexDirection: 'column'}, ...children);
	const map = (view, color = 3) => (i) => screen(h(TerrainMap, {...options(view, i % (best.steps + 1)), color}));
	const lines = renderMap(options('relief', 0)).lines;
	const cols = [...lines[0].replace(/\u001B\[[\d;]*m/g, '')].length;
	// as much text as the map, every row different (Ink tokenises a line once per frame however often it repeats)
	const ascii = lines.map((_, r) => Array.from({length: cols}, (_, c) => String.fromCharCode(33 + ((r * 7 + c * 13) % 94))).join(''));
	return {
		level,
		rows: lines.length,
		cols,
		scenes: {
			relief: map('relief'),
			contour: map('contour'),
			// what NO_COLOR draws: the same cells and glyphs, no colour runs
			plain: map('relief', 0),
			// the map's first frame as ONE pre-coloured string in one <Text>, one cell changed a frame (so Ink cannot skip anything)
			string(i) {
				const text = [...lines];
				text[i % text.length] = `${i % 10}${text[i % text.length].slice(1)}`;
				return screen(h(Box, {flexDirection: 'column', overflowY: 'hidden'}, h(Text, null, text.join('\n'))));
			},
			// the map's rows × columns of plain printable ASCII, one keyed <Text> a row, one row changed a frame
			ascii(i) {
				const changed = i % ascii.length;
				return screen(h(Box, {flexDirection: 'column', flexShrink: 0, overflowY: 'hidden'}, ascii.map((row, r) => h(Text, {key: r}, r === changed ? `${i % 10}${row.slice(1)}` : row))));
			},
			// the screen's box with one changing character: what a frame costs before any text
			empty: (i) => screen(h(Text, null, String(i % 10))),
		},
	};
}

/** Median ms a frame for each scene, measured in interleaved rounds; bytes Ink writes a frame. */
async function measure(all) {
	const names = Object.keys(all);
	const instances = {};
	const times = {};
	const bytes = {};
	for (const name of names) {
		bytes[name] = 0;
		const stdout = Object.assign(new EventEmitter(), {columns: 120, rows: 40, isTTY: true, write: (s) => ((bytes[name] += s.length), true)});
		instances[name] = render(all[name](0), {stdout, patchConsole: false, exitOnCtrlC: false, maxFps: 1000, debug: true});
		times[name] = [];
	}

	await tick();
	let frame = 1;
	for (let r = 0; r < ROUNDS; r++) {
		for (const name of names) {
			for (let j = 0; j < PER_ROUND; j++, frame++) {
				const start = performance.now();
				instances[name].rerender(all[name](frame));
				await tick();
				// the first round warms every scene up
				if (r > 0) times[name].push(performance.now() - start);
			}
		}
	}

	for (const name of names) instances[name].unmount();
	const frames = ROUNDS * PER_ROUND;
	return Object.fromEntries(names.map((name) => [name, {ms: median(times[name]), frames: times[name].length, bytes: Math.round(bytes[name] / (frames + 1))}]));
}

/** Median ms for the renderer alone to build one frame of the same map (no Ink). */
async function mapRenderer(view) {
	const {renderMap} = await import('../../dist/ui/map/render.js');
	const {best, options} = await mapSetup();
	const times = [];
	for (let i = 1; i <= 600; i++) {
		const start = performance.now();
		renderMap(options(view, i % (best.steps + 1)));
		times.push(performance.now() - start);
	}

	return median(times.slice(60));
}

/** The frame figures of `npm run bench` (area ui). */
export async function frameFigures() {
	const {level, rows, cols, scenes: all} = await scenes();
	const m = await measure(all);
	const {relief, contour, plain, string, ascii, empty} = m;
	const n = relief.frames;
	const goal = '≤ 4 ms (aim ≤ 2)';
	return [
		{name: 'map frame 120×40 through Ink', value: round(relief.ms), unit: 'ms', goal, met: relief.ms <= 4, note: `relief with contour hints, truecolor, ${level.id} (${cols}×${rows} cells), median of ${n} frames measured in turn with the floors below, ~${relief.bytes} bytes written per frame`},
		{name: 'map frame 120×40 through Ink, contour view', value: round(contour.ms), unit: 'ms', goal, met: contour.ms <= 4, note: `same run, ~${contour.bytes} bytes written per frame`},
		{name: 'map frame 120×40 through Ink, no colour', value: round(plain.ms), unit: 'ms', note: 'relief as NO_COLOR draws it: the same cells and glyphs without colour runs; against the ASCII floor below, what the glyphs cost, and against the frame, what the colour runs cost'},
		{name: 'Ink floor: the same screen as one pre-coloured string', value: round(string.ms), unit: 'ms', note: 'the map\'s first frame in one <Text>, one cell changed a frame'},
		{name: `Ink floor: ${rows} rows of plain ASCII`, value: round(ascii.ms), unit: 'ms', note: `the map's ${rows}×${cols} cells as plain printable ASCII, one keyed <Text> a row, every row different, one changed a frame: what Ink costs for this much text with no colour and no glyphs`},
		{name: 'Ink floor: the empty screen', value: round(empty.ms), unit: 'ms', note: 'the 120×39 box with one changing character: what Ink costs a frame before any text'},
		{name: 'map frame / Ink floor (relief, contour)', value: `${round(relief.ms / string.ms)} / ${round(contour.ms / string.ms)}`, unit: '×', note: 'against the one-string floor; ratios hold on a loaded machine where absolute times do not'},
		{name: 'map frame / ASCII floor (relief, contour)', value: `${round(relief.ms / ascii.ms)} / ${round(contour.ms / ascii.ms)}`, unit: '×', note: 'what the colour runs and glyphs cost on top of the same amount of plain text'},
		{name: 'map renderer alone 120×40', value: round(await mapRenderer('relief'), 3), unit: 'ms', note: 'renderMap, relief, no Ink: what of the frame is ours'},
		{name: 'map renderer alone 120×40, contour view', value: round(await mapRenderer('contour'), 3), unit: 'ms', note: 'same run'},
	];
}
