import {mkdir, readFile, readdir, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	addScore,
	loadProgress,
	loadScores,
	loadSettings,
	readJsonFile,
	recordResult,
	updateJsonFile,
	updateSettings,
	type JsonFileSpec,
	type StoreResult,
} from '../../source/store/index.js';
import {useTempDir} from './helpers/temp-dir.js';

const dir = useTempDir();
const knobs = {learningRate: 0.1, momentum: 0, decay: 0};
const entry = {name: 'Ana', score: 700, stars: 2 as const, knobs, seed: 1, engine: '1', levelHash: 'abc', date: '2025-01-01T00:00:00.000Z'};

type Counter = {version: 1; count: number};
const counter: JsonFileSpec<Counter> = {
	version: 1,
	empty: () => ({version: 1, count: 0}),
	parse: (data) => (typeof data['count'] === 'number' ? {version: 1, count: data['count']} : undefined),
};

/** Every way of touching each store file, each of which must respect a corrupt or newer file. */
const operations: Array<[file: string, run: (dir: string) => Promise<StoreResult<unknown>>]> = [
	['progress.json', loadProgress],
	['progress.json', async (d) => recordResult(d, {levelId: 'w1-01', score: 10, stars: 0, knobs, seed: 1})],
	['settings.json', loadSettings],
	['settings.json', async (d) => updateSettings(d, {language: 'es'})],
	['scores.json', loadScores],
	['scores.json', async (d) => addScore(d, 'w1-01', entry)],
];

describe('a corrupt file', () => {
	it.each(operations)('%s is moved aside with its bytes intact, and play goes on', async (name, run) => {
		const file = path.join(dir(), name);
		const bytes = '{"version": 1, "levels": {"w1-01": {"stars": 3,';
		await writeFile(file, bytes);

		const result = await run(dir());

		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.notice).toMatchObject({kind: 'corrupt', file, reason: 'not valid JSON'});
		const movedTo = result.notice!.movedTo;
		expect(path.dirname(movedTo)).toBe(dir());
		expect(path.basename(movedTo)).toMatch(new RegExp(`^${name.replace('.', '\\.')}\\.corrupt-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z$`));
		expect(await readFile(movedTo, 'utf8')).toBe(bytes);
		expect((await readdir(dir())).filter((f) => f.endsWith('.lock'))).toEqual([]);
	});

	it('gets a notice once; the next read is clean', async () => {
		await writeFile(path.join(dir(), 'progress.json'), 'garbage');
		const first = await loadProgress(dir());
		const second = await loadProgress(dir());
		expect(first.ok && first.notice?.kind).toBe('corrupt');
		expect(second).toEqual({ok: true, value: {version: 1, levels: {}, tutorial: {lessons: {}}, daily: {}}});
		expect((await readdir(dir())).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
	});

	it.each([
		['not JSON', '\u0000\u0001binary'],
		['empty', ''],
		['not an object', '[1, 2, 3]'],
		['no version', '{"levels": {}}'],
		['a bad version', '{"version": "1", "levels": {}}'],
		['a part of the wrong type', '{"version": 1, "levels": []}'],
	])('is set aside when it is %s', async (_, bytes) => {
		await writeFile(path.join(dir(), 'progress.json'), bytes);
		const result = await recordResult(dir(), {levelId: 'w1-01', score: 10, stars: 0, knobs, seed: 1});
		expect(result.ok && result.notice?.kind).toBe('corrupt');
		expect(result.ok && result.value.levels['w1-01']).toMatchObject({best: 10, plays: 1});
		const [moved] = (await readdir(dir())).filter((f) => f.includes('.corrupt-'));
		expect(await readFile(path.join(dir(), moved!), 'utf8')).toBe(bytes);
	});

	it('never overwrites an earlier corrupt copy', async () => {
		const file = path.join(dir(), 'counter.json');
		for (const bytes of ['one', 'two', 'three']) {
			await writeFile(file, bytes);
			const result = await updateJsonFile(file, counter, (c) => ({...c, count: c.count + 1}));
			expect(result.ok && result.notice?.kind).toBe('corrupt');
		}
		const moved = (await readdir(dir())).filter((f) => f.includes('.corrupt-'));
		const contents = await Promise.all(moved.map(async (f) => readFile(path.join(dir(), f), 'utf8')));
		expect(contents.sort()).toEqual(['one', 'three', 'two']);
	});
});

describe('a file from a newer version', () => {
	it.each(operations)('%s is left byte for byte untouched, and the result says so', async (name, run) => {
		const file = path.join(dir(), name);
		const bytes = '{ "version": 2,\n  "levels": "a format from the future" }';
		await writeFile(file, bytes);

		expect(await run(dir())).toEqual({ok: false, code: 'ERR_NEWER_VERSION', file, version: 2, supported: 1});
		expect(await readFile(file, 'utf8')).toBe(bytes);
		expect(await readdir(dir())).toEqual([name]);
	});
});

describe('updateJsonFile', () => {
	it('starts from empty when the file (and its folder) are missing', async () => {
		const file = path.join(dir(), 'a', 'b', 'counter.json');
		const result = await updateJsonFile(file, counter, (c) => ({...c, count: c.count + 1}));
		expect(result).toEqual({ok: true, value: {version: 1, count: 1}});
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({version: 1, count: 1});
	});

	it('loses no update when many are made at once in one process', async () => {
		const file = path.join(dir(), 'counter.json');
		const results = await Promise.all(
			Array.from({length: 30}, async () => updateJsonFile(file, counter, (c) => ({...c, count: c.count + 1}))),
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(await readJsonFile(file, counter)).toEqual({ok: true, value: {version: 1, count: 30}});
	});

	it('reports a file system error as ERR_IO instead of throwing', async () => {
		const blocker = path.join(dir(), 'not-a-folder');
		await writeFile(blocker, '');
		const result = await updateJsonFile(path.join(blocker, 'counter.json'), counter, (c) => c);
		expect(result).toMatchObject({ok: false, code: 'ERR_IO'});
	});

	it('reports a lock held by a live process as ERR_LOCKED after retrying', async () => {
		const file = path.join(dir(), 'counter.json');
		const lock = `${file}.lock`;
		await mkdir(lock);
		// A live holder keeps the lock's mtime fresh, so it never goes stale (stale 2 s, refreshed every 100 ms).
		const holder = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), 100);
		// the game's timings wait ~13 s; the same rule with a short schedule: four tries over ~150 ms
		const timings = {stale: 2000, retries: {retries: 3, minTimeout: 10, maxTimeout: 100}};
		const result = await updateJsonFile(file, counter, (c) => ({...c, count: c.count + 1}), timings).finally(() => {
			clearInterval(holder);
		});
		expect(result).toMatchObject({ok: false, code: 'ERR_LOCKED'});
		expect(await readdir(dir())).toEqual(['counter.json.lock']);
	});
});
