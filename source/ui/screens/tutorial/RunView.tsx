/**
 * A run on the tutorial's map: the terrain, the trail revealed step by step, earlier tries as a
 * faint trail, the words about it in a panel beside the map, and a legend of the marks below.
 */
import {Box, Text} from 'ink';
import type {Outcome} from '../../../engine/index.js';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT} from '../../../i18n/tutorial.js';
import {packEntries} from '../../../text/wrap.js';
import {TerrainMap} from '../../components/TerrainMap.js';
import {MARKS, mapSize} from '../../map/render.js';
import {useReveal} from './use-reveal.js';

/** Above this many critical points (a ripple field) the map does not mark them: they would hide the trail. */
const MAX_MARKED = 12;
/** A last step shorter than this share of the map's diagonal draws no velocity arrow (the climber has stopped). */
const STILL = 1e-3;
/** The narrowest the panel beside the map may be; below it the words go under the map. */
export const MIN_PANEL = 34;
/** Columns between the map and the panel. */
const GAP = 2;

/** Earlier tries drawn faintly: their points, one after another. */
export type Ghost = {x: Float64Array; y: Float64Array};

/** The legend of the map's marks, in `lang` (with the earlier tries' mark when they are drawn). */
export function legendText(lang: Language, ascii: boolean, tries: boolean | 'climbers'): string {
	const m = ascii ? MARKS.ascii : MARKS.unicode;
	return say(TUTORIAL_TEXT[tries === 'climbers' ? 'legendClimbers' : tries ? 'legendTries' : 'legend'], lang, {
		start: m.start,
		climber: m.climber,
		trail: m.trail,
		ghost: m.ghost,
		global: m.global,
		minimum: m.minimum,
		saddle: m.saddle,
		arrow: ascii ? '>' : '→',
	});
}

/** The legend laid on lines `width` wide: lines break between its entries ("◆ deepest valley"), never inside one. */
export function legendLines(lang: Language, ascii: boolean, tries: boolean | 'climbers', width: number): string[] {
	return packEntries(legendText(lang, ascii, tries).split(' · '), width, ' · ');
}

/** The climbers of a restart run other than the one that counts, as one faint trail (undefined with one climber). */
export function otherClimbers(outcome: Outcome): Ghost | undefined {
	const {climbers, best} = outcome.run;
	if (climbers.length < 2) return undefined;
	const xs: number[] = [];
	const ys: number[] = [];
	for (const [k, c] of climbers.entries()) {
		if (k === best) continue;
		for (let i = 0; i <= c.steps - c.first; i++) {
			if (Number.isFinite(c.x[i]!) && Number.isFinite(c.y[i]!)) {
				xs.push(c.x[i]!);
				ys.push(c.y[i]!);
			}
		}
	}

	return xs.length > 0 ? {x: Float64Array.from(xs), y: Float64Array.from(ys)} : undefined;
}

/** How a map and its panel share `width`: the map's size for `rows`, and the panel's width (0: words go below). */
export function splitRow(outcome: Outcome, width: number, rows: number): {mapCols: number; mapRows: number; panel: number} {
	const size = mapSize(outcome.run.level, Math.max(2, width - MIN_PANEL - GAP), Math.max(2, rows));
	const panel = width - size.cols - GAP;
	return {mapCols: size.cols, mapRows: size.rows, panel: panel >= MIN_PANEL ? panel : 0};
}

export type RunViewProps = {
	outcome: Outcome;
	lang: Language;
	/** room for the map and its panel, in columns; the map's rows (the same for every run of a terrain at one terminal size) */
	width: number;
	height: number;
	color: boolean;
	ascii: boolean;
	animate: boolean;
	/** changes to replay the animation */
	replay: number;
	/** earlier tries (or a restart run's other climbers), drawn faintly */
	ghost?: Ghost;
	/** what the faint trail is, for the legend */
	ghostIs?: 'tries' | 'climbers';
	/** what goes beside the map: rows already wrapped to the panel's width (see splitRow) */
	panel?: React.ReactNode;
};

export function RunView({outcome, lang, width, height, color, ascii, animate, replay, ghost, ghostIs = 'tries', panel}: RunViewProps) {
	const trajectory = outcome.facts.trajectory;
	// a run that leaves the map is revealed up to the step after it left: the rest is off the map
	const shown = trajectory.leftAt === null ? trajectory.steps : Math.min(trajectory.steps, trajectory.leftAt + 1);
	const upTo = useReveal(shown, animate, `${replay}:${outcome.run.level.id}:${JSON.stringify(outcome.run.knobs)}`);
	const done = upTo >= shown;
	const vx = trajectory.x[upTo]! - trajectory.x[Math.max(0, upTo - 1)]!;
	const vy = trajectory.y[upTo]! - trajectory.y[Math.max(0, upTo - 1)]!;
	const moving = Number.isFinite(vx + vy) && Math.hypot(vx, vy) > STILL * outcome.facts.size;
	const {critical} = outcome.run;
	const few = critical.minima.length + critical.saddles.length <= MAX_MARKED;
	const split = splitRow(outcome, width, height);
	const legend = legendLines(lang, ascii, ghost === undefined ? false : ghostIs === 'climbers' ? 'climbers' : true, width);
	const map = (
		<TerrainMap
			level={outcome.run.level}
			width={split.mapCols}
			height={split.mapRows}
			view="relief"
			color={color}
			ascii={ascii}
			trail={{x: trajectory.x, y: trajectory.y, upTo}}
			ghost={ghost ? {x: ghost.x, y: ghost.y, upTo: ghost.x.length - 1} : undefined}
			velocity={moving ? {dx: vx, dy: vy} : undefined}
			reveal={done && few}
		/>
	);
	return (
		<Box flexDirection="column">
			{split.panel > 0 ? (
				<Box flexDirection="row">
					<Box width={split.mapCols + GAP} flexShrink={0}>
						{map}
					</Box>
					<Box flexDirection="column" width={split.panel}>
						{panel}
					</Box>
				</Box>
			) : (
				<Box flexDirection="column">
					{map}
					{panel}
				</Box>
			)}
			{legend.map((line, i) => (
				<Text key={`legend${i}`} dimColor>
					{line}
				</Text>
			))}
		</Box>
	);
}
