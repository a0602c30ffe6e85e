/**
 * Par and percentile. Par is the best score the engine's own search finds over the level's knob
 * ranges; the percentile places a score among a fixed, seeded sample of random climbers (knobs
 * drawn over the level's ranges, η log-uniform, seed 1 each). Both are cached per level content
 * hash and engine version: in memory here, and on disk through a {@link ParCache} (the store's
 * `par-cache.json`, see store/par-cache.ts).
 */
import {createHash} from 'node:crypto';
import {ENGINE_VERSION} from '../engine/index.js';
import {Prng} from '../engine/math.js';
import {candidateCount, MODEL_PAR_WORK, quickScore, randomKnobs, runWork, searchShapeOf, searchSteps} from '../engine/search.js';
import {isModelLevel} from '../engine/model/critical.js';
import {parameterCount} from '../engine/model/model.js';
import type {Level} from '../engine/types.js';

/** How many random climbers a score is ranked against. */
export const SAMPLE_SIZE = 2000;

/**
 * The fewest climbers a model level ranks against: each of their steps is a pass over the data
 * (a forward and backward pass per example, microseconds, not the tens of nanoseconds of a formula
 * terrain), so 2000 of them would take seconds (`npm run bench` gives the figures); 20 still
 * place a score in steps of 5 %.
 */
export const MODEL_SAMPLE_SIZE = 20;

/**
 * The work of one random climber of a model level, in example × parameter products: budget ×
 * examples a step reads × parameters. A full-batch step reads every example (a model with two
 * parameters then has a quadratic loss, as cheap as a formula: 0); a batch level's random climber
 * reads B examples a step, on average the middle of the batch range (B = all of them is the full
 * batch).
 */
export function climberWork(level: Level): number {
	if (!level.model) return 0;
	const {rows} = level.model;
	const batch = level.knobs.batchSize;
	const examples = batch ? Math.min(rows, (batch.min + batch.max) / 2) : isModelLevel(level) ? rows : 0;
	return level.budget * examples * parameterCount(level.model);
}

/**
 * The sample size of a level: {@link SAMPLE_SIZE} climbers, or for a model level whose climbers
 * read its data ({@link climberWork}) as many as what {@link MODEL_PAR_WORK} leaves after the par
 * search (its candidates × {@link runWork}, see {@link searchShapeOf}) pays for, never fewer than
 * {@link MODEL_SAMPLE_SIZE} nor more than {@link SAMPLE_SIZE}. Deterministic (a count, not a
 * clock): the sample is part of the par cache.
 */
export function sampleSizeOf(level: Level): number {
	const perClimber = climberWork(level);
	if (perClimber === 0) return SAMPLE_SIZE;
	const left = MODEL_PAR_WORK - candidateCount(level, searchShapeOf(level)) * runWork(level);
	return Math.max(MODEL_SAMPLE_SIZE, Math.min(SAMPLE_SIZE, Math.floor(left / perClimber)));
}

/** Highest score a run can get. */
export const MAX_SCORE = 1000;

/** Par and the random-climber sample of one level version. */
export type ParStats = {
	/** Best score the search found, 0–1000. */
	par: number;
	/** The random climbers' scores, ascending, {@link sampleSizeOf} the level of them, each 0–1000. */
	sample: number[];
};

/** The seed of a level's climber sample, from its content hash and the engine version. */
export function sampleSeed(level: Level): number {
	return createHash('sha256').update(`descenso-climbers:${level.hash}:${ENGINE_VERSION}`).digest().readUInt32LE(0);
}

/** Computes par and the sample (no cache). Deterministic. */
export function computeParStats(level: Level, size = sampleSizeOf(level)): ParStats {
	const steps = parSteps(level, size);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** {@link computeParStats} one simulation at a time: yields after each run, returns the stats. */
export function* parSteps(level: Level, size = sampleSizeOf(level)): Generator<void, ParStats> {
	const par = (yield* searchSteps(level)).score;
	const rng = new Prng(sampleSeed(level));
	const sample = new Array<number>(size);
	for (let i = 0; i < size; i++) {
		sample[i] = quickScore(level, randomKnobs(level, rng), 1);
		yield;
	}

	sample.sort((a, b) => a - b);
	return {par, sample};
}

/** The share of the sample strictly below `score`, 0–1. */
export function percentileOf(stats: ParStats, score: number): number {
	const {sample} = stats;
	if (sample.length === 0) return 0;
	let lo = 0;
	let hi = sample.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sample[mid]! < score) lo = mid + 1;
		else hi = mid;
	}

	return lo / sample.length;
}

/** Counts of the sample in `buckets` equal slices of 0–1000 (1000 falls in the last). */
export function histogram(stats: ParStats, buckets = 20): number[] {
	const counts = new Array<number>(buckets).fill(0);
	for (const score of stats.sample) counts[bucketOf(score, buckets)]!++;
	return counts;
}

/** The bucket a score falls in, 0 … buckets − 1. */
export function bucketOf(score: number, buckets: number): number {
	return Math.max(0, Math.min(buckets - 1, Math.floor((score / MAX_SCORE) * buckets)));
}

const memory = new Map<string, ParStats>();

/**
 * The cache key of a level version: content hash and engine version, and on a model level with
 * more than two parameters the shape of its par search (sized by cost, {@link searchShapeOf}): an
 * entry of a search of another shape is not this par.
 */
export function parKey(level: Level): string {
	const key = `${level.hash}@${ENGINE_VERSION}`;
	if (!isModelLevel(level)) return key;
	const shape = searchShapeOf(level);
	return `${key}/search:${shape.etas}:${shape.momenta.join(',')}`;
}

/** A place par is kept between runs of the game (the store's par cache); untrusted on read. */
export type ParCache = {
	/** the entry under `key` if it is a well-formed one of `size` scores */
	read: (key: string, size: number) => ParStats | undefined;
	write: (key: string, stats: ParStats) => void;
};

/**
 * Par and the sample of a level, from the memory cache, else `cache`, else computed (and then
 * cached in both). Without `cache`, memory only.
 */
export function parStats(level: Level, cache?: ParCache): ParStats {
	const known = cachedParStats(level, cache);
	if (known) return known;
	const stats = computeParStats(level);
	memory.set(parKey(level), stats);
	cache?.write(parKey(level), stats);
	return stats;
}

/** Par and the sample from the memory cache, else `cache`; undefined when neither holds them. */
export function cachedParStats(level: Level, cache?: ParCache): ParStats | undefined {
	const key = parKey(level);
	const known = memory.get(key);
	if (known) return known;
	const stored = cache?.read(key, sampleSizeOf(level));
	if (stored) memory.set(key, stored);
	return stored;
}

/** How long (ms) the asynchronous search computes before it lets the event loop run. */
const SLICE_MS = 12;

/**
 * {@link parStats} without blocking: from the caches when they hold them, else computed in slices
 * of about {@link SLICE_MS}, between which keys, frames, saves and signals are handled; cached
 * like {@link parStats}. Rejects with an `AbortError` when `signal` aborts (nothing is cached).
 * The level validator's work limit keeps one slice's single run short.
 */
export async function parStatsAsync(level: Level, cache?: ParCache, signal?: AbortSignal): Promise<ParStats> {
	const known = cachedParStats(level, cache);
	if (known) return known;
	const steps = parSteps(level);
	for (;;) {
		// setImmediate, not a microtask: input, timers and I/O get their turn between slices
		await new Promise((resolve) => setImmediate(resolve));
		if (signal?.aborted) throw Object.assign(new Error('par search stopped'), {name: 'AbortError'});
		const end = Date.now() + SLICE_MS;
		let next = steps.next();
		while (!next.done && Date.now() < end) next = steps.next();
		if (next.done) {
			memory.set(parKey(level), next.value);
			cache?.write(parKey(level), next.value);
			return next.value;
		}
	}
}

/** Forgets the memory cache (tests, benchmarks). */
export function clearParMemory(): void {
	memory.clear();
}
