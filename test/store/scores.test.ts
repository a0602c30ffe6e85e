import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	BOARD_SIZE,
	addScore,
	loadScores,
	parseScoreEntry,
	placeScore,
	rankBoard,
	topScores,
	type ScoreEntry,
} from '../../source/store/index.js';
import {useTempDir} from './helpers/temp-dir.js';

const dir = useTempDir();
const FORBIDDEN = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

function entry(score: number, overrides: Partial<ScoreEntry> = {}): ScoreEntry {
	return {
		name: `p${score}`,
		score,
		stars: 1,
		knobs: {learningRate: 0.1, momentum: 0.9, decay: 0},
		seed: 1,
		date: '2025-01-01T00:00:00.000Z',
		engine: '1',
		levelHash: 'abc123',
		...overrides,
	};
}

describe('placeScore', () => {
	it('ranks by score, a tie going to the earlier date', () => {
		let board: ScoreEntry[] = [];
		for (const e of [
			entry(500, {name: 'late', date: '2025-01-03T00:00:00Z'}),
			entry(900),
			entry(500, {name: 'early', date: '2025-01-02T00:00:00Z'}),
		]) {
			board = placeScore(board, e).board;
		}
		expect(board.map((e) => e.name)).toEqual(['p900', 'early', 'late']);
	});

	it('gives the 1-based rank and whether it is a new best', () => {
		const first = placeScore([], entry(400));
		expect(first).toMatchObject({rank: 1, isBest: true, duplicate: false});
		const second = placeScore(first.board, entry(300));
		expect(second).toMatchObject({rank: 2, isBest: false});
		const tie = placeScore(second.board, entry(400, {name: 'other'}));
		expect(tie).toMatchObject({rank: 2, isBest: false});
		expect(placeScore(tie.board, entry(401))).toMatchObject({rank: 1, isBest: true});
	});

	it('keeps the top 20; a score below them gets no rank', () => {
		let board: ScoreEntry[] = [];
		for (let i = 0; i < 25; i++) board = placeScore(board, entry(100 + i)).board;
		expect(board).toHaveLength(BOARD_SIZE);
		expect(board.at(-1)?.score).toBe(105);
		expect(placeScore(board, entry(50))).toMatchObject({rank: null, isBest: false, board});
		const high = placeScore(board, entry(999));
		expect(high.rank).toBe(1);
		expect(high.board.at(-1)?.score).toBe(106);
	});

	it('does not add the same run twice: same code, or same name, knobs, seed and score', () => {
		const board = placeScore([], entry(700, {code: 'D1.abc'})).board;
		const sameCode = placeScore(board, entry(700, {code: 'D1.abc', name: 'renamed', date: '2026-01-01T00:00:00Z'}));
		expect(sameCode).toMatchObject({rank: 1, isBest: false, duplicate: true, board});
		const sameRun = placeScore(board, entry(700, {date: '2026-01-01T00:00:00Z', imported: true}));
		expect(sameRun.duplicate).toBe(true);
		expect(placeScore(board, entry(700, {seed: 2})).duplicate).toBe(false);
		expect(placeScore(board, entry(700, {knobs: {...board[0]!.knobs, decay: 0.01}})).duplicate).toBe(false);
	});
});

describe('parseScoreEntry', () => {
	it('accepts a full entry, optional knobs included', () => {
		const full = entry(812, {
			knobs: {learningRate: 0.3, momentum: 0, decay: 0.1, schedule: 'warm-restarts:0.001:50:2', temperature: 0.5, batchSize: 8, restarts: 3, nesterov: true},
			imported: true,
			code: 'D1-xyz_123',
		});
		expect(parseScoreEntry(full)).toEqual(full);
	});

	it('reads the schedules the engine writes, and a null batch size as the full batch', () => {
		for (const schedule of ['constant', 'step:0.5:10', 'cosine:1e-7:100']) {
			expect(parseScoreEntry(entry(1, {knobs: {learningRate: 1, momentum: 0, decay: 0, schedule}}))?.knobs.schedule).toBe(schedule);
		}
		const fullBatch = parseScoreEntry({...entry(1), knobs: {learningRate: 1, momentum: 0, decay: 0, batchSize: null}});
		expect(fullBatch?.knobs).toEqual({learningRate: 1, momentum: 0, decay: 0});
	});

	it.each([
		['a score over 1000', {score: 1001}],
		['a fractional score', {score: 1.5}],
		['a score as text', {score: '900'}],
		['4 stars', {stars: 4}],
		['a bad date', {date: 'yesterday'}],
		['no knobs', {knobs: undefined}],
		['a zero learning rate', {knobs: {learningRate: 0, momentum: 0, decay: 0}}],
		['momentum 1', {knobs: {learningRate: 1, momentum: 1, decay: 0}}],
		['an unknown schedule', {knobs: {learningRate: 1, momentum: 0, decay: 0, schedule: 'adam:0.9'}}],
		['a schedule with an escape', {knobs: {learningRate: 1, momentum: 0, decay: 0, schedule: 'step:\u001b[2J'}}],
		['a name that is not text', {name: 42}],
		['an escape in the level hash', {levelHash: 'ab\u001b[2Jc'}],
		['an unsafe seed', {seed: 2 ** 60}],
	])('rejects %s', (_, overrides) => {
		expect(parseScoreEntry({...entry(500), ...overrides})).toBeUndefined();
	});
});

describe('scores on disk', () => {
	it('adds scores and reads them back per level', async () => {
		expect(await addScore(dir(), 'w1-01', entry(600))).toMatchObject({ok: true, value: {rank: 1, isBest: true}});
		expect(await addScore(dir(), 'w1-01', entry(650))).toMatchObject({ok: true, value: {rank: 1, isBest: true}});
		expect(await addScore(dir(), 'w1-02', entry(10))).toMatchObject({ok: true, value: {rank: 1, isBest: true}});
		const board = await topScores(dir(), 'w1-01');
		expect(board.ok && board.value.map((e) => e.score)).toEqual([650, 600]);
		expect(await topScores(dir(), 'w9-99')).toEqual({ok: true, value: []});
		expect(await topScores(dir(), 'constructor')).toEqual({ok: true, value: []});
	});

	it('dates an entry with the current time when the caller gives none', async () => {
		const {date: _, ...undated} = entry(600);
		const result = await addScore(dir(), 'w1-01', undated);
		const date = result.ok ? result.value.board[0]!.date : '';
		expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(60_000);
	});

	it('cleans the name of a new score and refuses a malformed one', async () => {
		const result = await addScore(dir(), 'w1-01', entry(600, {name: '\u001b[31mRed\u001b[0m\r'}));
		expect(result.ok && result.value.board[0]!.name).toBe('Red');
		expect(await addScore(dir(), 'w1-01', entry(2000))).toMatchObject({ok: false, code: 'ERR_INVALID'});
		expect(await addScore(dir(), '', entry(200))).toMatchObject({ok: false, code: 'ERR_INVALID'});
	});

	it('comes back clean from a hostile scores.json, dropping what is malformed', async () => {
		const hostile = {
			version: 1,
			boards: {
				'w1-01': [
					entry(900, {name: '\u001b]0;You have been pwned\u0007Mallory'}),
					entry(800, {name: `Eve\u001b]52;c;${Buffer.from('rm -rf ~').toString('base64')}\u0007`}),
					entry(700, {name: 'x'.repeat(500)}),
					entry(600, {name: 'Trudy\u202e\u200dgnp.exe\rOK\u001b[2K'}),
					entry(550, {name: '\u009d0;title\u009cOscar\u0085\u0000'}),
					{...entry(999), score: 5000},
					{...entry(998), name: {toString: 'x'}},
					'not an entry',
					null,
				],
				'\u001b[2Jlevel': [entry(1)],
				'w1-02': 'not a board',
				['__proto__']: [entry(1, {name: 'polluter'})],
			},
		};
		const json = JSON.stringify(hostile);
		expect(json).toContain('"__proto__":[');
		await writeFile(path.join(dir(), 'scores.json'), json);

		const result = await loadScores(dir());

		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.notice).toBeUndefined();
		expect(Object.keys(result.value.boards)).toEqual(['w1-01']);
		const names = result.value.boards['w1-01']!.map((e) => e.name);
		expect(names).toEqual(['Mallory', 'Eve', 'x'.repeat(24), 'Trudygnp.exe OK', 'Oscar']);
		for (const name of names) expect(name).not.toMatch(FORBIDDEN);
		expect(Object.getPrototypeOf(result.value.boards)).toBe(Object.prototype);
	});

	it('writes back only clean entries', async () => {
		await writeFile(
			path.join(dir(), 'scores.json'),
			JSON.stringify({version: 1, boards: {'w1-01': [entry(900, {name: '\u001b]0;x\u0007Mallory'}), {bad: true}]}}),
		);
		await addScore(dir(), 'w1-01', entry(100));
		const saved = await readFile(path.join(dir(), 'scores.json'), 'utf8');
		expect(saved).not.toMatch(/\\u001b|bad/);
		expect(rankBoard(JSON.parse(saved).boards['w1-01']).map((e) => e.name)).toEqual(['Mallory', 'p100']);
	});
});
