import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {play} from '../../source/engine/index.js';
import {Prng} from '../../source/engine/math.js';
import {quickScore, randomKnobs} from '../../source/engine/search.js';
import {simulate, TAIL} from '../../source/engine/simulate.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';

async function level(file: string) {
	const loaded = await loadLevelFile(path.join(CAMPAIGN_DIR, file));
	if (!loaded.ok) throw new Error(loaded.error.message);
	return loaded.level;
}

// Scoring runs keep only a tail of each climber, and a run's last climber stops once it has left
// the map: the score must still be the whole run's, restarts, noise and minibatches included.
describe('a run scored from its tail alone', () => {
	it.each([
		'world-4/w4-03-restarts.json',
		'world-4/w4-04-golf-hole.json',
		'world-5/w5-04-temperature.json',
		'world-6/w6-04-batch.json',
		'world-7/w7-01-unscaled-ravine.json',
		'world-7/w7-02-standardized-bowl.json',
		'world-7/w7-05-batch-temperature.json',
	])('%s: every random climber scores as its whole run', async (file) => {
		const lvl = await level(file);
		const rng = new Prng(2024);
		let stoppedOffMap = 0;
		for (let i = 0; i < 40; i++) {
			const knobs = randomKnobs(lvl, rng);
			const seed = 1 + (i % 3);
			const tail = simulate(lvl, knobs, seed, true);
			// what par and the 2000-climber sample run on: no per-step path is kept (memory)
			for (const climber of tail.climbers) expect(climber.x.length, `climber ${i}`).toBeLessThanOrEqual(TAIL);
			const last = tail.climbers.at(-1)!;
			if (last.leftAt !== null && last.blewUpAt === null && last.steps < tail.stepsEach) stoppedOffMap++;
			expect(quickScore(lvl, knobs, seed), `climber ${i}`).toBe(play(lvl, knobs, seed).score.total);
		}

		// the case the early stop is for occurs on the maps climbers roll off
		if (file.includes('w7-02')) expect(stoppedOffMap).toBeGreaterThan(0);
	});
});
