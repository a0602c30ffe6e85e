/**
 * Rules read from the theory rather than from fixtures: SGD's noise floor is proportional to η
 * (stationary loss ≈ floor + c·η), so a step schedule that divides η by ten drops the loss to a
 * lower floor right where η drops: a staircase, not a pass the run was stuck on. The same curve
 * with η constant is a plateau it fell off by itself.
 */
import {describe, expect, it} from 'vitest';
import {diagnoseTraining} from '../../source/doctor/diagnose.js';
import type {Series, TrainingLog} from '../../source/doctor/parse.js';

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

	it('one step thrown ×9 above its best, then settling, is exploding', () => {
		const log = quadratic(0.5, 1, 200);
		const points = log.train.points.map((p, i) => (i === 3 ? {...p, value: p.value * 40} : p));
		expect(diagnoseTraining({...log, train: {name: 'loss', points}}).code).toBe('exploding');
	});
});
