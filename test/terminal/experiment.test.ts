/**
 * The experiment loop and the help overlay in a real terminal (tmux), at 80×24 and 120×40, in
 * English and Spanish, with and without colour: from a result, `e`, type a new η, Enter reaches
 * the next result with the previous run's overlay and the score delta; `?` opens and closes help.
 * Runs are not animated (DESCENSO_NO_ANIMATION=1): every wait is on what the screen shows.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, test} from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const built = existsSync(path.join(ROOT, 'dist', 'cli.js'));
const sessions: string[] = [];
const dirs: string[] = [];

const tmux = (...args: string[]) => execFileSync('tmux', args, {encoding: 'utf8'});
const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);

async function waitFor(session: string, pattern: RegExp, ms = 60_000): Promise<string> {
	const end = Date.now() + ms;
	for (;;) {
		const text = screen(session);
		if (pattern.test(text)) return text;
		if (Date.now() > end) throw new Error(`timed out waiting for ${String(pattern)} in ${session}:\n${text}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

function start(size: [number, number], lang: 'en' | 'es', env: string): string {
	const session = `ui-loop-${process.pid}-${sessions.length}`;
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'descenso-loop-'));
	sessions.push(session);
	dirs.push(dataDir);
	const command = `XDG_DATA_HOME=${dataDir} DESCENSO_NO_ANIMATION=1 ${env} node dist/cli.js play w1-01-first-steps --lang ${lang}; sleep 60`;
	tmux('new-session', '-d', '-s', session, '-x', String(size[0]), '-y', String(size[1]), '-c', ROOT, command);
	return session;
}

afterAll(() => {
	for (const session of sessions) spawnSync('tmux', ['kill-session', '-t', session]);
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

const WORDS = {
	en: {setup: /Under your feet/, name: /What is your name/, result: /Score \d+\/1000/, help: /Keys on this screen/, delta: /score (\d+) → (\d+) \(([+−±]\d+)\)/, changed: /0\.05\s→\s0\.3/, word: 'changed'},
	es: {setup: /Bajo tus pies/, name: /Cómo te llamas|nombre/i, result: /Puntos \d+\/1000/, help: /Teclas de esta pantalla/, delta: /puntos (\d+) → (\d+) \(([+−±]\d+)\)/, changed: /0,05\s→\s0,3/, word: 'cambiaste'},
} as const;

const cases: Array<{size: [number, number]; lang: 'en' | 'es'; env: string}> = [
	{size: [120, 40], lang: 'en', env: ''},
	{size: [80, 24], lang: 'es', env: ''},
	{size: [120, 40], lang: 'es', env: 'NO_COLOR=1'},
	{size: [80, 24], lang: 'en', env: 'NO_COLOR=1'},
];

describe.skipIf(!hasTmux || !built)('the experiment loop in tmux', () => {
	for (const {size, lang, env} of cases) {
		test(`${size.join('×')} ${lang} ${env || 'colour'}: e, a new η, Enter → the next result with the overlay and the delta; ? helps`, {timeout: 120_000}, async () => {
			const w = WORDS[lang];
			const session = start(size, lang, env);
			await waitFor(session, w.setup);
			tmux('send-keys', '-t', session, 'Enter');
			await waitFor(session, w.name);
			tmux('send-keys', '-t', session, 'Escape');
			await waitFor(session, w.result);
			// help on the result screen, then back
			tmux('send-keys', '-t', session, '?');
			await waitFor(session, w.help);
			tmux('send-keys', '-t', session, 'Escape');
			const first = await waitFor(session, w.result);
			expect(first).not.toMatch(w.delta);
			// the loop: e (the cursor is on η, its text selected), the new value, Enter
			tmux('send-keys', '-t', session, 'e');
			await waitFor(session, w.setup);
			tmux('send-keys', '-t', session, '-l', lang === 'es' ? '0,3' : '0.3');
			tmux('send-keys', '-t', session, 'Enter');
			const second = await waitFor(session, w.delta);
			const [, from, to, delta] = w.delta.exec(second)!;
			expect(Number(to) - Number(from)).toBe(Number(delta!.replace('−', '-')));
			expect(Number(to)).toBeGreaterThan(Number(from));
			// which knob changed, from what to what (the values never split across lines)
			expect(second).toMatch(w.changed);
			expect(second).toContain(w.word);
			// the previous run's trail is drawn faint (the ghost glyph) beside this one
			expect(second).toContain('∘');
			for (const line of second.split('\n')) expect(line.length).toBeLessThanOrEqual(size[0]);
		});
	}

	test('an Enter pressed while the game starts is not lost; TERM=dumb is refused in one line', {timeout: 60_000}, async () => {
		const session = `ui-early-${process.pid}`;
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'descenso-early-'));
		sessions.push(session);
		dirs.push(dataDir);
		tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-c', ROOT, "env 'PS1=$ ' sh");
		await waitFor(session, /\$/);
		// the command and Enter in one burst: the second Enter reaches the game before its first frame
		tmux('send-keys', '-t', session, '-l', `XDG_DATA_HOME=${dataDir} node dist/cli.js --lang en`);
		tmux('send-keys', '-t', session, 'Enter', 'Enter');
		const shown = await waitFor(session, /Choose a level/);
		expect(shown.match(/❯/g)?.length ?? 0).toBeLessThanOrEqual(1);
		tmux('send-keys', '-t', session, 'C-c');
		await waitFor(session, /\$\s*$/);
		tmux('send-keys', '-t', session, '-l', 'clear; TERM=dumb node dist/cli.js; echo "EXIT=$?"');
		tmux('send-keys', '-t', session, 'Enter');
		const dumb = await waitFor(session, /EXIT=\d/);
		expect(dumb).toContain('EXIT=2');
		expect(dumb).toContain('TERM=dumb');
		expect(dumb).not.toContain('\u001B');
	});
});
