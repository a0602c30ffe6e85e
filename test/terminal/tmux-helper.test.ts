/**
 * The tmux helper's report on a wait that times out (test/helpers/tmux.ts): it must tell a live
 * game in raw mode from a game that has exited, and show a key typed but never read. These are
 * what the next flaky tmux test will be diagnosed from.
 */
import {spawnSync} from 'node:child_process';
import {afterAll, describe, expect, test} from 'vitest';
import {closeSessions, hasTmux, sendKeys, startSession, typeText, waitFor, type Session} from '../helpers/tmux.js';

afterAll(closeSessions);

const hasPerl = spawnSync('perl', ['-v']).status === 0;

/** The message of a wait for something the screen never shows. */
async function timeoutMessage(session: Session): Promise<string> {
	return waitFor(session, /this text is never on the screen/, {ms: 200, what: 'the impossible'}).then(
		() => 'no timeout',
		(error: unknown) => (error as Error).message,
	);
}

describe.skipIf(!hasTmux)('a timed-out wait in tmux', () => {
	test('names the pane, whether the game is alive (State, CPU), the tty mode and unread input', {timeout: 120_000}, async () => {
		const session = startSession('tmux-helper', [80, 24], (dataDir) => `XDG_DATA_HOME=${dataDir} node dist/cli.js --lang en; echo "EXIT=$?"; sleep 60`);
		await waitFor(session, /Campaign/);
		const playing = await timeoutMessage(session);
		expect(playing).toMatch(/^timed out after 0\.2 s waiting for the impossible in tmux-helper-/);
		expect(playing).toContain('Campaign');
		expect(playing).toContain('the game is alive');
		expect(playing).toMatch(/\((node|descenso)\) State [RS] \(\w+\), CPU \d+\.\d\d s/);
		expect(playing).toContain('raw (-icanon)');

		sendKeys(session, 'q');
		await waitFor(session, /EXIT=0/);
		// the shell's `sleep` reads nothing: a line typed now stays in the tty
		typeText(session, 'abc');
		sendKeys(session, 'Enter');
		// echoed by the tty once it holds the line
		await waitFor(session, /EXIT=0\s+abc/);
		const exited = await timeoutMessage(session);
		expect(exited).toContain('the game is NOT running');
		expect(exited).toContain('cooked (icanon)');
		// what was sent, and when: the first wait given up, q, the line
		expect(exited).toMatch(/sent to the pane, from its start: \+\d+\.\d\d s gave up waiting for the impossible · \+\d+\.\d\d s q · \+\d+\.\d\d s "abc" · \+\d+\.\d\d s Enter · /);
		if (hasPerl) expect(exited).toContain('unread input bytes: 4');
	});
});
