/**
 * Competition figures: time to compute par and the 2000-climber sample for each campaign level
 * (no cache; goal ≤ 300 ms a level), and the time to verify a share code (decode, find the level,
 * re-simulate). Medians over several repetitions, measured in one run. Imports the built dist/.
 */
import {performance} from 'node:perf_hooks';
import {ENGINE_VERSION, defaultKnobs, play} from '../dist/engine/index.js';
import {loadCampaign} from '../dist/levels/load.js';
import {encodeShareCode, shareKnobs} from '../dist/share/code.js';
import {computeParStats, MODEL_SAMPLE_SIZE, sampleSizeOf, SAMPLE_SIZE} from '../dist/share/par.js';
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
		const times = [];
		for (let i = 0; i < repeats; i++) {
			const start = performance.now();
			computeParStats(level);
			times.push(performance.now() - start);
		}

		const value = median(times);
		perLevel.push(value);
		// a model terrain with many parameters (world 7) ranks against fewer climbers: each step is a pass over its data
		const climbers = sampleSizeOf(level);
		const note = climbers === SAMPLE_SIZE ? `budget ${level.budget}` : `budget ${level.budget}; ${climbers} climbers, a model with many parameters`;
		figures.push({name: `par + 2000 climbers: ${level.id}`, value: round(value), unit: 'ms', goal: '≤ 300 ms', note});
	}

	if (perLevel.length > 0) {
		const slowest = perLevel.indexOf(Math.max(...perLevel));
		const formula = perLevel.filter((_, i) => sampleSizeOf(levels[i]) === SAMPLE_SIZE);
		figures.push({name: 'par + 2000 climbers: slowest level', value: round(Math.max(...perLevel)), unit: 'ms', goal: '≤ 300 ms', note: `${levels[slowest].id}; slowest with 2000 climbers ${round(Math.max(...formula))} ms; model levels with more than 2 parameters (world 7) rank against ${MODEL_SAMPLE_SIZE} climbers, each step a pass over their data`});
	}

	const daily = dailyLevel('2026-01-01');
	const times = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		computeParStats(daily);
		times.push(performance.now() - start);
	}

	figures.push({name: 'par + 2000 climbers: daily 2026-01-01', value: round(median(times)), unit: 'ms', goal: '≤ 300 ms', note: `budget ${daily.budget}`});

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

if (import.meta.url === `file://${process.argv[1]}`) {
	const {figures} = await run();
	for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ''}${f.note ? ` — ${f.note}` : ''}`);
}
