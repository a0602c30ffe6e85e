/**
 * Signals (issue #13): SIGINT, SIGTERM, SIGQUIT and SIGHUP sent to the game and to the flight
 * recorder hand the terminal back (alternate screen off, cursor shown, cooked mode) and exit with
 * 128 + the signal's number. The recorder survives a tiny terminal with a "too small" message; a
 * level with a huge par search is saved and leaves q working while "computing par…" shows; a
 * hostile pack's title never reaches the pane's raw bytes. Every wait is on what the pane shows.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {hostileLevel, isTerminalSafe} from '../helpers/hostile.js';
import {childPid, closeSessions, hasTmux, pane, paneFlag, pipePane, sendKeys, startSession, waitFor, type Session} from '../helpers/tmux.js';

const dirs: string[] = [];
const CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;

/** Runs `args` in a fresh tmux pane; the shell then prints the exit code and whether the tty is in cooked mode. */
function start(args: string, size: [number, number] = [100, 30]): Session {
	return startSession('hostile-sig', size, (dir) => {
		const script = path.join(dir, 'run.sh');
		writeFileSync(
			script,
			`XDG_DATA_HOME='${dir}' DESCENSO_NO_ANIMATION=1 node dist/cli.js ${args}\necho "EXIT=$?"\nstty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?icanon' | sed 's/^/MODE=/'\nsleep 600\n`,
		);
		return `bash '${script}'`;
	});
}

afterAll(() => {
	closeSessions();
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

describe.skipIf(!hasTmux)('signals in a real terminal', () => {
	const cases = (Object.keys(CODES) as Array<keyof typeof CODES>).flatMap((signal) => [
		[signal, 'the game', '--lang en', /Campaign/] as const,
		[signal, 'the recorder', 'dashboard w1-01-first-steps --lang en', /Loss per step/] as const,
	]);

	// each case waits on its own tmux pane, so they wait side by side (vitest runs at most 5 at once)
	test.concurrent.each(cases)('%s to %s: terminal handed back, exit 128+n', {timeout: 120_000}, async (signal, _what, args, ready) => {
		const session = start(args);
		await waitFor(session, (text) => paneFlag(session, 'alternate_on') === '1' && ready.test(text), {what: `the alternate screen and ${String(ready)}`});
		process.kill(childPid(session), signal);
		await waitFor(session, /MODE=/);
		expect(pane(session)).toContain(`EXIT=${CODES[signal]}`);
		expect(pane(session)).toMatch(/MODE=icanon/);
		expect(paneFlag(session, 'alternate_on')).toBe('0');
		expect(paneFlag(session, 'cursor_flag')).toBe('1');
	});

	test('the recorder in a tiny terminal says it is too small, and q still closes it', {timeout: 120_000}, async () => {
		const session = start('dashboard w1-01-first-steps --lang en', [24, 6]);
		await waitFor(session, (text) => /too small/.test(text.replaceAll('\n', ' ')), {what: '"too small"'});
		sendKeys(session, 'q');
		await waitFor(session, /MODE=/);
		expect(pane(session)).toContain('EXIT=0');
	});

	test('a level with a huge par search: the run is saved, "computing par…" is shown, q still works', {timeout: 240_000}, async () => {
		const pack = mkdtempSync(path.join(os.tmpdir(), 'descenso-huge-'));
		dirs.push(pack);
		// valid, at the work limit: 50000 steps × 1 climber × 2 terms; par takes minutes
		const huge = {
			...hostileLevel('huge-par'),
			title: {es: 'Par enorme', en: 'Huge par'},
			briefing: {es: 'b', en: 'b'},
			terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}, {type: 'ripples', center: [0, 0], amplitude: 0.1, wavelength: 1.3}],
			budget: 50_000,
			knobs: {learningRate: {min: 0.0001, max: 1, default: 0.01}, momentum: {min: 0, max: 0.99, default: 0}},
		};
		writeFileSync(path.join(pack, 'huge.json'), JSON.stringify(huge));
		const session = start(`play '${path.join(pack, 'huge.json')}' --lang en`, [120, 40]);
		await waitFor(session, /Enter launch/);
		sendKeys(session, 'Enter');
		await waitFor(session, /What is your name/);
		sendKeys(session, 'Enter');
		await waitFor(session, /computing par…/);
		// saved before any of the search: the level is in progress.json while par is still being computed
		await waitFor(
			session,
			() => {
				try {
					return readFileSync(path.join(session.dataDir, 'descenso', 'progress.json'), 'utf8').includes('huge-par');
				} catch {
					return false;
				}
			},
			{what: 'progress.json to hold huge-par'},
		);
		expect(pane(session)).toContain('computing par…');
		sendKeys(session, 'q');
		await waitFor(session, /Campaign/);
		sendKeys(session, 'q');
		await waitFor(session, /MODE=/);
		expect(pane(session)).toContain('EXIT=0');
	});

	test('a hostile title never reaches the pane: raw bytes of the game and the recorder', {timeout: 240_000}, async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-pack-'));
		dirs.push(dir);
		writeFileSync(path.join(dir, 'valid.json'), JSON.stringify(hostileLevel()));
		for (const args of [`play hostile-one --levels '${dir}' --lang en`, `dashboard hostile-one --levels '${dir}' --lang en`]) {
			const session = start(args);
			const raw = path.join(session.dataDir, 'raw.bin');
			pipePane(session, raw);
			await waitFor(session, (text) => paneFlag(session, 'alternate_on') === '1' && /W{5}/.test(text), {what: 'the alternate screen and the title'});
			process.kill(childPid(session), 'SIGTERM');
			await waitFor(session, /MODE=/);
			const bytes = readFileSync(raw, 'latin1');
			// the payloads of the attacks (OSC 52, OSC 0/2, C1 OSC) never arrive; what escapes there are, the program's own
			expect(bytes).not.toMatch(/\x1b\]52|\x1b\]0;pwned|\x1b\]2;pwned|pwned-title|c1-title|\x1bP\$q/);
			expect(isTerminalSafe(pane(session))).toBe(true);
			expect(paneFlag(session, 'alternate_on')).toBe('0');
		}
	});
});
