/**
 * Numbers as a learner reads them: no e-notation (3,1·10⁻⁷), one minus sign (−), the decimal
 * comma in Spanish, and percentages spaced the way each language writes them ("48 %", "48%").
 */
import {formatNumber} from '../i18n/format.js';
import type {Language} from '../engine/types.js';

const SUPERSCRIPT: Record<string, string> = {'-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹'};

/** `value` with `digits` significant digits; very small or large values as m·10ⁿ. */
export function learnerNumber(value: number, lang: Language, digits = 3): string {
	const text = formatNumber(value, lang, digits);
	const match = /^(-?[\d.,]+)e(-?\d+)$/.exec(text);
	const plain = match ? `${match[1]}·10${[...match[2]!].map((c) => SUPERSCRIPT[c] ?? c).join('')}` : text;
	return plain.replace(/^-/, '−');
}

/** The space before % in Spanish (a no-break space, so "48 %" never splits across lines). */
export const PERCENT_SPACE = '\u00A0';

/** A share 0–1 as a whole percentage: "48 %" in Spanish, "48%" in English. */
export function learnerPercent(share: number, lang: Language): string {
	const value = Math.round(share * 100);
	return `${value < 0 ? '−' : ''}${Math.abs(value)}${lang === 'es' ? `${PERCENT_SPACE}%` : '%'}`;
}

/** A point as "(x; y)" in Spanish, "(x, y)" in English, each coordinate as {@link learnerNumber}. */
export function learnerPoint(x: number, y: number, lang: Language, digits = 3): string {
	const sep = lang === 'es' ? '; ' : ', ';
	return `(${learnerNumber(x, lang, digits)}${sep}${learnerNumber(y, lang, digits)})`;
}

/**
 * Text written for programs made readable for a learner: numbers in e-notation inside it
 * ("3,66e67") become m·10ⁿ, a hyphen before a number becomes the minus sign, and in Spanish
 * "33 %" gets its no-break space.
 */
export function learnerText(text: string, lang: Language): string {
	const powered = text.replace(/(\d(?:[\d.,]*\d)?)e([+-]?)(\d+)/g, (_match, mantissa: string, sign: string, exponent: string) => {
		const power = `${sign === '-' ? '-' : ''}${Number(exponent)}`;
		return `${mantissa}·10${[...power].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
	});
	const minus = powered.replace(/(^|[\s(;=:→])-(\d)/g, '$1−$2');
	return lang === 'es' ? minus.replace(/(\d) %/g, `$1${PERCENT_SPACE}%`) : minus;
}
