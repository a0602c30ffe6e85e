/**
 * Diagnoses that read the motion, on cases built from README, “How a step works”: the stability limit with and
 * without look-ahead, an under-damped heavy ball, a period-2 bounce. Each case's expectation
 * comes from the closed forms, not from the code under test.
 */
import {describe, expect, it} from 'vitest';
import {play, type Knobs, type Level, type Outcome} from '../../source/engine/index.js';
import {criticalMomentum, stableProduct} from '../../source/engine/theory.js';
import {buildLevel, knobs} from './build-level.js';

function outcome(level: Level, given: Partial<Knobs>, seed = 1): Outcome {
	return play(level, knobs(given), seed);
}

/** A round bowl of curvature λ on a map wide enough that nothing leaves it in the budget. */
const bowl = (curvature: number, extra = {}) =>
	buildLevel([{type: 'bowl', center: [0, 0], curvature: [curvature, curvature]}], {start: [1, 1], bounds: {x: [-40, 40], y: [-40, 40]}, budget: 100, ...extra});

describe('the stability limit, read from the motion', () => {
	it('η·λ just above 2 diverges though the loss never reaches 10× its start; just below, it does not', () => {
		const level = bowl(4);
		for (const product of [2.004, 2.01, 2.05]) {
			const o = outcome(level, {learningRate: product / 4});
			// the error grows by product − 1 per step: 1.004^100 is 1.49, a loss ratio of 2.2, not 10
			expect(o.diagnosis.code, `η·λ = ${product}`).toBe('diverged');
			expect(o.score.total).toBe(0);
		}

		for (const product of [1.996, 1.99]) expect(outcome(level, {learningRate: product / 4}).diagnosis.code, `η·λ = ${product}`).not.toBe('diverged');
	});

	it('with look-ahead the limit is (2 + 2μ)/(1 + 2μ), and a run at the stated edge behaves as stated', () => {
		const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [2, 2]}], {
			start: [1, 1],
			bounds: {x: [-40, 40], y: [-40, 40]},
			budget: 150,
			knobs: {learningRate: {min: 1e-6, max: 100, default: 0.1}, momentum: {min: 0, max: 0.999, default: 0}, nesterov: {default: false}},
		});
		const mu = 0.5;
		const product = (2 + 2 * mu) / (1 + 2 * mu);
		expect(stableProduct({momentum: mu, nesterov: true})).toBeCloseTo(product, 12);
		const past = outcome(level, {learningRate: (1.02 * product) / 2, momentum: mu, nesterov: true});
		expect(past.diagnosis.code).toBe('diverged');
		// the limit the diagnosis states is the look-ahead one
		const limit = past.diagnosis.values['limit'] as number;
		expect(limit).toBeCloseTo(product / 2, 9);
		// just inside it settles, just outside it diverges
		expect(outcome(level, {learningRate: 0.98 * limit, momentum: mu, nesterov: true}).diagnosis.code).not.toBe('diverged');
		expect(outcome(level, {learningRate: 1.02 * limit, momentum: mu, nesterov: true}).diagnosis.code).toBe('diverged');
		// and the heavy ball's own limit 2 + 2μ would have been far too generous
		expect(outcome(level, {learningRate: (0.9 * (2 + 2 * mu)) / 2, momentum: mu, nesterov: true}).diagnosis.code).toBe('diverged');
		// the suggestion it tried is below the stated limit
		expect(past.diagnosis.suggestion?.knobs.learningRate).toBeLessThan(limit);
	});
});

describe('rocking is not slow progress, a bounce is not rest', () => {
	it('an under-damped heavy ball (μ above (1 − √(ηλ))²) rocks, and the tried advice lowers μ toward critical damping', () => {
		const level = bowl(1, {budget: 100, tolerance: 1e-6});
		const eta = 0.01;
		const mu = 0.95;
		expect(mu).toBeGreaterThan(criticalMomentum(eta, 1));
		const o = outcome(level, {learningRate: eta, momentum: mu});
		expect(o.diagnosis.code).toBe('oscillating');
		expect(o.diagnosis.reasons.advice).toBe('tried');
		const s = o.diagnosis.suggestion;
		expect(s).not.toBeNull();
		expect(s!.knobs.momentum).toBeLessThan(mu);
		expect(s!.knobs.learningRate).toBe(eta);
	});

	it('a period-2 bounce (η·λ = 2 at the floor of a pit) is not at rest in the pit', () => {
		// a shallow well (curvature d/w² = 1 at its centre) and a deeper one far away
		const level = buildLevel(
			[
				{type: 'well', center: [0, 0], depth: 1, width: 1},
				{type: 'well', center: [6, 0], depth: 3, width: 1},
			],
			{start: [0.1, 0], bounds: {x: [-4, 9], y: [-4, 4]}, budget: 200},
		);
		const o = outcome(level, {learningRate: 2});
		expect(o.facts.lookahead.rests).toBe(false);
		expect(o.diagnosis.code).toBe('oscillating');
	});
});
