import {spawn, type ChildProcess} from 'node:child_process';
import {once} from 'node:events';
import {readFile, readdir, rm, stat, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {emptyProgress, loadProgress, loadScores, recordResult, type Progress} from '../../source/store/index.js';
import {buildStore} from './helpers/build-store.js';
import {useTempDir} from './helpers/temp-dir.js';

const worker = fileURLToPath(new URL('helpers/worker.mjs', import.meta.url));
const knobs = {learningRate: 0.1, momentum: 0.5, decay: 0};
const dir = useTempDir();
let build: {dir: string; url: string} | undefined;

beforeAll(async () => {
	build = await buildStore();
});

afterAll(async () => {
	if (build) await rm(build.dir, {recursive: true, force: true});
});

function startWorker(mode: string, tag = 'w'): {child: ChildProcess; stderr: () => string} {
	const child = spawn(process.execPath, [worker, mode, build!.url, dir(), tag], {stdio: 'pipe'});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return {child, stderr: () => stderr};
}

async function exitOf(child: ChildProcess): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
	if (child.exitCode !== null || child.signalCode !== null) return {code: child.exitCode, signal: child.signalCode};
	const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
	return {code, signal};
}

describe('two processes saving at once', () => {
	it('lose nothing', async () => {
		const workers = ['a', 'b'].map((tag) => startWorker('race', tag));
		await Promise.all(workers.map(({child}) => once(child.stdout!, 'data')));
		for (const {child} of workers) child.stdin!.write('go\n');
		for (const {child, stderr} of workers) expect(await exitOf(child), stderr()).toEqual({code: 0, signal: null});

		const scores = await loadScores(dir());
		const progress = await loadProgress(dir());
		if (!scores.ok || !progress.ok) throw new Error('could not read back');
		const names = Object.values(scores.value.boards).flat().map((entry) => entry.name);
		expect(names).toHaveLength(50);
		const {levels, tutorial} = progress.value;
		for (const tag of ['a', 'b']) {
			for (let i = 0; i < 25; i++) {
				expect(names).toContain(`${tag} ${i}`);
				expect(levels[`${tag}-${i}`]).toMatchObject({best: i, plays: 1});
				expect(tutorial.lessons[`${tag}-lesson-${i}`]).toEqual({done: true, step: i});
			}
		}
		expect(levels['shared']).toMatchObject({plays: 50, best: 124});
	});
});

describe('a process killed while writing', () => {
	it('leaves the previous file intact, and its stale lock is taken over later', async () => {
		const levels = Array.from({length: 2000}, (_, i) => [`level-${i}`, {stars: 1, best: i % 1000, bestKnobs: knobs, bestSeed: i, plays: 1}]);
		const before: Progress = {...emptyProgress(), levels: Object.fromEntries(levels)};
		const file = path.join(dir(), 'progress.json');
		const bytes = `${JSON.stringify(before, null, '\t')}\n`;
		await writeFile(file, bytes);

		const {child, stderr} = startWorker('kill-mid-write');
		expect(await exitOf(child), stderr()).toEqual({code: null, signal: 'SIGKILL'});

		expect(await readFile(file, 'utf8')).toBe(bytes);
		const leftovers = (await readdir(dir())).filter((name) => /^progress\.json\.\d+$/.test(name));
		expect(leftovers).toHaveLength(1); // the half-written temp file: the kill really came mid-write
		const half = await readFile(path.join(dir(), leftovers[0]!), 'utf8');
		expect(half.length).toBeGreaterThan(1000);
		expect(() => JSON.parse(half)).toThrow();
		expect(await loadProgress(dir())).toEqual({ok: true, value: before});

		const lock = `${file}.lock`;
		expect((await stat(lock)).isDirectory()).toBe(true);
		const old = new Date(Date.now() - 60_000);
		await utimes(lock, old, old);
		const after = await recordResult(dir(), {levelId: 'level-0', score: 999, stars: 3, knobs, seed: 1});
		expect(after.ok && after.value.levels['level-0']).toMatchObject({best: 999, stars: 3, plays: 2});
	});
});
