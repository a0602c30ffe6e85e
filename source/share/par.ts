/**
 * Par and percentile (DESIGN §9). Par is the best score the engine's own search finds over the
 * level's knob ranges; the percentile places a score among a fixed, seeded sample of random
 * climbers (knobs drawn over the level's ranges, η log-uniform, seed 1 each). Both are cached
 * per level content hash and engine version: in memory, and on disk in `par-cache.json` in the
 * data folder (written atomically, validated on read — it is untrusted like every file).
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {ENGINE_VERSION} from '../engine/index.js';
import {Prng} from '../engine/math.js';
import {quickScore, randomKnobs, searchBest} from '../engine/search.js';
import {isModelLevel} from '../engine/model/critical.js';
import type {Level} from '../engine/types.js';

/** How many random climbers a score is ranked against. */
export const SAMPLE_SIZE = 2000;

/**
 * Climbers in the sample of a model terrain with many parameters: each of their steps is a pass
 * over the data (tens of microseconds, not tens of nanoseconds), so 2000 would take seconds.
 */
export const MODEL_SAMPLE_SIZE = 100;

/** The sample size of a level: {@link SAMPLE_SIZE}, or {@link MODEL_SAMPLE_SIZE} for a model with more than two parameters. */
export function sampleSizeOf(level: Level): number {
	return isModelLevel(level) ? MODEL_SAMPLE_SIZE : SAMPLE_SIZE;
}

/** Highest score a run can get. */
export const MAX_SCORE = 1000;

/** Cache entries kept on disk; the oldest go first. */
const MAX_DISK_ENTRIES = 200;

/** The cache file's name inside the data folder. */
export const PAR_CACHE_FILE = 'par-cache.json';

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
	const par = searchBest(level).score;
	const rng = new Prng(sampleSeed(level));
	const sample = new Array<number>(size);
	for (let i = 0; i < size; i++) sample[i] = quickScore(level, randomKnobs(level, rng), 1);
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

const keyOf = (level: Level) => `${level.hash}@${ENGINE_VERSION}`;

/** A cache entry read from disk, or undefined when it is not a well-formed one. */
function parseEntry(raw: unknown, size: number): ParStats | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const {par, sample} = raw as {par?: unknown; sample?: unknown};
	const isScore = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SCORE;
	if (!isScore(par) || !Array.isArray(sample) || sample.length !== size) return undefined;
	for (let i = 0; i < sample.length; i++) {
		if (!isScore(sample[i]) || (i > 0 && sample[i] < sample[i - 1])) return undefined;
	}

	return {par, sample: sample as number[]};
}

type DiskCache = {version: 1; entries: Record<string, unknown>};

/** A larger cache file is not read (it is a cache: it is started again). */
export const MAX_PAR_CACHE_BYTES = 4 * 1024 * 1024;

function readDisk(file: string): DiskCache {
	try {
		if (statSync(file).size > MAX_PAR_CACHE_BYTES) return {version: 1, entries: {}};
		const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
		if (data && typeof data === 'object' && (data as DiskCache).version === 1) {
			const entries = (data as DiskCache).entries;
			if (entries && typeof entries === 'object' && !Array.isArray(entries)) return {version: 1, entries};
		}
	} catch {}

	return {version: 1, entries: {}};
}

function writeDisk(file: string, key: string, stats: ParStats): void {
	try {
		const cache = readDisk(file);
		const entries = Object.entries(cache.entries).filter(([k]) => k !== key && !k.startsWith('__proto__'));
		entries.push([key, stats]);
		const kept = Object.fromEntries(entries.slice(-MAX_DISK_ENTRIES));
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomic.sync(file, JSON.stringify({version: 1, entries: kept}));
	} catch {
		// a cache that cannot be written only costs the time to compute it again
	}
}

/**
 * Par and the sample of a level, from the memory cache, else the disk cache in `dataDir`, else
 * computed (and then cached in both). Without `dataDir`, memory only.
 */
export function parStats(level: Level, dataDir?: string): ParStats {
	const key = keyOf(level);
	const known = memory.get(key);
	if (known) return known;
	const file = dataDir === undefined ? undefined : path.join(dataDir, PAR_CACHE_FILE);
	if (file) {
		const {entries} = readDisk(file);
		const stored = parseEntry(Object.hasOwn(entries, key) ? entries[key] : undefined, sampleSizeOf(level));
		if (stored) {
			memory.set(key, stored);
			return stored;
		}
	}

	const stats = computeParStats(level);
	memory.set(key, stats);
	if (file) writeDisk(file, key, stats);
	return stats;
}

/** Forgets the memory cache (tests, benchmarks). */
export function clearParMemory(): void {
	memory.clear();
}
