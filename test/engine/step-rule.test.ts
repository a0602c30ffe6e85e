/**
 * The step rule of README, “How a step works” against steps worked out by hand, one knob at a time. The terrain is
 * a bowl, whose gradient is exact arithmetic, so the expected numbers below are the ones you get
 * with pencil and paper.
 */
import {describe, expect, it} from 'vitest';
import {simulate} from '../../source/engine/simulate.js';
import {etaAt} from '../../source/engine/schedule.js';
import {Prng} from '../../source/engine/math.js';
import type {Knobs, Level, Trajectory} from '../../source/engine/types.js';
import {buildLevel, knobs} from './build-level.js';

/** f = ½(x² + 4y²): ∇f = (x, 4y). */
const bowl = buildLevel([{type: 'bowl', center: [0, 0], curvature: [1, 4]}], {start: [3, 2], budget: 50});

function path(level: Level, given: Partial<Knobs>, seed = 1): Trajectory {
	return simulate(level, knobs(given), seed).climbers[0]!;
}

function expectAt(t: Trajectory, step: number, x: number, y: number) {
	expect(t.x[step]).toBeCloseTo(x, 12);
	expect(t.y[step]).toBeCloseTo(y, 12);
}

describe('the step rule, by hand', () => {
	it('plain descent: θ ← θ − η∇f', () => {
		const t = path(bowl, {learningRate: 0.1});
		expectAt(t, 0, 3, 2);
		// g0 = (3, 8): θ1 = (3 − 0.3, 2 − 0.8)
		expectAt(t, 1, 2.7, 1.2);
		// g1 = (2.7, 4.8): θ2 = (2.43, 0.72)
		expectAt(t, 2, 2.43, 0.72);
		expect(t.eta[0]).toBe(0.1);
		expect(t.speed[1]).toBeCloseTo(Math.hypot(0.3, 0.8), 12);
		expect(t.grad[1]).toBeCloseTo(Math.hypot(2.7, 4.8), 12);
		expect(t.loss[1]).toBeCloseTo(0.5 * (2.7 ** 2 + 4 * 1.2 ** 2), 12);
	});

	it('momentum: v ← μv + ηg, θ ← θ − v', () => {
		const t = path(bowl, {learningRate: 0.1, momentum: 0.9});
		expectAt(t, 1, 2.7, 1.2);
		// v2 = 0.9·(0.3, 0.8) + 0.1·(2.7, 4.8) = (0.54, 1.2): θ2 = (2.16, 0)
		expectAt(t, 2, 2.16, 0);
		expect(t.speed[2]).toBeCloseTo(Math.hypot(0.54, 1.2), 12);
		// g2 = (2.16, 0); v3 = 0.9·(0.54, 1.2) + 0.1·(2.16, 0) = (0.702, 1.08): θ3 = (1.458, −1.08)
		expectAt(t, 3, 1.458, -1.08);
	});

	it('decay: θ ← θ·(1 − λ) after the move', () => {
		const t = path(bowl, {learningRate: 0.1, decay: 0.1});
		// (2.7, 1.2)·0.9
		expectAt(t, 1, 2.43, 1.08);
		// g1 = (2.43, 4.32): (2.43 − 0.243, 1.08 − 0.432)·0.9 = (1.9683, 0.5832)
		expectAt(t, 2, 1.9683, 0.5832);
	});

	it('momentum and decay together', () => {
		const t = path(bowl, {learningRate: 0.1, momentum: 0.5, decay: 0.1});
		expectAt(t, 1, 2.43, 1.08);
		// v2 = 0.5·(0.3, 0.8) + 0.1·(2.43, 4.32) = (0.393, 0.832); (2.037, 0.248)·0.9
		expectAt(t, 2, 1.8333, 0.2232);
	});

	it('Nesterov look-ahead: g = ∇f(θ − μv)', () => {
		const t = path(bowl, {learningRate: 0.1, momentum: 0.9, nesterov: true});
		// v0 = 0, so the first step is plain
		expectAt(t, 1, 2.7, 1.2);
		// look at θ1 − 0.9·v1 = (2.43, 0.48): g = (2.43, 1.92); v2 = (0.513, 0.912); θ2 = (2.187, 0.288)
		expectAt(t, 2, 2.187, 0.288);
		const heavy = path(bowl, {learningRate: 0.1, momentum: 0.9, nesterov: false});
		expect(heavy.x[2]).not.toBeCloseTo(t.x[2]!, 6);
	});

	it('look-ahead without momentum is plain descent', () => {
		const a = path(bowl, {learningRate: 0.1, nesterov: true});
		const b = path(bowl, {learningRate: 0.1});
		expect(Array.from(a.x)).toEqual(Array.from(b.x));
	});
});

describe('schedules: η(t) by hand', () => {
	it('constant', () => {
		expect(etaAt({kind: 'constant'}, 0.3, 0)).toBe(0.3);
		expect(etaAt({kind: 'constant'}, 0.3, 999)).toBe(0.3);
	});

	it('step: η·γ^floor(t/k)', () => {
		const s = {kind: 'step', gamma: 0.5, every: 10} as const;
		expect(etaAt(s, 0.8, 0)).toBe(0.8);
		expect(etaAt(s, 0.8, 9)).toBe(0.8);
		expect(etaAt(s, 0.8, 10)).toBe(0.4);
		expect(etaAt(s, 0.8, 25)).toBe(0.2);
		expect(etaAt(s, 0.8, 30)).toBe(0.1);
	});

	it('cosine: η_min + ½(η − η_min)(1 + cos(πt/T)), held at η_min after T', () => {
		const s = {kind: 'cosine', min: 0.001, period: 100} as const;
		expect(etaAt(s, 0.1, 0)).toBeCloseTo(0.1, 15);
		expect(etaAt(s, 0.1, 50)).toBeCloseTo(0.0505, 15);
		// cos(π/4) = √2/2
		expect(etaAt(s, 0.1, 25)).toBeCloseTo(0.001 + 0.5 * 0.099 * (1 + Math.SQRT1_2), 15);
		expect(etaAt(s, 0.1, 100)).toBeCloseTo(0.001, 15);
		expect(etaAt(s, 0.1, 150)).toBeCloseTo(0.001, 15);
	});

	it('warm restarts: cosine over T₀, then T₀·mult, …, each starting again at η', () => {
		const s = {kind: 'warm-restarts', min: 0, period: 10, mult: 2} as const;
		expect(etaAt(s, 1, 0)).toBeCloseTo(1, 15);
		expect(etaAt(s, 1, 5)).toBeCloseTo(0.5, 15);
		expect(etaAt(s, 1, 9)).toBeCloseTo(0.5 * (1 + Math.cos(0.9 * Math.PI)), 14);
		// restart at t = 10 with period 20
		expect(etaAt(s, 1, 10)).toBeCloseTo(1, 15);
		expect(etaAt(s, 1, 20)).toBeCloseTo(0.5, 15);
		// restart at t = 30 with period 40
		expect(etaAt(s, 1, 30)).toBeCloseTo(1, 15);
		expect(etaAt(s, 1, 50)).toBeCloseTo(0.5, 15);
		const flat = {kind: 'warm-restarts', min: 0.2, period: 4, mult: 1} as const;
		expect(etaAt(flat, 1, 2)).toBeCloseTo(0.6, 15);
		expect(etaAt(flat, 1, 6)).toBeCloseTo(0.6, 15);
	});

	it('the run uses η(t) at step t and records it', () => {
		const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [1, 1]}], {start: [3, 0], budget: 30});
		const schedule = {kind: 'step', gamma: 0.5, every: 10} as const;
		const t = path(level, {learningRate: 0.4, schedule});
		let x = 3;
		for (let step = 0; step < 30; step++) {
			const eta = step < 10 ? 0.4 : step < 20 ? 0.2 : 0.1;
			expect(t.eta[step]).toBe(eta);
			x -= eta * x;
			expect(t.x[step + 1]).toBeCloseTo(x, 12);
		}
	});
});

describe('noise: an independent generator with the same seed, gaussians in the documented order', () => {
	const noisy = buildLevel([{type: 'bowl', center: [0, 0], curvature: [1, 4]}], {
		start: [1, -1],
		budget: 40,
		dataset: {size: 100, spread: 2},
	});

	/** Per step: batch noise x then y, then temperature x then y. */
	function byHand(eta: number, mu: number, sigma: number, temperature: number, seed: number, steps: number) {
		const rng = new Prng(seed);
		let [x, y, vx, vy] = [1, -1, 0, 0];
		const out: Array<[number, number]> = [[x, y]];
		for (let t = 0; t < steps; t++) {
			let gx = x;
			let gy = 4 * y;
			if (sigma > 0) {
				gx += sigma * rng.gaussian();
				gy += sigma * rng.gaussian();
			}

			vx = mu * vx + eta * gx;
			vy = mu * vy + eta * gy;
			x -= vx;
			y -= vy;
			if (temperature > 0) {
				const kick = Math.sqrt(2 * eta * temperature);
				x += kick * rng.gaussian();
				y += kick * rng.gaussian();
			}

			out.push([x, y]);
		}

		return out;
	}

	function compare(t: Trajectory, expected: Array<[number, number]>) {
		expect(t.steps).toBe(expected.length - 1);
		for (const [i, [x, y]] of expected.entries()) {
			expect(t.x[i]).toBeCloseTo(x, 10);
			expect(t.y[i]).toBeCloseTo(y, 10);
		}
	}

	it('temperature: θ += sqrt(2ηT)·ξ', () => {
		const t = path(noisy, {learningRate: 0.05, temperature: 0.3}, 7);
		compare(t, byHand(0.05, 0, 0, 0.3, 7, 40));
		// the noise is really there
		const calm = path(noisy, {learningRate: 0.05}, 7);
		expect(Math.abs(calm.x[40]! - t.x[40]!)).toBeGreaterThan(1e-3);
	});

	it('batch noise: σ·sqrt(1/B − 1/N)·ξ on the gradient', () => {
		const sigma = 2 * Math.sqrt(1 / 10 - 1 / 100);
		const t = path(noisy, {learningRate: 0.05, momentum: 0.5, batchSize: 10}, 3);
		compare(t, byHand(0.05, 0.5, sigma, 0, 3, 40));
	});

	it('full batch (B = N) has no gradient noise', () => {
		const t = path(noisy, {learningRate: 0.05, batchSize: 100}, 3);
		compare(t, byHand(0.05, 0, 0, 0, 3, 40));
	});

	it('batch noise and temperature together: batch draws first, then temperature', () => {
		const sigma = 2 * Math.sqrt(1 / 5 - 1 / 100);
		const t = path(noisy, {learningRate: 0.05, momentum: 0.3, batchSize: 5, temperature: 0.1}, 11);
		compare(t, byHand(0.05, 0.3, sigma, 0.1, 11, 40));
	});

	it('different seeds give different noisy runs', () => {
		const a = path(noisy, {learningRate: 0.05, temperature: 0.3}, 1);
		const b = path(noisy, {learningRate: 0.05, temperature: 0.3}, 2);
		expect(a.x[40]).not.toBe(b.x[40]);
	});
});

describe('random restarts', () => {
	it('split the budget, start the first climber at the level start, draw the others first', () => {
		const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [1, 1]}], {
			start: [3, 2],
			budget: 100,
			bounds: {x: [-4, 4], y: [-3, 2.5]},
		});
		const run = simulate(level, knobs({learningRate: 0.05, restarts: 3, temperature: 0.01}), 5);
		expect(run.climbers).toHaveLength(3);
		expect(run.stepsEach).toBe(33);
		for (const c of run.climbers) expect(c.steps).toBe(33);
		expect(run.climbers[0]!.start).toEqual([3, 2]);
		const rng = new Prng(5);
		const x1 = rng.uniform(-4, 4);
		const y1 = rng.uniform(-3, 2.5);
		const x2 = rng.uniform(-4, 4);
		const y2 = rng.uniform(-3, 2.5);
		expect(run.climbers[1]!.start).toEqual([x1, y1]);
		expect(run.climbers[2]!.start).toEqual([x2, y2]);
		// then the temperature draws of climber 0, step 0
		const kick = Math.sqrt(2 * 0.05 * 0.01);
		const gx = rng.gaussian();
		const gy = rng.gaussian();
		expect(run.climbers[0]!.x[1]).toBeCloseTo(3 - 0.05 * 3 + kick * gx, 12);
		expect(run.climbers[0]!.y[1]).toBeCloseTo(2 - 0.05 * 2 + kick * gy, 12);
	});

	it('the best climber has the lowest final loss among those that stayed on the map', () => {
		// Downhill to the left off the map, a deep well in the middle: climbers that walk off the
		// left edge end lower than the ones still on the map, but they do not count.
		const level = buildLevel(
			[
				{type: 'tilt', slope: [1, 0]},
				{type: 'well', center: [0, 0], depth: 5, width: 0.3},
			],
			{bounds: {x: [-1, 1], y: [-1, 1]}, start: [0.9, 0.5], budget: 12},
		);
		let tested = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const run = simulate(level, knobs({learningRate: 0.1, restarts: 4}), seed);
			expect(run.stepsEach).toBe(3);
			const final = (t: Trajectory) => t.loss[t.steps]!;
			const stayed = run.climbers.map((c, i) => ({c, i})).filter(({c}) => c.leftAt === null && c.blewUpAt === null);
			if (stayed.length === 0) continue;
			const expected = stayed.reduce((a, b) => (final(b.c) < final(a.c) ? b : a)).i;
			expect(run.best, `seed ${seed}`).toBe(expected);
			if (run.climbers.some((c) => c.leftAt !== null && final(c) < final(run.climbers[run.best]!))) tested++;
		}

		// the interesting case (a lower climber off the map) happened at least once
		expect(tested).toBeGreaterThan(0);
	});
});
