/**
 * Advice on a noise level is tried by the engine at the player's own seed, and the cooling it
 * advises is physics, not one lucky draw (README, “Diagnoses”). w7-05 starts at B = 1: the
 * minibatch noise η·(N/B − 1) (Smith & Le) shakes the climber around the floor, so the card says
 * `oscillating` and advises a larger batch (B × 4 first, a quarter of the noise).
 */
import {describe, expect, it} from 'vitest';
import {defaultKnobs, play, type Level} from '../../source/engine/index.js';
import {quickScore} from '../../source/engine/search.js';
import {noiseScale} from '../../source/engine/theory.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';

const loaded = await loadLevelFile(`${CAMPAIGN_DIR}/world-7/w7-05-batch-temperature.json`);
if (!loaded.ok) throw new Error(loaded.error.message);
const level: Level = loaded.level;
const seeds = Array.from({length: 20}, (_, i) => i + 1);

describe('w7-05: the advice at B = 1, tried by the engine', () => {
	it('on every seed the suggestion, re-run whole with that seed, scores what the card says and more than the run; most raise the batch', () => {
		const base = defaultKnobs(level);
		expect(base.batchSize).toBe(1);
		let raised = 0;
		for (const seed of seeds.slice(0, 10)) {
			const o = play(level, base, seed);
			expect(o.diagnosis.code, `seed ${seed}`).toBe('oscillating');
			const s = o.diagnosis.suggestion;
			expect(s, `seed ${seed}`).not.toBeNull();
			const again = play(level, s!.knobs, seed);
			expect(again.score.total, `seed ${seed}`).toBe(s!.score);
			expect(again.score.total, `seed ${seed}`).toBeGreaterThan(o.score.total);
			if (s!.knobs.batchSize! > 1) {
				raised++;
				expect(describeDiagnosis(o.diagnosis).advice.en).toContain(`Raise the batch to ${s!.knobs.batchSize}`);
			}
		}

		expect(raised).toBeGreaterThanOrEqual(7);
	});

	it('B × 4 cools on most seeds, not on one lucky draw: a quarter of the noise scale, a higher score on at least 70% of seeds 1–20', () => {
		const base = defaultKnobs(level);
		const rows = level.model!.rows;
		expect(noiseScale(base.learningRate, rows, 4) / noiseScale(base.learningRate, rows, 1)).toBeLessThan(0.26);
		const better = seeds.filter((seed) => quickScore(level, {...base, batchSize: 4}, seed) > quickScore(level, base, seed)).length;
		expect(better / seeds.length).toBeGreaterThanOrEqual(0.7);
	});
});
