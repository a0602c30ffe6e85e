/**
 * The one gate for untrusted text on its way out. `SafeText` is a string that is known to hold
 * nothing a terminal would act on; it is made only here: by {@link safe} (the sanitizer, for
 * anything from a level file, a share code, a score file, a name, a file name or the command
 * line), by {@link line} and {@link lines} (text written in the code, with holes that take only
 * `SafeText` or numbers), by {@link safeTranslator} (catalogue texts, whose `{vars}` take only
 * `SafeText` or numbers) and by {@link safeJson} (JSON with every control escaped). The
 * command line's printers take only `SafeText`, so printing raw text is a type error.
 */
import type {Language, Text} from '../engine/types.js';
import {say} from '../i18n/index.js';
import {cleanText} from './sanitize.js';

declare const safeBrand: unique symbol;

/** Text safe to write to a terminal: no escape sequences, controls, bidi or zero-width characters. */
export type SafeText = string & {readonly [safeBrand]: true};

/** Widest each kind of untrusted field is printed, in terminal columns. */
export const CAPS = {
	/** a player name */
	name: 24,
	/** a level id, a share code's level field, a hash */
	id: 64,
	/** a level's title */
	title: 80,
	/** a level's briefing or lesson */
	briefing: 2000,
	/** a file name or path */
	file: 160,
	/** a command-line argument or flag value echoed back */
	arg: 40,
	/** a message built from untrusted parts (an error from the system, a parser) */
	message: 300,
} as const;

/**
 * The sanitizer: untrusted text made safe to print (docs/architecture.md, “Untrusted text”): escape sequences, C0/C1
 * controls, DEL, bidi and zero-width characters removed, line breaks turned into spaces, then cut
 * to `maxWidth` columns.
 * @param maxWidth widest result in terminal columns; default {@link CAPS}.message.
 */
export function safe(s: unknown, maxWidth: number = CAPS.message): SafeText {
	return cleanText(typeof s === 'number' ? String(s) : s, maxWidth) as SafeText;
}

/** A line written in the code whose holes take only `SafeText` or numbers: ``line`unknown ${safe(x)}` ``. */
export function line(strings: TemplateStringsArray, ...values: Array<SafeText | number>): SafeText {
	let out = strings[0] ?? '';
	for (const [i, value] of values.entries()) out += String(value) + (strings[i + 1] ?? '');
	return out as SafeText;
}

/** Safe lines joined by line breaks (a line break between safe lines is safe). */
export function lines(parts: readonly SafeText[], separator: '\n' | ' · ' | ', ' | ' ' = '\n'): SafeText {
	return parts.join(separator) as SafeText;
}

/** Pads safe text with spaces to `width` columns (on the right, or the left with `start`). */
export function pad(text: SafeText, width: number, start = false): SafeText {
	return (start ? text.padStart(width) : text.padEnd(width)) as SafeText;
}

/** A styling function (chalk's) that only adds its own SGR codes, applied to safe text. */
export function styled(paint: (s: string) => string): (s: SafeText) => SafeText {
	return (s) => paint(s) as SafeText;
}

/** A catalogue text in `lang`, its `{vars}` filled only with safe text or numbers. */
export function safeSay(text: Text, lang: Language, vars: Record<string, SafeText | number> = {}): SafeText {
	return say(text, lang, vars) as SafeText;
}

/** Binds a catalogue to a language, as `translator` does, with vars that must be safe. */
export function safeTranslator<C extends Record<string, Text>>(catalogue: C, lang: Language) {
	return (key: keyof C & string, vars?: Record<string, SafeText | number>) => safeSay(catalogue[key]!, lang, vars);
}

/**
 * Characters JSON.stringify leaves raw that a terminal may act on: DEL and C1 controls (U+009B is
 * CSI), bidi and zero-width characters, line and paragraph separators, tag characters.
 */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\udb40][\udc00-\udc7f]/g;

/**
 * JSON for the terminal: `JSON.stringify` (which escapes C0 controls and lone surrogates) with
 * every other character a terminal could act on written as a `\uXXXX` escape. The data parses
 * back exactly as it was.
 */
export function safeJson(value: unknown): SafeText {
	const escape = (c: string) => {
		let out = '';
		for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
		return out;
	};

	return (JSON.stringify(value, null, 2) ?? 'null').replace(JSON_UNSAFE, escape) as SafeText;
}

/** An output stream that writes only safe text (the command line's stdout and stderr). */
export type SafeWriter = {
	write(text: SafeText): unknown;
	readonly isTTY?: boolean;
	readonly columns?: number;
};
