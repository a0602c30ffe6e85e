import {readdir} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {
	emptyProgress,
	loadProgress,
	parseProgress,
	recordDaily,
	recordResult,
	saveLessonProgress,
	withLesson,
	withResult,
	type LevelResult,
} from '../../source/store/index.js';
import {useTempDir} from './helpers/temp-dir.js';

const dir = useTempDir();
const run = (score: number, stars: 0 | 1 | 2 | 3, seed = 1): LevelResult => ({
	levelId: 'w1-03-bouncing-ball',
	score,
	stars,
	knobs: {learningRate: score / 1000, schedule: 'cosine', nesterov: true},
	seed,
});

describe('withResult', () => {
	it('keeps the most stars, the best score with its knobs and seed, and counts plays', () => {
		let progress = withResult(emptyProgress(), run(700, 2, 7));
		progress = withResult(progress, run(400, 1, 8));
		progress = withResult(progress, run(650, 3, 9));
		expect(progress.levels['w1-03-bouncing-ball']).toEqual({
			stars: 3,
			best: 700,
			bestKnobs: {learningRate: 0.7, schedule: 'cosine', nesterov: true},
			bestSeed: 7,
			plays: 3,
			// the last run's knobs, whatever it scored: they pre-fill the setup next time
			lastKnobs: {learningRate: 0.65, schedule: 'cosine', nesterov: true},
		});
	});

	it('keeps the earlier run on a tie', () => {
		const progress = withResult(withResult(emptyProgress(), run(500, 1, 1)), run(500, 1, 2));
		expect(progress.levels['w1-03-bouncing-ball']).toMatchObject({bestSeed: 1, plays: 2});
	});

	it('does not change its input', () => {
		const before = withResult(emptyProgress(), run(100, 0));
		const copy = structuredClone(before);
		withResult(before, run(900, 3));
		expect(before).toEqual(copy);
	});
});

describe('withLesson', () => {
	it('never takes a finished lesson back to not done', () => {
		let progress = withLesson(emptyProgress(), 'hills', {done: true, step: 5});
		progress = withLesson(progress, 'hills', {done: false, step: 0});
		expect(progress.tutorial.lessons['hills']).toEqual({done: true, step: 0});
	});
});

describe('parseProgress', () => {
	it('drops malformed entries and keeps the rest', () => {
		const progress = parseProgress({
			version: 1,
			levels: {
				good: {stars: 2, best: 640, plays: 3, bestSeed: 4, bestKnobs: {learningRate: 0.1, bad: {}}},
				'too-many-stars': {stars: 4, best: 1, plays: 1},
				'bad-score': {stars: 1, best: 1001, plays: 1},
				'\u001b]0;x\u0007': {stars: 1, best: 1, plays: 1},
				...(JSON.parse('{"__proto__": {"stars": 1, "best": 1, "plays": 1}}') as object),
			},
			tutorial: {lessons: {a: {done: true, step: 2}, b: {done: 'yes', step: 1}}},
			daily: {'2025-01-01': {best: 12}, '2025-01-02': {best: -1}},
		});
		expect(progress).toEqual({
			version: 1,
			levels: {good: {stars: 2, best: 640, plays: 3, bestSeed: 4, bestKnobs: {learningRate: 0.1}}},
			tutorial: {lessons: {a: {done: true, step: 2}}},
			daily: {'2025-01-01': {best: 12}},
		});
		expect(Object.getPrototypeOf(progress!.levels)).toBe(Object.prototype);
	});

	it('reads missing parts as empty', () => {
		expect(parseProgress({version: 1})).toEqual(emptyProgress());
	});
});

describe('progress on disk', () => {
	it('is empty before anything is played, without creating files', async () => {
		expect(await loadProgress(dir())).toEqual({ok: true, value: emptyProgress()});
		expect(await readdir(dir())).toEqual([]);
	});

	it('records results, lessons and daily scores', async () => {
		await recordResult(dir(), run(300, 1));
		await recordResult(dir(), run(800, 3));
		await saveLessonProgress(dir(), 'momentum', {done: false, step: 2});
		await recordDaily(dir(), '2025-03-04', 420);
		await recordDaily(dir(), '2025-03-04', 120);
		const result = await loadProgress(dir());
		expect(result.ok && result.value).toEqual({
			version: 1,
			levels: {'w1-03-bouncing-ball': {stars: 3, best: 800, bestKnobs: run(800, 3).knobs, bestSeed: 1, plays: 2, lastKnobs: run(800, 3).knobs}},
			tutorial: {lessons: {momentum: {done: false, step: 2}}},
			daily: {'2025-03-04': {best: 420}},
		});
		expect(await readdir(dir())).toEqual(['progress.json']);
	});

	it.each([
		['a bad level id', {...run(1, 0), levelId: ''}],
		['a score over 1000', run(1001, 3)],
		['a fractional score', run(1.5, 0)],
		['a negative seed', run(1, 0, -1)],
	])('refuses %s without writing', async (_, result) => {
		expect(await recordResult(dir(), result)).toMatchObject({ok: false, code: 'ERR_INVALID'});
		expect(await saveLessonProgress(dir(), 'x', {done: true, step: -1})).toMatchObject({ok: false, code: 'ERR_INVALID'});
		expect(await recordDaily(dir(), 'today', 1)).toMatchObject({ok: false, code: 'ERR_INVALID'});
		expect(await readdir(dir())).toEqual([]);
	});
});
