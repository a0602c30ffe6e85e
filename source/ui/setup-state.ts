/**
 * The setup screen's pure side (no React, no Ink): what the player typed per knob, the reducer
 * of the form (focus, typing over a starting value, ←/→ on selectors, launch), the fields'
 * starting texts, each field's check and error message in the player's language, the allowed
 * range shown beside it, and the slope felt at a point (shown under the start).
 */
import {formatNumber} from '../i18n/format.js';
import {say} from '../i18n/index.js';
import {KNOB_ERROR_TEXT} from '../i18n/knob-errors.js';
import {parseSwitch, resolveKnobs, unlockedKnobs, type KnobError} from '../engine/knobs.js';
import {landscapeOf} from '../engine/simulate.js';
import {newSample} from '../engine/terrain.js';
import type {KnobName, Language, Level} from '../engine/types.js';
import {cleanText} from '../text/sanitize.js';
import {uiText} from './env.js';
import {editText, type EditKey} from './editing.js';
import {cycle, isSelector, splitSchedule, type FieldId, type SetupValues} from './setup-fields.js';

/** What the player typed, per knob. */
export type KnobTexts = Partial<Record<KnobName, string>>;

/**
 * `pristine` lists the fields still holding the text they started with: typing a character at
 * the end of one replaces that text (as if it were selected), so the player can type a value
 * straight away; Backspace edits it instead.
 */
export type SetupState = {
	values: SetupValues;
	focus: number;
	tried: boolean;
	pristine: FieldId[];
	/** counts Enter presses: the launch happens after every edit queued before it is applied */
	launches: number;
};
/**
 * `edit`: one Ink input event for the focused field (typing, Backspace, Enter, or a burst of
 * them); `cycle`: ←/→ on a selector (schedule, look-ahead).
 */
export type SetupAction =
	| {type: 'set'; knob: FieldId; value: string}
	| {type: 'edit'; input: string; key: EditKey}
	| {type: 'cycle'; step: 1 | -1; level: Level; lang: Language}
	| {type: 'next'}
	| {type: 'prev'}
	| {type: 'launch'};

/** Field navigation (wrapping), typing and choosing, for the fields `fields` lists (fixed, or following the values). */
export function setupReducer(fields: readonly FieldId[] | ((values: SetupValues) => readonly FieldId[])) {
	const fieldsOf = typeof fields === 'function' ? fields : () => fields;
	return (state: SetupState, action: SetupAction): SetupState => {
		const list = fieldsOf(state.values);
		const n = Math.max(1, list.length);
		switch (action.type) {
			case 'set': {
				const before = state.values[action.knob] ?? '';
				const pristine = state.pristine.includes(action.knob);
				const typedOver = pristine && action.value.length > before.length && action.value.startsWith(before);
				const value = typedOver ? action.value.slice(before.length) : action.value;
				return {...state, values: {...state.values, [action.knob]: value}, pristine: state.pristine.filter((k) => k !== action.knob)};
			}

			case 'edit': {
				const knob = list[state.focus];
				if (!knob || isSelector(knob)) {
					const submit = action.key.return || action.input.includes('\r');
					return submit ? {...state, tried: true, launches: state.launches + 1} : state;
				}

				const before = state.values[knob] ?? '';
				let edit = editText(before, action.input, action.key, 40);
				// typing into a field that still holds its starting text replaces that text
				if (state.pristine.includes(knob) && edit.typed) edit = editText('', action.input, action.key, 40);
				const changed = edit.value !== before || edit.typed;
				const next: SetupState = changed
					? {...state, values: {...state.values, [knob]: edit.value}, pristine: state.pristine.filter((k) => k !== knob)}
					: state;
				return edit.submit ? {...next, tried: true, launches: next.launches + 1} : next;
			}

			case 'cycle': {
				const knob = list[state.focus];
				if (!knob || !isSelector(knob)) return state;
				return {...state, values: cycle(action.level, state.values, knob, action.step, action.lang), pristine: state.pristine.filter((k) => k !== knob)};
			}

			case 'next': {
				return {...state, focus: (state.focus + 1) % n};
			}

			case 'prev': {
				return {...state, focus: (state.focus + n - 1) % n};
			}

			case 'launch': {
				return {...state, tried: true, launches: state.launches + 1};
			}
		}
	};
}

/** A knob's default as the player would type it (decimal comma in Spanish). */
export function defaultText(level: Level, knob: KnobName, lang: Language): string {
	const spec = level.knobs[knob];
	if (!spec) return '';
	if ('allowed' in spec) return spec.default;
	if (knob === 'nesterov' && 'default' in spec && typeof spec.default === 'boolean') return spec.default ? (lang === 'es' ? 'sí' : 'yes') : 'no';
	const value = (spec as {default: number}).default;
	return lang === 'es' ? String(value).replace('.', ',') : String(value);
}

/** The fields' starting texts: what was typed last time, else the level's defaults. */
export function initialTexts(level: Level, lang: Language, previous?: KnobTexts): KnobTexts {
	const texts: KnobTexts = {};
	for (const knob of unlockedKnobs(level.knobs)) texts[knob] = previous?.[knob] ?? defaultText(level, knob, lang);
	return texts;
}

/** The fields' starting values: the knob texts, a schedule split into its kind and parameters, look-ahead as a choice. */
export function initialValues(level: Level, lang: Language, previous?: KnobTexts): SetupValues {
	const texts = initialTexts(level, lang, previous);
	const values: SetupValues = {...texts};
	if (texts.schedule !== undefined) Object.assign(values, splitSchedule(texts.schedule));
	if (texts.nesterov !== undefined) values.nesterov = parseSwitch(texts.nesterov) ? (lang === 'es' ? 'sí' : 'yes') : 'no';
	return values;
}

/** The message for one field's error, in the player's language. */
export function knobErrorText(error: KnobError, lang: Language): string {
	const t = uiText(lang);
	const value = cleanText(error.value, 24);
	switch (error.code) {
		case 'ERR_NOT_A_NUMBER': {
			return error.knob === 'nesterov' ? t('errSwitch', {value}) : t('errNotANumber', {value});
		}

		case 'ERR_OUT_OF_RANGE': {
			return t('errOutOfRange', {value});
		}

		case 'ERR_NOT_AN_INTEGER': {
			return t('errNotAnInteger', {value});
		}

		case 'ERR_BAD_SCHEDULE': {
			return t('errBadSchedule', {value});
		}

		case 'ERR_LOCKED': {
			return say(KNOB_ERROR_TEXT.locked, lang);
		}
	}
}

/** Checks one field alone; null when it is fine. */
export function validateField(level: Level, knob: KnobName, text: string, lang: Language): string | null {
	const result = resolveKnobs(level, {[knob]: text});
	return result.ok ? null : knobErrorText(result.error, lang);
}

/** The run's knobs from every field, or the first error. */
export function resolveTexts(level: Level, texts: KnobTexts) {
	return resolveKnobs(level, texts);
}

/** What each field allows, as shown beside it. */
export function allowedText(level: Level, knob: KnobName, lang: Language): string {
	const t = uiText(lang);
	const spec = level.knobs[knob];
	if (!spec) return '';
	if ('allowed' in spec) return t('allowedValues', {values: spec.allowed.join(', ')});
	if (knob === 'nesterov') return t('allowedValues', {values: lang === 'es' ? 'sí, no' : 'yes, no'});
	const range = spec as {min: number; max: number};
	const vars = {min: formatNumber(range.min, lang, 4), max: formatNumber(range.max, lang, 4)};
	return knob === 'batchSize' || knob === 'restarts' ? t('rangeWhole', vars) : t('range', vars);
}

/** The slope under the start: |∇f| and the downhill direction (x right, y up). */
export function slopeAtStart(level: Level): {steepness: number; dx: number; dy: number} {
	return slopeAt(level, level.start[0], level.start[1]);
}

/** The slope felt at (x, y): |∇f| and the downhill direction (x right, y up). */
export function slopeAt(level: Level, x: number, y: number): {steepness: number; dx: number; dy: number} {
	const sample = newSample();
	landscapeOf(level).evaluate(x, y, sample);
	const gx = sample[1]!;
	const gy = sample[2]!;
	return {steepness: Math.hypot(gx, gy), dx: -gx, dy: -gy};
}
