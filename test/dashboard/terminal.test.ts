/**
 * The real binary in a real terminal (tmux): the recorder opens with every panel, closes on q /
 * Esc and leaves the terminal as it found it (normal screen, cursor shown, process gone).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {play, resolveKnobs} from '../../source/engine/index.js';
import type {Language} from '../../source/engine/types.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {say} from '../../source/i18n/index.js';
import {resolveLevel} from '../../source/levels/load.js';
import {encodeShareCode} from '../../source/share/code.js';
import {cleanText} from '../../source/text/sanitize.js';
import {describeEvent, runEvents} from '../../source/dashboard/data.js';
import {closeSessions, hasTmux, paneFlag, resizeWindow, ROOT as root, sendKeys, startSession, waitFor as waitForPane, type Session} from '../helpers/tmux.js';

const built = existsSync(`${root}/dist/cli.js`);
// the recorder caches the random climbers' sample in the data folder: keep it out of the user's
const dataHome = mkdtempSync(path.join(tmpdir(), 'descenso-dashboard-'));

/** Waits for the recorder's screen to meet `wanted` (20 s: about the 150 polls of 100 ms plus a capture each this file gave it before). */
async function waitFor(session: Session, wanted: (text: string) => boolean, what: string): Promise<string> {
	return waitForPane(session, wanted, {what, ms: 20_000});
}

function open(args: string, size: [number, number] = [120, 40], env = ''): Session {
	return startSession('dashboard-test', size, () => `printf 'BEFORE\\n'; ${env} XDG_DATA_HOME='${dataHome}' node dist/cli.js dashboard ${args}; echo "EXITED:$?"; sleep 120`, {dataDir: dataHome});
}

/** The diagnosis card of the level's default run (seed 1), part by part, as the recorder is given it. */
async function card(ref: string, lang: Language): Promise<string[]> {
	const found = await resolveLevel(ref);
	if (!found.ok) throw new Error(`no level ${ref}`);
	const knobs = resolveKnobs(found.level, {});
	if (!knobs.ok) throw new Error('bad knobs');
	const words = describeDiagnosis(play(found.level, knobs.value, 1).diagnosis);
	return [words.title, words.analogy, words.evidence, words.why, words.advice].map((text) => cleanText(say(text, lang)));
}

/** The flight events of a run, as the recorder is given them. */
async function eventLines(ref: string, flags: {lr: number; momentum?: number}, lang: Language): Promise<string[]> {
	const found = await resolveLevel(ref);
	if (!found.ok) throw new Error(`no level ${ref}`);
	const knobs = resolveKnobs(found.level, {learningRate: flags.lr, momentum: flags.momentum});
	if (!knobs.ok) throw new Error('bad knobs');
	const {facts} = play(found.level, knobs.value, 1);
	const scale = {minLoss: facts.minLoss, tolerance: found.level.tolerance, size: facts.size};
	return runEvents(facts.trajectory, scale).map((event) => cleanText(describeEvent(event, facts.trajectory, scale, lang)));
}

/**
 * Text as capture-pane shows it: blessed draws some characters (· ≤ ≥ ≠ …) in the terminal's
 * line-drawing set, which the capture gives as their ASCII codes; one space between words.
 */
function asCaptured(text: string): string {
	const acs: Record<string, string> = {'·': '~', '≤': 'y', '≥': 'z', '≠': '|', 'π': '{', '£': '}', '°': 'f', '±': 'g'};
	return [...text].map((ch) => acs[ch] ?? ch).join('').replaceAll(/\s+/g, ' ').trim();
}

/** The rows inside the panel whose label starts with `title`, and its label (up to the panel's right corner). */
function panelRows(text: string, title: string): {label: string; rows: string[]} {
	const lines = text.split('\n').map((line) => [...line]);
	const top = lines.findIndex((line) => line.join('').includes(` ${title}`));
	expect(top).toBeGreaterThanOrEqual(0);
	const left = lines[top]!.join('').indexOf(` ${title}`) - 2;
	// the label ends in a space, then the border runs to the corner
	const corner = /\s[q─]*[k┐]/.exec(lines[top]!.slice(left).join(''));
	const right = corner ? left + corner.index + corner[0].length - 1 : lines[top]!.length - 1;
	const rows: string[] = [];
	for (const line of lines.slice(top + 1)) {
		if (!['x', '│'].includes(line[left] ?? '')) break;
		rows.push(line.slice(left + 1, right).join('').trimEnd());
	}

	return {label: lines[top]!.slice(left, right + 1).join(''), rows};
}

afterAll(() => {
	closeSessions();
	rmSync(dataHome, {recursive: true, force: true});
});

describe.skipIf(!hasTmux || !built)('descenso dashboard in a terminal', () => {
	it('shows every panel, closes on q and gives the terminal back', async () => {
		const name = open('w1-01-first-steps --lr 0.5 --lang en');
		const shown = await waitFor(name, (text) => text.includes('Diagnosis') && text.includes('Flight events'), 'the panels');
		for (const title of ['Loss per step', 'Speed |v|', 'Terrain and path', 'Random climbers', 'Score', 'Flight events', 'Diagnosis', 'q / Esc']) {
			expect(shown).toContain(title);
		}

		expect(shown).toContain('REACHED THE DEEPEST VALLEY');
		expect(shown).toContain('▲');
		expect(shown).toMatch(/step \d+: reached the deepest valley/);
		expect(paneFlag(name, 'alternate_on')).toBe('1');
		sendKeys(name, 'q');
		const after = await waitFor(name, (text) => text.includes('EXITED:'), 'the process to exit');
		expect(after).toContain('EXITED:0');
		expect(after).toContain('BEFORE');
		expect(after).not.toContain('Flight events');
		expect(paneFlag(name, 'alternate_on')).toBe('0');
		expect(paneFlag(name, 'cursor_flag')).toBe('1');
	});

	for (const size of [[80, 24], [100, 30], [120, 40]] as Array<[number, number]>) {
		it(`${size.join('×')}: the histogram draws bars and a resize redraws cleanly`, async () => {
			const name = open('w1-01-first-steps --lr 0.5 --lang en', size);
			const shown = await waitFor(name, (text) => text.includes('Diagnosis') && text.includes('█'), 'the histogram bars');
			const lines = shown.split('\n');
			// the bars stand on the count row: a row of counts sits right under a row of blocks
			const counts = lines.findIndex((line, i) => i > 0 && /█/.test(lines[i - 1]!) && /x\d+\s+\d+/.test(line));
			expect(counts).toBeGreaterThan(0);
			for (const line of lines) expect(line.length).toBeLessThanOrEqual(size[0]);
			// a resize to the next size redraws without leftovers of the old layout
			resizeWindow(name, [120, 40]);
			const grown = await waitFor(name, (text) => text.split('\n').some((line) => line.startsWith('lq Loss per step') && line.length > 100), 'the redraw');
			expect(grown.match(/lq Loss per step/g)).toHaveLength(1);
			sendKeys(name, 'q');
			await waitFor(name, (text) => text.includes('EXITED:0'), 'the process to exit');
		});
	}

	const cards = [
		[[80, 24], 'es', 'Diagnóstico', 'NO_COLOR=1'],
		[[80, 24], 'en', 'Diagnosis', ''],
		[[100, 30], 'es', 'Diagnóstico', ''],
		[[120, 40], 'en', 'Diagnosis', 'NO_COLOR=1'],
	] as const;
	for (const [size, lang, title, env] of cards) {
		it(`${size.join('×')} (${lang}${env ? `, ${env}` : ''}): every sentence of the diagnosis card can be read, scrolling with the keys the panel names`, async () => {
			const parts = await card('w1-03-bouncing-ball', lang);
			const name = open(`w1-03-bouncing-ball --lang ${lang}`, [...size], env);
			let shown = await waitFor(name, (text) => text.includes(title) && text.includes('█'), 'the panels');
			// the card's wrapped rows, by their number: the label says which are shown ('3–8/12')
			const read = new Map<number, string>();
			let labels = '';
			for (let page = 0; page < 20; page++) {
				const {label, rows} = panelRows(shown, title);
				labels += ` ${label}`;
				const range = /(\d+)–(\d+)\/(\d+)/.exec(label);
				const first = range ? Number(range[1]) : 1;
				rows.forEach((row, i) => read.set(first + i, row));
				if (!range || range[2] === range[3]) break;
				// the panel names its keys, and they are what reaches the rest
				expect(label).toContain(lang === 'es' ? 'AvPág' : 'PgDn');
				sendKeys(name, 'PgDn');
				shown = await waitFor(name, (text) => panelRows(text, title).label !== label, 'the next page of the card');
			}

			// what the labels say counts as read too (the title may stand there)
			const whole = asCaptured(`${labels} ${[...read.entries()].sort(([a], [b]) => a - b).map(([, row]) => row).join(' ')}`);
			for (const part of parts) {
				for (const sentence of part.split(/(?<=[.;:!?])\s+/)) expect(whole.toLowerCase()).toContain(asCaptured(sentence).toLowerCase());
			}

			sendKeys(name, 'q');
			await waitFor(name, (text) => text.includes('EXITED:0'), 'the process to exit');
		});
	}

	const logs = [
		['es', 'Sucesos', 'NO_COLOR=1', 'q/Esc: cerrar', 'w1-01-first-steps', {lr: 0.5}],
		['en', 'Flight events', '', 'q/Esc: close', 'w1-01-first-steps', {lr: 2.5}],
		['es', 'Sucesos', '', 'q/Esc: cerrar', 'w2-01-rocking-ball', {lr: 0.1, momentum: 0.9}],
	] as const;
	for (const [lang, title, env, keys, ref, flags] of logs) {
		it(`80×24 (${lang}${env ? `, ${env}` : ''}, ${ref}): every flight event can be read whole (Tab gives the panel the keys), and so can the close key`, async () => {
			const wanted = await eventLines(ref, flags, lang);
			const knobs = `--lr ${flags.lr}${'momentum' in flags ? ` --momentum ${flags.momentum}` : ''}`;
			const name = open(`${ref} ${knobs} --lang ${lang}`, [80, 24], env);
			let shown = await waitFor(name, (text) => text.includes(lang === 'es' ? 'Diagnóstico' : 'Diagnosis') && text.includes('█'), 'the panels');
			// the info box's title is the key line, whole
			expect(shown).toContain(`lq ${keys} q`);
			const read = new Map<number, string>();
			let {label, rows} = panelRows(shown, title);
			let range = /(\d+)–(\d+)\/(\d+)/.exec(label);
			if (range) {
				// the log opens on its newest lines; Tab then Home reach the oldest
				expect(range[2]).toBe(range[3]);
				sendKeys(name, 'Tab');
				shown = await waitFor(name, (text) => panelRows(text, title).label.includes('↑↓'), 'the keys on the events');
				sendKeys(name, 'Home');
				shown = await waitFor(name, (text) => /\b1–/.test(panelRows(text, title).label), 'the oldest events');
			}

			for (let page = 0; page < 10; page++) {
				({label, rows} = panelRows(shown, title));
				range = /(\d+)–(\d+)\/(\d+)/.exec(label);
				const first = range ? Number(range[1]) : 1;
				rows.forEach((row, i) => read.set(first + i, row));
				if (!range || range[2] === range[3]) break;
				sendKeys(name, 'PgDn');
				shown = await waitFor(name, (text) => panelRows(text, title).label !== label, 'the next events');
			}

			const whole = asCaptured([...read.entries()].sort(([a], [b]) => a - b).map(([, row]) => row).join(' '));
			for (const line of wanted) expect(whole).toContain(asCaptured(line));
			sendKeys(name, 'q');
			await waitFor(name, (text) => text.includes('EXITED:0'), 'the process to exit');
		});
	}

	it('opens a share code in Spanish and closes on Esc', async () => {
		const report = JSON.parse(
			execFileSync(process.execPath, ['dist/cli.js', 'run', 'w1-01-first-steps', '--lr', '2.5', '--json'], {cwd: root, encoding: 'utf8'}),
		) as {shareCode: string};
		const name = open(`${report.shareCode} --lang es`);
		const shown = await waitFor(name, (text) => text.includes('Diagnóstico'), 'the panels');
		expect(shown).toContain('Sucesos del vuelo');
		expect(shown).toContain('η=2,5');
		expect(shown).toMatch(/paso \d+: ¡explosión!/);
		sendKeys(name, 'Escape');
		const after = await waitFor(name, (text) => text.includes('EXITED:'), 'the process to exit');
		expect(after).toContain('EXITED:0');
		expect(paneFlag(name, 'alternate_on')).toBe('0');
	});
});

describe.skipIf(!built)('descenso dashboard without a terminal', () => {
	const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'dashboard', ...args, '--lang', 'en'], {cwd: root, encoding: 'utf8'});

	it('says so in one line and exits 2', () => {
		const result = run('w1-01-first-steps', '--lr', '0.5');
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('needs an interactive terminal');
		expect(result.stderr).toContain('descenso run w1-01-first-steps');
	});

	it('checks the level and the knobs before anything else', () => {
		expect(run().status).toBe(2);
		const locked = run('w1-01-first-steps', '--momentum', '0.5');
		expect(locked.status).toBe(2);
		expect(locked.stderr).toContain('--momentum is locked');
		expect(run('no-such-level').status).toBe(2);
	});

	it('refuses a broken code, a code for another version of the level, and knobs beside a code', () => {
		const bad = run('DSC1.abc.def');
		expect(bad.status).toBe(2);
		expect(bad.stderr.trim().split('\n')).toHaveLength(1);
		const stale = encodeShareCode({
			level: 'w1-01-first-steps',
			levelHash: 'not-the-hash',
			engine: '1',
			knobs: {learningRate: 0.5, momentum: 0, decay: 0, schedule: 'constant', temperature: 0, batchSize: null, restarts: 1, nesterov: false},
			seed: 1,
			name: 'ana',
			score: 900,
		});
		const changed = run(stale);
		expect(changed.status).toBe(1);
		expect(changed.stderr).toContain('another version of level "w1-01-first-steps"');
		expect(run(stale, '--lr', '0.3').stderr).toContain('drop --lr');
	});
});
