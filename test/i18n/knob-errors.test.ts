/**
 * A knob refused on input: the engine returns a code and data, the words come from i18n in both
 * languages (a locked knob, a switch that is neither yes nor no, a number out of its range).
 */
import {describe, expect, it} from 'vitest';
import {resolveKnobs, type KnobError} from '../../source/engine/knobs.js';
import type {Level} from '../../source/engine/types.js';
import {knobAllowedText} from '../../source/i18n/knob-errors.js';
import {buildLevel} from '../engine/build-level.js';

const bowl = [{type: 'bowl' as const, center: [0, 0] as [number, number], curvature: [1, 1] as [number, number]}];

function refusal(level: Level, input: Parameters<typeof resolveKnobs>[1]): KnobError {
	const result = resolveKnobs(level, input);
	if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
	return result.error;
}

describe('knob errors: data from the engine, words from i18n', () => {
	const plain = buildLevel(bowl, {knobs: {learningRate: {min: 0.01, max: 1, default: 0.1}}});
	const lookAhead = buildLevel(bowl, {knobs: {learningRate: {min: 0.01, max: 1, default: 0.1}, momentum: {min: 0, max: 0.99, default: 0.9}, nesterov: {default: false}}});

	it('a locked knob: no words in the error, "locked" in each language', () => {
		const error = refusal(plain, {momentum: '0.5'});
		expect(error).toMatchObject({code: 'ERR_LOCKED', knob: 'momentum', value: '0.5'});
		expect(error.allowed).not.toMatch(/[a-z]{2}/i);
		expect(knobAllowedText(error, plain.knobs, 'en')).toBe('locked on this level');
		expect(knobAllowedText(error, plain.knobs, 'es')).toBe('bloqueado en este nivel');
	});

	it('a switch that is neither yes nor no: "yes or no" / "sí o no"', () => {
		const error = refusal(lookAhead, {nesterov: 'maybe'});
		expect(error).toMatchObject({knob: 'nesterov', value: 'maybe'});
		expect(error.allowed).not.toMatch(/[a-z]{2}/i);
		expect(knobAllowedText(error, lookAhead.knobs, 'en')).toBe('yes or no');
		expect(knobAllowedText(error, lookAhead.knobs, 'es')).toBe('sí o no');
	});

	it('a number out of range: its range with the decimal mark of each language', () => {
		const error = refusal(plain, {learningRate: '2,5'});
		expect(error.code).toBe('ERR_OUT_OF_RANGE');
		expect(knobAllowedText(error, plain.knobs, 'en')).toBe('0.01–1');
		expect(knobAllowedText(error, plain.knobs, 'es')).toBe('0,01–1');
	});
});
