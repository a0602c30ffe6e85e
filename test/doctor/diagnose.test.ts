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
