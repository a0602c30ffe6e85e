/**
 * The real binary in a real terminal (tmux): start, play world 1 level 1, retry, quit with q and
 * with Ctrl+C; afterwards the terminal is out of the alternate screen with the cursor shown.
 * Needs a built dist/ (npm test builds first) and tmux (skipped only when tmux is absent).
 * Runs are not animated (DESCENSO_NO_ANIMATION=1): every wait is on what the screen shows.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sessions: string[] = [];
const dirs: string[] = [];

function tmux(...args: string[]): string {
	return execFileSync('tmux', args, {encoding: 'utf8'});
}

function screen(session: string): string {
	return tmux('capture-pane', '-p', '-t', session);
}

/** Polls the pane until it matches `pattern` (or meets a predicate), or fails with the last screen. */
async function waitFor(session: string, pattern: RegExp | ((text: string) => boolean), ms = 60_000): Promise<string> {
	const end = Date.now() + ms;
	const met = typeof pattern === 'function' ? pattern : (text: string) => pattern.test(text);
	for (;;) {
		const text = screen(session);
		if (met(text)) return text;
		if (Date.now() > end) throw new Error(`timed out waiting for ${String(pattern)} in ${session}:\n${text}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

function keys(session: string, ...names: string[]): void {
	for (const name of names) tmux('send-keys', '-t', session, name);
}

function type(session: string, text: string): void {
	tmux('send-keys', '-t', session, '-l', text);
}

/** Starts a shell in a fresh tmux session and launches the game in it. */
async function start(size: [number, number], env: string): Promise<{session: string; dataDir: string}> {
	const session = `ui-test-${process.pid}-${sessions.length}`;
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'descenso-tmux-'));
	sessions.push(session);
	dirs.push(dataDir);
	tmux('new-session', '-d', '-s', session, '-x', String(size[0]), '-y', String(size[1]), '-c', ROOT, "env 'PS1=$ ' sh");
	await waitFor(session, /\$/);
	type(session, `XDG_DATA_HOME=${dataDir} DESCENSO_NO_ANIMATION=1 ${env} node dist/cli.js --lang en; echo "EXIT=$?"`);
	keys(session, 'Enter');
	return {session, dataDir};
}

function terminalState(session: string): string {
	return tmux('display', '-p', '-t', session, '#{alternate_on} #{cursor_flag}').trim();
}

/** Plays world 1 level 1 from the menu to the result screen, then retries it. */
async function playFirstLevel(session: string): Promise<void> {
	await waitFor(session, /Campaign/);
	keys(session, 'Enter');
	// the campaign loads after the menu shows: wait for the level, not just the screen
	await waitFor(session, /First steps/);
	keys(session, 'Enter');
	await waitFor(session, /Enter start/);
	keys(session, 'Enter');
	await waitFor(session, /Under your feet/);
	// two Backspaces in one send-keys arrive as one burst: both must delete (0.05 → 0.)
	await waitFor(session, /│ 0\.05/);
	tmux('send-keys', '-t', session, 'BSpace', 'BSpace');
	await waitFor(session, /│ 0\.[_ ]*│/);
	type(session, '9');
	await waitFor(session, /│ 0\.9/);
	keys(session, 'Enter');
	await waitFor(session, /What is your name/);
	type(session, 'Ana');
	keys(session, 'Enter');
	// saved (the notice comes once the store has written it)
	const first = await waitFor(session, /New best on this level!/);
	expect(first).toMatch(/You made it![\s\S]*Score \d+\/1000|Score \d+\/1000[\s\S]*You made it!/);
	keys(session, 'r');
	// the same score again is no new best: the result shown is the retry's
	await waitFor(session, (text) => text.includes('You made it!') && !text.includes('New best'));
}

afterAll(() => {
	for (const session of sessions) spawnSync('tmux', ['kill-session', '-t', session]);
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

const cases: Array<{size: [number, number]; env: string; quit: 'q' | 'ctrl-c'}> = [
	{size: [120, 40], env: '', quit: 'q'},
	{size: [80, 24], env: '', quit: 'ctrl-c'},
	{size: [120, 40], env: 'NO_COLOR=1', quit: 'ctrl-c'},
	{size: [80, 24], env: 'NO_COLOR=1', quit: 'q'},
];

describe.skipIf(!hasTmux)('the game in tmux', () => {
	for (const {size, env, quit} of cases) {
		// generous: CI runs the whole suite at once on two cores; every wait polls, none sleeps blindly
		test(`${size.join('×')} ${env || 'colour'}: play, retry, quit with ${quit}; the terminal is restored`, {timeout: 240_000}, async () => {
			const {session} = await start(size, env);
			await playFirstLevel(session);
			expect(terminalState(session).split(' ')[0]).toBe('1');
			if (size[0] === 80 && quit === 'q') {
				// the result wraps the code over two rows (Ink breaks lines, and a selection copies the break);
				// `c` prints it whole on the terminal's own screen, where the terminal wraps it and a copy is intact
				keys(session, 'c');
				await waitFor(session, /Press a key to go back to the game/);
				expect(terminalState(session).split(' ')[0]).toBe('0');
				const code = tmux('capture-pane', '-p', '-J', '-t', session)
					.split('\n')
					.find((row) => row.startsWith('DSC1.'));
				expect((await runCli(['verify', code ?? 'no code line'])).code).toBe(0);
				keys(session, 'x');
				await waitFor(session, (text) => text.includes('You made it!') && text.includes('c code to copy'));
				expect(terminalState(session).split(' ')[0]).toBe('1');
			}
			if (quit === 'q') {
				keys(session, 'q');
				await waitFor(session, /Choose a level/);
				expect(screen(session)).toMatch(/First steps\s+★★★|First steps\s+\*\*\*/);
				keys(session, 'q');
				await waitFor(session, /Campaign/);
				keys(session, 'q');
			} else {
				keys(session, 'C-c');
			}

			await waitFor(session, /EXIT=0/);
			expect(terminalState(session)).toBe('0 1');
			// the last share code is left in the scrollback, whole
			expect(tmux('capture-pane', '-p', '-J', '-S', '-50', '-t', session).replaceAll(/\s+/g, '')).toMatch(/DSC1\.[\w-]+\.[\w-]+EXIT=0/);
		});
	}

	test('keys sent in one burst each count: "5 Enter" opens Settings from the menu', {timeout: 120_000}, async () => {
		const {session} = await start([80, 24], '');
		await waitFor(session, /Campaign/);
		tmux('send-keys', '-t', session, '5', 'Enter');
		await waitFor(session, /Language/);
		keys(session, 'Escape');
		await waitFor(session, /Campaign/);
		keys(session, 'q');
		await waitFor(session, /EXIT=0/);
		expect(terminalState(session)).toBe('0 1');
	});
});
