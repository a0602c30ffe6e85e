/** Number formatting that is the same on every machine (no Intl), with the decimal comma in Spanish. */
import {isIntegerKnob} from '../engine/knobs.js';
import type {KnobName, Language, Range} from '../engine/types.js';

/** `value` with `digits` significant digits, trailing zeros dropped; es uses a decimal comma. */
export function formatNumber(value: number, lang: Language, digits = 3): string {
	if (Number.isNaN(value)) return '—';
	if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
	if (value === 0) return '0';
	const magnitude = Math.abs(value);
	let text: string;
	if (magnitude >= 1e-4 && magnitude < 1e6) {
		text = Number(value.toPrecision(digits)).toString();
	} else {
		const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
		text = `${Number(mantissa)}e${Number(exponent)}`;
	}

	return lang === 'es' ? text.replace('.', ',') : text;
}

/** A point as "(x, y)"; es separates with a semicolon because the comma is the decimal mark. */
export function formatPoint(x: number, y: number, lang: Language, digits = 3): string {
	const sep = lang === 'es' ? '; ' : ', ';
	return `(${formatNumber(x, lang, digits)}${sep}${formatNumber(y, lang, digits)})`;
}

const WHOLE = {es: ' (números enteros)', en: ' (whole numbers)'};

/** A knob's range as the player reads it: `0.0001–10`, with "(whole numbers)" for integer knobs. */
export function formatRange(name: KnobName, range: Range, lang: Language = 'en'): string {
	return `${formatNumber(range.min, lang, 6)}–${formatNumber(range.max, lang, 6)}${isIntegerKnob(name) ? WHOLE[lang] : ''}`;
}
