/**
 * What the game shows while it loads: the menu is drawn from the settings alone, before the
 * rest of the game (every other screen, the engine, the campaign's level files) is imported
 * and read in the background. Once loaded, the full game takes over where the player is,
 * acting on a menu choice already made.
 */
import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {AppProps} from './app.js';
import {chooseLanguage} from '../environment.js';
import type {LevelSet} from '../levels/load.js';
import type {Progress, Settings} from '../store/index.js';
import {MIN_COLUMNS, MIN_ROWS, type ScreenEnv, uiText} from './env.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {MenuScreen, type MenuItem} from './screens/MenuScreen.js';
import {TooSmallScreen} from './screens/TooSmallScreen.js';
import {colorLevel, makeTheme} from './theme.js';
import type {KeyGate} from './key-splitter.js';

type AppModule = typeof import('./app.js');

/** What the store holds, read after the first frame; `notices` say what was wrong with its files. */
export type StoreState = {settings: Settings; progress: Progress; notices: string[]};

export type ShellProps = Omit<AppProps, 'levels' | 'progress' | 'loadNotices' | 'startItem' | 'menuInitial'> & {
	/** reads the campaign (called once, after the first frame) */
	loadLevels: () => Promise<LevelSet>;
	/** reads settings and progress through the store (called once, after the first frame); `settings` is what the first frame uses */
	loadStore: () => Promise<StoreState>;
	/** the keyboard, held by the caller while a screen other than the menu loads: released once that screen listens */
	keys?: KeyGate;
};

/** The first frame's component; see the file comment. */
export function Shell(props: ShellProps) {
	const {exit} = useApp();
	const real = useTerminalSize();
	const {columns, rows} = props.size ?? real;
	const [app, setApp] = useState<AppModule | null>(null);
	const [campaign, setCampaign] = useState<LevelSet | null>(null);
	const [store, setStore] = useState<StoreState | null>(null);
	const [failure, setFailure] = useState<string | null>(null);
	const [menuItem, setMenuItem] = useState<MenuItem>('campaign');
	const [startItem, setStartItem] = useState<MenuItem | undefined>(undefined);
	const lang = chooseLanguage(props.langExplicit ? props.lang : undefined, props.settings.language, props.lang);
	const t = uiText(lang);

	useEffect(() => {
		let live = true;
		// after the first frame is on the screen
		const timer = setTimeout(() => {
			void import('./app.js').then(
				(module) => {
					if (live) setApp(module);
				},
				(error: unknown) => {
					if (live) setFailure(String((error as Error)?.message ?? error));
				},
			);
			void props.loadStore().then(
				(state) => {
					if (live) setStore(state);
				},
				(error: unknown) => {
					if (live) setFailure(String((error as Error)?.message ?? error));
				},
			);
			void props.loadLevels().then(
				(set) => {
					if (live) setCampaign(set);
				},
				() => {
					if (live) setCampaign({levels: [], errors: []});
				},
			);
		}, 0);
		return () => {
			live = false;
			clearTimeout(timer);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, on the first frame
	}, []);

	const waiting = app === null || store === null;
	// keys typed while "loading" showed go to the screen that opens (its handlers subscribed in the
	// same pass of effects, before this parent's); Ctrl+C was never held. Nothing to hand on if loading failed.
	useEffect(() => {
		if (!waiting || failure) props.keys?.release();
	}, [waiting, failure, props.keys]);
	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') {
				props.onQuit?.();
				exit();
			}
		},
		{isActive: waiting},
	);

	if (app && store) {
		const App = app.default;
		const {loadLevels: _levels, loadStore: _store, keys: _keys, ...rest} = props;
		const loadNotices: string[] = [];
		if (campaign && campaign.errors.length > 0) loadNotices.push(t('brokenLevels', {count: campaign.errors.length}));
		if (campaign && campaign.levels.length === 0) loadNotices.push(t('noLevels'));
		return (
			<App
				{...rest}
				settings={store.settings}
				progress={store.progress}
				notices={[...(props.notices ?? []), ...store.notices]}
				levels={campaign?.levels ?? null}
				loadNotices={loadNotices}
				startItem={startItem}
				menuInitial={menuItem}
			/>
		);
	}

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) return <TooSmallScreen lang={lang} columns={columns} rows={rows} />;
	const theme = makeTheme(colorLevel(props.colorAllowed, props.settings.color), props.asciiFlag || props.settings.ascii === true);
	const env: ScreenEnv = {lang, theme, width: columns, height: Math.max(1, rows - 1), view: props.settings.view ?? 'relief'};
	return (
		// clipped below only: every line of the menu is laid out within the width, and a horizontal
		// clip would make Ink slice each line of the first frame again
		<Box width={columns} height={env.height} overflowY="hidden" flexDirection="column">
			{failure ? <Text>{theme.chalk.red(failure)}</Text> : null}
			{props.route.screen === 'menu' ? (
				<MenuScreen
					env={env}
					notices={props.notices ?? []}
					initial={menuItem}
					onMove={setMenuItem}
					onSelect={(item) => {
						setMenuItem(item);
						if (item === 'quit') {
							props.onQuit?.();
							exit();
						} else {
							setStartItem(item);
						}
					}}
				/>
			) : (
				<Text>{theme.chalk.dim(t('loading'))}</Text>
			)}
		</Box>
	);
}
