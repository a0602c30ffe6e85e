/**
 * Opens the flight recorder for a run and resolves when the player closes it (q, Esc, Ctrl+C).
 * blessed and blessed-contrib are loaded here, lazily, and nowhere else: the game never pays for
 * them. The terminal is handed back as it was found: normal screen, cursor shown, stdin's raw
 * mode and flow as before. Never calls process.exit, so the Ink game can call it and carry on.
 */
import process from 'node:process';
import {play} from '../engine/index.js';
import type {Knobs, Language, Level} from '../engine/types.js';
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
	/** the terminal's streams (default process.stdin / process.stdout) */
	input?: NodeJS.ReadStream;
	output?: NodeJS.WriteStream;
};

export async function openDashboard(options: DashboardOptions): Promise<void> {
	const outcome = play(options.level, options.knobs, options.seed);
	const recording: Recording = {
		outcome,
		lang: options.lang,
		ascii: options.ascii ?? false,
		name: cleanName(options.name ?? ''),
		rivals: options.rivals ?? (await rivalScores(options.level)),
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
		await new Promise<void>((resolve, reject) => {
			let closed = false;
			const close = () => {
				if (closed) return;
				closed = true;
				resolve();
			};

			shown.key(['q', 'escape', 'C-c'], close);
			shown.on('resize', () => {
				try {
					drawRecorder(blessed, contrib, shown, recording);
				} catch (error) {
					reject(error as Error);
				}
			});
			drawRecorder(blessed, contrib, shown, recording);
		});
	} finally {
		clearInterval(keepAlive);
		screen?.destroy();
		console.error = quiet.error;
		console.warn = quiet.warn;
		if (output.isTTY) output.write('\u001B[?25h');
		if (input.isTTY && input.isRaw !== wasRaw) input.setRawMode(wasRaw);
		if (wasFlowing) input.resume();
		else input.pause();
	}
}

/**
 * The random climbers' scores the result screen ranks a run against (the competition work's par
 * sample, cached on disk in the data folder); null when they cannot be had, and the recorder then
 * shows the run's own step lengths instead.
 */
async function rivalScores(level: Level): Promise<number[] | null> {
	try {
		const [{parStats}, {defaultDataDir}] = await Promise.all([import('../share/par.js'), import('../store/index.js')]);
		return parStats(level, defaultDataDir()).sample;
	} catch {
		return null;
	}
}
