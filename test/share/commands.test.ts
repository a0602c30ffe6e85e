import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import importCode from '../../source/commands/import.js';
import scores from '../../source/commands/scores.js';
import verify from '../../source/commands/verify.js';
import daily from '../../source/commands/daily.js';
import type {CommandContext} from '../../source/commands/context.js';
import {ENGINE_VERSION, play, resolveKnobs} from '../../source/engine/index.js';
import {encodeShareCode, shareKnobs} from '../../source/share/code.js';
import {dailyLevel} from '../../source/share/daily.js';
import {addScore, defaultDataDir, topScores} from '../../source/store/index.js';
import {isTerminalSafe, NASTY_NAMES, tempDir} from './fixtures.js';

type Captured = {context: CommandContext; out: () => string; err: () => string};

function contextFor(command: string, args: string[], flags: Partial<CommandContext['flags']> = {}, json = false): Captured {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const context: CommandContext = {
		command,
		args,
		flags: {color: false, ascii: false, json, ...flags},
		lang: 'en',
		langExplicit: false,
		color: false,
		ascii: false,
		json,
		env: {},
		dataDir: defaultDataDir(),
		now: () => new Date(),
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		stdin: new PassThrough() as unknown as NodeJS.ReadStream,
		terminal: stdout as unknown as NodeJS.WriteStream,
	};
	return {context, out: () => out, err: () => err};
}

const date = '2026-06-01';
const level = dailyLevel(date);

function codeFor(name: string, lr = 0.05, score?: number): string {
	const knobs = resolveKnobs(level, {learningRate: lr, momentum: 0.8});
	if (!knobs.ok) throw new Error('bad knobs');
	const outcome = play(level, knobs.value, 1);
	return encodeShareCode({level: level.id, levelHash: level.hash, engine: ENGINE_VERSION, knobs: shareKnobs(knobs.value), seed: 1, name, score: score ?? outcome.score.total});
}

let temp: ReturnType<typeof tempDir>;
const saved = process.env['XDG_DATA_HOME'];
beforeEach(() => {
	temp = tempDir();
	process.env['XDG_DATA_HOME'] = temp.dir;
});
afterEach(() => {
	if (saved === undefined) delete process.env['XDG_DATA_HOME'];
	else process.env['XDG_DATA_HOME'] = saved;
	temp.remove();
});

describe('descenso verify', () => {
	it('exits 0 when the score holds, 1 with the reason when not', async () => {
		const ok = contextFor('verify', [codeFor('Ana')]);
		expect(await verify(ok.context)).toBe(0);
		expect(ok.out()).toContain('score holds');
		const bad = contextFor('verify', [codeFor('Ana', 0.05, 3)]);
		expect(await verify(bad.context)).toBe(1);
		expect(bad.err()).toMatch(/^descenso: code rejected: the score does not come out again: claimed 3, re-simulated \d+ \[ERR_SCORE_MISMATCH\]\n$/);
	});

	it('prints JSON with the code', async () => {
		const run = contextFor('verify', ['DSC1.x'], {}, true);
		expect(await verify(run.context)).toBe(1);
		expect(JSON.parse(run.out())).toMatchObject({ok: false, code: 'ERR_CODE_TRUNCATED'});
	});

	it('is bad usage without a code', async () => {
		const run = contextFor('verify', []);
		expect(await verify(run.context)).toBe(2);
		expect(run.err().split('\n')).toHaveLength(2);
	});
});

describe('names are cleaned wherever they come from', () => {
	it.each(Object.entries(NASTY_NAMES))('%s: imported from a code, printed by verify, import and scores', async (_label, name) => {
		const code = codeFor(name);
		const v = contextFor('verify', [code]);
		expect(await verify(v.context)).toBe(0);
		const i = contextFor('import', [code]);
		expect(await importCode(i.context)).toBe(0);
		const s = contextFor('scores', [level.id]);
		expect(await scores(s.context)).toBe(0);
		const j = contextFor('scores', [], {}, true);
		expect(await scores(j.context)).toBe(0);
		for (const text of [v.out(), i.out(), s.out(), j.out()]) {
			expect(isTerminalSafe(text)).toBe(true);
			expect(text).not.toContain('pwned');
			expect(text).not.toContain('L'.repeat(25));
		}

		const board = await topScores(defaultDataDir(), level.id);
		expect(board.ok && board.value[0]?.imported).toBe(true);
	});

	it('read from a hand-edited scores file', async () => {
		const dir = defaultDataDir();
		mkdirSync(dir, {recursive: true});
		const entry = (name: string, score: number) => ({name, score, stars: 1, knobs: {learningRate: 0.1, momentum: 0, decay: 0}, seed: 1, date: '2026-01-01T00:00:00.000Z', engine: '1', levelHash: 'abc'});
		const names = Object.values(NASTY_NAMES);
		writeFileSync(path.join(dir, 'scores.json'), JSON.stringify({version: 1, boards: {'w1-01-first-steps': names.map((n, k) => entry(n, 100 + k))}}));
		for (const args of [['w1-01-first-steps'], []]) {
			const run = contextFor('scores', args);
			expect(await scores(run.context)).toBe(0);
			expect(isTerminalSafe(run.out())).toBe(true);
			expect(run.out()).not.toContain('pwned');
		}
	});

	it('typed with --name on a run that is then stored', async () => {
		const added = await addScore(defaultDataDir(), 'w1-01-first-steps', {
			name: NASTY_NAMES.osc52 + NASTY_NAMES.bidi,
			score: 500,
			stars: 2,
			knobs: {learningRate: 0.1, momentum: 0, decay: 0},
			seed: 1,
			engine: '1',
			levelHash: 'abc',
		});
		expect(added.ok).toBe(true);
		const run = contextFor('scores', ['w1-01-first-steps']);
		await scores(run.context);
		expect(isTerminalSafe(run.out())).toBe(true);
		expect(run.out()).toContain('Eve');
	});
});

describe('descenso import and scores', () => {
	it('adds a verified code, marked imported, and prints the rank; refuses a forged one', async () => {
		const first = contextFor('import', [codeFor('Ana', 0.05)]);
		expect(await importCode(first.context)).toBe(0);
		expect(first.out()).toMatch(/rank 1 of 1/);
		const forged = contextFor('import', [codeFor('Eve', 0.05, 1000)]);
		expect(await importCode(forged.context)).toBe(1);
		const board = await topScores(defaultDataDir(), level.id);
		expect(board.ok && board.value.map((e) => e.name)).toEqual(['Ana']);
		const summary = contextFor('scores', []);
		expect(await scores(summary.context)).toBe(0);
		expect(summary.out()).toContain(level.id);
		const one = contextFor('scores', [level.id]);
		await scores(one.context);
		expect(one.out()).toContain('(imported)');
		expect(one.out()).toContain(`v${ENGINE_VERSION}`);
	});

	it('says so when there are no scores', async () => {
		const run = contextFor('scores', []);
		expect(await scores(run.context)).toBe(0);
		expect(run.out()).toContain('no scores');
	});
});

describe('descenso daily', () => {
	it('without a TTY describes the level and how to run it', async () => {
		const run = contextFor('daily', [], {date});
		expect(await daily(run.context)).toBe(0);
		expect(run.out()).toContain(level.id);
		expect(run.out()).toContain(`descenso run daily:${date}`);
	});

	it('rejects a bad --date as bad usage', async () => {
		const run = contextFor('daily', [], {date: '2026-02-30'});
		expect(await daily(run.context)).toBe(2);
		expect(run.err()).toContain('YYYY-MM-DD');
	});
});

describe('share-code fields are normalized before they are stored', () => {
	it('schedule STEP:… and step:… are one run, one entry', async () => {
		const {loadLevelFile} = await import('../../source/levels/load.js');
		const loaded = await loadLevelFile('levels/world-5/w5-02-cosine.json');
		if (!loaded.ok) throw new Error('campaign level missing');
		const cosine = loaded.level;
		const knobs = resolveKnobs(cosine, {learningRate: cosine.knobs.learningRate.default, schedule: 'cosine:0.001:40'});
		if (!knobs.ok) throw new Error('bad knobs');
		const outcome = play(cosine, knobs.value, 1);
		const shared = shareKnobs(knobs.value);
		const codeWith = (schedule: string) =>
			encodeShareCode({level: cosine.id, levelHash: cosine.hash, engine: ENGINE_VERSION, knobs: {...shared, schedule}, seed: 1, name: 'Ana', score: outcome.score.total});
		const lower = codeWith(shared.schedule);
		const upper = codeWith(` ${shared.schedule.toUpperCase().replace(/(\d)$/, '$1.0')}`);
		expect(upper).not.toBe(lower);
		const first = contextFor('import', [lower]);
		expect(await importCode(first.context)).toBe(0);
		const second = contextFor('import', [upper]);
		expect(await importCode(second.context), second.err()).toBe(0);
		const board = await topScores(defaultDataDir(), cosine.id);
		expect(board.ok && board.value).toHaveLength(1);
		expect(board.ok && board.value[0]?.knobs.schedule).toBe('cosine');
	});
});

describe('no silent loss', () => {
	it('import announces a corrupt scores.json it moved aside, naming the backup', async () => {
		const dir = defaultDataDir();
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'scores.json'), '{not json');
		const run = contextFor('import', [codeFor('Ana')]);
		expect(await importCode(run.context)).toBe(0);
		expect(run.err()).toMatch(/^descenso: .*scores\.json could not be read \(not valid JSON\); it was moved to .*scores\.json\.corrupt-\S+ and a fresh one was started\n$/);
	});
});
