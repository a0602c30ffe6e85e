import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {play} from '../../source/engine/index.js';
import {Prng} from '../../source/engine/math.js';
import {quickScore, randomKnobs, searchBest} from '../../source/engine/search.js';
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

	// The par search gives a run up as soon as it cannot score above the best so far. Against a
	// score just below its own a run must never be given up (and keeps its exact score); against
	// its own score or just above, it may be given up — and on these levels some are.
	it.each([
		'world-2/w2-05-washboard.json',
		'world-4/w4-03-restarts.json',
		'world-4/w4-04-golf-hole.json',
		'world-7/w7-02-standardized-bowl.json',
		'world-7/w7-07-narrow-network.json',
	])('%s: a run is given up against a score exactly when it could not beat it', async (file) => {
		const lvl = await level(file);
		const rng = new Prng(77);
		// random climbers, and runs around the search's best (split between restarts where allowed)
		const best = searchBest(lvl).knobs;
		const {learningRate: eta, restarts} = lvl.knobs;
		const candidates = Array.from({length: 40}, () => randomKnobs(lvl, rng));
		for (const factor of [0.7, 0.85, 1, 1.2]) {
			for (const k of restarts ? [1, 2, 3] : [best.restarts]) {
				candidates.push({...best, learningRate: Math.min(eta.max, Math.max(eta.min, best.learningRate * factor)), restarts: k});
			}
		}

		let tried = 0;
		let gaveUp = 0;
		for (const [i, knobs] of candidates.entries()) {
			const score = quickScore(lvl, knobs, 1);
			// below 600 nothing can be given up: a run may beat it without arriving
			if (score < 601) continue;
			tried++;
			for (const beat of [score - 3, score - 1]) expect(quickScore(lvl, knobs, 1, beat), `run ${i} against ${beat}`).toBe(score);
			for (const beat of [score, score + 1]) {
				const against = quickScore(lvl, knobs, 1, beat);
				if (against === -1) gaveUp++;
				else expect(against, `run ${i} against ${beat}`).toBe(score);
			}
		}

		expect(tried).toBeGreaterThan(0);
		expect(gaveUp).toBeGreaterThan(0);
	});
});
