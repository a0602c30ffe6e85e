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
import {quickScore, randomKnobs, searchSteps} from '../engine/search.js';
import {isModelLevel} from '../engine/model/critical.js';
import {parameterCount} from '../engine/model/model.js';
import type {Level} from '../engine/types.js';

/** How many random climbers a score is ranked against. */
export const SAMPLE_SIZE = 2000;

/**
 * The fewest climbers a model terrain with many parameters ranks against: each of their steps is
 * a full pass over the data (a forward and backward pass per example, tens of microseconds, not
 * the tens of nanoseconds of a formula terrain), so 2000 of them would take seconds (`npm run
 * bench` gives the figures), and below 50 a percentile says little.
 */
export const MODEL_SAMPLE_SIZE = 50;

/**
 * The work a model level's sample is sized to: climber steps × examples × parameters. At about
 * 5 ns per example and parameter (one step of the 51-parameter network on 150 iris rows, 103 of
 * them distinct, is ≈ 22 µs of CPU on the bench machine) this is about 80 ms of passes over the data.
 */
export const MODEL_SAMPLE_WORK = 16_000_000;

/**
 * The sample size of a level: {@link SAMPLE_SIZE} climbers, or for a model with more than two
 * parameters as many as {@link MODEL_SAMPLE_WORK} pays for at the level's budget, data and
 * parameter count, never fewer than {@link MODEL_SAMPLE_SIZE} nor more than {@link SAMPLE_SIZE}.
 * Deterministic (a count, not a clock): the sample is part of the par cache.
 */
export function sampleSizeOf(level: Level): number {
	if (!isModelLevel(level)) return SAMPLE_SIZE;
	const perClimber = level.budget * level.model.rows * parameterCount(level.model);
	return Math.max(MODEL_SAMPLE_SIZE, Math.min(SAMPLE_SIZE, Math.floor(MODEL_SAMPLE_WORK / perClimber)));
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

/** The cache key of a level version: content hash and engine version. */
export const parKey = (level: Level) => `${level.hash}@${ENGINE_VERSION}`;

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
