/** Number formatting that is the same on every machine (no Intl), with the decimal comma in Spanish. */
import {isIntegerKnob} from '../engine/knobs.js';
import type {KnobName, Language, Range} from '../engine/types.js';

/** Below this size a value is rounding noise (`-4.44e-16` left by a subtraction) and reads as 0. */
const ROUNDING_NOISE = 1e-12;

const SUPERSCRIPT: Record<string, string> = {'-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹'};

/** 10ⁿ as people write it (`10⁻⁷`), `10^-7` where only ASCII may be drawn. */
export function powerOfTen(exponent: number, ascii = false): string {
	return ascii ? `10^${exponent}` : `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/**
 * `value` for people: `digits` significant digits, trailing zeros dropped, rounding noise as 0,
 * never a negative zero, never e-notation (very large or small values as `1.23·10⁻⁷`, as the tutorial writes them); es uses a
 * decimal comma. Machine output (JSON) keeps the exact numbers instead.
 */
export function formatNumber(value: number, lang: Language, digits = 3): string {
	if (Number.isNaN(value)) return '—';
	if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
	if (Math.abs(value) < ROUNDING_NOISE) return '0';
	const rounded = Number(value.toPrecision(digits));
	const magnitude = Math.abs(rounded);
	let text: string;
	if (magnitude >= 1e-4 && magnitude < 1e6) {
		// toPrecision keeps at most `digits` digits, so this is a plain decimal, never e-notation
		text = rounded.toString();
	} else {
		const [mantissa, exponent] = rounded.toExponential(digits - 1).split('e');
		text = `${Number(mantissa)}·${powerOfTen(Number(exponent))}`;
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

/**
 * {@link formatNumber} for reading on the terminal's screens: a negative number takes the minus
 * sign (−1.5) rather than the hyphen. Machine output (`--json`, share codes, CSV, the text a
 * program reads) keeps {@link formatNumber}'s hyphen-minus.
 */
export function readableNumber(value: number, lang: Language, digits = 3): string {
	return formatNumber(value, lang, digits).replace(/^-/, '−');
}

/** Text for the screens (a diagnosis, shared with the JSON report): a hyphen that starts a number becomes the minus sign. */
export function readableText(text: string): string {
	return text.replace(/(^|[\s(;=:→[])-(?=\d)/g, '$1−');
}
