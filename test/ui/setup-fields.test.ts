/**
 * The setup screen's fields as data: schedule parameters by kind, selectors, the schedule text
 * they make, the η(t) sparkline, and the curvature felt at the start with the η limit it sets —
 * checked against runs of the engine at both sides of that limit.
 */
import {describe, expect, test} from 'vitest';
import {simulate} from '../../source/engine/simulate.js';
import {defaultKnobs, resolveKnobs} from '../../source/engine/knobs.js';
import {cycle, feltCurvature, knobTexts, scheduleText, setupFields, sparkline, splitSchedule} from '../../source/ui/setup-fields.js';
import {play} from '../../source/engine/index.js';
import {landscapeOf} from '../../source/engine/landscape.js';
import {eigenvalues} from '../../source/engine/terrain.js';
import {fourParameterLevel} from '../helpers/model-levels.js';
import {testLevel} from './helpers/levels.js';

const scheduled = testLevel({
	budget: 100,
	knobs: {learningRate: {min: 0.001, max: 3, default: 0.1}, schedule: {allowed: ['constant', 'step', 'cosine', 'warm-restarts'], default: 'constant'}},
});

/** A ravine with curvatures 1 and 4 at every point, started off its floor. */
const ravine = testLevel({
	terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 4]}],
	start: [2, 1],
	budget: 300,
	knobs: {learningRate: {min: 0.001, max: 3, default: 0.1}, momentum: {min: 0, max: 0.99, default: 0}, nesterov: {default: false}},
});

describe('schedule fields', () => {
	test('a kind brings its own parameter fields; choosing another kind resets them', () => {
		expect(setupFields(scheduled, {schedule: 'constant'})).toEqual(['learningRate', 'schedule']);
		expect(setupFields(scheduled, {schedule: 'step'})).toEqual(['learningRate', 'schedule', 'schedule:0', 'schedule:1']);
		expect(setupFields(scheduled, {schedule: 'warm-restarts'})).toHaveLength(5);
		const next = cycle(scheduled, {schedule: 'step', 'schedule:0': '0.3'}, 'schedule', 1, 'en');
		expect(next.schedule).toBe('cosine');
		expect(next['schedule:0']).toBeUndefined();
		expect(cycle(scheduled, {schedule: 'constant'}, 'schedule', -1, 'en').schedule).toBe('warm-restarts');
	});

	test('the schedule text: the kind alone at defaults, else each parameter (an empty one at its default)', () => {
		expect(scheduleText(scheduled, {schedule: 'cosine'})).toBe('cosine');
		expect(scheduleText(scheduled, {schedule: 'step', 'schedule:1': '10'})).toBe('step:0.5:10');
		expect(scheduleText(scheduled, {schedule: 'step', 'schedule:0': '0,3'})).toBe('step:0.3');
		expect(splitSchedule('warm-restarts:0.001:20:2')).toEqual({schedule: 'warm-restarts', 'schedule:0': '0.001', 'schedule:1': '20', 'schedule:2': '2'});
		// what the fields make is what the engine runs
		const resolved = resolveKnobs(scheduled, knobTexts(scheduled, {learningRate: '0.1', schedule: 'step', 'schedule:1': '10'}));
		expect(resolved.ok && resolved.value.schedule).toEqual({kind: 'step', gamma: 0.5, every: 10});
	});

	test('look-ahead is a yes/no choice', () => {
		expect(cycle(ravine, {nesterov: 'no'}, 'nesterov', 1, 'en').nesterov).toBe('yes');
		expect(cycle(ravine, {nesterov: 'sí'}, 'nesterov', 1, 'es').nesterov).toBe('no');
	});

	test('the sparkline follows η(t): flat for constant, falling for cosine, halving in steps', () => {
		expect(sparkline({kind: 'constant'}, 0.1, 100, 10)).toBe('█'.repeat(10));
		const cosine = sparkline({kind: 'cosine', min: 0, period: 100}, 0.1, 100, 10);
		expect(cosine[0]).toBe('█');
		const ramp = '▁▂▃▄▅▆▇█';
		for (let i = 1; i < cosine.length; i++) expect(ramp.indexOf(cosine[i]!)).toBeLessThanOrEqual(ramp.indexOf(cosine[i - 1]!));
		expect(cosine.at(-1)).toBe('▁');
		expect(sparkline({kind: 'step', gamma: 0.5, every: 50}, 0.1, 100, 4)).toBe('██▅▅');
	});
});

describe('curvature felt at the start', () => {
	test('reads the Hessian: largest 4, smallest 1 on the ravine', () => {
		const felt = feltCurvature(ravine, 0, false);
		expect(felt.high).toBeCloseTo(4, 6);
		expect(felt.low).toBeCloseTo(1, 6);
		expect(felt.formula).toBe('2/λ');
	});

	for (const [momentum, nesterov] of [
		[0, false],
		[0.9, false],
		[0.9, true],
		[0.5, true],
	] as const) {
		test(`μ = ${momentum}${nesterov ? ', look-ahead' : ''}: just under the stated limit the run settles, just over it it blows up`, () => {
			const {limit} = feltCurvature(ravine, momentum, nesterov);
			const finalGap = (eta: number) => {
				const run = simulate(ravine, {learningRate: eta, momentum, decay: 0, schedule: {kind: 'constant'}, temperature: 0, batchSize: null, restarts: 1, nesterov}, 1);
				const climber = run.climbers[0]!;
				const last = climber.steps;
				return Math.hypot(climber.x[last] ?? Number.NaN, climber.y[last] ?? Number.NaN);
			};

			expect(finalGap(limit * 0.97)).toBeLessThan(Math.hypot(2, 1));
			const over = finalGap(limit * 1.03);
			expect(Number.isFinite(over) ? over : Number.POSITIVE_INFINITY).toBeGreaterThan(Math.hypot(2, 1));
		});
	}
});

describe('curvature felt at the start of a model level', () => {
	test('is the model’s own, over all its parameters: the η limit it states holds, where the map’s slice would have let a blow-up through', () => {
		const level = fourParameterLevel();
		const felt = feltCurvature(level, 0, false);
		expect(felt.parameters).toBe(4);
		const code = (eta: number) => play(level, {...defaultKnobs(level), learningRate: eta}, 1).diagnosis.code;
		expect(code(felt.limit * 0.97)).not.toBe('diverged');
		expect(code(felt.limit * 1.03)).toBe('diverged');
		// the map shown before a run is a plane through θ₀: its curvature misses the steepest direction
		const [a, b, c] = landscapeOf(level).hessian(level.start[0], level.start[1]);
		const planeLimit = 2 / Math.max(...eigenvalues(a, b, c));
		expect(planeLimit).toBeGreaterThan(felt.limit * 1.03);
	});
});
