/**
 * README, “How a step works” known results, checked twice: the closed forms of theory.ts against the formulas,
 * and the simulation against the closed forms.
 */
import {describe, expect, it} from 'vitest';
import {play, simulate} from '../../source/engine/index.js';
import {
	bestMomentum,
	bestPlain,
	convergenceRate,
	criticalMomentum,
	damping,
	decayRestingPoint,
	maxStableEta,
	worstRate,
} from '../../source/engine/theory.js';
import {buildLevel, knobs} from './build-level.js';

/**
 * A round bowl of curvature λ centred on the origin, on a map wide enough that the transient
 * swing of a heavy ball near its stability edge stays on it.
 */
const bowlOf = (lambda: number, budget = 400) =>
	buildLevel([{type: 'bowl', center: [0, 0], curvature: [lambda, lambda]}], {start: [1, 1], budget, bounds: {x: [-50, 50], y: [-50, 50]}});

describe('theory.ts against the closed forms', () => {
	it('stability limit η < (2 + 2μ)/λ', () => {
		expect(maxStableEta(4)).toBe(0.5);
		expect(maxStableEta(4, 0.5)).toBe(0.75);
		expect(maxStableEta(0.1, 0.9)).toBeCloseTo(38, 12);
	});

	it('critical momentum (1 − √(ηλ))²', () => {
		expect(criticalMomentum(0.25, 1)).toBeCloseTo(0.25, 15);
		expect(criticalMomentum(0.01, 1)).toBeCloseTo(0.81, 15);
		expect(criticalMomentum(1, 1)).toBe(0);
	});

	it('convergence rate: |1 − ηλ| without momentum, √μ when under-damped, 1 at the edge', () => {
		expect(convergenceRate(0.1, 0, 4)).toBeCloseTo(0.6, 14);
		expect(convergenceRate(0.45, 0, 4)).toBeCloseTo(0.8, 14);
		expect(convergenceRate(0.25, 0, 4)).toBeCloseTo(0, 14);
		expect(convergenceRate(0.5, 0, 4)).toBeCloseTo(1, 14);
		expect(convergenceRate(0.1, 0.81, 1)).toBeCloseTo(0.9, 14);
		expect(convergenceRate(0.75, 0.5, 4)).toBeCloseTo(1, 14);
		expect(convergenceRate(0.76, 0.5, 4)).toBeGreaterThan(1);
		expect(worstRate(0.1, 0, [1, 4])).toBeCloseTo(0.9, 14);
	});

	it('best plain η = 2/(λ₁+λₙ) with rate (κ−1)/(κ+1); best pair with rate (√κ−1)/(√κ+1)', () => {
		const plain = bestPlain(1, 9);
		expect(plain.eta).toBeCloseTo(0.2, 15);
		expect(plain.rate).toBeCloseTo(0.8, 15);
		const pair = bestMomentum(1, 9);
		expect(pair.eta).toBeCloseTo(0.25, 15);
		expect(pair.rate).toBeCloseTo(0.5, 15);
		expect(pair.momentum).toBeCloseTo(0.25, 15);
		// the best pair is critically damped on both ends
		expect(worstRate(pair.eta, pair.momentum, [1, 9])).toBeCloseTo(0.5, 7);
	});

	it('decay resting point η·k·c·(1−λ)/(η·k·(1−λ)+(1−μ)·λ)', () => {
		// 0.1·1·2·0.95 / (0.1·0.95 + 0.5·0.05) = 0.19/0.12
		expect(decayRestingPoint(0.1, 0.5, 0.05, 1, 2)).toBeCloseTo(0.19 / 0.12, 14);
		expect(decayRestingPoint(0.1, 0.5, 0, 1, 2)).toBe(2);
	});

	it('damping regimes', () => {
		expect(damping(0.25, 0.25, 1)).toBe('critical');
		expect(damping(0.25, 0.5, 1)).toBe('under');
		expect(damping(0.25, 0.1, 1)).toBe('over');
	});
});

describe('the simulation agrees with the theory', () => {
	const code = (lambda: number, eta: number, momentum: number, budget = 400) =>
		play(bowlOf(lambda, budget), knobs({learningRate: eta, momentum}), 1).diagnosis.code;

	for (const lambda of [0.5, 4, 20]) {
		it(`plain descent, λ = ${lambda}: η·λ = 1.98 settles, 2.02 diverges`, () => {
			expect(code(lambda, 1.98 / lambda, 0)).not.toMatch(/diverged|left-map/);
			expect(code(lambda, 2.02 / lambda, 0)).toBe('diverged');
		});

		for (const mu of [0.3, 0.8]) {
			it(`momentum ${mu}, λ = ${lambda}: η·λ just under 2 + 2μ settles, just over diverges`, () => {
				const edge = 2 + 2 * mu;
				expect(code(lambda, (edge - 0.03) / lambda, mu, 1500)).not.toMatch(/diverged|left-map/);
				expect(code(lambda, (edge + 0.03) / lambda, mu, 1500)).toBe('diverged');
				// the plain limit does not apply with momentum
				expect(code(lambda, 2.1 / lambda, mu, 1500)).not.toMatch(/diverged|left-map/);
			});
		}
	}

	it('the measured contraction per step matches convergenceRate', () => {
		for (const [eta, mu, lambda] of [
			[0.1, 0, 4],
			[0.2, 0.3, 1],
			[0.05, 0.9, 2],
			[0.3, 0.5, 4],
		] as const) {
			const run = simulate(bowlOf(lambda, 400), knobs({learningRate: eta, momentum: mu}), 1);
			const t = run.climbers[0]!;
			// error norm over a long window: (‖θ_400‖/‖θ_200‖)^(1/200), robust to the phase of rocking
			const size = (i: number) => Math.max(Math.abs(t.x[i]!), Math.abs(t.x[i - 1]!));
			const measured = (size(400) / size(200)) ** (1 / 200);
			expect(measured).toBeCloseTo(convergenceRate(eta, mu, lambda), 2);
		}
	});

	it('decay parks the climber where the formula says', () => {
		const level = buildLevel([{type: 'bowl', center: [2, -1], curvature: [1, 3]}], {start: [-1, 1], budget: 3000});
		for (const [eta, mu, decay] of [
			[0.1, 0, 0.05],
			[0.1, 0.5, 0.05],
			[0.3, 0.8, 0.2],
		] as const) {
			const t = simulate(level, knobs({learningRate: eta, momentum: mu, decay}), 1).climbers[0]!;
			expect(t.x[t.steps]).toBeCloseTo(decayRestingPoint(eta, mu, decay, 1, 2), 9);
			expect(t.y[t.steps]).toBeCloseTo(decayRestingPoint(eta, mu, decay, 3, -1), 9);
			// short of the centre, on the origin's side
			expect(t.x[t.steps]).toBeLessThan(2);
			expect(t.y[t.steps]).toBeGreaterThan(-1);
		}
	});

	it('critical damping converges fastest without rocking', () => {
		const lambda = 1;
		const eta = 0.04;
		const critical = criticalMomentum(eta, lambda);
		expect(critical).toBeCloseTo(0.64, 12);
		const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [lambda, lambda]}], {start: [3, 0], budget: 120});
		const result = (mu: number) => {
			const t = simulate(level, knobs({learningRate: eta, momentum: mu}), 1).climbers[0]!;
			let crossings = 0;
			for (let i = 1; i <= t.steps; i++) if (Math.sign(t.x[i]!) !== Math.sign(t.x[i - 1]!)) crossings++;
			return {error: Math.abs(t.x[t.steps]!), crossings};
		};

		const at = result(critical);
		expect(at.crossings).toBe(0);
		for (const mu of [0, 0.3, 0.5, 0.6, 0.75, 0.85, 0.95]) {
			expect(at.error, `μ = ${mu}`).toBeLessThan(result(mu).error);
		}

		expect(result(0.85).crossings).toBeGreaterThan(0);
		expect(result(0.5).crossings).toBe(0);
	});
});
