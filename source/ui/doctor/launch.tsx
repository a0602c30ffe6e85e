/**
 * Opens the doctor's screen on the terminal and returns the exit code when the user leaves it:
 * 0 for q or Esc, 130 for Ctrl+C (128 + SIGINT, as the game and the shell count an interrupt). Owns the terminal like the game does: the alternate screen, and on every
 * way out the cursor shown and raw mode off.
 */
import process from 'node:process';
import {render} from 'ink';
import type {ReadResult} from '../../doctor/report.js';
import type {Language} from '../../engine/types.js';
import {colorLevel, makeTheme} from '../theme.js';
import {withFrameFix} from '../terminal-fix.js';
import {DoctorScreen} from './DoctorScreen.js';

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
/** The signals that end the screen, and their exit codes: 128 + the signal's number (as the game's). */
const SIGNAL_EXIT_CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;
const SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as Array<keyof typeof SIGNAL_EXIT_CODES>;

export type DoctorLaunch = {
	stdin: NodeJS.ReadStream;
	terminal: NodeJS.WriteStream;
	lang: Language;
	color: boolean;
	ascii: boolean;
	file: string;
	initial: ReadResult | undefined;
	subscribe?: (listener: (result: ReadResult) => void) => () => void;
};

export async function launchDoctor(options: DoctorLaunch): Promise<number> {
	const {stdin, terminal} = options;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
			terminal.write(LEAVE_ALT + SHOW_CURSOR);
		} catch {
			// the terminal may already be gone (SIGHUP)
		}
	};

	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(SIGNAL_EXIT_CODES[signal as keyof typeof SIGNAL_EXIT_CODES] ?? 143);
	};

	let code = 0;
	for (const signal of SIGNALS) process.on(signal, onSignal);
	process.on('exit', restore);
	try {
		terminal.write(ENTER_ALT);
		const theme = makeTheme(colorLevel(options.color, undefined), options.ascii);
		const instance = render(<DoctorScreen initial={options.initial} file={options.file} lang={options.lang} theme={theme} {...(options.subscribe ? {subscribe: options.subscribe} : {})} onLeave={(left) => (code = left)} />, {
			stdout: withFrameFix(terminal),
			stdin,
			// Ctrl+C is a key in raw mode: the screen reads it and leaves with 130, not Ink with 0
			exitOnCtrlC: false,
			maxFps: 30,
			patchConsole: false,
		});
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const signal of SIGNALS) process.off(signal, onSignal);
		process.off('exit', restore);
	}

	return code;
}
