/**
 * The experiment loop and the help overlay in a real terminal (tmux), at 80×24 and 120×40, in
 * English and Spanish, with and without colour: from a result, `e`, type a new η, Enter reaches
 * the next result with the previous run's overlay and the score delta; `?` opens and closes help.
 * Runs are not animated (DESCENSO_NO_ANIMATION=1): every wait is on what the screen shows.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {closeSessions, hasTmux, ROOT, sendKeys, startSession, typeText, waitFor, type Session} from '../helpers/tmux.js';

const built = existsSync(path.join(ROOT, 'dist', 'cli.js'));

function start(size: [number, number], lang: 'en' | 'es', env: string): Session {
	return startSession('ui-loop', size, (dataDir) => `XDG_DATA_HOME=${dataDir} DESCENSO_NO_ANIMATION=1 ${env} node dist/cli.js play w1-01-first-steps --lang ${lang}; sleep 60`);
}

afterAll(closeSessions);

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
			sendKeys(session, 'Enter');
			await waitFor(session, w.name);
			sendKeys(session, 'Escape');
			await waitFor(session, w.result);
			// help on the result screen, then back
			sendKeys(session, '?');
			await waitFor(session, w.help);
			sendKeys(session, 'Escape');
			const first = await waitFor(session, w.result);
			expect(first).not.toMatch(w.delta);
			// the loop: e (the cursor is on η, its text selected), the new value, Enter
			sendKeys(session, 'e');
			await waitFor(session, w.setup);
			typeText(session, lang === 'es' ? '0,3' : '0.3');
			sendKeys(session, 'Enter');
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
		const session = startSession('ui-early', [100, 30], () => "env 'PS1=$ ' sh");
		await waitFor(session, /\$/);
		// the command and Enter in one burst: the second Enter reaches the game before its first frame
		typeText(session, `XDG_DATA_HOME=${session.dataDir} node dist/cli.js --lang en`);
		sendKeys(session, 'Enter', 'Enter');
		const shown = await waitFor(session, /Choose a level/);
		expect(shown.match(/❯/g)?.length ?? 0).toBeLessThanOrEqual(1);
		sendKeys(session, 'C-c');
		await waitFor(session, /\$\s*$/);
		typeText(session, 'clear; TERM=dumb node dist/cli.js; echo "EXIT=$?"');
		sendKeys(session, 'Enter');
		const dumb = await waitFor(session, /EXIT=\d/);
		expect(dumb).toContain('EXIT=2');
		expect(dumb).toContain('TERM=dumb');
		expect(dumb).not.toContain('\u001B');
	});
});
