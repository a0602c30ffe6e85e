/**
 * Level select: one world at a time (←/→ switch, tabs show them all), its levels with their best
 * stars, closed ones with a lock; the list scrolls to keep the highlight in view.
 */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Level} from '../../engine/types.js';
import type {Progress} from '../../store/index.js';
import stringWidth from 'string-width';
import {cleanText} from '../../text/sanitize.js';
import {wrapText} from '../../text/wrap.js';
import {Paragraph} from '../components/Paragraph.js';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText, worldName} from '../env.js';
import {starText} from '../theme.js';
import {campaignOrder, lockReason} from '../unlock.js';

export type LevelSelectState = {index: number; message: 'level' | 'world' | null};
export type LevelSelectAction =
	| {type: 'up'}
	| {type: 'down'}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'prevWorld'}
	| {type: 'nextWorld'}
	| {type: 'locked'; reason: 'level' | 'world'};

/**
 * Moves through `count` levels in campaign order without wrapping; ←/→ (`prevWorld`,
 * `nextWorld`) jump to the same place in the world before or after (its last level if shorter).
 * A move clears the "locked" message.
 * @param worlds each level's world number, in the same order (default: all in one world)
 */
export function levelSelectReducer(count: number, worlds: readonly number[] = []) {
	const worldOf = (i: number) => worlds[i] ?? 0;
	const firstOf = (world: number) => {
		const i = worlds.indexOf(world);
		return i < 0 ? 0 : i;
	};

	const lastOf = (world: number) => worlds.lastIndexOf(world);
	const jump = (state: LevelSelectState, direction: -1 | 1): LevelSelectState => {
		const here = worldOf(state.index);
		const first = firstOf(here);
		const neighbour = direction < 0 ? first - 1 : lastOf(here) + 1;
		if (neighbour < 0 || neighbour >= count) return {...state, message: null};
		const target = worldOf(neighbour);
		return {index: Math.min(lastOf(target), firstOf(target) + (state.index - first)), message: null};
	};

	return (state: LevelSelectState, action: LevelSelectAction): LevelSelectState => {
		switch (action.type) {
			case 'up': {
				return {index: Math.max(0, state.index - 1), message: null};
			}

			case 'down': {
				return {index: Math.min(Math.max(0, count - 1), state.index + 1), message: null};
			}

			case 'first': {
				return {index: 0, message: null};
			}

			case 'last': {
				return {index: Math.max(0, count - 1), message: null};
			}

			case 'prevWorld': {
				return worlds.length === count ? jump(state, -1) : state;
			}

			case 'nextWorld': {
				return worlds.length === count ? jump(state, 1) : state;
			}

			case 'locked': {
				return {...state, message: action.reason};
			}
		}
	};
}

export type LevelSelectScreenProps = {
	env: ScreenEnv;
	levels: Level[];
	/** the campaign is still being read: say so instead of "no levels" */
	loading?: boolean;
	progress: Progress;
	/** the level highlighted at first (the last one played) */
	initial?: string;
	onPick: (level: Level) => void;
	onBack: () => void;
};

/** A key kept while the campaign loads. */
type EarlyKey = 'up' | 'down' | 'prevWorld' | 'nextWorld' | 'first' | 'last' | 'enter';

export function LevelSelectScreen({env, levels, loading, progress, initial, onPick, onBack}: LevelSelectScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	const ordered = useMemo(() => campaignOrder(levels), [levels]);
	const worlds = useMemo(() => ordered.map((level) => level.world), [ordered]);
	const reducer = useMemo(() => levelSelectReducer(ordered.length, worlds), [ordered.length, worlds]);
	const start = Math.max(0, ordered.findIndex((l) => l.id === initial));
	const [state, dispatch] = useReducer(reducer, {index: start, message: null});
	// the campaign may arrive after this screen opened
	const index = Math.min(state.index, Math.max(0, ordered.length - 1));
	const choose = () => {
		const level = ordered[index];
		if (!level) return;
		const reason = lockReason(levels, progress, level);
		if (reason) dispatch({type: 'locked', reason});
		else onPick(level);
	};

	// keys pressed while the campaign is still being read are kept and played once it is there
	const early = useRef<EarlyKey[]>([]);
	const [pick, setPick] = useState(0);
	useScreenInput((input, key) => {
		const move: EarlyKey | null =
			key.upArrow || input === 'k'
				? 'up'
				: key.downArrow || input === 'j'
					? 'down'
					: key.leftArrow || input === 'h'
						? 'prevWorld'
						: key.rightArrow || input === 'l'
							? 'nextWorld'
							: key.home
								? 'first'
								: key.end
									? 'last'
									: key.return
										? 'enter'
										: null;
		if (input === 'q' || key.escape) onBack();
		else if (move && ordered.length === 0 && loading) early.current.push(move);
		else if (move === 'enter') choose();
		else if (move) dispatch({type: move});
	});
	useEffect(() => {
		if (ordered.length === 0 || early.current.length === 0) return;
		const keys = early.current;
		early.current = [];
		for (const k of keys) {
			if (k === 'enter') setPick((n) => n + 1);
			else dispatch({type: k});
		}
	}, [ordered.length]);
	useEffect(() => {
		if (pick > 0) choose();
		// once per Enter kept while loading, after the moves before it
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [pick]);
	const {chalk, glyphs} = theme;
	const current = ordered[index];
	const world = current?.world ?? 1;
	const worldNumbers = [...new Set(worlds)];
	const inWorld = ordered.map((level, i) => ({level, i})).filter(({level}) => level.world === world);

	// the tabs: one per world, the current one highlighted, with its stars
	const starsOf = (n: number) =>
		ordered
			.filter((level) => level.world === n)
			.reduce((sum, level) => sum + (Object.hasOwn(progress.levels, level.id) ? (progress.levels[level.id]?.stars ?? 0) : 0), 0);
	// a world is locked when its first level is: the tab is dimmed and carries the lock glyph
	const worldLocked = (n: number) => {
		const firstOf = ordered.find((level) => level.world === n);
		return firstOf ? lockReason(levels, progress, firstOf) === 'world' : false;
	};
	const tabLabel = (n: number, named: boolean) => {
		const name = worldName(n, lang);
		const lock = worldLocked(n) ? `${glyphs.lock} ` : '';
		return named && name ? `${lock}${n} ${name}` : `${lock}${n}`;
	};
	// names when they all fit, else numbers only
	const named = worldNumbers.map((n) => ` ${tabLabel(n, true)} `).join(' ').length + 4 <= width;
	const tabs = worldNumbers
		.map((n) => {
			const label = tabLabel(n, named);
			if (n !== world) return worldLocked(n) ? chalk.dim.strikethrough(` ${label} `) : chalk.dim(` ${label} `);
			// without colour, inverse video is gone too: brackets mark the current world
			return theme.level === 0 ? `[${label}]` : chalk.bold.inverse(` ${label} `);
		})
		.join(' ');
	const worldLevels = ordered.filter((level) => level.world === world);
	const worldStars = `${glyphs.star} ${starsOf(world)}/${worldLevels.length * 3}`;

	// the levels of this world, scrolled to keep the highlighted one in view
	const titleWidth = Math.max(10, Math.min(width - 36, Math.max(...inWorld.map(({level}) => cleanText(level.title[lang], 200).length), 10)));
	const lines = inWorld.map(({level, i}) => {
		const reason = lockReason(levels, progress, level);
		const record = Object.hasOwn(progress.levels, level.id) ? progress.levels[level.id] : undefined;
		const stars = reason ? chalk.dim(`${glyphs.lock} ${t('locked')}`) : starText(record?.stars ?? 0, theme);
		const title = cleanText(level.title[lang], titleWidth).padEnd(titleWidth);
		const best = record && record.plays > 0 ? chalk.dim(t('best', {score: record.best})) : '';
		const selected = i === index;
		const label = ` ${String(level.order).padStart(2)}. ${title} `;
		return {key: level.id, text: `${selected ? glyphs.pointer : ' '} ${selected ? chalk.bold.inverse(label) : reason ? chalk.dim(label) : label}  ${stars}  ${best}`};
	});
	// a locked world says why beside its name, or on lines of its own when that does not fit
	const worldTitle = [t('world', {n: world}), worldName(world, lang)].filter(Boolean).join(' · ');
	const lockNote = worldLocked(world) ? `${glyphs.lock} ${t('worldLocked')}` : null;
	const lockInline = lockNote !== null && stringWidth(`  ${worldTitle}  ${worldStars}  ${lockNote}`) <= width;
	const lockRows = lockNote && !lockInline ? wrapText(lockNote, width - 2).length : 0;
	// title, blank, tabs, world line, ↑ more, ↓ more, lesson (2), message, key bar
	const room = Math.max(3, height - 10 - lockRows);
	const selectedLine = inWorld.findIndex(({i}) => i === index);
	const first = Math.max(0, Math.min(lines.length - room, selectedLine - Math.floor(room / 2)));
	const visible = lines.slice(first, first + room);
	const above = first;
	const below = Math.max(0, lines.length - first - visible.length);
	const lesson = current?.lesson?.[lang];
	const message = state.message === 'level' ? t('lockedLevel') : state.message === 'world' ? t('lockedWorld') : ' ';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>{chalk.bold(t('levelsTitle'))}</Text>
			{ordered.length === 0 ? (
				<Box marginTop={1} flexGrow={1}>
					<Text>{loading ? chalk.dim(t('loading')) : chalk.yellow(t('noLevels'))}</Text>
				</Box>
			) : (
				<Box flexDirection="column" marginTop={1} flexGrow={1}>
					<Text wrap="truncate-end">{`${chalk.dim(glyphs.left)} ${tabs} ${chalk.dim(glyphs.right)}`}</Text>
					<Text wrap="truncate-end">
						{`  ${chalk.bold.cyan(worldTitle)}  ${chalk.yellow(worldStars)}`}
						{lockNote && lockInline ? `  ${chalk.dim(lockNote)}` : ''}
					</Text>
					{lockNote && !lockInline ? (
						<Box paddingLeft={2}>
							<Paragraph width={width - 2} spans={[{text: lockNote, paint: chalk.dim}]} />
						</Box>
					) : null}
					<Text>{above > 0 ? chalk.dim(`   ${glyphs.up} ${t('more', {count: above})}`) : ' '}</Text>
					{visible.map((row) => (
						<Text key={row.key} wrap="truncate-end">
							{`  ${row.text}`}
						</Text>
					))}
					<Text>{below > 0 ? chalk.dim(`   ${glyphs.down} ${t('more', {count: below})}`) : ' '}</Text>
					{lesson && height >= 20 ? (
						<Box paddingLeft={2} width={width}>
							<Paragraph width={width - 2} maxLines={2} spans={[{text: cleanText(lesson, 2000), paint: chalk.dim}]} />
						</Box>
					) : null}
				</Box>
			)}
			<Text wrap="truncate-end">{chalk.yellow(message)}</Text>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['↑↓', t('keyMove')],
					['←→', t('keyWorld')],
					['Enter', t('keyChoose')],
					['q/Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
