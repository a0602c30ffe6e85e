/**
 * The (η, μ) stability heat map of a quadratic level (README, “How a step works”): how fast the error shrinks for
 * every pair of learning rate (columns, log axis over the level's range) and momentum (rows, top
 * = the highest μ the level allows; one strip at μ = 0 when momentum is locked). The region that
 * diverges is marked, and so are the player's pair and the best pair (η*, μ*). Drawn as one string.
 */
import {Text} from 'ink';
import chalk, {Chalk, type ChalkInstance} from 'chalk';
import {readableNumber} from '../../i18n/format.js';
import {
	columnOf,
	isQuadraticLevel,
	levelCurvatures,
	mapRuleOf,
	optimumWithin,
	rateAt,
	rowOf,
	stabilityGrid,
	stepsToShrink,
} from '../../engine/stability.js';
import type {Knobs, Language, Level} from '../../engine/types.js';
import {translator} from '../../i18n/index.js';
import {DASHBOARD_TEXT} from '../../i18n/dashboard.js';
import {wrapText} from '../../text/wrap.js';

export type StabilityMapProps = {level: Level; knobs: Knobs; lang: Language; width: number; height: number; color: boolean; ascii: boolean};

/** True when the level's terrain is a pure quadratic valley (bowls and tilts), where the closed forms hold. */
export function isQuadratic(level: Level): boolean {
	return isQuadraticLevel(level);
}

/** A rate's band: 0 fast (< 0.5), 1 medium (< 0.8), 2 slow (< 1), 3 diverges or never settles (≥ 1). */
export function rateBand(rate: number): 0 | 1 | 2 | 3 {
	if (!(rate < 1)) return 3;
	if (rate < 0.5) return 0;
	if (rate < 0.8) return 1;
	return 2;
}

const GLYPHS = {
	unicode: {bands: ['█', '▓', '░', '×'], you: '◉', best: '★'},
	ascii: {bands: ['#', '+', '.', 'x'], you: '@', best: '*'},
} as const;

/** Lines the map needs besides its rows: title, axis, legend and two readouts (more when they wrap). */
const CHROME_LINES = 5;
/** Width of the μ labels and the axis bar left of the cells. */
const LABEL_WIDTH = 7;

/** The map as lines of text (with colour when `color`); pure, so tests read it without rendering. */
export function stabilityMapLines(props: StabilityMapProps): string[] {
	const {level, knobs, lang, width, height, ascii} = props;
	const t = translator(DASHBOARD_TEXT, lang);
	// the title is cut to the width; the sentences below the cells wrap (and take rows from them)
	const fit = (line: string) => (line.length > width ? line.slice(0, Math.max(0, width)) : line);
	const wrap = (line: string) => wrapText(line, Math.max(1, width));
	const curvatures = isQuadratic(level) ? levelCurvatures(level) : null;
	if (!curvatures) return wrap(t('mapNotQuadratic'));
	const columns = width - LABEL_WIDTH;
	if (columns < 8 || height - CHROME_LINES < 1) return wrap(t('mapTooSmall'));

	const paint: ChalkInstance = new Chalk({level: props.color ? chalk.level || 1 : 0});
	const glyphs = ascii ? GLYPHS.ascii : GLYPHS.unicode;
	const bandColour = [paint.green, paint.yellow, paint.blue, paint.red];
	const momentumRange = level.knobs.momentum;
	const momentumMax = momentumRange ? momentumRange.max : 0;
	const momentumMin = momentumRange ? momentumRange.min : 0;
	const etaRange = [level.knobs.learningRate.min, level.knobs.learningRate.max] as const;
	// the run's own rule: look-ahead and decay move the limit and the rates
	const rule = mapRuleOf(knobs);
	// the best pair the level allows, under that rule
	const best = optimumWithin(curvatures, level.knobs, rule);
	const num = (value: number) => readableNumber(value, lang, 2);
	const [fast, mid, slow, diverge] = glyphs.bands;
	const readout = (key: 'mapYou' | 'mapBest', eta: number, momentum: number, rate: number) => {
		const steps = stepsToShrink(rate);
		const tail = Number.isFinite(steps) ? t(steps === 1 ? 'mapStep' : 'mapSteps', {steps}) : t('mapDiverges');
		return wrap(t(key, {eta: num(eta), momentum: num(momentum), rate: readableNumber(rate, lang, 3), steps: tail}));
	};

	const footer = [
		...wrap(t('mapLegend', {fast, mid, slow, diverge, you: glyphs.you, best: glyphs.best})),
		...readout('mapYou', knobs.learningRate, knobs.momentum, rateAt(knobs.learningRate, knobs.momentum, curvatures, rule)),
		...readout('mapBest', best.eta, best.momentum, best.rate),
	];
	// the title and the axis, then the footer: the cells get the rows left (at least one)
	const rows = Math.max(1, height - 2 - footer.length);
	const grid = stabilityGrid(curvatures, etaRange, momentumMax, columns, Math.min(rows, 12), rule, momentumMin);
	const you = {row: rowOf(grid, knobs.momentum), column: columnOf(grid, knobs.learningRate)};
	const star = {row: rowOf(grid, best.momentum), column: columnOf(grid, best.eta)};

	const lines = [paint.bold(fit(t(momentumRange ? 'mapTitle' : 'mapTitlePlain')))];
	for (const [row, rates] of grid.rates.entries()) {
		const mu = grid.momenta[row]!.toFixed(2);
		const label = `μ=${lang === 'es' ? mu.replace('.', ',') : mu}`.padStart(LABEL_WIDTH - 1);
		let cells = '';
		for (const [column, rate] of rates.entries()) {
			if (row === you.row && column === you.column) cells += paint.bold.inverse(glyphs.you);
			else if (row === star.row && column === star.column) cells += paint.cyan.bold(glyphs.best);
			else {
				const band = rateBand(rate);
				cells += bandColour[band]!(glyphs.bands[band]!);
			}
		}

		lines.push(`${label}${ascii ? '|' : '│'}${cells}`);
	}

	const low = `${num(etaRange[0])}`;
	const high = `${num(etaRange[1])}`;
	const middle = t('mapAxis');
	const gap = columns - low.length - high.length;
	const axis =
		gap >= middle.length + 2
			? low + ' '.repeat(Math.floor((gap - middle.length) / 2)) + middle + ' '.repeat(Math.ceil((gap - middle.length) / 2)) + high
			: low + ' '.repeat(Math.max(1, gap)) + high;
	lines.push(' '.repeat(LABEL_WIDTH) + axis);
	lines.push(...footer);
	return lines;
}

/** The stability map, fitted to `width` × `height` cells. */
export function StabilityMap(props: StabilityMapProps) {
	return <Text>{stabilityMapLines(props).join('\n')}</Text>;
}
