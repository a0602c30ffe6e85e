/**
 * Rules read from the theory rather than from fixtures: SGD's noise floor is proportional to η
 * (stationary loss ≈ floor + c·η), so a step schedule that divides η by ten drops the loss to a
 * lower floor right where η drops: a staircase, not a pass the run was stuck on. The same curve
 * with η constant is a plateau it fell off by itself.
 */
import {describe, expect, it} from 'vitest';
import {diagnoseTraining} from '../../source/doctor/diagnose.js';
import type {Series, TrainingLog} from '../../source/doctor/parse.js';
import {random} from '../helpers/random.js';

function staircase(): {loss: Series; lr: Series} {
	const loss: Series = {name: 'loss', points: []};
	const lr: Series = {name: 'lr', points: []};
	const floor = 0.05;
	for (let t = 0; t < 300; t++) {
		const eta = t < 150 ? 0.1 : 0.01;
		// settles within a few steps to floor + 5·η, the noise floor of its η
		const settled = floor + 5 * eta;
		const start = t < 150 ? 2 : floor + 5 * 0.1;
		const since = t < 150 ? t : t - 150;
		loss.points.push({step: t, value: settled + (start - settled) * 0.7 ** since});
		lr.points.push({step: t, value: eta});
	}
	return {loss, lr};
}

describe('plateau or schedule', () => {
	it('a fall that comes with η divided by ten is the schedule working: healthy', () => {
		const {loss, lr} = staircase();
		const log: TrainingLog = {format: 'csv', columns: ['loss', 'lr'], train: loss, learningRate: lr};
		expect(diagnoseTraining(log).code).toBe('healthy');
	});

	it('the same fall with η unchanged is a pass it was stuck on: plateau', () => {
		const {loss} = staircase();
		const constant: Series = {name: 'lr', points: loss.points.map((p) => ({step: p.step, value: 0.1}))};
		const log: TrainingLog = {format: 'csv', columns: ['loss', 'lr'], train: loss, learningRate: constant};
		expect(diagnoseTraining(log).code).toBe('plateau');
	});
});

/** Gradient descent on a quadratic λ/2·x² from x = 1: loss ∝ (1 − ηλ)^(2t). */
function quadratic(eta: number, lambda: number, steps: number, momentum = 0): TrainingLog {
	const points = [];
	let x = 1;
	let v = 0;
	for (let t = 0; t < steps; t++) {
		points.push({step: t, value: 0.5 * lambda * x * x + 1e-3});
		v = momentum * v - eta * lambda * x;
		x += v;
	}
	return {format: 'csv', columns: ['loss'], train: {name: 'loss', points}};
}

describe('speed, swings and jumps on a quadratic', () => {
	it('a good η (ηλ = 0.5) is healthy; a hundredth of it (ηλ = 0.005) is too slow', () => {
		expect(diagnoseTraining(quadratic(0.5, 1, 200)).code).toBe('healthy');
		expect(diagnoseTraining(quadratic(0.005, 1, 200)).code).toBe('too-slow');
	});

	it('heavy-ball rocking in a ravine (λ = 1 and 0.01, η = 1.5, μ = 0.95) that has died out by the second half is still oscillating', () => {
		// the stiff direction rocks with damping √μ ≈ 0.975 a step: its swings are gone long before
		// the end, while the shallow direction is still walking down
		const lambdas = [1, 0.01];
		const x = [1, 3];
		const v = [0, 0];
		const points = [];
		for (let t = 0; t < 400; t++) {
			points.push({step: t, value: lambdas.reduce((sum, l, i) => sum + 0.5 * l * x[i]! ** 2, 0) + 1e-3});
			for (let i = 0; i < 2; i++) {
				v[i] = 0.95 * v[i]! - 1.5 * lambdas[i]! * x[i]!;
				x[i] = x[i]! + v[i]!;
			}
		}
		const diagnosis = diagnoseTraining({format: 'csv', columns: ['loss'], train: {name: 'loss', points}});
		expect(diagnosis.train.roughness).toBeLessThan(0.001);
		expect(diagnosis.code).toBe('oscillating');
	});

	it('three steps past the limit (ηλ = 1 + √2: the loss ×2 a step), then settling, is exploding; one point ×40 and the next back on the curve is not', () => {
		// the climb is the state itself thrown farther on every step (the softmax thrown by η = 50);
		// the lone point is one bad batch: the next loss, read where the parameters are, is back down
		const points = [];
		let x = 1;
		for (let t = 0; t < 200; t++) {
			points.push({step: t, value: 0.5 * x * x + 1e-3});
			x *= 1 - (t >= 3 && t < 6 ? 1 + Math.SQRT2 : 0.5);
		}
		expect(diagnoseTraining({format: 'csv', columns: ['loss'], train: {name: 'loss', points}}).code).toBe('exploding');
		const log = quadratic(0.5, 1, 200);
		const spiked = log.train.points.map((p, i) => (i === 3 ? {...p, value: p.value * 40} : p));
		expect(diagnoseTraining({...log, train: {name: 'loss', points: spiked}}).code).toBe('healthy');
	});
});

/**
 * A healthy run logged every step: loss = 0.1 + 2·e^(−t/80) over 2000 steps, each logged value
 * times e^(σ·z) (batch noise; σ = 0 for full batches), with `change` applied to the values.
 */
function descent(sigma: number, change: (value: number, t: number) => number): TrainingLog {
	const rand = random(11);
	const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
	const points = [];
	for (let t = 0; t < 2000; t++) points.push({step: t, value: change((0.1 + 2 * Math.exp(-t / 80)) * Math.exp(sigma * normal()), t)});
	return {format: 'csv', columns: ['loss'], train: {name: 'loss', points}};
}

/**
 * A ball past η·λ > 2 is thrown farther on every step: the loss grows geometrically and stays up,
 * until it overflows. One bad batch spikes one logged point: the parameters it moved are where the
 * next loss is read, and that loss is back on the curve. Divergence is a rise that holds.
 */
describe('a spike is not an explosion; a rise that holds is', () => {
	// ×20 at step 8 (already ten times the start: 38 against 2.1) and ×10, ×30, ×15 on the floor, far apart
	const SPIKES: Record<number, number> = {8: 20, 700: 10, 1200: 30, 1700: 15};
	const spiked = (only?: number) => (v: number, t: number) => (SPIKES[t] !== undefined && (only === undefined || only === t) ? v * SPIKES[t]! : v);

	for (const sigma of [0, 0.05]) {
		it(`σ = ${sigma}: one point spiked ×10–30 (early, or on the floor), or four far apart, is healthy`, () => {
			// roughness is a median and the rules that look for a climb read it held over two points or
			// smoothed, so four points of two thousand change nothing: the curve is the healthy one
			expect(diagnoseTraining(descent(sigma, (v) => v)).code).toBe('healthy');
			for (const only of [8, 1200]) expect(diagnoseTraining(descent(sigma, spiked(only))).code, `spike at ${only}`).toBe('healthy');
			expect(diagnoseTraining(descent(sigma, spiked())).code).toBe('healthy');
		});

		it(`σ = ${sigma}: the same ×20 at step 8 held from there on, or growth ×1.5 a step from step 1200 to overflow, is exploding`, () => {
			expect(diagnoseTraining(descent(sigma, (v, t) => (t >= 8 ? v * 20 : v))).code).toBe('exploding');
			const overflow = (v: number, t: number) => (t < 1200 ? v : t < 1230 ? v * 1.5 ** (t - 1200) : Number.NaN);
			expect(diagnoseTraining(descent(sigma, overflow)).code).toBe('exploding');
			// no NaN: the log ends while it is still growing
			expect(diagnoseTraining(descent(sigma, (v, t) => (t < 1900 ? v : v * 1.5 ** (t - 1900)))).code).toBe('exploding');
		});
	}

	it('σ = 0: on the floor, a climb ×2 a step for three steps (ηλ = 1 + √2), then back, is exploding', () => {
		const climb = (v: number, t: number) => (t >= 1200 && t < 1203 ? v * 2 ** (t - 1199) : v);
		expect(diagnoseTraining(descent(0, climb)).code).toBe('exploding');
	});
});
