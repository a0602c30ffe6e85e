/**
 * A run whose end swells, or whose loss ended above its start, is judged by its own dynamics
 * carried on without noise (README, “How a step works”): growth that does not end is divergence,
 * a bounce that a curved valley caps is a swing, and noise neither hides a divergence nor makes one.
 */
import {describe, expect, it} from 'vitest';
import {analyse, classify, play, simulate, type Knobs, type Level, type Outcome} from '../../source/engine/index.js';
import {defaultKnobs} from '../../source/engine/knobs.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';
import {buildLevel, knobs} from './build-level.js';

function outcome(level: Level, given: Partial<Knobs>, seed = 1): Outcome {
	return play(level, knobs(given), seed);
}

const hot = {learningRate: {min: 1e-6, max: 100, default: 0.1}, momentum: {min: 0, max: 0.999, default: 0}, temperature: {min: 0, max: 1, default: 0}};

describe('a swelling bounce is divergence only when it does not end', () => {
	it('a well caps the bounce of η·λ = 2.1 at its floor: the 2-cycle ±u* with e^(−u*²/2w²) = 2/(η·λ) is a swing, not an explosion', () => {
		// −d·exp(−r²/2w²): curvature d/w² = 1 at the floor, falling away from it, so the bounce that
		// η·λ = 2.1 starts there grows only until the secant slope f′(u)/u = 2/η: u* = w·√(2 ln 1.05) ≈ 0.31
		// the start's slope (1.2 out) falls fast; the bounce across the floor, seeded 0.001 off it, is
		// still growing toward the cycle when the 60 steps run out
		const level = buildLevel([{type: 'well', center: [0, 0], depth: 1, width: 1}], {start: [0.001, 1.2], budget: 60, tolerance: 1e-6});
		const o = outcome(level, {learningRate: 2.1});
		const t = o.facts.trajectory;
		const cycle = Math.sqrt(2 * Math.log(2.1 / 2));
		expect(Math.hypot(t.x[t.steps]!, t.y[t.steps]!)).toBeLessThanOrEqual(cycle * 1.001);
		expect(o.facts.endGap).toBeLessThan(o.facts.startGap);
		expect(o.diagnosis.code).toBe('oscillating');
		expect(o.score.total).toBeGreaterThan(0);
		// its swing was still growing toward the cycle: the card does not say it "hardly died down"
		expect(o.facts.amplitudeRatio).toBeGreaterThan(1);
		const card = describeDiagnosis(o.diagnosis);
		expect(card.evidence.en).toContain('the swing did not die down');
		expect(card.evidence.es).toContain('la amplitud no se apagó');
	});
});

describe('noise does not switch off the check, nor make a divergence of a shake', () => {
	const bowl = buildLevel([{type: 'bowl', center: [0, 0], curvature: [4, 4]}], {start: [1, 1], bounds: {x: [-40, 40], y: [-40, 40]}, budget: 100, knobs: hot});

	it('η·λ = 2.01 past the limit diverges with a little temperature too, though its loss stays under 10× its start', () => {
		// the error grows by 1.01 per step: 1.01^100 = 2.7, a loss ratio of 7.3
		const o = outcome(bowl, {learningRate: 2.01 / 4, temperature: 1e-6});
		expect(o.facts.endGap).toBeLessThan(10 * o.facts.startGap);
		expect(o.diagnosis.code).toBe('diverged');
		expect(o.score.total).toBe(0);
	});

	it('a stable run (η·λ = 1) that only shakes, hot enough to end above its start, is not diverged', () => {
		// at η·λ = 1 the Langevin heat holds the loss at T per direction on average: 2T = 3 here, three
		// times the start's 1, so most seeds end above their start (yet under 10× it)
		const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [4, 4]}], {start: [0.5, 0.5], bounds: {x: [-40, 40], y: [-40, 40]}, budget: 100, knobs: hot});
		let above = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const o = outcome(level, {learningRate: 0.25, temperature: 1.5}, seed);
			if (!(o.facts.endGap > o.facts.startGap && o.facts.endGap < 10 * o.facts.startGap)) continue;
			above++;
			expect(o.facts.swelling, `seed ${seed}`).toBe(false);
			expect(o.diagnosis.code, `seed ${seed}`).not.toBe('diverged');
		}

		expect(above).toBeGreaterThanOrEqual(3);
	});
});

describe('the same rule with many parameters (world 7, curvature from the model’s whole Hessian)', () => {
	async function level(file: string): Promise<Level> {
		const result = await loadLevelFile(`${CAMPAIGN_DIR}/world-7/${file}.json`);
		if (!result.ok) throw new Error(result.error.message);
		return result.level;
	}

	async function campaign(file: string, given: Partial<Knobs>): Promise<Outcome> {
		const found = await level(file);
		return play(found, {...defaultKnobs(found), ...given}, 1);
	}

	it('a wide network at η = 5 ends swinging at a few % of its start: a swing, not “growing without end”', async () => {
		const wide = await level('w7-06-wide-network');
		const run = simulate(wide, {...defaultKnobs(wide), learningRate: 5, restarts: 1}, 1);
		const facts = analyse(run);
		expect(facts.endGap).toBeLessThan(0.1 * facts.startGap);
		expect(classify(run, facts)).toBe('oscillating');
	});

	it('a heavy ball past 2 + 2μ with a little heat: its loss rose 7×, so it did not “hardly move”; it diverged, and the card says how', async () => {
		const mu = 0.99;
		const o = await campaign('w7-04-symmetric-start', {learningRate: 3, momentum: mu, temperature: 0.002});
		expect(o.facts.endGap).toBeGreaterThan(o.facts.startGap);
		expect(o.facts.endGap).toBeLessThan(10 * o.facts.startGap);
		expect(o.diagnosis.code).toBe('diverged');
		// the curvature it met, over all 27 directions, is past the heavy ball's limit
		const product = o.diagnosis.values['product'] as number;
		const bound = o.diagnosis.values['bound'] as number;
		expect(bound).toBeCloseTo(2 + 2 * mu, 12);
		expect(product).toBeGreaterThan(bound);
		// the evidence states the ratio it ended at and what its noise-free continuation did
		expect(o.diagnosis.reasons.evidence.startsWith('carried')).toBe(true);
		const ratio = o.diagnosis.values['ratio'] as number;
		expect(ratio).toBeCloseTo(o.facts.endGap / o.facts.startGap, 12);
		expect(describeDiagnosis(o.diagnosis).evidence.en).not.toMatch(/without end|hardly/);
	});
});
