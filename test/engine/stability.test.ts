import {describe, expect, it} from 'vitest';
import {
	columnOf,
	isQuadraticLevel,
	levelCurvatures,
	optimum,
	optimumWithin,
	rateAt,
	rowOf,
	stabilityGrid,
	stepsToShrink,
} from '../../source/engine/stability.js';
import {bowlLevel} from '../dashboard/level-helper.js';

const valley = {low: 1, high: 4};

describe('rateAt agrees with the closed forms of README, “How a step works”', () => {
	it('η·λ = 1 without momentum lands on the floor in one step: rate 0', () => {
		expect(rateAt(1, 0, {low: 1, high: 1})).toBeCloseTo(0, 12);
		expect(rateAt(0.5, 0, {low: 2, high: 2})).toBeCloseTo(0, 12);
	});

	it('plain descent contracts by max |1 − ηλ| over the curvatures', () => {
		for (const eta of [0.05, 0.2, 0.4, 0.45]) {
			expect(rateAt(eta, 0, valley)).toBeCloseTo(Math.max(Math.abs(1 - eta), Math.abs(1 - 4 * eta)), 12);
		}
	});

	it('under-damped: the error shrinks by √μ whatever η is', () => {
		for (const eta of [0.3, 0.5, 0.6]) expect(rateAt(eta, 0.81, valley)).toBeCloseTo(0.9, 12);
	});

	it('diverges beyond η·λₙ = 2 + 2μ and converges just below', () => {
		for (const mu of [0, 0.3, 0.5]) {
			const limit = (2 + 2 * mu) / valley.high;
			expect(rateAt(limit * 0.99, mu, valley)).toBeLessThan(1);
			expect(rateAt(limit * 1.01, mu, valley)).toBeGreaterThan(1);
		}
	});

	it('the best heavy-ball pair reaches (√κ − 1)/(√κ + 1), and no grid point beats it', () => {
		const best = optimum(valley, true);
		expect(best.eta).toBeCloseTo((2 / (1 + 2)) ** 2, 12);
		expect(best.momentum).toBeCloseTo((1 / 3) ** 2, 12);
		expect(rateAt(best.eta, best.momentum, valley)).toBeCloseTo(1 / 3, 6);
		const grid = stabilityGrid(valley, [0.01, 1], 0.99, 60, 40);
		const lowest = Math.min(...grid.rates.flat());
		expect(lowest).toBeGreaterThanOrEqual(1 / 3 - 1e-6);
	});

	it('with momentum locked the optimum is plain descent at η = 2/(λ₁ + λₙ)', () => {
		const best = optimum(valley, false);
		expect(best).toEqual({eta: 2 / 5, momentum: 0, rate: 3 / 5});
		expect(rateAt(best.eta, 0, valley)).toBeCloseTo(3 / 5, 12);
	});
});

describe('stepsToShrink', () => {
	it('counts the steps to shrink the error 1000×', () => {
		expect(stepsToShrink(0.5)).toBe(10);
		expect(0.5 ** 10).toBeLessThanOrEqual(1e-3);
		expect(0.5 ** 9).toBeGreaterThan(1e-3);
		expect(stepsToShrink(0.9)).toBe(66);
		expect(stepsToShrink(0)).toBe(1);
		expect(stepsToShrink(1)).toBe(Infinity);
		expect(stepsToShrink(1.5)).toBe(Infinity);
	});
});

describe('stabilityGrid', () => {
	it('puts η on a log axis over the range and μ from its maximum down to 0', () => {
		const grid = stabilityGrid(valley, [0.001, 10], 0.9, 9, 4);
		expect(grid.etas).toHaveLength(9);
		expect(grid.etas[0]).toBeCloseTo(0.001, 12);
		expect(grid.etas[8]).toBeCloseTo(10, 9);
		for (let i = 1; i < 9; i++) expect(grid.etas[i]! / grid.etas[i - 1]!).toBeCloseTo(10 ** 0.5, 9);
		expect(grid.momenta).toEqual([0.9, 0.6, 0.3, 0]);
		expect(grid.rates).toHaveLength(4);
		expect(grid.rates[3]![4]).toBeCloseTo(rateAt(grid.etas[4]!, 0, valley), 12);
	});

	it('is a single strip at μ = 0 when momentum is locked', () => {
		const grid = stabilityGrid(valley, [0.001, 3], 0, 20, 10);
		expect(grid.momenta).toEqual([0]);
		expect(grid.rates).toHaveLength(1);
	});

	it('finds the nearest row and column', () => {
		const grid = stabilityGrid(valley, [0.001, 10], 0.9, 9, 4);
		expect(columnOf(grid, 0.01)).toBe(2);
		expect(columnOf(grid, 1000)).toBe(8);
		expect(rowOf(grid, 0.65)).toBe(1);
		expect(rowOf(grid, 0)).toBe(3);
	});
});

describe('levelCurvatures', () => {
	it('reads λ₁ and λₙ off the Hessian at the floor, rotated bowl and tilt included', () => {
		const rotated = levelCurvatures(bowlLevel({curvature: [1, 4], angle: 30}))!;
		expect(rotated.low).toBeCloseTo(1, 4);
		expect(rotated.high).toBeCloseTo(4, 4);
		const tilted = levelCurvatures(
			bowlLevel({terrain: [{type: 'bowl', center: [0, 0], curvature: [2, 5]}, {type: 'tilt', slope: [0.5, -0.5]}]}),
		)!;
		expect(tilted.low).toBeCloseTo(2, 4);
		expect(tilted.high).toBeCloseTo(5, 4);
	});

	it('is null for terrain that is not a quadratic valley', () => {
		const saddle = bowlLevel({
			terrain: [
				{type: 'bowl', center: [0, 0], curvature: [2, 2]},
				{type: 'well', center: [1, 1], depth: 1, width: 0.5},
			],
		});
		expect(isQuadraticLevel(saddle)).toBe(false);
		expect(levelCurvatures(saddle)).toBeNull();
		expect(isQuadraticLevel(bowlLevel())).toBe(true);
	});
});

describe('the map uses the run’s own rule and the level’s ranges', () => {
	const ravine = {low: 0.3, high: 3};

	it('look-ahead moves the limit to (2 + 2μ)/(1 + 2μ); the heavy-ball rate would promise convergence past it', () => {
		for (const mu of [0.5, 0.9, 0.95]) {
			const limit = (2 + 2 * mu) / (1 + 2 * mu) / ravine.high;
			expect(rateAt(limit * 0.99, mu, ravine, {nesterov: true})).toBeLessThan(1);
			expect(rateAt(limit * 1.01, mu, ravine, {nesterov: true})).toBeGreaterThan(1);
		}

		// w6-05's mistake: η 0.6, μ 0.95 with look-ahead diverges, though the heavy ball would converge
		expect(rateAt(0.6, 0.95, ravine)).toBeLessThan(1);
		expect(rateAt(0.6, 0.95, ravine, {nesterov: true})).toBeGreaterThan(1);
	});

	it('decay d moves the heavy-ball limit to η·λ = 1 + (1 + 2μ − dμ)/(1 − d)', () => {
		const d = 0.1;
		const mu = 0.5;
		const limit = (1 + (1 + 2 * mu - d * mu) / (1 - d)) / ravine.high;
		expect(limit).toBeGreaterThan((2 + 2 * mu) / ravine.high);
		expect(rateAt(limit * 0.995, mu, ravine, {decay: d})).toBeLessThan(1);
		expect(rateAt(limit * 1.005, mu, ravine, {decay: d})).toBeGreaterThan(1);
	});

	it('the best pair is drawn inside the level’s ranges, and nothing in them beats it', () => {
		const ranges = {learningRate: {min: 0.01, max: 1}, momentum: {min: 0.95, max: 0.99}};
		for (const rule of [{}, {nesterov: true}]) {
			const best = optimumWithin(ravine, ranges, rule);
			expect(best.momentum).toBeGreaterThanOrEqual(0.95);
			expect(best.momentum).toBeLessThanOrEqual(0.99);
			expect(best.eta).toBeGreaterThanOrEqual(0.01);
			expect(best.eta).toBeLessThanOrEqual(1);
			const grid = stabilityGrid(ravine, [0.01, 1], 0.99, 50, 20, rule, 0.95);
			expect(best.rate).toBeLessThanOrEqual(Math.min(...grid.rates.flat()) + 1e-9);
		}

		// when the closed form lies inside the ranges it is the answer
		const open = optimumWithin(ravine, {learningRate: {min: 0.01, max: 10}, momentum: {min: 0, max: 0.99}});
		expect(open).toEqual(optimum(ravine, true));
	});
});
