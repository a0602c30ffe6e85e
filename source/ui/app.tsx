/**
 * The Ink root: routes between the screens, holds settings and progress, saves after each run.
 * A function of its props; the terminal itself (alternate screen, signals) is launch.tsx's job.
 */
import {Box, useApp, useInput} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {play, type Outcome} from '../engine/index.js';
import type {Knobs, Language, Level} from '../engine/types.js';
import {utcDate} from '../environment.js';
import {shareCodeOf} from '../report.js';
import {checkFloor, formatLevelError} from '../levels/validate.js';
import {dailyDateOf} from '../share/daily.js';
import {withResult} from '../store/index.js';
import {cleanText} from '../text/sanitize.js';
import {useStore} from './hooks/use-store.js';
import {ServicesContext} from './services.js';
import {LeaderboardScreen} from './screens/LeaderboardScreen.js';
import {TutorialScreen} from './screens/tutorial/TutorialScreen.js';
import {BriefingScreen} from './screens/BriefingScreen.js';
import {LevelSelectScreen} from './screens/LevelSelectScreen.js';
import {MenuScreen, type MenuItem} from './screens/MenuScreen.js';
import {NameScreen} from './screens/NameScreen.js';
import {ReplayScreen} from './screens/ReplayScreen.js';
import {ResultScreen, type NextState} from './screens/ResultScreen.js';
import {RunScreen} from './screens/RunScreen.js';
import {SettingsScreen} from './screens/SettingsScreen.js';
import {SetupScreen} from './screens/SetupScreen.js';
import type {KnobTexts} from './setup-state.js';
import {TooSmallScreen} from './screens/TooSmallScreen.js';
import {HelpLayer} from './components/HelpLayer.js';
import {advisedKnob, compareRuns, isNoisy, textsOfKnobs, textsOfRecord, type Comparison} from './experiment.js';
import {MIN_COLUMNS, MIN_ROWS, type ScreenEnv, worldName} from './env.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import type {MapTrail} from './map/render.js';
import {navReducer, type Route} from './navigation.js';
import {colorLevel, makeTheme} from './theme.js';
import {campaignOrder, isUnlocked, nextLevel, openedBy, previousLevel} from './unlock.js';
import {ghostOf} from './ghost.js';

import {GAME_SEED, type AppProps} from './app-props.js';

export {GAME_SEED, type AppProps, type DashboardRequest} from './app-props.js';

export default function App(props: AppProps) {
	const {colorAllowed, asciiFlag} = props;
	const loading = props.levels === null;
	const levels = useMemo(() => props.levels ?? [], [props.levels]);
	const {exit} = useApp();
	const real = useTerminalSize();
	const {columns, rows} = props.size ?? real;
	const store = useStore(props, props);
	const {settings, progress, notices, resultNotices, lang, t} = store;
	const [texts, setTexts] = useState<Record<string, KnobTexts>>({});
	const [ghostShown, setGhostShown] = useState(true);
	const [runCount, setRunCount] = useState(0);
	/** the last finished run of each level this session: the next result compares with it */
	const lastOutcomes = useRef(new Map<string, Outcome>());
	const [comparison, setComparison] = useState<{outcome: Outcome; against: Outcome} | null>(null);
	const [nameAsked, setNameAsked] = useState(settings.playerName !== undefined || settings.anonymous === true);
	const [lastLevel, setLastLevel] = useState<string | undefined>(props.route.screen === 'setup' ? props.route.level.id : undefined);
	const campaignIds = useMemo(() => new Set(levels.map((level) => level.id)), [levels]);
	const [nav, dispatch] = useReducer(navReducer, {route: props.route, campaignIds});
	useEffect(() => {
		if (nav.campaignIds !== campaignIds) dispatch({type: 'campaign', campaignIds});
	}, [campaignIds, nav.campaignIds]);
	const [menuItem, setMenuItem] = useState<MenuItem | undefined>(props.menuInitial);
	const quitting = useRef(false);
	const theme = useMemo(() => makeTheme(colorLevel(colorAllowed, settings.color), asciiFlag || settings.ascii === true), [colorAllowed, settings.color, settings.ascii, asciiFlag]);
	const view = settings.view ?? 'relief';
	const env: ScreenEnv = {lang, theme, width: Math.max(MIN_COLUMNS, columns), height: Math.max(MIN_ROWS - 1, rows - 1), view};
	const name = settings.playerName ?? '';

	const quit = useCallback(async () => {
		if (quitting.current) return;
		quitting.current = true;
		await store.settled();
		props.onQuit?.();
		exit();
	}, [exit, props, store]);

	useInput((input, key) => {
		if (key.ctrl && input === 'c') void quit();
	});

	const {saveSettings} = store;

	const routeLevel = 'level' in nav.route ? nav.route.level : undefined;
	const ghost = useMemo(() => (routeLevel ? ghostOf(routeLevel, progress) : undefined), [routeLevel, progress]);

	const go = (route: Route) => dispatch({type: 'go', route});
	const back = () => dispatch({type: 'back'});

	const startRun = (level: Level, knobs: Knobs, seed = GAME_SEED) => {
		const outcome = play(level, knobs, seed);
		store.clearResultNotices();
		setRunCount((n) => n + 1);
		go({screen: 'run', level, outcome});
	};

	const finishRun = (outcome: Outcome) => {
		const {level} = outcome.run;
		const before = lastOutcomes.current.get(level.id);
		lastOutcomes.current.set(level.id, outcome);
		setComparison(before ? {outcome, against: before} : null);
		const records = store.recordRun(outcome, name);
		props.onShare?.(level.id, records.shareCode);
		// a run that opens the next level (or world) says so, once: at the run that opened it
		const following = records.result && campaignIds.has(level.id) ? openedBy(levels, progress, withResult(progress, records.result), level) : null;
		if (following) {
			store.addResultNotice(
				following.world === level.world
					? t('unlockedLevel', {title: cleanText(following.title[lang], 60)})
					: t('unlockedWorld', {world: [t('world', {n: following.world}), worldName(following.world, lang)].filter(Boolean).join(' · ')}),
			);
		}

		go({screen: 'result', level, outcome});
	};

	const openDaily = async () => {
		try {
			const daily = await import('../share/daily.js');
			const level = daily.dailyLevel(utcDate((props.now ?? (() => new Date()))()));
			// the briefing first: the day's story, its budget, visibility and star thresholds
			go({screen: 'briefing', level});
		} catch (error) {
			store.addNotice(t('dailyFailed', {reason: cleanText((error as Error)?.message ?? String(error), 120)}));
		}
	};

	// The campaign was read `trusted` for the level list: a level is opened to be played only once
	// it has passed the checks that load left for later; a broken one is one line on the menu.
	const openLevel = (level: Level) => {
		const checked = checkFloor(level, level.id);
		if (checked.ok) {
			go({screen: 'briefing', level});
			return;
		}

		store.addNotice(formatLevelError(checked.error));
		go({screen: 'menu'});
	};

	const onMenu = (item: MenuItem) => {
		switch (item) {
			case 'campaign': {
				go({screen: 'levels'});
				break;
			}

			case 'tutorial':
			case 'leaderboards':
			case 'settings': {
				go({screen: item});
				break;
			}

			case 'daily': {
				void openDaily();
				break;
			}

			case 'quit': {
				void quit();
				break;
			}
		}
	};

	// The choice made on the menu the shell shows while this module loads. It can arrive after the
	// mount: under load the shell's menu hears the key while React is already mounting the App with
	// the choice not yet made, so it is read when it changes, not only on mount.
	useEffect(() => {
		if (props.startItem) onMenu(props.startItem);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- acts on the choice only, once it exists
	}, [props.startItem]);

	// below the minimum the screen stays mounted under the notice, so a run resumes where it was
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;

	const route = nav.route;
	let screen: React.ReactNode;
	switch (route.screen) {
		case 'menu': {
			screen = (
				<MenuScreen
					env={env}
					notices={[...notices, ...(props.loadNotices ?? [])]}
					initial={menuItem}
					onMove={setMenuItem}
					onSelect={(item) => {
						setMenuItem(item);
						onMenu(item);
					}}
				/>
			);
			break;
		}

		case 'levels': {
			screen = (
				<LevelSelectScreen
					env={env}
					levels={levels}
					loading={loading}
					progress={progress}
					initial={lastLevel}
					onPick={(level) => {
						setLastLevel(level.id);
						openLevel(level);
					}}
					onBack={back}
				/>
			);
			break;
		}

		case 'briefing': {
			screen = <BriefingScreen env={env} level={route.level} previous={previousLevel(levels, route.level)} onStart={() => go({screen: 'setup', level: route.level})} onBack={back} />;
			break;
		}

		case 'setup': {
			screen = (
				<SetupScreen
					key={`${route.level.id}:${route.from ? 'edit' : 'new'}`}
					env={env}
					level={route.level}
					previous={texts[route.level.id] ?? textsOfRecord(route.level, progress.levels[route.level.id]?.lastKnobs, lang)}
					focusKnob={route.focus}
					onLaunch={(knobs, typed) => {
						setTexts((all) => ({...all, [route.level.id]: typed}));
						// knobs tweaked from a result run at its seed: the advice the engine tried at that seed is what comes out
						if (nameAsked) startRun(route.level, knobs, route.from?.run.seed ?? GAME_SEED);
						else go({screen: 'name', level: route.level, knobs});
					}}
					onBack={back}
				/>
			);
			break;
		}

		case 'name': {
			screen = (
				<NameScreen
					env={env}
					onDone={(typed) => {
						setNameAsked(true);
						// staying anonymous is a choice too: remembered, so the prompt does not come back
						saveSettings(typed === '' ? {anonymous: true} : {playerName: typed, anonymous: undefined});
						startRun(route.level, route.knobs);
					}}
				/>
			);
			break;
		}

		case 'run': {
			screen = (
				<RunScreen
					key={runCount}
					env={env}
					outcome={route.outcome}
					ghost={ghostShown ? ghost : undefined}
					fps={props.fps}
					animate={props.animate}
					onFinish={() => finishRun(route.outcome)}
					onAbort={back}
				/>
			);
			break;
		}

		case 'result': {
			const next = nextLevel(levels, route.level);
			const isDaily = dailyDateOf(route.level.id) !== null;
			const nextState: NextState = isDaily ? 'daily' : !campaignIds.has(route.level.id) || !next ? 'last' : isUnlocked(levels, progress, next) ? 'open' : 'locked';
			screen = (
				<ResultScreen
					env={env}
					outcome={route.outcome}
					ghost={ghost}
					ghostShown={ghostShown}
					shareCode={shareCodeOf(route.outcome, name)}
					next={nextState}
					notices={resultNotices}
					comparison={comparisonOf(comparison, route.outcome, lang)}
					previousTrail={comparison?.outcome === route.outcome ? trailOf(comparison.against) : undefined}
					noisy={isNoisy(route.level, route.outcome.run.knobs)}
					onRetry={() => {
						const {run} = route.outcome;
						// same knobs again; a run that depends on its seed draws the next one
						startRun(route.level, run.knobs, isNoisy(route.level, run.knobs) ? run.seed + 1 : run.seed);
					}}
					onEdit={() => {
						setTexts((all) => ({...all, [route.level.id]: textsOfKnobs(route.level, route.outcome.run.knobs, lang)}));
						go({screen: 'setup', level: route.level, from: route.outcome, focus: advisedKnob(route.outcome)});
					}}
					onNext={() => {
						// after the daily, "next" is where it stands: its leaderboard
						if (isDaily) {
							go({screen: 'leaderboards', level: route.level});
							return;
						}

						if (!next) return;
						setLastLevel(next.id);
						openLevel(next);
					}}
					onReplay={() => go({screen: 'replay', level: route.level, outcome: route.outcome})}
					onCode={props.onShowCode ? () => props.onShowCode?.({levelId: route.level.id, code: shareCodeOf(route.outcome, name), route}) : undefined}
					onDashboard={() =>
						props.onDashboard?.({
							level: route.level,
							knobs: route.outcome.run.knobs,
							seed: route.outcome.run.seed,
							lang,
							name,
							ascii: theme.ascii,
							route,
						})
					}
					onGhost={setGhostShown}
					onView={() => saveSettings({view: view === 'relief' ? 'contour' : 'relief'})}
					onBack={back}
				/>
			);
			break;
		}

		case 'replay': {
			screen = <ReplayScreen env={env} outcome={route.outcome} onBack={back} />;
			break;
		}

		case 'settings': {
			screen = <SettingsScreen env={env} settings={{...settings, language: lang}} colorAllowed={colorAllowed} onChange={saveSettings} onBack={back} />;
			break;
		}

		case 'leaderboards': {
			screen = (
				<LeaderboardScreen
					lang={lang}
					levels={route.level ? [route.level, ...campaignOrder(levels).filter((level) => level.id !== route.level?.id)] : campaignOrder(levels)}
					color={theme.level > 0}
					ascii={theme.ascii}
					width={env.width}
					height={env.height}
					onExit={back}
				/>
			);
			break;
		}

		case 'tutorial': {
			screen = (
				<TutorialScreen
					lang={lang}
					color={theme.level > 0}
					ascii={theme.ascii}
					width={env.width}
					height={env.height}
					animate={props.animate}
					// `descenso tutorial` leaves where it was started (the shell); from the menu it goes back there
					onExit={props.route.screen === 'tutorial' ? () => void quit() : back}
				/>
			);
			break;
		}
	}

	return (
		<ServicesContext.Provider value={store.services}>
			<Box width={columns} height={Math.max(1, rows - 1)} overflow="hidden" flexDirection="column">
				<HelpLayer
					env={env}
					level={routeLevel}
					enabled={route.screen !== 'name'}
					cover={tooSmall ? <TooSmallScreen lang={lang} columns={columns} rows={rows} /> : undefined}
				>
					{screen}
				</HelpLayer>
			</Box>
		</ServicesContext.Provider>
	);
}

/** The comparison to show on a result: only on the result of the run it was made for. */
function comparisonOf(pair: {outcome: Outcome; against: Outcome} | null, shown: Outcome, lang: Language): Comparison | undefined {
	return pair && pair.outcome === shown ? compareRuns(pair.against, pair.outcome, lang) : undefined;
}

/** The best climber's path of a run, as a map trail. */
function trailOf(outcome: Outcome): MapTrail {
	const best = outcome.run.climbers[outcome.run.best]!;
	return {x: best.x, y: best.y, upTo: best.steps};
}
