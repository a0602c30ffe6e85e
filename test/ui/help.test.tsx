/**
 * `?` on the game's screens: the overlay lists that screen's keys, the map's marks and the step
 * rule with the level's knobs; the screen underneath comes back as it was and heard nothing.
 * Shrinking the terminal below the minimum mid-run and growing it back resumes the run.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render, cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import App, {type AppProps} from '../../source/ui/app.js';
import {emptyProgress} from '../../source/store/index.js';
import {stepRule} from '../../source/ui/help.js';
import {KEYS, frame, press, waitFor} from '../helpers/ink.js';
import {testLevel} from './helpers/levels.js';

afterEach(cleanup);

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-help-'));
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
});

const level = testLevel({
	id: 'w1-01-test',
	budget: 400,
	knobs: {learningRate: {min: 0.001, max: 3, default: 0.001}, momentum: {min: 0, max: 0.9, default: 0}, decay: {min: 0, max: 0.5, default: 0}},
});

function props(size: {columns: number; rows: number}, lang: 'en' | 'es' = 'en'): AppProps {
	return {
		levels: [level],
		dataDir: dir,
		settings: {version: 1, playerName: 'Ana'},
		progress: emptyProgress(),
		lang,
		langExplicit: true,
		colorAllowed: false,
		asciiFlag: false,
		route: {screen: 'menu'},
		size,
		fps: 30,
	};
}

describe('the step rule', () => {
	test('shows exactly the knobs a level unlocks, in the engine order', () => {
		expect(stepRule(undefined)).toEqual(['g = ∇f(θ)', 'θ = θ − η·g']);
		const rule = stepRule(level).join('\n');
		expect(rule).toContain('v = μ·v + η·g');
		expect(rule).toContain('θ = θ·(1 − λ)');
		expect(rule).not.toContain('T)');
		expect(rule).not.toContain('schedule');
	});
});

describe('? help', () => {
	for (const size of [{columns: 120, rows: 40}, {columns: 80, rows: 24}]) {
		test(`${size.columns}×${size.rows}: on the menu, the setup and the run; Esc gives the screen back as it was`, async () => {
			const r = render(<App {...props(size)} />);
			await waitFor(r, 'Campaign');
			await press(r, '?');
			let shown = await waitFor(r, 'Keys on this screen');
			expect(shown).toContain('Enter');
			expect(shown).toContain('climber');
			expect(shown).toContain('θ = θ − η·g');
			await press(r, KEYS.escape);
			await waitFor(r, 'Campaign');
			await press(r, KEYS.enter);
			await waitFor(r, 'Choose a level');
			await press(r, KEYS.enter, KEYS.enter);
			await waitFor(r, 'Under your feet');
			// typed into the field, then ? (not typed), then more typing after the overlay closes
			await press(r, '0', '.', '2');
			await press(r, '?');
			shown = await waitFor(r, 'One step on this level');
			expect(shown).toContain('v = μ·v + η·g');
			expect(shown).toContain('θ = θ·(1 − λ)');
			expect(shown).toContain('field');
			// keys go to the overlay, not to the field
			await press(r, '5', '?');
			shown = await waitFor(r, 'Under your feet');
			expect(shown).toMatch(/[│[] 0\.2_?\s/);
			await press(r, KEYS.enter);
			await waitFor(r, /step\s+\d+ \/ 400/);
			await press(r, '?');
			await waitFor(r, 'Keys on this screen');
			// the run holds still under the overlay
			const a = frame(r);
			await new Promise((resolve) => setTimeout(resolve, 150));
			expect(frame(r)).toBe(a);
			await press(r, 'q');
			await waitFor(r, /step\s+\d+ \/ 400/);
		});
	}

	test('Spanish', async () => {
		const r = render(<App {...props({columns: 120, rows: 40}, 'es')} />);
		await waitFor(r, 'Campaña');
		await press(r, '?');
		const shown = await waitFor(r, 'Teclas de esta pantalla');
		expect(shown).toContain('escalador');
	});

	test('at 80×24 each symbol stays beside its meaning', async () => {
		for (const lang of ['es', 'en'] as const) {
			const r = render(<App {...props({columns: 80, rows: 24}, lang)} />);
			await waitFor(r, lang === 'es' ? 'Campaña' : 'Campaign');
			await press(r, '?');
			const shown = await waitFor(r, lang === 'es' ? 'Teclas de esta pantalla' : 'Keys on this screen');
			const pairs = lang === 'es' ? ['θ posición', 'v velocidad', '∇f pendiente', 'η tasa', 'μ momentum', 'λ decaimiento', 'T temperatura', 'B lote', 'ξ ruido'] : ['θ position', 'v velocity', '∇f slope', 'η rate', 'μ momentum', 'λ decay', 'T temperature', 'B batch', 'ξ noise'];
			for (const pair of pairs) expect(shown, lang).toContain(pair);
			r.unmount();
		}
	});
});

describe('too small and back', () => {
	test('a run resumes where it was, not from step 0', async () => {
		const r = render(<App {...props({columns: 120, rows: 40})} route={{screen: 'setup', level}} />);
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.enter);
		await waitFor(r, /step\s+\d+ \/ 400/);
		await press(r, ' ');
		await press(r, '.', '.', '.');
		const before = /step\s+(\d+) \/ 400/.exec(await waitFor(r, 'PAUSED'))![1];
		r.rerender(<App {...props({columns: 60, rows: 20})} route={{screen: 'setup', level}} />);
		await waitFor(r, /small/i);
		r.rerender(<App {...props({columns: 120, rows: 40})} route={{screen: 'setup', level}} />);
		const after = await waitFor(r, /step\s+\d+ \/ 400/);
		expect(/step\s+(\d+) \/ 400/.exec(after)![1]).toBe(before);
		expect(Number(before)).toBeGreaterThan(0);
		expect(after).toContain('space resume');
	});
});

/** The overlay's "keys on this screen" column as [key, label] pairs (an empty key: a hint). */
function overlayKeys(shown: string, title: string): Array<[string, string]> {
	const lines = shown.split('\n');
	const start = lines.findIndex((line) => line.startsWith(title));
	const keys: Array<[string, string]> = [];
	// the left column is (80 − 3) / 2 = 38 columns wide; it ends at its first blank line
	for (const line of lines.slice(start + 1)) {
		const left = line.slice(0, 38).trimEnd();
		if (left === '') break;
		const match = /^(\S*)\s+(.*)$/.exec(left);
		keys.push(match ? [match[1]!, match[2]!] : [left, '']);
	}

	return keys;
}

describe('every screen at 80×24: the key bar shows all its keys, the overlay lists the same ones', () => {
	const words = {
		en: {keys: 'Keys on this screen', help: 'help', campaign: 'Campaign', levels: 'Choose a level', setup: 'Under your feet', result: 'Share code', replay: /step\s+0 \//, settings: 'Settings', boards: 'Leaderboards', tutorial: 'Tutorial:', lesson: 'Lesson 1/'},
		es: {keys: 'Teclas de esta pantalla', help: 'ayuda', campaign: 'Campaña', levels: 'Elige un nivel', setup: 'Bajo tus pies', result: 'Código para compartir', replay: /paso\s+0 \//, settings: 'Ajustes', boards: 'Clasificaciones', tutorial: 'Tutorial:', lesson: 'Lección 1/'},
	} as const;
	for (const lang of ['en', 'es'] as const) {
		test(lang, {timeout: 30_000}, async () => {
			const w = words[lang];
			const checked: string[] = [];
			/** On the screen showing `ready`: every key the overlay lists is whole on the screen, and `?` help is one of them. */
			const check = async (r: ReturnType<typeof render>, ready: string | RegExp, name: string) => {
				const screen = await waitFor(r, ready);
				expect(screen.split('\n').length, name).toBeLessThanOrEqual(23);
				await press(r, '?');
				const keys = overlayKeys(await waitFor(r, w.keys), w.keys);
				expect(keys.length, `${name}: ${JSON.stringify(keys)}`).toBeGreaterThan(2);
				expect(keys.at(-1), name).toEqual(['?', w.help]);
				// the key bar is at the bottom: each entry whole (not cut at the edge) in its last rows
				const bar = screen.trimEnd().split('\n').slice(-3).join('\n');
				for (const [key, label] of keys) expect(bar, `${name}: ${key} ${label}`).toContain(key === '' ? label : `${key} ${label}`);
				await press(r, KEYS.escape);
				await waitFor(r, ready);
				checked.push(name);
			};

			const size = {columns: 80, rows: 24};
			const r = render(<App {...props(size, lang)} animate={false} />);
			await check(r, w.campaign, 'menu');
			await press(r, KEYS.enter);
			await check(r, w.levels, 'level select');
			await press(r, KEYS.enter);
			await waitFor(r, level.title[lang]);
			await check(r, level.title[lang], 'briefing');
			await press(r, KEYS.enter);
			await check(r, w.setup, 'setup');
			await press(r, KEYS.enter);
			await check(r, w.result, 'result');
			await press(r, 'p');
			await check(r, w.replay, 'replay');
			r.unmount();

			const boards = render(<App {...props(size, lang)} route={{screen: 'menu'}} />);
			await waitFor(boards, w.campaign);
			await press(boards, '4', KEYS.enter);
			await check(boards, w.boards, 'leaderboards');
			await press(boards, KEYS.escape);
			await waitFor(boards, w.campaign);
			await press(boards, '5', KEYS.enter);
			await check(boards, w.settings, 'settings');
			boards.unmount();

			const tutorial = render(<App {...props(size, lang)} route={{screen: 'tutorial'}} animate={false} />);
			await check(tutorial, w.tutorial, 'tutorial list');
			await press(tutorial, KEYS.enter);
			await check(tutorial, w.lesson, 'tutorial page');
			expect(checked).toHaveLength(10);
		});
	}
});
