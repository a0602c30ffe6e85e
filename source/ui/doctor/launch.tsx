/**
 * Opens the doctor's screen on the terminal and returns the exit code when the user leaves it
 * (q, Esc or Ctrl+C). Owns the terminal like the game does: the alternate screen, and on every
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
		process.exit(signal === 'SIGHUP' ? 129 : 143);
	};

	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.on('exit', restore);
	try {
		terminal.write(ENTER_ALT);
		const theme = makeTheme(colorLevel(options.color, undefined), options.ascii);
		const instance = render(<DoctorScreen initial={options.initial} file={options.file} lang={options.lang} theme={theme} {...(options.subscribe ? {subscribe: options.subscribe} : {})} />, {
			stdout: withFrameFix(terminal),
			stdin,
			exitOnCtrlC: true,
			maxFps: 30,
			patchConsole: false,
		});
		await instance.waitUntilExit();
	} finally {
		restore();
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('exit', restore);
	}

	return 0;
}
