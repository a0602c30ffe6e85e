/**
 * Starts the Ink game at a given screen and returns the exit code. Owns the terminal: refuses
 * without a TTY, enters the alternate screen, and on every way out (quit, Ctrl+C, SIGTERM,
 * SIGHUP, an uncaught error) leaves it, shows the cursor and turns raw mode off.
 */
import process from 'node:process';
import {render} from 'ink';
import {chooseLanguage, type Environment} from '../environment.js';
import type {Level} from '../engine/types.js';
import {CLI_TEXT} from '../i18n/cli.js';
import type {LevelSet} from '../levels/load.js';
import type {StoreResult} from '../store/index.js';
import {peekSettings} from '../store/peek-settings.js';
import {writesSettled} from '../store/pending.js';
import {cleanText} from '../text/sanitize.js';
import {line, safe, safeTranslator, type SafeWriter} from '../text/safe.js';
import type {DashboardRequest} from './app.js';
import {uiText} from './env.js';
import {storeNotice} from './store-notice.js';
import type {Route} from './navigation.js';
import {oneKeyAtATime} from './key-splitter.js';
import {Shell, type StoreState} from './shell.js';
import {withFrameFix} from './terminal-fix.js';
import {favourSmallHeap} from './memory.js';
import {altScreen} from './alt-screen.js';
import {SIGNAL_EXIT_CODES, SIGNALS, type EndingSignal} from '../signals.js';

export type StartRoute = {screen: 'menu'} | {screen: 'tutorial'} | {screen: 'setup'; level: Level} | {screen: 'daily'; level: Level};

/** What the game needs from the command line: the environment, the keyboard, the terminal, and a safe error stream. */
export type GameContext = Environment & {stdin: NodeJS.ReadStream; terminal: NodeJS.WriteStream; stdout: SafeWriter; stderr: SafeWriter};

export async function launchGame(context: GameContext, start: StartRoute): Promise<number> {
	// the terminal itself: Ink draws on it, and the sequences that enter and leave the game go there
	const {stdin, terminal: stdout} = context;
	if (!stdin.isTTY || !stdout.isTTY) {
		const what = {menu: 'the game', tutorial: 'the tutorial', setup: 'playing a level', daily: 'the daily challenge'}[start.screen];
		const whatEs = {menu: 'el juego', tutorial: 'el tutorial', setup: 'jugar un nivel', daily: 'el reto del día'}[start.screen];
		context.stderr.write(line`descenso: ${safeTranslator(CLI_TEXT, context.lang)('noTty', {what: safe(context.lang === 'es' ? whatEs : what)})}\n`);
		return 2;
	}

	if (context.dumbTerminal) {
		// no cursor movement, no colour: refuse in one line rather than fill it with escapes
		const what = {menu: 'the game', tutorial: 'the tutorial', setup: 'a level', daily: 'the daily challenge'}[start.screen];
		const whatEs = {menu: 'el juego', tutorial: 'el tutorial', setup: 'un nivel', daily: 'el reto del día'}[start.screen];
		context.stderr.write(line`descenso: ${safeTranslator(CLI_TEXT, context.lang)('dumbTerminal', {what: safe(context.lang === 'es' ? whatEs : what)})}\n`);
		return 2;
	}

	// keys pressed before the first frame are neither echoed over it nor held back by the line
	// discipline: raw mode at once (Ink turns it on only when the first screen listens)
	try {
		stdin.setRawMode(true);
	} catch {
		// not every TTY allows it; Ink will try again
	}

	// the game will animate full screens through Ink: tell V8 to keep the heap small (see memory.ts)
	favourSmallHeap();
	const {dataDir} = context;
	const animate = context.animate ?? true;
	// the first frame needs only these; the store (with its locks) loads after it
	let settings = await peekSettings(dataDir);
	// read once, after the first frame (the menu needs no level)
	let campaign: Promise<LevelSet> | undefined;
	const loadLevels = async () => {
		campaign ??= import('../levels/load.js').then(async ({loadCampaign}) => loadCampaign(context.levelsDir));
		return campaign;
	};

	const lang = chooseLanguage(context.langExplicit ? context.lang : undefined, settings.language, context.lang);
	const t = uiText(lang);
	let stored: Promise<StoreState> | undefined;
	const loadStore = async () => {
		stored ??= import('../store/index.js').then(async (store) => {
			const [s, p] = await Promise.all([store.loadSettings(dataDir), store.loadProgress(dataDir)]);
			const notices = [noticeOf(s, t), noticeOf(p, t)].filter((n): n is string => n !== null);
			return {settings: s.ok ? s.value : {version: 1}, progress: p.ok ? p.value : store.emptyProgress(), notices};
		});
		return stored;
	};

	const screen = altScreen(stdin, stdout);
	const restore = screen.leave;

	// a signal hands the terminal back at once, lets a save under way finish, and exits 128 + n
	let mounted: {unmount: () => void} | null = null;
	const onSignal = (signal: NodeJS.Signals) => {
		try {
			// no frame after the terminal is handed back
			mounted?.unmount();
		} catch {
			// the terminal may be gone (SIGHUP)
		}

		restore();
		void writesSettled(3000).finally(() => process.exit(SIGNAL_EXIT_CODES[signal as EndingSignal] ?? 143));
	};

	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(`descenso: internal error: ${cleanText((error as Error)?.message ?? String(error), 300)}\n`);
		process.exit(1);
	};

	for (const signal of SIGNALS) process.on(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	process.on('exit', restore);

	// one key per input event, each after React has rendered the one before (see key-splitter.ts)
	const keys = oneKeyAtATime(stdin);
	let route: Route =
		start.screen === 'menu' ? {screen: 'menu'} : start.screen === 'tutorial' ? {screen: 'tutorial'} : {screen: 'setup', level: start.level};
	let firstNotices: string[] = [];
	let lastShare: {levelId: string; code: string} | null = null;
	let codeShown: {levelId: string; code: string; route: Route} | null = null;
	try {
		for (;;) {
			screen.enter();
			// a screen other than the menu is not drawn until the game has loaded: keys typed meanwhile wait for it
			if (route.screen !== 'menu') keys.hold();
			let dashboard: DashboardRequest | null = null;
			const instance = render(
				<Shell
					loadLevels={loadLevels}
					dataDir={dataDir}
					settings={settings}
					loadStore={loadStore}
					keys={keys}
					lang={context.lang}
					langExplicit={context.langExplicit}
					colorAllowed={context.color}
					asciiFlag={context.ascii}
					route={route}
					animate={animate}
					now={context.now}
					notices={firstNotices}
					onShare={(levelId, code) => {
						lastShare = {levelId, code};
					}}
					onDashboard={(request) => {
						dashboard = request;
						instance.unmount();
					}}
					onShowCode={(request) => {
						codeShown = request;
						instance.unmount();
					}}
				/>,
				{stdout: withFrameFix(stdout), stdin: keys, exitOnCtrlC: false, maxFps: 30, incrementalRendering: true, patchConsole: false},
			);
			mounted = instance;
			await instance.waitUntilExit();
			mounted = null;
			restore();
			const shown = codeShown as {levelId: string; code: string; route: Route} | null;
			codeShown = null;
			if (shown) {
				// Ink breaks a line wider than the screen with line breaks, which a selection copies too; on
				// the terminal's own screen the code is one line the terminal wraps itself, copied back whole
				stdout.write(line`\n${safe(t('codeAlone', {level: cleanText(shown.levelId, 60)}))}\n${safe(shown.code, Number.POSITIVE_INFINITY)}\n\n${safe(t('codeBack'))}\n`);
				// Ctrl+C there quits (the code is printed once more below)
				if ((await oneKey(stdin)) === '\u0003') break;
				firstNotices = [];
				route = shown.route;
				stored = undefined;
				settings = await peekSettings(dataDir);
				continue;
			}

			const request = dashboard as DashboardRequest | null;
			if (request === null) break;
			firstNotices = [];
			try {
				const {openDashboard} = await import('../dashboard/launch.js');
				await openDashboard({level: request.level, knobs: request.knobs, seed: request.seed, lang: request.lang, name: request.name, ascii: request.ascii, dataDir});
			} catch (error) {
				firstNotices = [t('dashboardFailed', {reason: cleanText((error as Error)?.message ?? String(error), 120)})];
			}

			route = request.route;
			// settings and progress were saved; the next App reads them again
			stored = undefined;
			settings = await peekSettings(dataDir);
		}
	} finally {
		restore();
		for (const signal of SIGNALS) process.off(signal, onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('exit', restore);
	}

	// the code stays in the scrollback, whole, where it can be copied
	const share = lastShare as {levelId: string; code: string} | null;
	if (share) context.stdout.write(line`${safe(t('lastCode', {level: cleanText(share.levelId, 60)}))}\n${safe(share.code, Number.POSITIVE_INFINITY)}\n`);
	return 0;
}

/** Waits for one key press (raw mode, as the game reads keys) and returns what it sent. */
async function oneKey(stdin: NodeJS.ReadStream): Promise<string> {
	try {
		stdin.setRawMode(true);
	} catch {
		// not every TTY allows it: then the key comes with Enter
	}

	return new Promise((resolve) => {
		const onReadable = () => {
			const chunk: unknown = stdin.read();
			if (chunk === null) return;
			stdin.off('readable', onReadable);
			stdin.unref();
			try {
				stdin.setRawMode(false);
			} catch {
				// as above
			}

			resolve(String(chunk));
		};

		// Ink lets go of the keyboard when it unmounts (unref): hold the process open for the key
		stdin.ref();
		stdin.on('readable', onReadable);
	});
}

function noticeOf<T>(result: StoreResult<T>, t: ReturnType<typeof uiText>): string | null {
	return storeNotice(result, t);
}
