import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {play} from '../../source/engine/index.js';
import {candidateCount, FORMULA_SHAPE, MODEL_PAR_WORK, runWork, searchBest, searchShapeOf} from '../../source/engine/search.js';
import {ENGINE_VERSION} from '../../source/engine/index.js';
import {isModelLevel} from '../../source/engine/model/critical.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';
import {parChart} from '../../source/share/par-chart.js';
import {climberWork, clearParMemory, computeParStats, histogram, MODEL_SAMPLE_SIZE, parKey, parStats, percentileOf, SAMPLE_SIZE, sampleSizeOf, type ParStats} from '../../source/share/par.js';
import {PAR_CACHE_FILE, parCacheIn} from '../../source/store/par-cache.js';
import {BOWL_JSON, levelOf, tempDir} from './fixtures.js';

const level = levelOf(BOWL_JSON);
const stats = computeParStats(level);

// the memory cache is per process, and files share a process (vitest.config.ts): start and end cold
beforeEach(() => clearParMemory());
afterEach(() => clearParMemory());

describe('par and percentile', () => {
	it('par is a score the game gives, no random climber beats it; the sample holds 2000 sorted scores in 0–1000', () => {
		// par must come out again when its knobs are played, as the player would play them
		const {knobs} = searchBest(level);
		expect(play(level, knobs, 1).score.total).toBe(stats.par);
		expect(stats.par).toBeGreaterThanOrEqual(stats.sample.at(-1)!);
		expect(stats.sample).toHaveLength(SAMPLE_SIZE);
		for (let i = 1; i < stats.sample.length; i++) expect(stats.sample[i]!).toBeGreaterThanOrEqual(stats.sample[i - 1]!);
		expect(stats.sample[0]!).toBeGreaterThanOrEqual(0);
		expect(stats.sample.at(-1)!).toBeLessThanOrEqual(1000);
		// random knobs over a range up to η = 2 on curvature 2: some blow up, some succeed
		expect(stats.sample[0]).toBe(0);
		expect(stats.sample.at(-1)!).toBeGreaterThan(500);
	});

	it('is deterministic', () => {
		expect(computeParStats(level)).toEqual(stats);
	});

	it('percentile is the share strictly below, monotone in the score', () => {
		expect(percentileOf(stats, 0)).toBe(0);
		expect(percentileOf(stats, 1001)).toBe(1);
		const below = (s: number) => stats.sample.filter((x) => x < s).length / SAMPLE_SIZE;
		fc.assert(
			fc.property(fc.integer({min: 0, max: 1000}), fc.integer({min: 0, max: 1000}), (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				expect(percentileOf(stats, lo)).toBeLessThanOrEqual(percentileOf(stats, hi));
				expect(percentileOf(stats, a)).toBe(below(a));
			}),
		);
	});

	it('histogram counts every climber once', () => {
		const counts = histogram(stats, 20);
		expect(counts).toHaveLength(20);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(SAMPLE_SIZE);
		expect(counts[0]).toBe(stats.sample.filter((s) => s < 50).length);
		expect(counts[19]).toBe(stats.sample.filter((s) => s >= 950).length);
	});

	it("world 7: a search whose runs read the data is sized to their cost, within the bound it is sized by, and a cached par of another search is not read", {timeout: 120_000}, async () => {
		const {levels} = await loadLevelDir(path.join(CAMPAIGN_DIR, 'world-7'));
		const models = levels.filter((l) => isModelLevel(l));
		expect(models.length).toBeGreaterThanOrEqual(4);
		const pars = new Map<string, number>();
		for (const model of models) {
			const shape = searchShapeOf(model);
			const best = searchBest(model);
			pars.set(model.id, best.score);
			// the search never runs more than the count its size was chosen by
			expect(best.evaluated).toBeLessThanOrEqual(candidateCount(model, shape));
			// search and sample together stay within the work, unless the sample is at its floor
			const size = sampleSizeOf(model);
			if (size > MODEL_SAMPLE_SIZE) expect(candidateCount(model, shape) * runWork(model) + size * climberWork(model)).toBeLessThanOrEqual(MODEL_PAR_WORK);
		}

		// the networks' 200 steps of 27–51 parameters over 150 examples cost more than the full search
		expect(models.some((l) => searchShapeOf(l) !== FORMULA_SHAPE && searchShapeOf(l).etas < 10)).toBe(true);
		// a formula level's search and key are what they were
		expect(searchShapeOf(level)).toBe(FORMULA_SHAPE);
		expect(parKey(level)).toBe(`${level.hash}@${ENGINE_VERSION}`);
		// an entry a search of another shape left under the old key, the right size and well formed, is recomputed
		const network = models.find((l) => searchShapeOf(l).etas < 10)!;
		const entries = new Map<string, ParStats>([[`${network.hash}@${ENGINE_VERSION}`, {par: 777, sample: Array.from({length: sampleSizeOf(network)}, () => 0)}]]);
		const cache = {read: (key: string, size: number) => (entries.get(key)?.sample.length === size ? entries.get(key) : undefined), write: (key: string, value: ParStats) => void entries.set(key, value)};
		const computed = parStats(network, cache);
		expect(computed.par).not.toBe(777);
		expect(computed.par).toBe(pars.get(network.id));
		expect(entries.get(parKey(network))).toEqual(computed);
	});

	it('caches on disk per content hash and engine version through the store, and distrusts what it reads', async () => {
		const {dir, remove} = tempDir();
		const writes: Array<Promise<unknown>> = [];
		const cache = parCacheIn(dir, (promise) => {
			writes.push(promise);
			return promise;
		});
		try {
			expect(parStats(level, cache)).toEqual(stats);
			await Promise.all(writes);
			const file = path.join(dir, PAR_CACHE_FILE);
			const stored = JSON.parse(readFileSync(file, 'utf8')) as {version: number; entries: Record<string, {par: number; sample: string}>};
			const key = Object.keys(stored.entries)[0]!;
			expect(key).toContain(level.hash);
			// a well-formed entry on disk is used as it is
			stored.entries[key]!.par = 777;
			writeFileSync(file, JSON.stringify(stored));
			clearParMemory();
			expect(parStats(level, cache).par).toBe(777);
			// a malformed one is ignored and recomputed
			stored.entries[key]!.sample = '5,3,1';
			writeFileSync(file, JSON.stringify(stored));
			clearParMemory();
			expect(parStats(level, cache)).toEqual(stats);
			await Promise.all(writes);
			// a file that does not parse is set aside by the store (never deleted) and written anew
			writeFileSync(file, '{not json');
			clearParMemory();
			expect(parStats(level, cache)).toEqual(stats);
			await Promise.all(writes);
			expect(readdirSync(dir).some((name) => name.startsWith(`${PAR_CACHE_FILE}.corrupt-`))).toBe(true);
			expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);
		} finally {
			remove();
		}
	});

	it('charts fit the width and mark the player’s bucket', () => {
		for (const width of [12, 20, 40, 80]) {
			const chart = parChart(stats, 640, {width, lang: 'en', ascii: false});
			for (const line of [...chart.bars, chart.marks]) expect(line.length).toBeLessThanOrEqual(width);
			expect(chart.marks.indexOf('▲')).toBe(chart.bucket * chart.cell);
		}

		expect(parChart(stats, 640, {width: 100, lang: 'en', ascii: true}).headline).toHaveLength(1);
		const en = parChart(stats, 640, {width: 40, lang: 'en', ascii: true});
		for (const line of en.headline) expect(line.length).toBeLessThanOrEqual(40);
		expect(en.headline.join(' ')).toContain(`better than ${Math.round(percentileOf(stats, 640) * 100)}% of random climbers`);
		expect([...en.bars, en.marks].join('')).toMatch(/^[ .:=#^]*$/);
		const es = parChart(stats, 640, {width: 40, lang: 'es', ascii: false});
		expect(es.headline.join(' ')).toContain('mejor que el');
		expect(es.headline.join(' ')).toContain('de los escaladores al azar');
	});
});
