/**
 * Engine benchmark (issue 2): steps per second of the engine on the reference terrain against a
 * plain hand-written loop on the same terrain (Math.exp, no trajectory kept), in the same process,
 * and the time to find a level's critical points. Medians of interleaved repetitions.
 *
 *   node bench/engine.mjs [--json]      (after `npm run build`)
 */
import {performance} from 'node:perf_hooks';
import {parseLevel} from '../dist/levels/validate.js';
import {loadLevelDir, CAMPAIGN_DIR} from '../dist/levels/load.js';
import {simulate, NEUTRAL_KNOBS, findCriticalPoints} from '../dist/engine/index.js';
import {Landscape} from '../dist/engine/terrain.js';
import {findModelCriticalPoints, isModelLevel} from '../dist/engine/model/critical.js';
import {parameterCount} from '../dist/engine/model/model.js';

const STEPS = 1_000_000;
const ETA = 0.05;
const MU = 0.9;
const DECAY = 0.001;
const START = [2.7, -2.3];
const WELLS = [
	[-2, 1, 1, 0.5],
	[-1, -1, 2, 0.7],
	[0, 2, 1.5, 0.4],
	[1, -2, 0.8, 0.6],
	[2, 0, 2.5, 0.8],
	[-1.5, 0.5, 1.2, 0.3],
	[0.5, -0.5, 0.7, 0.5],
	[1.5, 1.5, 1.9, 0.6],
];

/** The reference level, built in code: bowl [0.1, 0.1] at the origin plus eight wells. */
function referenceLevel() {
	const terrain = [
		{type: 'bowl', center: [0, 0], curvature: [0.1, 0.1]},
		...WELLS.map(([x, y, depth, width]) => ({type: 'well', center: [x, y], depth, width})),
	];
	const text = JSON.stringify({
		id: 'bench-reference',
		world: 0,
		order: 0,
		title: {es: 'Referencia', en: 'Reference'},
		briefing: {es: 'Banco de pruebas.', en: 'Benchmark.'},
		terrain,
		bounds: {x: [-4, 4], y: [-4, 4]},
		start: START,
		// within the file limit on work (budget × climbers × terms ≤ 100 000); raised below
		budget: 10_000,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {
			learningRate: {min: 0.001, max: 1, default: ETA},
			momentum: {min: 0, max: 0.99, default: MU},
			decay: {min: 0, max: 0.5, default: DECAY},
		},
		stars: [300, 600, 900],
	});
	const result = parseLevel(text, 'bench-reference');
	if (!result.ok) throw new Error(`reference level: ${result.error.message}`);
	// The file limits are for untrusted files; this level is ours.
	return {...result.level, budget: STEPS};
}

/** The same descent written by hand: no trajectory, Math.exp. Returns the final x so it is not optimised away. */
function handLoop() {
	const n = WELLS.length;
	const cx = new Float64Array(n);
	const cy = new Float64Array(n);
	const depth = new Float64Array(n);
	const k = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const [x, y, d, w] = WELLS[i];
		cx[i] = x;
		cy[i] = y;
		depth[i] = d;
		k[i] = 1 / (2 * w * w);
	}

	let x = START[0];
	let y = START[1];
	let vx = 0;
	let vy = 0;
	const keep = 1 - DECAY;
	for (let t = 0; t < STEPS; t++) {
		let gx = 0.1 * x;
		let gy = 0.1 * y;
		for (let i = 0; i < n; i++) {
			const dx = x - cx[i];
			const dy = y - cy[i];
			const e = depth[i] * Math.exp(-(dx * dx + dy * dy) * k[i]);
			const slope = 2 * k[i] * e;
			gx += slope * dx;
			gy += slope * dy;
		}

		vx = MU * vx + ETA * gx;
		vy = MU * vy + ETA * gy;
		x = (x - vx) * keep;
		y = (y - vy) * keep;
	}

	return x + y;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn) {
	const start = performance.now();
	const value = fn();
	return {ms: performance.now() - start, value};
}

export async function run(options = {}) {
	const repetitions = options.repetitions ?? 5;
	const level = referenceLevel();
	const knobs = {...NEUTRAL_KNOBS, learningRate: ETA, momentum: MU, decay: DECAY};
	// warm up both, and fill the critical-point cache so only the descent is timed
	simulate({...level, budget: 20_000}, knobs, 1);
	handLoop();

	const engineMs = [];
	const handMs = [];
	let sink = 0;
	for (let r = 0; r < repetitions; r++) {
		const engine = time(() => simulate(level, knobs, 1));
		if (engine.value.climbers[0].steps !== STEPS) throw new Error('the engine stopped early');
		engineMs.push(engine.ms);
		const hand = time(handLoop);
		sink += hand.value;
		handMs.push(hand.ms);
	}

	const engineRate = STEPS / (median(engineMs) / 1000);
	const handRate = STEPS / (median(handMs) / 1000);

	// critical points of every campaign level, cache bypassed
	const {levels} = await loadLevelDir(CAMPAIGN_DIR);
	const perLevel = [];
	for (const lvl of levels) {
		// a model terrain's points come from a descent in parameter space, timed below
		if (lvl.model) continue;
		const feature = featureScale(lvl.terrain);
		const samples = [];
		for (let r = 0; r < repetitions; r++) {
			samples.push(time(() => findCriticalPoints(new Landscape(lvl.terrain), lvl.bounds, feature)).ms);
		}

		perLevel.push({id: lvl.id, ms: median(samples)});
	}

	const referenceCritical = [];
	for (let r = 0; r < repetitions; r++) {
		referenceCritical.push(time(() => findCriticalPoints(new Landscape(level.terrain), level.bounds, featureScale(level.terrain))).ms);
	}

	const worst = perLevel.reduce((a, b) => (b.ms > a.ms ? b : a), {id: '', ms: 0});
	const models = modelFigures(levels, repetitions);
	const figures = [
		{name: 'engine steps/s (reference terrain, trajectory kept)', value: Math.round(engineRate), unit: 'steps/s'},
		{name: 'hand-written loop steps/s (Math.exp, no trajectory)', value: Math.round(handRate), unit: 'steps/s', note: `final x + y summed over the repetitions: ${sink.toFixed(3)}`},
		{name: 'engine / hand loop', value: Number((engineRate / handRate).toFixed(3)), unit: 'ratio', goal: '>= 0.5', met: engineRate / handRate >= 0.5},
		{name: 'critical points, reference terrain', value: Number(median(referenceCritical).toFixed(2)), unit: 'ms', goal: '< 50', met: median(referenceCritical) < 50},
		{
			name: 'critical points, slowest campaign level',
			value: Number(worst.ms.toFixed(2)),
			unit: 'ms',
			goal: '< 50',
			met: worst.ms < 50,
			note: worst.id ? `${worst.id}; ${perLevel.length} levels, median over levels ${median(perLevel.map((p) => p.ms)).toFixed(2)} ms` : 'no campaign levels',
		},
		...models,
	];
	return {figures};
}

/**
 * World 7: the cost of one step of the largest model (a full-batch pass over its data, as a run
 * and the animation take it) and of finding a model level's global minimum (cached per level).
 */
function modelFigures(levels, repetitions) {
	const many = levels.filter((lvl) => isModelLevel(lvl));
	if (many.length === 0) return [];
	const size = (lvl) => lvl.model.rows * parameterCount(lvl.model);
	const largest = many.reduce((a, b) => (size(b) > size(a) ? b : a));
	const knobs = {...NEUTRAL_KNOBS, learningRate: largest.knobs.learningRate.default};
	simulate(largest, knobs, 1);
	const perStep = [];
	for (let r = 0; r < repetitions; r++) perStep.push(time(() => simulate(largest, knobs, 1)).ms / largest.budget);
	const critical = many.map((lvl) => {
		const samples = [];
		for (let r = 0; r < Math.min(repetitions, 3); r++) samples.push(time(() => findModelCriticalPoints(lvl)).ms);
		return {id: lvl.id, ms: median(samples)};
	});
	const slowest = critical.reduce((a, b) => (b.ms > a.ms ? b : a));
	const n = parameterCount(largest.model);
	const stepUs = perStep.sort((a, b) => a - b)[perStep.length >> 1] * 1000;
	return [
		{
			name: 'model terrain: one step of the largest model',
			value: Number(stepUs.toFixed(1)),
			unit: 'µs',
			goal: '< 1000 (a frame at 30 fps is 33 000)',
			met: stepUs < 1000,
			note: `${largest.id}: ${n} parameters, ${largest.model.rows} examples, full batch`,
		},
		{
			name: 'model terrain: global minimum search, slowest level',
			value: Number(slowest.ms.toFixed(1)),
			unit: 'ms',
			note: `${slowest.id}; once per level version, on its first run`,
		},
	];
}

/** The smallest feature of a terrain (what critical.ts sizes its grid by). */
function featureScale(terrain) {
	let scale = Infinity;
	for (const term of terrain) {
		if (term.type === 'well' || term.type === 'hill') scale = Math.min(scale, term.width);
		if (term.type === 'ripples' && term.amplitude > 0) scale = Math.min(scale, term.wavelength / 2);
	}

	return scale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await run();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(result));
	} else {
		for (const f of result.figures) console.log(`${f.name}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ''}${f.note ? ` — ${f.note}` : ''}`);
	}
}
