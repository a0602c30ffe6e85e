/**
 * What a knob refused on input allows, in words (the engine's `KnobError` carries only data): the
 * knob's range, its schedule kinds, yes or no for a switch, or that the level locks it.
 */
import type {KnobError} from '../engine/knobs.js';
import type {KnobSpec, Language} from '../engine/types.js';
import {formatRange} from './format.js';
import {say, type Catalogue} from './index.js';

export const KNOB_ERROR_TEXT = {
	switch: {es: 'sí o no', en: 'yes or no'},
	locked: {es: 'bloqueado en este nivel', en: 'locked on this level'},
} satisfies Catalogue;

/** The allowed values of the knob an error is about, in the player's language. */
export function knobAllowedText(error: KnobError, spec: KnobSpec, lang: Language): string {
	if (error.code === 'ERR_LOCKED') return say(KNOB_ERROR_TEXT.locked, lang);
	const range = spec[error.knob];
	if (range && 'min' in range) return formatRange(error.knob, range, lang);
	if (error.knob === 'nesterov') return say(KNOB_ERROR_TEXT.switch, lang);
	return error.allowed;
}
