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
import {altScreen} from '../alt-screen.js';
import {SIGNAL_EXIT_CODES, SIGNALS, type EndingSignal} from '../../signals.js';
import {DoctorScreen} from './DoctorScreen.js';


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
	const screen = altScreen(stdin, terminal);
	const restore = screen.leave;

	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(SIGNAL_EXIT_CODES[signal as EndingSignal] ?? 143);
	};

	let code = 0;
	for (const signal of SIGNALS) process.on(signal, onSignal);
	process.on('exit', restore);
	try {
		screen.enter();
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
