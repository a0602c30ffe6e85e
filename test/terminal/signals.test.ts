/**
 * Signals (issue #13): SIGINT, SIGTERM, SIGQUIT and SIGHUP sent to the game and to the flight
 * recorder hand the terminal back (alternate screen off, cursor shown, cooked mode) and exit with
 * 128 + the signal's number. The recorder survives a tiny terminal with a "too small" message; a
 * level with a huge par search is saved and leaves q working while "computing par…" shows; a
 * hostile pack's title never reaches the pane's raw bytes. Every wait is on what the pane shows.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, test} from 'vitest';
import {hostileLevel, isTerminalSafe} from '../helpers/hostile.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sessions: string[] = [];
const dirs: string[] = [];
const CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;

function tmux(...args: string[]): string {
	return execFileSync('tmux', args, {encoding: 'utf8'});
}

async function waitFor(what: () => boolean, label: () => string, ms = 60_000): Promise<void> {
	const end = Date.now() + ms;
	while (!what()) {
		if (Date.now() > end) throw new Error(`timed out waiting: ${label()}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

const flag = (session: string, name: string) => tmux('display', '-p', '-t', session, `#{${name}}`).trim();
const pane = (session: string) => tmux('capture-pane', '-p', '-t', session);

/** Runs `args` in a fresh tmux pane; the shell then prints the exit code and whether the tty is in cooked mode. */
function start(args: string, size: [number, number] = [100, 30]): {session: string; dir: string} {
	const session = `hostile-sig-${process.pid}-${sessions.length}`;
	const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-sig-'));
	sessions.push(session);
	dirs.push(dir);
	const script = path.join(dir, 'run.sh');
	writeFileSync(
		script,
		`cd '${ROOT}'\nXDG_DATA_HOME='${dir}' DESCENSO_NO_ANIMATION=1 node dist/cli.js ${args}\necho "EXIT=$?"\nstty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?icanon' | sed 's/^/MODE=/'\nsleep 600\n`,
	);
	tmux('new-session', '-d', '-s', session, '-x', String(size[0]), '-y', String(size[1]), `bash '${script}'`);
	return {session, dir};
}

function childPid(session: string): number {
	const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
	return Number(execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]);
}

afterAll(() => {
	for (const session of sessions) spawnSync('tmux', ['kill-session', '-t', session]);
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

describe.skipIf(!hasTmux)('signals in a real terminal', () => {
	const cases = (Object.keys(CODES) as Array<keyof typeof CODES>).flatMap((signal) => [
		[signal, 'the game', '--lang en', /Campaign/] as const,
		[signal, 'the recorder', 'dashboard w1-01-first-steps --lang en', /Loss per step/] as const,
	]);

	// each case waits on its own tmux pane, so they wait side by side (vitest runs at most 5 at once)
	test.concurrent.each(cases)('%s to %s: terminal handed back, exit 128+n', {timeout: 120_000}, async (signal, _what, args, ready) => {
		const {session} = start(args);
		await waitFor(() => flag(session, 'alternate_on') === '1' && ready.test(pane(session)), () => pane(session));
		process.kill(childPid(session), signal);
		await waitFor(() => /MODE=/.test(pane(session)), () => pane(session));
		expect(pane(session)).toContain(`EXIT=${CODES[signal]}`);
		expect(pane(session)).toMatch(/MODE=icanon/);
		expect(flag(session, 'alternate_on')).toBe('0');
		expect(flag(session, 'cursor_flag')).toBe('1');
	});

	test('the recorder in a tiny terminal says it is too small, and q still closes it', {timeout: 120_000}, async () => {
		const {session} = start('dashboard w1-01-first-steps --lang en', [24, 6]);
		await waitFor(() => /too small/.test(pane(session).replaceAll('\n', ' ')), () => pane(session));
		tmux('send-keys', '-t', session, 'q');
		await waitFor(() => /MODE=/.test(pane(session)), () => pane(session));
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
		const {session, dir} = start(`play '${path.join(pack, 'huge.json')}' --lang en`, [120, 40]);
		await waitFor(() => /Enter launch/.test(pane(session)), () => pane(session));
		tmux('send-keys', '-t', session, 'Enter');
		await waitFor(() => /What is your name/.test(pane(session)), () => pane(session));
		tmux('send-keys', '-t', session, 'Enter');
		await waitFor(() => /computing par…/.test(pane(session)), () => pane(session));
		// saved before any of the search: the level is in progress.json while par is still being computed
		await waitFor(() => {
			try {
				return readFileSync(path.join(dir, 'descenso', 'progress.json'), 'utf8').includes('huge-par');
			} catch {
				return false;
			}
		}, () => 'progress.json');
		expect(pane(session)).toContain('computing par…');
		tmux('send-keys', '-t', session, 'q');
		await waitFor(() => /Campaign/.test(pane(session)), () => pane(session));
		tmux('send-keys', '-t', session, 'q');
		await waitFor(() => /MODE=/.test(pane(session)), () => pane(session));
		expect(pane(session)).toContain('EXIT=0');
	});

	test('a hostile title never reaches the pane: raw bytes of the game and the recorder', {timeout: 240_000}, async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'descenso-pack-'));
		dirs.push(dir);
		writeFileSync(path.join(dir, 'valid.json'), JSON.stringify(hostileLevel()));
		for (const args of [`play hostile-one --levels '${dir}' --lang en`, `dashboard hostile-one --levels '${dir}' --lang en`]) {
			const {session, dir: data} = start(args);
			const raw = path.join(data, 'raw.bin');
			tmux('pipe-pane', '-o', '-t', session, `cat >> '${raw}'`);
			await waitFor(() => flag(session, 'alternate_on') === '1' && /W{5}/.test(pane(session)), () => pane(session));
			process.kill(childPid(session), 'SIGTERM');
			await waitFor(() => /MODE=/.test(pane(session)), () => pane(session));
			const bytes = readFileSync(raw, 'latin1');
			// the payloads of the attacks (OSC 52, OSC 0/2, C1 OSC) never arrive; what escapes there are, the program's own
			expect(bytes).not.toMatch(/\x1b\]52|\x1b\]0;pwned|\x1b\]2;pwned|pwned-title|c1-title|\x1bP\$q/);
			expect(isTerminalSafe(pane(session))).toBe(true);
			expect(flag(session, 'alternate_on')).toBe('0');
		}
	});
});
