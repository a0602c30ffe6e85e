/** A leaderboard as lines of text, for the `scores` command and the leaderboards screen. */
import stringWidth from 'string-width';
import type {Language} from '../engine/types.js';
import type {ScoreEntry} from '../store/scores.js';
import {CAPS, line, pad, safe, type SafeText} from '../text/safe.js';
import {formatKnobs, formatStars} from './describe.js';

/** The day of an ISO date-time, `YYYY-MM-DD` (what a leaderboard shows). */
export function describeDate(iso: string): string {
	return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '—';
}

/** `text` padded with spaces to `width` terminal columns (wide characters count double). */
export function padWidth(text: SafeText, width: number): SafeText {
	return (text + ' '.repeat(Math.max(0, width - stringWidth(text)))) as SafeText;
}

/**
 * One leaderboard line: rank, name, score, stars, knobs, date, engine version and the imported
 * mark. The name is cleaned again: the scores file is untrusted.
 */
export function boardLine(entry: ScoreEntry, rank: number, lang: Language, ascii: boolean, importedMark: SafeText): SafeText {
	const name = padWidth(safe(entry.name, CAPS.name) || safe('—'), CAPS.name);
	const mark = entry.imported ? line`  (${importedMark})` : safe('');
	const number = (n: number, width: number) => pad(safe(n), width, true);
	return line`${number(rank, 2)}.  ${name}  ${number(entry.score, 5)}  ${formatStars(entry.stars, ascii)}  ${safe(describeDate(entry.date))}  v${safe(entry.engine, 8)}  ${formatKnobs(entry.knobs, lang)}${mark}`;
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** `text` (already clean) cut to at most `width` terminal columns, spacing kept. */
export function cutWidth(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		used += stringWidth(segment);
		if (used > width) break;
		out += segment;
	}

	return out;
}
