/** The leaderboards: pick a level (↑↓), see its local top 20; q/Esc goes back. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useMemo, useReducer} from 'react';
import type {Language, Level} from '../../engine/types.js';
import {translator} from '../../i18n/index.js';
import {SHARE_TEXT} from '../../i18n/share.js';
import {safe} from '../../text/safe.js';
import {boardLine, cutWidth} from '../../share/board.js';
import {dailyDateOf} from '../../share/daily.js';
import type {ScoreEntry} from '../../store/index.js';
import {cleanText} from '../../text/sanitize.js';
import {useServices} from '../services.js';
import {KeyBar, type KeyEntry} from '../components/KeyBar.js';
import {makeTheme} from '../theme.js';

export type LeaderboardScreenProps = {
	lang: Language;
	levels: Level[];
	color: boolean;
	ascii: boolean;
	width: number;
	height: number;
	onExit: () => void;
};

/** What the screen holds: the boards once read, and the level picked. */
export type LeaderboardState = {
	boards: Record<string, ScoreEntry[]> | null;
	error: string | null;
	index: number;
};

export type LeaderboardAction =
	| {type: 'loaded'; boards: Record<string, ScoreEntry[]>}
	| {type: 'failed'; message: string}
	| {type: 'move'; by: number; count: number};

/** The screen's reducer: pure. */
export function leaderboardReducer(state: LeaderboardState, action: LeaderboardAction): LeaderboardState {
	switch (action.type) {
		case 'loaded': {
			return {...state, boards: action.boards, error: null};
		}

		case 'failed': {
			return {...state, boards: {}, error: action.message};
		}

		case 'move': {
			if (action.count === 0) return state;
			return {...state, index: (((state.index + action.by) % action.count) + action.count) % action.count};
		}
	}
}

/** The levels to pick from: the given ones, then any other board on file (daily challenges, packs), newest daily first. */
export function boardChoices(levels: Level[], boards: Record<string, ScoreEntry[]> | null, lang: Language): Array<{id: string; title: string}> {
	const t = translator(SHARE_TEXT, lang);
	const choices = levels.map((level) => ({id: level.id, title: cleanText(level.title[lang], 60)}));
	const others = Object.keys(boards ?? {})
		.filter((id) => !levels.some((level) => level.id === id) && (boards?.[id]?.length ?? 0) > 0)
		.sort((a, b) => b.localeCompare(a));
	for (const id of others) {
		const date = dailyDateOf(id);
		choices.push({id: cleanText(id, 64), title: date ? t('dailyTitle', {date}) : ''});
	}

	return choices;
}

export function LeaderboardScreen({lang, levels, color, ascii, width, height, onExit}: LeaderboardScreenProps) {
	const t = translator(SHARE_TEXT, lang);
	const [state, dispatch] = useReducer(leaderboardReducer, {boards: null, error: null, index: 0});
	const {loadScores} = useServices();
	useEffect(() => {
		let live = true;
		void loadScores().then((result) => {
			if (!live) return;
			if (result.ok) dispatch({type: 'loaded', boards: result.value.boards});
			else dispatch({type: 'failed', message: result.code});
		});
		return () => {
			live = false;
		};
	}, [loadScores]);

	const choices = boardChoices(levels, state.boards, lang);
	useScreenInput((input, key) => {
		if (input === 'q' || key.escape) onExit();
		else if (key.upArrow || input === 'k') dispatch({type: 'move', by: -1, count: choices.length});
		else if (key.downArrow || input === 'j') dispatch({type: 'move', by: 1, count: choices.length});
	});

	const fit = (text: string) => cutWidth(text, Math.max(10, width - 1));
	const keys: KeyEntry[] = [
		[ascii ? t('boardKeyUpDownAscii') : '↑↓', t('boardKeyLevel')],
		['q/Esc', t('boardKeyBack')],
	];
	const theme = useMemo(() => makeTheme(color ? 1 : 0, ascii), [color, ascii]);
	const choice = choices[Math.min(state.index, choices.length - 1)];
	const lines: string[] = [];
	if (state.boards === null) lines.push(t('boardLoading'));
	else if (!choice) lines.push(t('boardNoLevels'));
	else {
		const board = Object.hasOwn(state.boards, choice.id) ? (state.boards[choice.id] ?? []) : [];
		if (board.length === 0) lines.push(t('boardEmpty'));
		else {
			lines.push(t('columns'));
			// title, level line, blank, keys and the last free row take five rows
			const room = Math.max(1, height - 6);
			const shown = board.length > room ? board.slice(0, room - 1) : board;
			shown.forEach((entry, i) => lines.push(boardLine(entry, i + 1, lang, ascii, safe(t('importedMark')))));
			if (shown.length < board.length) lines.push(t('boardMore', {count: board.length - shown.length}));
		}
	}

	return (
		<Box flexDirection="column" height={height}>
			<Text bold={color} color={color ? 'cyan' : undefined}>
				{fit(t('boardTitle'))}
			</Text>
			{choice ? <Text bold>{fit(t('boardLevel', {index: state.index + 1, count: choices.length, id: choice.id, title: choice.title}))}</Text> : null}
			{state.error ? <Text color={color ? 'red' : undefined}>{fit(t('storeReadError', {message: state.error}))}</Text> : null}
			{lines.map((line, i) => (
				<Text key={i}>{fit(line)}</Text>
			))}
			{/* the key bar at the foot of the screen, as on every other one */}
			<Box flexGrow={1} minHeight={1} />
			<KeyBar keys={keys} theme={theme} width={Math.max(10, width - 1)} />
		</Box>
	);
}
