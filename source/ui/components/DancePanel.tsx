/**
 * The dance of the parameters (the seed's "La Danza de los Parámetros"): every parameter of a
 * model as its own small climber on one shared axis, coloured by how hard its own slope pushes
 * it — strong (red), some (yellow), hardly (green); ◆ marks where it rests at the global minimum.
 * Rows are packed into columns when there are more parameters than lines.
 */
import {Box, Text} from 'ink';
import type {Dance} from '../../engine/model/summary.js';
import type {Language} from '../../engine/types.js';
import {readableNumber} from '../../i18n/format.js';
import {uiText} from '../env.js';
import type {Theme} from '../theme.js';

export type DancePanelProps = {
	dance: Dance;
	width: number;
	/** lines available, title and axis included */
	height: number;
	lang: Language;
	theme: Theme;
};

/** How hard a slope pushes, against the strongest push now: 2 strong, 1 some, 0 hardly. */
export function pushOf(slope: number, strongest: number): 0 | 1 | 2 {
	const share = strongest > 0 ? Math.abs(slope) / strongest : 0;
	return share >= 0.4 ? 2 : share >= 0.08 ? 1 : 0;
}

/** The cell of a value on a track of `cells` cells over the shared range. */
export function cellOfValue(value: number, range: readonly [number, number], cells: number): number {
	const [lo, hi] = range;
	if (!Number.isFinite(value)) return value > 0 ? cells - 1 : 0;
	return Math.max(0, Math.min(cells - 1, Math.round(((value - lo) / (hi - lo)) * (cells - 1))));
}

/**
 * The panel's lines (without colour codes when `theme.level` is 0): each track is a line of dots
 * with ◆ at θ*ᵢ and the climber's glyph at θᵢ. Pure, for tests.
 */
export function danceLines(dance: Dance, width: number, rows: number, theme: Theme): string[] {
	const {chalk, ascii} = theme;
	const n = dance.theta.length;
	const columns = Math.max(1, Math.ceil(n / Math.max(1, rows)));
	const track = Math.max(3, Math.floor((width - (columns - 1)) / columns));
	const strongest = dance.slope.reduce((m, g) => Math.max(m, Math.abs(g)), 0);
	const glyph = ascii ? ['.', 'o', '@'] : ['•', '●', '●'];
	const paint = [chalk.green, chalk.yellow, chalk.red.bold];
	const lines: string[] = [];
	const perColumn = Math.ceil(n / columns);
	for (let r = 0; r < perColumn; r++) {
		const parts: string[] = [];
		for (let c = 0; c < columns; c++) {
			const i = c * perColumn + r;
			if (i >= n) break;
			const cells = Array.from({length: track}, () => chalk.dim(ascii ? '-' : '·'));
			if (dance.target) cells[cellOfValue(dance.target[i]!, dance.range, track)] = chalk.cyan(ascii ? 'G' : '◆');
			const push = pushOf(dance.slope[i]!, strongest);
			cells[cellOfValue(dance.theta[i]!, dance.range, track)] = paint[push]!(glyph[push]!);
			parts.push(cells.join(''));
		}

		lines.push(parts.join(' '));
	}

	return lines;
}

export function DancePanel({dance, width, height, lang, theme}: DancePanelProps) {
	const t = uiText(lang);
	const {chalk} = theme;
	const rows = Math.max(1, height - 3);
	const [lo, hi] = dance.range;
	const low = readableNumber(lo, lang, 2);
	const high = readableNumber(hi, lang, 2);
	const axis = low + ' '.repeat(Math.max(1, width - low.length - high.length)) + high;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">{chalk.bold(t('danceTitle', {n: dance.theta.length}))}</Text>
			{danceLines(dance, width, rows, theme).map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line}
				</Text>
			))}
			<Text wrap="truncate-end">{chalk.dim(axis)}</Text>
			<Text wrap="truncate-end">{chalk.dim(t('danceLegend'))}</Text>
		</Box>
	);
}
