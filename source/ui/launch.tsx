/**
 * Starts the Ink game at a given screen and returns the exit code. Owns the terminal: refuses
 * without a TTY, enters the alternate screen, and on every way out (quit, Ctrl+C, SIGTERM,
 * SIGHUP, an uncaught error) leaves it, shows the cursor and turns raw mode off.
 */
import process from 'node:process';
import {render} from 'ink';
import type {CommandContext} from '../commands/context.js';
import type {Level} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {loadCampaign} from '../levels/load.js';
import {defaultDataDir, emptyProgress, loadProgress, loadSettings, type Progress, type Settings, type StoreResult} from '../store/index.js';
import {cleanText} from '../text/sanitize.js';
import App, {type DashboardRequest} from '../app.js';
import {uiText} from './env.js';
import type {Route} from './navigation.js';
import {withFrameFix} from './terminal-fix.js';

export type StartRoute = {screen: 'menu'} | {screen: 'tutorial'} | {screen: 'setup'; level: Level} | {screen: 'daily'; level: Level};

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

export async function launchGame(context: CommandContext, start: StartRoute): Promise<number> {
	const {stdin, stdout} = context;
	if (!stdin.isTTY || !stdout.isTTY) {
		const what = {menu: 'the game', tutorial: 'the tutorial', setup: 'play', daily: 'the daily challenge'}[start.screen];
		const whatEs = {menu: 'el juego', tutorial: 'el tutorial', setup: 'jugar', daily: 'el reto del día'}[start.screen];
		context.stderr.write(`descenso: ${translator(CLI_TEXT, context.lang)('noTty', {what: context.lang === 'es' ? whatEs : what})}\n`);
		return 2;
	}

	const dataDir = defaultDataDir();
	const [campaign, settingsResult, progressResult] = await Promise.all([loadCampaign(context.levelsDir), loadSettings(dataDir), loadProgress(dataDir)]);
	const settings: Settings = settingsResult.ok ? settingsResult.value : {version: 1};
	const progress: Progress = progressResult.ok ? progressResult.value : emptyProgress();
	const lang = context.langExplicit ? context.lang : (settings.language ?? context.lang);
	const t = uiText(lang);
	const notices = [noticeOf(settingsResult, t), noticeOf(progressResult, t)].filter((n): n is string => n !== null);
	if (campaign.errors.length > 0) notices.push(t('brokenLevels', {count: campaign.errors.length}));
	if (campaign.levels.length === 0 && start.screen === 'menu') notices.push(t('noLevels'));

	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		} catch {
			// the terminal may already be gone (SIGHUP)
		}

		try {
			stdout.write(LEAVE_ALT + SHOW_CURSOR);
		} catch {
			// as above
		}
	};

	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(signal === 'SIGHUP' ? 129 : 143);
	};

	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(`descenso: internal error: ${cleanText((error as Error)?.message ?? String(error), 300)}\n`);
		process.exit(1);
	};

	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	process.on('exit', restore);

	let route: Route =
		start.screen === 'menu' ? {screen: 'menu'} : start.screen === 'tutorial' ? {screen: 'tutorial'} : {screen: 'setup', level: start.level};
	let firstNotices = notices;
	try {
		for (;;) {
			restored = false;
			stdout.write(ENTER_ALT);
			let dashboard: DashboardRequest | null = null;
			const instance = render(
				<App
					levels={campaign.levels}
					dataDir={dataDir}
					settings={settings}
					progress={progress}
					lang={context.lang}
					langExplicit={context.langExplicit}
					colorAllowed={context.color}
					asciiFlag={context.ascii}
					route={route}
					notices={firstNotices}
					onDashboard={(request) => {
						dashboard = request;
						instance.unmount();
					}}
				/>,
				{stdout: withFrameFix(stdout), stdin, exitOnCtrlC: false, maxFps: 30, incrementalRendering: true, patchConsole: false},
			);
			await instance.waitUntilExit();
			restore();
			const request = dashboard as DashboardRequest | null;
			if (request === null) break;
			firstNotices = [];
			try {
				const {openDashboard} = await import('../dashboard/launch.js');
				await openDashboard({level: request.level, knobs: request.knobs, seed: request.seed, lang: request.lang, name: request.name, ascii: request.ascii});
			} catch (error) {
				firstNotices = [t('dashboardFailed', {reason: cleanText((error as Error)?.message ?? String(error), 120)})];
			}

			route = request.route;
			// settings and progress were saved; the next App reads them again
			const [s, p] = await Promise.all([loadSettings(dataDir), loadProgress(dataDir)]);
			if (s.ok) Object.assign(settings, s.value);
			if (p.ok) Object.assign(progress, p.value);
		}
	} finally {
		restore();
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('exit', restore);
	}

	return 0;
}

function noticeOf<T>(result: StoreResult<T>, t: ReturnType<typeof uiText>): string | null {
	if (result.ok) return result.notice ? t('corrupt', {file: cleanText(result.notice.file, 120), movedTo: cleanText(result.notice.movedTo, 160)}) : null;
	if (result.code === 'ERR_NEWER_VERSION') return t('newer', {file: cleanText(result.file, 120)});
	return t('saveFailed', {file: cleanText(result.file, 120), message: cleanText(result.message, 200)});
}
