/** The title menu: Campaign, Tutorial, Daily challenge, Leaderboards, Settings, Quit. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText} from '../env.js';

export const MENU_ITEMS = ['campaign', 'tutorial', 'daily', 'leaderboards', 'settings', 'quit'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

export type MenuState = {index: number};
export type MenuAction = {type: 'up'} | {type: 'down'} | {type: 'jump'; index: number};

/** Moves the highlight; wraps around at both ends. */
export function menuReducer(state: MenuState, action: MenuAction): MenuState {
	const n = MENU_ITEMS.length;
	switch (action.type) {
		case 'up': {
			return {index: (state.index + n - 1) % n};
		}

		case 'down': {
			return {index: (state.index + 1) % n};
		}

		case 'jump': {
			return {index: Math.max(0, Math.min(n - 1, action.index))};
		}
	}
}

export type MenuScreenProps = {
	env: ScreenEnv;
	/** lines to show under the menu (store notices, "not available" messages) */
	notices: string[];
	onSelect: (item: MenuItem) => void;
	/** the item highlighted at first */
	initial?: MenuItem;
	/** the highlight moved (so a screen that replaces this one can keep it) */
	onMove?: (item: MenuItem) => void;
};

const TITLE = [
	'█▀▄ █▀▀ █▀▀ █▀▀ █▀▀ █▄ █ █▀▀ █▀█',
	'█ █ █▀▀ ▀▀█ █   █▀▀ █ ▀█ ▀▀█ █ █',
	'▀▀  ▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀ ▀  ▀ ▀▀▀ ▀▀▀',
];

export function MenuScreen({env, notices, onSelect, initial, onMove}: MenuScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	const [state, dispatch] = useReducer(menuReducer, {index: Math.max(0, MENU_ITEMS.indexOf(initial ?? 'campaign'))});
	useEffect(() => {
		onMove?.(MENU_ITEMS[state.index]!);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- reports moves only; onMove is a fresh closure each render
	}, [state.index]);
	useScreenInput((input, key) => {
		if (key.upArrow || input === 'k') dispatch({type: 'up'});
		else if (key.downArrow || input === 'j') dispatch({type: 'down'});
		else if (key.return) onSelect(MENU_ITEMS[state.index]!);
		else if (input === 'q' || key.escape) onSelect('quit');
		else if (/^[1-6]$/.test(input)) {
			dispatch({type: 'jump', index: Number(input) - 1});
		}
	});
	const {chalk, glyphs} = theme;
	const title = theme.ascii ? ['d e s c e n s o'] : TITLE;
	const labels = MENU_ITEMS.map((item, i) => `${i + 1}  ${t(item)}`);
	const wide = Math.max(22, ...labels.map((label) => label.length));
	// The title and the items are one <Text> each, lines of one width, centred as one block: the
	// same screen as a <Text> per line, at about half the layout work for the game's first frame.
	const items = labels.map((label, i) => (i === state.index ? chalk.bold.inverse(` ${glyphs.pointer} ${label.padEnd(wide)}`) : `   ${label.padEnd(wide)}`));
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box flexDirection="column" alignItems="center" marginTop={height >= 30 ? 3 : 1}>
				<Text>{title.map((line) => chalk.bold.cyan(line)).join('\n')}</Text>
				<Text>{chalk.italic(t('tagline'))}</Text>
			</Box>
			<Box flexDirection="column" alignItems="center" marginTop={height >= 30 ? 2 : 1} flexGrow={1}>
				<Text>{items.join('\n')}</Text>
				<Box flexDirection="column" marginTop={1} width={Math.min(width - 4, 90)}>
					{notices.map((notice, i) => (
						<Text key={i} wrap="wrap">
							{chalk.yellow(notice)}
						</Text>
					))}
				</Box>
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['↑↓', t('keyMove')],
					['Enter', t('keyChoose')],
					['1-6', t('keyJump')],
					['q', t('keyQuit')],
					['Ctrl+C', t('keyQuit')],
				]}
			/>
		</Box>
	);
}
