/**
 * Opens the flight recorder for a run and resolves when the player closes it (q, Esc, Ctrl+C).
 * blessed and blessed-contrib are loaded here, lazily, and nowhere else: the game never pays for
 * them. The terminal is handed back as it was found: normal screen, cursor shown, stdin's raw
 * mode and flow as before. Never calls process.exit, so the Ink game can call it and carry on.
 */
import process from 'node:process';
import {play} from '../engine/index.js';
import type {Knobs, Language, Level} from '../engine/types.js';
import {say} from '../i18n/index.js';
import {DASHBOARD_TEXT} from '../i18n/dashboard.js';
import {SIGNALS, type EndingSignal} from '../signals.js';
import {cleanName} from '../text/sanitize.js';
import type {Recording} from './screen.js';

export type DashboardOptions = {
	level: Level;
	knobs: Knobs;
	seed: number;
	lang: Language;
	name?: string;
	/** ASCII glyphs only (default false) */
	ascii?: boolean;
	/** scores of the random climbers to rank the run against (the result screen's histogram), when known */
	rivals?: number[];
	/** the data folder, where the par cache (and so the climbers' scores) is kept */
	dataDir?: string;
	/** the terminal's streams (default process.stdin / process.stdout) */
	input?: NodeJS.ReadStream;
	output?: NodeJS.WriteStream;
};


/** Smallest terminal the recorder draws its panels in; below it, a one-line "too small" message. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/**
 * Resolves with the signal that closed the recorder (SIGINT, SIGTERM, SIGQUIT or SIGHUP sent to
 * the process), once the terminal is handed back, or with null when the player closed it.
 */
export async function openDashboard(options: DashboardOptions): Promise<EndingSignal | null> {
	const outcome = play(options.level, options.knobs, options.seed);
	const recording: Recording = {
		outcome,
		lang: options.lang,
		ascii: options.ascii ?? false,
		name: cleanName(options.name ?? ''),
		rivals: options.rivals ?? (await rivalScores(options.level, options.dataDir)),
	};
	const [{default: blessed}, {default: contrib}, {drawRecorder}] = await Promise.all([
		import('blessed'),
		import('blessed-contrib'),
		import('./screen.js'),
	]);

	const input = options.input ?? process.stdin;
	const output = options.output ?? process.stdout;
	const wasRaw = input.isTTY ? input.isRaw : false;
	// null (never read) or false (paused) both mean: nobody is reading, leave it paused.
	const wasFlowing = input.readableFlowing === true;
	// blessed reports terminfo it cannot compile (xterm-256color's Setulc) with console.error,
	// which would draw over the screen: keep the console quiet while the screen is up.
	const quiet = {error: console.error, warn: console.warn};
	console.error = () => undefined;
	console.warn = () => undefined;
	let screen: ReturnType<typeof blessed.screen> | undefined;
	// Ink unrefs stdin when it unmounts to hand the terminal over; without something holding the
	// event loop open, Node would exit while the recorder waits for a key.
	const keepAlive = setInterval(() => undefined, 1 << 30);
	try {
		screen = blessed.screen({
			input,
			output,
			smartCSR: true,
			// The charts are braille dots, which need Unicode whatever --ascii says (it still swaps the
			// marks); without forcing it blessed guesses from LANG and turns · and ★ into ~ and ?.
			fullUnicode: true,
			forceUnicode: true,
			warnings: false,
			autoPadding: true,
			title: 'descenso',
		});
		const shown = screen;
		const draw = () => {
			const columns = shown.width as number;
			const rows = shown.height as number;
			if (columns >= MIN_COLUMNS && rows >= MIN_ROWS) {
				try {
					drawRecorder(blessed, contrib, shown, recording);
					return;
				} catch (error) {
					// a panel that cannot fit its content (blessed-contrib throws RangeError): too small after all
					if (!(error instanceof RangeError)) throw error;
				}
			}

			for (const child of [...shown.children]) child.destroy();
			shown.realloc();
			const text = say(DASHBOARD_TEXT.tooSmall, options.lang, {columns, rows, minColumns: MIN_COLUMNS, minRows: MIN_ROWS});
			blessed.box({parent: shown, top: 0, left: 0, width: '100%', height: '100%', content: text, tags: false, wrap: true});
			shown.render();
		};

		let caught: EndingSignal | null = null;
		const handlers: Array<[NodeJS.Signals, () => void]> = [];
		try {
			await new Promise<void>((resolve, reject) => {
				let closed = false;
				const close = () => {
					if (closed) return;
					closed = true;
					resolve();
				};

				// our own listeners also keep blessed's (which exit with 0 without restoring anything) quiet
				for (const signal of SIGNALS) {
					const handler = () => {
						caught ??= signal;
						close();
					};

					handlers.push([signal, handler]);
					process.on(signal, handler);
				}

				shown.key(['q', 'escape', 'C-c'], close);
				shown.on('resize', () => {
					try {
						draw();
					} catch (error) {
						reject(error as Error);
					}
				});
				draw();
			});
		} finally {
			for (const [signal, handler] of handlers) process.off(signal, handler);
		}

		return caught;
	} finally {
		clearInterval(keepAlive);
		screen?.destroy();
		console.error = quiet.error;
		console.warn = quiet.warn;
		try {
			// normal screen, cursor shown (blessed's destroy does both; said again in case it could not finish)
			if (output.isTTY) output.write('\u001B[?1049l\u001B[?25h');
			if (input.isTTY && input.isRaw !== wasRaw) input.setRawMode(wasRaw);
		} catch {
			// the terminal may be gone (SIGHUP)
		}

		if (wasFlowing) input.resume();
		else input.pause();
	}
}

/**
 * The random climbers' scores the result screen ranks a run against (the competition work's par
 * sample, cached on disk in the data folder); null when they cannot be had, and the recorder then
 * shows the run's own step lengths instead.
 */
async function rivalScores(level: Level, dataDir: string | undefined): Promise<number[] | null> {
	try {
		// computed in slices, before the screen opens: signals still end the process meanwhile
		const [{parStatsAsync}, {parCacheIn}] = await Promise.all([import('../share/par.js'), import('../store/par-cache.js')]);
		return (await parStatsAsync(level, dataDir === undefined ? undefined : parCacheIn(dataDir))).sample;
	} catch {
		return null;
	}
}
