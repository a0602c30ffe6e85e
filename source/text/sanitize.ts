import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** Widest a player name may be, in terminal columns. */
export const NAME_MAX_WIDTH = 24;

/** Most combining marks kept on one character: enough for real scripts, not for "zalgo" text. */
const MAX_MARKS_PER_GRAPHEME = 6;

/**
 * Escape sequences with a payload, removed whole before strip-ansi sees them: OSC (title changes,
 * OSC 52 clipboard writes, hyperlinks), DCS, SOS, PM and APC, in 7-bit (ESC ], ESC P, ESC X,
 * ESC ^, ESC _) or 8-bit (U+009D, U+0090, U+0098, U+009E, U+009F) form, ended by BEL, ST
 * (ESC \ or U+009C) or, when unterminated, by the end of the text — a terminal would swallow
 * the rest as payload, so the rest is dropped too.
 */
const CONTROL_STRING = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)/g;

/** CSI (ESC [ or U+009B, parameters, intermediates, final byte) and other ESC sequences. */
const ESCAPE = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\x1b[\x20-\x2f]*[\x30-\x7e]/g;

/** Controls that separate words: C0 whitespace, NEL, line and paragraph separators. */
const BREAKS = /[\t\n\v\f\r\x85\u2028\u2029]/g;

/**
 * Everything else that must never reach the terminal: C0 controls, DEL, C1 controls, bidi
 * controls, zero-width and other invisible format characters, Unicode tag characters and lone
 * surrogates.
 */
const FORBIDDEN =
	/[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Cs}/gu;

const MARK = /\p{M}/gu;

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Makes untrusted text (level files, share codes, score files, typed names) safe to print:
 * removes escape sequences, C0/C1 controls (CR included), DEL, bidi controls and zero-width
 * characters; turns line breaks and tabs into spaces; collapses runs of whitespace into one
 * space; trims; and cuts the result to `maxWidth` terminal columns without splitting a
 * character (grapheme cluster).
 *
 * @param s anything; a non-string gives "".
 * @param maxWidth widest result in terminal columns (string-width), an integer >= 0;
 *   default: no limit.
 * @returns text with no control, bidi or zero-width characters, at most `maxWidth` columns wide.
 */
export function cleanText(s: unknown, maxWidth = Number.POSITIVE_INFINITY): string {
	return clean(s, maxWidth).trimEnd();
}

/**
 * A player name made safe to print: {@link cleanText} cut to {@link NAME_MAX_WIDTH} columns.
 * @returns "" for a non-string or a name with nothing printable in it.
 */
export function cleanName(s: unknown): string {
	return cleanText(s, NAME_MAX_WIDTH);
}

/** Whether `s` is already a clean name, i.e. {@link cleanName} would return it unchanged. */
export function isCleanName(s: unknown): s is string {
	return typeof s === 'string' && cleanName(s) === s;
}

/**
 * A name as the player is typing it: cleaned like {@link cleanName} but keeping one trailing
 * space, so that a space can be typed before the next word. Pass the final value through
 * {@link cleanName} when it is submitted.
 */
export function cleanNameInput(s: unknown): string {
	return clean(s, NAME_MAX_WIDTH);
}

function clean(s: unknown, maxWidth: number): string {
	if (typeof s !== 'string') return '';
	const text = stripAnsi(s.replace(CONTROL_STRING, '').replace(ESCAPE, ''))
		.replace(BREAKS, ' ')
		.replace(FORBIDDEN, '')
		.replace(/\s+/g, ' ')
		.trimStart();
	return cutToWidth(text, Math.max(0, Math.floor(maxWidth) || 0));
}

/** The longest prefix of `text` at most `maxWidth` columns wide, whole grapheme clusters only. */
function cutToWidth(text: string, maxWidth: number): string {
	if (/^[\x20-\x7e]*$/.test(text)) return text.slice(0, maxWidth); // one column per character
	// no grapheme is wider than two columns: a mark-free text at most half the limit long fits whole
	// (the common case of a level's briefing, measured grapheme by grapheme it cost most of a load)
	if (2 * text.length <= maxWidth && text.search(MARK) === -1) return text;
	let out = '';
	let width = 0;
	for (const {segment} of graphemes.segment(text)) {
		const grapheme = limitMarks(segment);
		width += stringWidth(grapheme);
		if (width > maxWidth) break;
		out += grapheme;
	}
	return out;
}

function limitMarks(grapheme: string): string {
	let marks = 0;
	return grapheme.replace(MARK, (mark) => (++marks > MAX_MARKS_PER_GRAPHEME ? '' : mark));
}
