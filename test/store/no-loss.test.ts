/** No silent loss (issue #13): dead locks taken over at once, a lock path that is not a lock reported, dropped entries backed up, oversized files capped. */
import {spawnSync} from 'node:child_process';
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addScore, MAX_FILE_BYTES, updateJsonFile, type JsonFileSpec} from '../../source/store/index.js';
import {peekSettings} from '../../source/store/peek-settings.js';
import {useTempDir} from './helpers/temp-dir.js';

const dir = useTempDir();
type Counter = {version: 1; count: number};
const counter: JsonFileSpec<Counter> = {
	version: 1,
	empty: () => ({version: 1, count: 0}),
	parse: (data) => (typeof data['count'] === 'number' ? {version: 1, count: data['count']} : undefined),
};

/** No waiting at all: a lock that is still in the way fails at once with ERR_LOCKED. */
const NO_WAIT = {stale: 10_000, retries: {retries: 0, minTimeout: 10, maxTimeout: 10}};

/** The pid of a process that has exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
	return Number(child.stdout);
}

describe('locks', () => {
	it('a lock whose owner is dead is taken over at once, without waiting for it to go stale', async () => {
		const file = path.join(dir(), 'counter.json');
		await mkdir(`${file}.lock`);
		await writeFile(path.join(`${file}.lock`, 'pid'), String(deadPid()));
		const result = await updateJsonFile(file, counter, (c) => ({...c, count: c.count + 1}), NO_WAIT);
		expect(result).toMatchObject({ok: true, value: {count: 1}});
		expect(await readdir(dir())).toEqual(['counter.json']);
	});

	it('a lock whose owner is alive is respected', async () => {
		const file = path.join(dir(), 'counter.json');
		await mkdir(`${file}.lock`);
		await writeFile(path.join(`${file}.lock`, 'pid'), String(process.pid));
		const result = await updateJsonFile(file, counter, (c) => c, NO_WAIT);
		expect(result).toMatchObject({ok: false, code: 'ERR_LOCKED'});
	});

	it('a lock path that is a plain file is reported as not a lock', async () => {
		const file = path.join(dir(), 'counter.json');
		await writeFile(`${file}.lock`, 'junk');
		const result = await updateJsonFile(file, counter, (c) => c, NO_WAIT);
		expect(result).toMatchObject({ok: false, code: 'ERR_IO'});
		expect(!result.ok && 'message' in result && result.message).toMatch(/counter\.json\.lock .*is not one/);
		expect(await readFile(`${file}.lock`, 'utf8')).toBe('junk');
	});
});

describe('malformed entries dropped on save', () => {
	it('are kept in a backup of the file as it was, and the save says so', async () => {
		const file = path.join(dir(), 'scores.json');
		const good = {name: 'Ana', score: 700, stars: 2 as const, knobs: {learningRate: 0.1, momentum: 0, decay: 0}, seed: 1, engine: '1', levelHash: 'abc', date: '2025-01-01T00:00:00.000Z'};
		const bytes = JSON.stringify({version: 1, boards: {'w1-01': [good, {...good, score: 'lots'}, {name: 3}]}});
		await writeFile(file, bytes);
		const added = await addScore(dir(), 'w1-01', {...good, name: 'Bea', score: 800});
		expect(added.ok && added.notice).toMatchObject({kind: 'dropped', file, reason: '2 malformed entries left out'});
		const backup = added.ok ? added.notice!.movedTo : '';
		expect(await readFile(backup, 'utf8')).toBe(bytes);
		expect(added.ok && added.value.board.map((e) => e.name)).toEqual(['Bea', 'Ana']);
		// the next save has nothing left to drop: no second backup
		const again = await addScore(dir(), 'w1-01', {...good, name: 'Cid', score: 100});
		expect(again.ok && again.notice).toBeUndefined();
	});
});

describe('file size caps', () => {
	it('an oversized store file is set aside with the limit named, not read', async () => {
		const file = path.join(dir(), 'scores.json');
		await writeFile(file, `{"version":1,"boards":{},"pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`);
		const added = await addScore(dir(), 'w1-01', {name: 'Ana', score: 1, stars: 0, knobs: {learningRate: 0.1, momentum: 0, decay: 0}, seed: 1, engine: '1', levelHash: 'abc'});
		expect(added.ok && added.notice).toMatchObject({kind: 'corrupt'});
		expect(added.ok && added.notice!.reason).toContain(`${MAX_FILE_BYTES / 1024 / 1024} MiB`);
	});

	it('the first-frame settings read skips an oversized settings file', async () => {
		await writeFile(path.join(dir(), 'settings.json'), `{"version":1,"language":"es","pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`);
		expect(await peekSettings(dir())).toEqual({version: 1});
	});
});
