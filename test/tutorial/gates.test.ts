import {describe, expect, it} from 'vitest';
import type {KnobInput} from '../../source/engine/index.js';
import {GATES, QUICK_STEPS, RAVINE_STEPS, type GateId} from '../../source/tutorial/gates.js';
import type {TutorialLevelId} from '../../source/tutorial/levels.js';
import {runTask} from '../../source/tutorial/run.js';

function outcome(level: TutorialLevelId, knobs: KnobInput, seed = 1) {
	const result = runTask(level, knobs, seed);
	if (!result.ok) throw new Error(`bad knobs ${JSON.stringify(result.error)}`);
	return result.value;
}

/** For each gate: runs built from the theory that must pass, and runs that must not. */
const CASES: Record<GateId, {level: TutorialLevelId; pass: KnobInput[]; fail: KnobInput[]}> = {
	'reach-floor': {level: 'bowl', pass: [{learningRate: 0.1}, {learningRate: '1'}], fail: [{learningRate: 0.01}, {learningRate: 2.5}]},
	// steep bowl, curvature 4: diverges iff η·4 > 2
	explode: {level: 'steep-bowl', pass: [{learningRate: 0.6}, {learningRate: '0,9'}], fail: [{learningRate: 0.25}, {learningRate: 0.005}]},
	crawl: {level: 'steep-bowl', pass: [{learningRate: 0.002}], fail: [{learningRate: 0.25}, {learningRate: 0.6}]},
	'quick-floor': {level: 'steep-bowl', pass: [{learningRate: 0.25}, {learningRate: 0.2}], fail: [{learningRate: 0.45}, {learningRate: 0.02}, {learningRate: 0.6}]},
	// κ = 50: the best plain rate (≈0.96 per step) cannot arrive within 60 steps; the best momentum pair can
	'ravine-momentum': {
		level: 'ravine',
		pass: [{learningRate: 0.061, momentum: 0.57}, {learningRate: 0.05, momentum: 0.5}],
		fail: [{learningRate: 2 / 51, momentum: 0}, {learningRate: 0.035, momentum: 0.97}, {learningRate: 0.0005, momentum: 0.5}],
	},
	'decay-short': {level: 'offset-bowl', pass: [{learningRate: 0.2, decay: 0.1}, {learningRate: 0.5, decay: 0.3}], fail: [{learningRate: 0.2, decay: 0}, {learningRate: 0.2, decay: 0.001}]},
	'decay-gentle': {level: 'offset-bowl', pass: [{learningRate: 0.2, decay: 0.005}], fail: [{learningRate: 0.2, decay: 0}, {learningRate: 0.2, decay: 0.1}]},
	'schedule-floor': {
		level: 'ripples',
		pass: [{learningRate: 0.5, schedule: 'cosine'}],
		fail: [{learningRate: 0.5, schedule: 'constant'}, {learningRate: 0.05, schedule: 'cosine'}],
	},
	'escape-local': {
		level: 'two-valleys',
		pass: [{learningRate: 0.1, momentum: 0.95}, {learningRate: 0.05, restarts: 2}],
		fail: [{learningRate: 0.05}, {learningRate: 0.3}],
	},
	'escape-saddle': {
		level: 'saddle',
		pass: [{learningRate: 0.2, momentum: 0.8}, {learningRate: 0.3, momentum: 0.9}],
		fail: [{learningRate: 0.1, momentum: 0}, {learningRate: 0.3, momentum: 0}, {learningRate: 0.01, momentum: 0.5}],
	},
};

describe('task gates', () => {
	for (const [id, {level, pass, fail}] of Object.entries(CASES) as Array<[GateId, (typeof CASES)[GateId]]>) {
		it(`${id}: passes the runs that show it`, () => {
			for (const knobs of pass) expect(GATES[id](outcome(level, knobs)), JSON.stringify(knobs)).toBe(true);
		});

		it(`${id}: blocks the runs that do not`, () => {
			for (const knobs of fail) expect(GATES[id](outcome(level, knobs)), JSON.stringify(knobs)).toBe(false);
		});
	}

	it('quick-floor and ravine-momentum count steps with the constants they quote', () => {
		const quick = outcome('steep-bowl', {learningRate: 0.45});
		expect(quick.diagnosis.code).toBe('reached-global');
		expect(quick.facts.arrivedAt).toBeGreaterThanOrEqual(QUICK_STEPS);
		const plain = outcome('ravine', {learningRate: 2 / 51, momentum: 0});
		expect(plain.diagnosis.code === 'reached-global' ? plain.facts.arrivedAt! : Infinity).toBeGreaterThanOrEqual(RAVINE_STEPS);
	});

	it('knobs typed with a decimal comma or out of range', () => {
		expect(runTask('bowl', {learningRate: '0,1'}, 1).ok).toBe(true);
		const bad = runTask('bowl', {learningRate: '99'}, 1);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.error.code).toBe('ERR_OUT_OF_RANGE');
		const locked = runTask('bowl', {momentum: '0.5'}, 1);
		expect(locked.ok).toBe(false);
	});
});
