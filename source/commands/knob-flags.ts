/** From the knob flags of the command line to a run's knobs, with one-line errors. */
import {knobAllowedText} from '../i18n/knob-errors.js';
import {parseDecimal, resolveKnobs, unlockedKnobs, type KnobError, type KnobInput} from '../engine/knobs.js';
import {KNOB_FLAGS} from '../engine/knob-flags.js';
import type {Knobs, Level} from '../engine/types.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {CAPS, safe, safeTranslator, type SafeText} from '../text/safe.js';
import type {CommandContext} from './context.js';

export {KNOB_FLAGS};

/** The knob values given on the command line. */
export function knobInput(context: CommandContext): KnobInput {
	const f = context.flags;
	return {
		learningRate: f.lr,
		momentum: f.momentum,
		decay: f.decay,
		schedule: f.schedule,
		temperature: f.temperature,
		batchSize: f.batch,
		restarts: f.restarts,
		// meow reports an absent boolean as false; only a given --nesterov counts as set
		nesterov: f.nesterov ? true : undefined,
	};
}

/** One line for a knob error, in the player's language. */
export function describeKnobError(error: KnobError, level: Level, context: CommandContext): SafeText {
	const t = safeTranslator(CLI_TEXT, context.lang);
	const flag = safe(KNOB_FLAGS[error.knob]);
	const value = safe(error.value, CAPS.arg);
	const allowed = safe(knobAllowedText(error, level.knobs, context.lang));
	switch (error.code) {
		case 'ERR_NOT_A_NUMBER': {
			return t('knobNotANumber', {flag, value, allowed});
		}

		case 'ERR_OUT_OF_RANGE': {
			return t('knobOutOfRange', {flag, value, allowed});
		}

		case 'ERR_NOT_AN_INTEGER': {
			return t('knobNotInteger', {flag, value, allowed});
		}

		case 'ERR_LOCKED': {
			const unlocked = safe(unlockedKnobs(level.knobs).map((name) => KNOB_FLAGS[name]).join(', '));
			return t('knobLocked', {flag, level: safe(level.id, CAPS.id), unlocked});
		}

		case 'ERR_BAD_SCHEDULE': {
			return t('badSchedule', {flag, value, allowed: safe(error.allowed)});
		}
	}
}

export type KnobsAndSeed = {ok: true; knobs: Knobs; seed: number} | {ok: false; message: SafeText};

/** Knobs and seed from the flags, checked against the level. */
export function knobsFromFlags(level: Level, context: CommandContext): KnobsAndSeed {
	const t = safeTranslator(CLI_TEXT, context.lang);
	const resolved = resolveKnobs(level, knobInput(context));
	if (!resolved.ok) return {ok: false, message: describeKnobError(resolved.error, level, context)};
	let seed = 1;
	if (context.flags.seed !== undefined) {
		const value = parseDecimal(context.flags.seed);
		if (value === null || !Number.isInteger(value) || value < 0 || value > 0xff_ff_ff_ff) {
			return {ok: false, message: t('badSeed', {value: safe(context.flags.seed, CAPS.arg)})};
		}

		seed = value;
	}

	return {ok: true, knobs: resolved.value, seed};
}
