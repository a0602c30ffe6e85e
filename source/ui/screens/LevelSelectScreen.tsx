/** Level select: the worlds and their levels, each with its best stars; closed ones show a lock. */
import {Box, Text, useInput} from 'ink';
import {useReducer} from 'react';
import type {Level} from '../../engine/types.js';
import type {Progress} from '../../store/index.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText} from '../env.js';
import {starText} from '../theme.js';
import {campaignOrder, lockReason} from '../unlock.js';

export type LevelSelectState = {index: number; message: 'level' | 'world' | null};
export type LevelSelectAction = {type: 'up'} | {type: 'down'} | {type: 'first'} | {type: 'last'} | {type: 'locked'; reason: 'level' | 'world'};

/** Moves through `count` levels without wrapping; a move clears the "locked" message. */
export function levelSelectReducer(count: number) {
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

			case 'locked': {
				return {...state, message: action.reason};
			}
		}
	};
}

export type LevelSelectScreenProps = {
	env: ScreenEnv;
	levels: Level[];
	progress: Progress;
	/** the level highlighted at first (the last one played) */
	initial?: string;
	onPick: (level: Level) => void;
	onBack: () => void;
};

export function LevelSelectScreen({env, levels, progress, initial, onPick, onBack}: LevelSelectScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	const ordered = campaignOrder(levels);
	const start = Math.max(0, ordered.findIndex((l) => l.id === initial));
	const [state, dispatch] = useReducer(levelSelectReducer(ordered.length), {index: start, message: null});
	useInput((input, key) => {
		if (key.upArrow || input === 'k') dispatch({type: 'up'});
		else if (key.downArrow || input === 'j') dispatch({type: 'down'});
		else if (key.home) dispatch({type: 'first'});
		else if (key.end) dispatch({type: 'last'});
		else if (key.return) {
			const level = ordered[state.index];
			if (!level) return;
			const reason = lockReason(levels, progress, level);
			if (reason) dispatch({type: 'locked', reason});
			else onPick(level);
		} else if (input === 'q' || key.escape) onBack();
	});
	const {chalk, glyphs} = theme;
	type Row = {key: string; text: string; levelIndex: number | null};
	const rows: Row[] = [];
	let world = Number.NaN;
	ordered.forEach((level, i) => {
		if (level.world !== world) {
			world = level.world;
			rows.push({key: `w${world}`, text: chalk.bold.cyan(t('world', {n: world})), levelIndex: null});
		}

		const reason = lockReason(levels, progress, level);
		const record = Object.hasOwn(progress.levels, level.id) ? progress.levels[level.id] : undefined;
		const stars = reason ? chalk.dim(`${glyphs.lock} ${t('locked')}`.padEnd(5)) : starText(record?.stars ?? 0, theme);
		const title = cleanText(level.title[lang], Math.max(10, width - 40));
		const best = record && record.plays > 0 ? chalk.dim(t('best', {score: record.best})) : '';
		const selected = i === state.index;
		const label = `${String(level.order).padStart(2)}. ${title}`;
		const line = `${selected ? glyphs.pointer : ' '} ${selected ? chalk.bold.inverse(` ${label} `) : ` ${reason ? chalk.dim(label) : label} `}  ${stars}  ${best}`;
		rows.push({key: level.id, text: line, levelIndex: i});
	});
	const room = Math.max(3, height - 6);
	const selectedRow = rows.findIndex((row) => row.levelIndex === state.index);
	const first = Math.max(0, Math.min(rows.length - room, selectedRow - Math.floor(room / 2)));
	const visible = rows.slice(first, first + room);
	const message = state.message === 'level' ? t('lockedLevel') : state.message === 'world' ? t('lockedWorld') : ' ';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>{chalk.bold(t('levelsTitle'))}</Text>
			<Box flexDirection="column" marginTop={1} flexGrow={1}>
				{visible.length === 0 ? <Text>{chalk.yellow(t('noLevels'))}</Text> : null}
				{visible.map((row) => (
					<Text key={row.key} wrap="truncate-end">
						{row.levelIndex === null ? ` ${row.text}` : `  ${row.text}`}
					</Text>
				))}
			</Box>
			<Text wrap="truncate-end">{chalk.yellow(message)}</Text>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['↑↓', t('keyMove')],
					['Enter', t('keyChoose')],
					['q/Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
