/**
 * The real binary in a real terminal (tmux): start, play world 1 level 1, retry, quit with q and
 * with Ctrl+C; afterwards the terminal is out of the alternate screen with the cursor shown.
 * Needs a built dist/ (npm test builds first) and tmux (skipped only when tmux is absent).
 * Runs are not animated (DESCENSO_NO_ANIMATION=1): every wait is on what the screen shows.
 */
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {closeSessions, hasTmux, pane, paneFlag, sendKeys, startSession, typeText, waitFor, type Session} from '../helpers/tmux.js';

/** Starts a shell in a fresh tmux session and launches the game in it. */
async function start(size: [number, number], env: string): Promise<Session> {
	const session = startSession('ui-test', size, () => "env 'PS1=$ ' sh");
	await waitFor(session, /\$/);
	typeText(session, `XDG_DATA_HOME=${session.dataDir} DESCENSO_NO_ANIMATION=1 ${env} node dist/cli.js --lang en; echo "EXIT=$?"`);
	sendKeys(session, 'Enter');
	return session;
}

function terminalState(session: Session): string {
	return `${paneFlag(session, 'alternate_on')} ${paneFlag(session, 'cursor_flag')}`;
}

/** Plays world 1 level 1 from the menu to the result screen, then retries it. */
async function playFirstLevel(session: Session): Promise<void> {
	await waitFor(session, /Campaign/);
	sendKeys(session, 'Enter');
	// the campaign loads after the menu shows: wait for the level, not just the screen
	await waitFor(session, /First steps/);
	sendKeys(session, 'Enter');
	await waitFor(session, /Enter start/);
	sendKeys(session, 'Enter');
	await waitFor(session, /Under your feet/);
	// two Backspaces in one send-keys arrive as one burst: both must delete (0.05 → 0.)
	await waitFor(session, /│ 0\.05/);
	sendKeys(session, 'BSpace', 'BSpace');
	await waitFor(session, /│ 0\.[_ ]*│/);
	typeText(session, '9');
	await waitFor(session, /│ 0\.9/);
	sendKeys(session, 'Enter');
	await waitFor(session, /What is your name/);
	typeText(session, 'Ana');
	sendKeys(session, 'Enter');
	// saved (the notice comes once the store has written it)
	const first = await waitFor(session, /New best on this level!/);
	expect(first).toMatch(/You made it![\s\S]*Score \d+\/1000|Score \d+\/1000[\s\S]*You made it!/);
	sendKeys(session, 'r');
	// the same score again is no new best: the result shown is the retry's
	await waitFor(session, (text) => text.includes('You made it!') && !text.includes('New best'));
}

afterAll(closeSessions);

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
			const session = await start(size, env);
			await playFirstLevel(session);
			expect(terminalState(session).split(' ')[0]).toBe('1');
			if (size[0] === 80 && quit === 'q') {
				// the result wraps the code over two rows (Ink breaks lines, and a selection copies the break);
				// `c` prints it whole on the terminal's own screen, where the terminal wraps it and a copy is intact
				sendKeys(session, 'c');
				await waitFor(session, /Press a key to go back to the game/);
				expect(terminalState(session).split(' ')[0]).toBe('0');
				const code = pane(session, '-J')
					.split('\n')
					.find((row) => row.startsWith('DSC1.'));
				expect((await runCli(['verify', code ?? 'no code line'])).code).toBe(0);
				sendKeys(session, 'x');
				await waitFor(session, (text) => text.includes('You made it!') && text.includes('c code to copy'));
				expect(terminalState(session).split(' ')[0]).toBe('1');
			}
			if (quit === 'q') {
				sendKeys(session, 'q');
				await waitFor(session, /Choose a level/);
				expect(pane(session)).toMatch(/First steps\s+★★★|First steps\s+\*\*\*/);
				sendKeys(session, 'q');
				await waitFor(session, /Campaign/);
				sendKeys(session, 'q');
			} else {
				sendKeys(session, 'C-c');
			}

			await waitFor(session, /EXIT=0/);
			expect(terminalState(session)).toBe('0 1');
			// the last share code is left in the scrollback, whole
			expect(pane(session, '-J', '-S', '-50').replaceAll(/\s+/g, '')).toMatch(/DSC1\.[\w-]+\.[\w-]+EXIT=0/);
		});
	}

	test('keys sent in one burst each count: "5 Enter" opens Settings from the menu', {timeout: 120_000}, async () => {
		const session = await start([80, 24], '');
		await waitFor(session, /Campaign/);
		sendKeys(session, '5', 'Enter');
		await waitFor(session, /Language/);
		sendKeys(session, 'Escape');
		await waitFor(session, /Campaign/);
		sendKeys(session, 'q');
		await waitFor(session, /EXIT=0/);
		expect(terminalState(session)).toBe('0 1');
	});
});
