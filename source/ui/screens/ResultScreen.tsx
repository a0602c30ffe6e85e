/**
 * Result: score and stars with their breakdown, the diagnosis card, the loss curve, the map
 * revealed with the path and the critical points, par and stability panels, the share code.
 */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer, useState} from 'react';
import {readableNumber, readableText} from '../../i18n/format.js';
import {describeDiagnosis} from '../../i18n/diagnosis.js';
import {criticalPoints, type Level, type Outcome} from '../../engine/index.js';
import {unlockedKnobs} from '../../engine/knobs.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar, type KeyEntry, useKeyBarRows} from '../components/KeyBar.js';
import {Paragraph} from '../components/Paragraph.js';
import {packEntries, wrapSpans, wrapText, type Span} from '../../text/wrap.js';
import type {Comparison} from '../experiment.js';
import type {ChalkInstance} from 'chalk';
import {LossPlot} from '../components/LossPlot.js';
import {ParPanel} from '../components/ParPanel.js';
import {StabilityMap} from '../components/StabilityMap.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {modelSummary} from '../../engine/model/summary.js';
import {headingTitle, levelHeading, type ScreenEnv, uiText} from '../env.js';
import {MARKS, type MapTrail} from '../map/render.js';
import {starText} from '../theme.js';
import {readableSchedule} from '../schedule-text.js';

/** Where "next level" leads from here. */
export type NextState = 'open' | 'locked' | 'last' | 'daily';

export type ResultState = {ghost: boolean; message: 'locked' | 'last' | 'noGhost' | null};
export type ResultAction = {type: 'ghost'; available: boolean} | {type: 'next'; next: NextState} | {type: 'clear'};

export function resultReducer(state: ResultState, action: ResultAction): ResultState {
	switch (action.type) {
		case 'ghost': {
			return action.available ? {ghost: !state.ghost, message: null} : {ghost: false, message: 'noGhost'};
		}

		case 'next': {
			return {...state, message: action.next === 'open' || action.next === 'daily' ? null : action.next};
		}

		case 'clear': {
			return {...state, message: null};
		}
	}
}

export type ResultScreenProps = {
	env: ScreenEnv;
	outcome: Outcome;
	/** the player's best earlier run on this level */
	ghost?: MapTrail;
	ghostShown: boolean;
	shareCode: string;
	next: NextState;
	/** lines about saving (new best, rank, store notices) */
	notices: string[];
	/** how this run compares with the previous one on the level (this session) */
	comparison?: Comparison;
	/** the previous run's path: drawn faint under this one */
	previousTrail?: MapTrail;
	/** the run depends on its seed: `r` draws a new one */
	noisy?: boolean;
	onRetry: () => void;
	/** `e`: tweak this run's knobs in the setup screen */
	onEdit?: () => void;
	onNext: () => void;
	onReplay: () => void;
	onDashboard: () => void;
	/** `c`: the share code alone on the terminal's own screen, whole, to copy (absent: no such key) */
	onCode?: () => void;
	onGhost: (shown: boolean) => void;
	onView: () => void;
	onBack: () => void;
};

export function ResultScreen(props: ResultScreenProps) {
	const {env, outcome, ghost, shareCode, next, notices} = props;
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	const {run, facts, diagnosis, score} = outcome;
	const words = describeDiagnosis(diagnosis);
	const {level} = run;
	// the previous run of this session, when there is one, is the overlay; else the best run's ghost
	const overlay = props.previousTrail ?? ghost;
	const [state, dispatch] = useReducer(resultReducer, {ghost: props.previousTrail !== undefined || (props.ghostShown && ghost !== undefined), message: null});
	useScreenInput((input, key) => {
		if (input === 'r') props.onRetry();
		else if (input === 'e' && props.onEdit) props.onEdit();
		else if (input === 'n') {
			dispatch({type: 'next', next});
			if (next === 'open' || next === 'daily') props.onNext();
		} else if (input === 'p') props.onReplay();
		else if (input === 'd') props.onDashboard();
		// Ink reads Ctrl+C as `c` with ctrl: that one quits the game
		else if (input === 'c' && !key.ctrl && props.onCode) props.onCode();
		else if (input === 'g') {
			dispatch({type: 'ghost', available: overlay !== undefined});
			if (!props.previousTrail) props.onGhost(!state.ghost && ghost !== undefined);
		} else if (input === 'v') props.onView();
		else if (input === 'q' || key.escape) props.onBack();
	});
	// par (a search over random climbers, up to ~0.3 s) and the stability map are computed after
	// the first paint, so the score and the diagnosis show at once
	const [panels, setPanels] = useState(false);
	useEffect(() => {
		const timer = setTimeout(() => setPanels(true), 0);
		return () => clearTimeout(timer);
	}, []);
	const success = diagnosis.code === 'reached-global';
	// the share code stands alone on its line (one unbroken line whenever the terminal is wide
	// enough), so a double-click or a line selection copies exactly the code
	const codeLines = 1 + Math.max(1, Math.ceil(shareCode.length / width));
	const wide = width >= 100;
	// below 100 columns the map is sized by the rows it gets, not by its column: the card gets the rest
	const leftWidth = Math.floor(width * (wide ? 0.5 : 0.4));
	const rightWidth = width - leftWidth - 2;
	/** inside the diagnosis card's border and padding */
	const cardWidth = Math.max(10, rightWidth - 4);
	const plotHeight = height >= 36 ? 7 : 4;
	/** below this the par and stability panels do not fit beside the card, and "why" goes last */
	const compact = height < 34;
	const m = theme.ascii ? MARKS.ascii : MARKS.unicode;
	// the legend names the marks this map draws; each entry ("◆ global minimum") stays whole and
	// lines break between entries
	const legendEntries = t('legend', {climber: m.climber, start: m.start, global: m.global, minimum: m.minimum, saddle: m.saddle, ghost: m.ghost}).split('  ');
	const drawn = marksDrawn(level, overlay !== undefined);
	const legendLines = packEntries(
		legendEntries.filter((_, i) => drawn[i] !== false),
		leftWidth,
		'  ',
	);
	const keys: KeyEntry[] = [
		['e', t('keyTweak')],
		['r', t(props.noisy ? 'keyRetryNoisy' : 'keyRetry')],
		['n', t(next === 'daily' ? 'keyDailyBoard' : 'keyNext')],
		['p', t('keyReplay')],
		['d', t('keyDashboard')],
		...(props.onCode ? [['c', t('keyCode')] as KeyEntry] : []),
		['g', t('keyGhost')],
		['v', t('keyView')],
		['q', t('keyBack')],
	];
	// the key bar takes two rows where its keys do not fit on one (80 columns)
	const keyRows = useKeyBarRows(keys, width);
	// the title, the plot's title and the key bar
	const mapHeight = Math.max(4, height - plotHeight - 2 - keyRows - legendLines.length - codeLines);
	const best = run.climbers[run.best]!;
	const summary = modelSummary(run);
	const percent = (value: number | null) => (value === null ? '—' : summary?.measure === 'accuracy' ? `${readableNumber(100 * value, lang, 3)} %` : readableNumber(value, lang, 3));
	const model = summary
		? t('modelResult', {measure: t(summary.measure), final: percent(summary.final.score), minimum: percent(summary.minimum?.score ?? null), loss: readableNumber(facts.minLoss, lang, 4)})
		: null;
	const trail: MapTrail = {x: best.x, y: best.y, upTo: best.steps};
	// each knob with its value is one entry: a long list wraps between knobs, never inside one
	const knobEntries = unlockedKnobs(level.knobs).map((name) => {
		const value = run.knobs[name === 'batchSize' ? 'batchSize' : name];
		const text = name === 'schedule' ? readableSchedule(run.knobs.schedule, lang) : typeof value === 'number' ? readableNumber(value, lang, 4) : String(value);
		return `${t(name)} ${text}`;
	});
	const message =
		state.message === 'locked' ? t('nextLocked') : state.message === 'last' ? t('lastLevel') : state.message === 'noGhost' ? t('ghostNone') : null;
	const text = (value: string) => readableText(cleanText(value, 4000));
	const label = (key: 'what' | 'why' | 'advice') => ({text: `${t(key)}: `, paint: chalk.cyan.bold});
	const card = {
		analogy: [{text: text(words.analogy[lang]), paint: chalk.bold}],
		what: [label('what'), {text: text(words.evidence[lang])}],
		why: [label('why'), {text: text(words.why[lang])}],
		advice: [label('advice'), {text: text(words.advice[lang])}],
	} satisfies Record<string, Span[]>;
	const rows = (spans: Span[], columns: number) => wrapSpans(spans, columns).length;
	// the right-hand column is laid out to the rows it has, so the card is always whole (its
	// border closed): at small heights "why" gives way first, then
	// the knobs line, and last the evidence is shortened
	const modelLines = model ? packEntries(model.split(' · ').map((part) => part.replaceAll(' ', '\u00A0')), rightWidth, ' · ') : [];
	const comparison = props.comparison ? comparisonSpans(props.comparison, t, chalk, theme.glyphs.star) : null;
	let knobLines = packEntries(knobEntries, rightWidth, ' · ', `${t('knobsUsed')}: `);
	const yellowLines = [...notices, ...(message ? [message] : [])].flatMap((line) => wrapText(line, rightWidth));
	const columnRows = height - 1 - codeLines - keyRows;
	const around = 2 + modelLines.length + (comparison ? rows(comparison, rightWidth) : 0) + 2 + yellowLines.length;
	const [analogyRows, whatRows, whyRows, adviceRows] = [card.analogy, card.what, card.why, card.advice].map((spans) => rows(spans, cardWidth)) as [number, number, number, number];
	let room = columnRows - around - analogyRows - adviceRows;
	const showWhy = !compact || whatRows + whyRows + knobLines.length <= room;
	if (showWhy) room -= whyRows;
	if (compact && whatRows + knobLines.length > room) knobLines = [];
	const whatShown = compact ? Math.max(1, Math.min(whatRows, room - knobLines.length)) : whatRows;
	// what is left under the card for par (headline, bars, marks, caption) and the stability map
	const below = columnRows - around - analogyRows - adviceRows - whatShown - (showWhy ? whyRows : 0) - knobLines.length;
	const parRows = 8;
	const stabilityRows = Math.min(14, below - parRows);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${levelHeading(level, lang)}  `)}
				{chalk.bold(cleanText(headingTitle(level, lang), width - 30))}
			</Text>
			<Box flexDirection="row" flexGrow={1} overflow="hidden">
				<Box flexDirection="column" width={leftWidth} marginRight={2}>
					<Box height={mapHeight} justifyContent="center" alignItems="center" overflow="hidden">
						<TerrainMap
							level={level}
							width={leftWidth}
							height={mapHeight}
							view={view}
							color={theme.level}
							ascii={theme.ascii}
							trail={trail}
							ghost={state.ghost ? overlay : undefined}
							reveal
						/>
					</Box>
					<Paragraph width={leftWidth} spans={[{text: legendLines.join('\n'), paint: chalk.dim}]} />
					<LossPlot loss={best.loss} minLoss={facts.minLoss} width={leftWidth} height={plotHeight} theme={theme} title={t('curve')} lang={lang} />
				</Box>
				{/* the column is laid out to its rows (above); if it still overflows, the bottom (the panels) is cut, never the score */}
				<Box flexDirection="column" width={rightWidth} overflow="hidden">
					<Box flexShrink={0}>
						<Text wrap="truncate-end">
							{chalk.bold(`${t('score')} ${score.total}/1000`)} {starText(score.stars, theme)}
							{'  '}
							{success ? chalk.bold.green(t('success')) : chalk.bold.red(t('failure'))}
						</Text>
					</Box>
					<Box flexShrink={0}>
						<Text wrap="truncate-end">{chalk.dim(t('breakdown', {closeness: score.closeness, speed: score.speed}))}</Text>
					</Box>
					{modelLines.length > 0 ? <Paragraph width={rightWidth} spans={[{text: modelLines.join('\n'), paint: chalk.cyan}]} /> : null}
					{comparison ? <Paragraph width={rightWidth} spans={comparison} /> : null}
					<Box flexShrink={0} flexDirection="column" borderStyle={theme.ascii ? 'classic' : 'round'} borderColor={theme.level === 0 ? undefined : success ? 'green' : 'yellow'} paddingX={1}>
						<Paragraph width={cardWidth} spans={card.analogy} />
						<Paragraph width={cardWidth} spans={card.what} maxLines={whatShown} />
						{showWhy && !compact ? <Paragraph width={cardWidth} spans={card.why} /> : null}
						<Paragraph width={cardWidth} spans={card.advice} />
						{showWhy && compact ? <Paragraph width={cardWidth} spans={card.why} /> : null}
					</Box>
					{knobLines.length > 0 ? <Paragraph width={rightWidth} spans={[{text: knobLines.join('\n'), paint: chalk.dim}]} /> : null}
					{yellowLines.length > 0 ? <Paragraph width={rightWidth} spans={[{text: yellowLines.join('\n'), paint: chalk.yellow}]} /> : null}
					{compact ? null : panels ? (
						<ParPanel level={level} score={score.total} lang={lang} width={rightWidth} color={theme.level > 0} ascii={theme.ascii} />
					) : (
						<Text>{chalk.dim(t('parComputing'))}</Text>
					)}
					{compact || !panels || stabilityRows < 2 ? null : (
						<StabilityMap
							level={level}
							knobs={run.knobs}
							lang={lang}
							width={rightWidth}
							height={stabilityRows}
							color={theme.level > 0}
							ascii={theme.ascii}
						/>
					)}
				</Box>
			</Box>
			<Box width={width} height={codeLines} flexShrink={0}>
				<Text wrap="wrap">
					{chalk.dim(`${t(props.onCode ? 'shareCodeCopy' : 'shareCode')}:`)}
					{'\n'}
					{shareCode}
				</Text>
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={keys}
			/>
		</Box>
	);
}

/** "score 612 → 873 (+261) · +1 ★ · η 0.05 → 0.3", or the seed drawn for the same knobs. */
export function comparisonSpans(c: Comparison, t: ReturnType<typeof uiText>, chalk: ChalkInstance, star: string): Span[] {
	const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
	const paint = c.delta > 0 ? chalk.bold.green : c.delta < 0 ? chalk.bold.red : chalk.bold;
	const spans: Span[] = [{text: t('compareScore', {from: c.from, to: c.to}) + ' '}, {text: `(${sign}${Math.abs(c.delta)})`, paint}];
	if (c.stars !== 0) spans.push({text: ` · ${c.stars > 0 ? '+' : '−'}${Math.abs(c.stars)}\u00A0${star}`, paint: c.stars > 0 ? chalk.green : chalk.red});
	const changes = c.changed.map((d) => `${t(d.knob)} ${d.from}\u00A0→\u00A0${d.to}`);
	if (changes.length > 0) spans.push({text: ` · ${t('compareChanged', {changes: changes.join(', ')})}`, paint: chalk.dim});
	else spans.push({text: ` · ${t('compareSame')}`, paint: chalk.dim});
	if (c.seed) spans.push({text: ` · ${t('compareSeed', {from: c.seed.from, to: c.seed.to})}`, paint: chalk.dim});
	return spans;
}

/**
 * Which of the legend's marks (climber, start, global minimum, other minimum, saddle point,
 * ghost) the revealed map can draw: the other minima and saddles only when the level has them
 * inside its bounds, the ghost only when there is one to show.
 */
export function marksDrawn(level: Level, ghost: boolean): boolean[] {
	const critical = criticalPoints(level);
	const {x, y} = level.bounds;
	const inside = (p: {x: number; y: number}) => p.x >= x[0] && p.x <= x[1] && p.y >= y[0] && p.y <= y[1];
	const globals = new Set(critical.global.map((p) => `${p.x},${p.y}`));
	const otherMinimum = critical.minima.some((p) => !p.global && !globals.has(`${p.x},${p.y}`) && inside(p));
	return [true, true, true, otherMinimum, critical.saddles.some(inside), ghost];
}
