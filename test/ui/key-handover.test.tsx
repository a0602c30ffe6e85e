/**
 * A key pressed the moment a screen is drawn reaches that screen. React 19 writes a frame in its
 * commit, but subscribes the new screen's key handlers (Ink's useInput effects) in a later task of
 * its scheduler when the update was not a sync one (a promise resolving, a timer); a key read in
 * between went to the handlers still subscribed. The full game's first frame is such a frame: the
 * shell, which hears only Ctrl+C, was still the one listening, and an Enter on the setup screen
 * was lost (CI, 2026-12-01: signals.test.ts's huge-par level waited 60 s on the setup screen).
 */
import {EventEmitter} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {render} from 'ink';
import stripAnsi from 'strip-ansi';
import {afterEach, expect, test, vi} from 'vitest';
import {emptyProgress} from '../../source/store/index.js';
import {oneKeyAtATime} from '../../source/ui/key-splitter.js';
import {Shell, type ShellProps} from '../../source/ui/shell.js';
import {testLevel} from './helpers/levels.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A terminal: raw keys in (wrapped as the game wraps them), frames out; `onFrame` sees each write. */
function terminal(onFrame: (text: string, keyboard: PassThrough) => void) {
	const keyboard = new PassThrough();
	const raw = Object.assign(keyboard, {isTTY: true, setRawMode: () => raw, ref: () => raw, unref: () => raw}) as unknown as NodeJS.ReadStream;
	const frames: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {
		columns: 120,
		rows: 40,
		write(text: string) {
			frames.push(stripAnsi(text));
			onFrame(text, keyboard);
			return true;
		},
	}) as unknown as NodeJS.WriteStream;
	return {stdin: oneKeyAtATime(raw), stdout, frames};
}

/** The game's shell opening on a level's setup screen (as `descenso play <level>` does), in a temp data folder. */
function setupShell(props: Pick<ShellProps, 'loadStore'> & Partial<ShellProps>) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-handover-'));
	dirs.push(dir);
	return (
		<Shell
			loadLevels={async () => ({levels: [], errors: []})}
			dataDir={dir}
			settings={{version: 1}}
			lang="en"
			langExplicit={false}
			colorAllowed={false}
			asciiFlag={false}
			route={{screen: 'setup', level: testLevel()}}
			size={{columns: 120, rows: 40}}
			animate={false}
			onQuit={() => {}}
			{...props}
		/>
	);
}

test('Enter pressed as the full game draws its first screen (setup) reaches that screen, not the shell', async () => {
	let pressed = false;
	const {stdin, stdout, frames} = terminal((text, keyboard) => {
		if (pressed || !stripAnsi(text).includes('Enter launch')) return;
		pressed = true;
		// a loaded machine: the frame takes longer than React's 5 ms slice, so the screen's key
		// handlers are subscribed in a later task; the key is typed as the frame shows
		const end = performance.now() + 10;
		while (performance.now() < end);
		keyboard.write('\r');
	});
	const instance = render(setupShell({loadStore: async () => ({settings: {version: 1 as const}, progress: emptyProgress(), notices: []})}), {stdout, stdin, debug: true, exitOnCtrlC: false, patchConsole: false});
	try {
		await vi.waitFor(() => expect(pressed).toBe(true), {timeout: 10_000});
		await vi.waitFor(() => expect(frames.at(-1)).toContain('What is your name'), {timeout: 5000});
	} finally {
		instance.unmount();
		instance.cleanup();
	}
});

test('Enter typed while the game still loads the setup screen ("Loading…") is kept, and reaches the setup screen once it listens', async () => {
	let typed = false;
	let storeReady: (() => void) | undefined;
	const {stdin, stdout, frames} = terminal((text, keyboard) => {
		if (typed || !/Loading/.test(stripAnsi(text))) return;
		typed = true;
		keyboard.write('\r');
		// the store is read only after the key: the key is typed while nothing but "Loading…" listens
		setTimeout(() => storeReady?.(), 50);
	});
	// as launchGame does before it draws a screen other than the menu
	stdin.hold();
	const instance = render(
		setupShell({
			async loadStore() {
				await new Promise<void>((resolve) => {
					storeReady = resolve;
				});
				return {settings: {version: 1 as const}, progress: emptyProgress(), notices: []};
			},
			keys: stdin,
		}),
		{stdout, stdin, debug: true, exitOnCtrlC: false, patchConsole: false},
	);
	try {
		await vi.waitFor(() => expect(typed).toBe(true), {timeout: 10_000});
		await vi.waitFor(() => expect(frames.at(-1)).toContain('What is your name'), {timeout: 5000});
	} finally {
		instance.unmount();
		instance.cleanup();
	}
});
