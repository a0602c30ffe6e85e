/** The random climbers' histogram as text lines, with the player's mark, fitted to a width. */
import type {Language} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {bucketOf, histogram, percentileOf, type ParStats} from './par.js';

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const ASCII_BLOCKS = ['.', '.', ':', ':', '=', '=', '#', '#'];

export type ParChart = {
	/** "Par 950 · you 870 · better than 87% of random climbers": one line, or two when the width is small */
	headline: string[];
	/** bar rows, top first; every row `columns` wide */
	bars: string[];
	/** the axis with the player's mark under their bucket */
	marks: string;
	/** what the chart shows */
	caption: string;
	/** the percentile, 0–100 (share of climbers strictly below) */
	percent: number;
	/** the player's bucket index */
	bucket: number;
	/** columns per bucket */
	cell: number;
};

/**
 * Lays the chart out: up to 20 buckets over 0–1000 (fewer when the width is small), each one or
 * more columns wide, `height` rows of bars scaled by the square root of the counts (so a few
 * climbers still show beside a crowd at 0), and the mark row.
 */
export function parChart(stats: ParStats, score: number, options: {width: number; lang: Language; ascii: boolean; height?: number}): ParChart {
	const t = translator(SHARE_TEXT, options.lang);
	const width = Math.max(10, Math.floor(options.width));
	const buckets = width >= 20 ? 20 : 10;
	const cell = Math.max(1, Math.min(3, Math.floor(width / buckets)));
	const counts = histogram(stats, buckets);
	const top = Math.max(1, ...counts);
	const height = Math.max(1, options.height ?? 3);
	const glyphs = options.ascii ? ASCII_BLOCKS : BLOCKS;
	const bars: string[] = [];
	for (let row = height - 1; row >= 0; row--) {
		let line = '';
		for (const count of counts) {
			// fill of this row, 0–1, in eighths
			const level = count === 0 ? 0 : Math.max(1 / 8, Math.sqrt(count / top)) * height - row;
			const eighths = Math.round(Math.min(1, Math.max(0, level)) * 8);
			const glyph = eighths === 0 ? ' ' : eighths >= 8 ? (options.ascii ? '#' : '█') : glyphs[eighths - 1]!;
			line += glyph.repeat(cell);
		}

		bars.push(line);
	}

	const bucket = bucketOf(score, buckets);
	const markGlyph = options.ascii ? '^' : '▲';
	const marks = `${' '.repeat(bucket * cell)}${markGlyph.repeat(cell)}`.padEnd(buckets * cell);
	const percent = Math.round(percentileOf(stats, score) * 100);
	const first = `${t('par', {par: stats.par})} · ${t('you', {score})}`;
	const better = t('better', {percent});
	const whole = `${first} · ${better}`;
	const headline = whole.length <= options.width ? [whole] : [first, better];
	const caption = t(options.ascii ? 'histogramCaptionAscii' : 'histogramCaption', {count: stats.sample.length});
	return {headline, bars, marks, caption, percent, bucket, cell};
}
