/**
 * The par cache, `par-cache.json` in the data folder: par and the random-climber sample of each
 * level version (share/par.ts computes them). Read without a lock (writes are atomic); written
 * like every store file, under its lock, merging with what another process wrote meanwhile.
 * Untrusted: an entry that is not well formed is a miss, a file that does not parse is set aside.
 */
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {updateJsonFile, type JsonFileSpec, type StoreResult} from './json-file.js';
import {isScore} from './validate.js';

/** The cache file's name inside the data folder. */
export const PAR_CACHE_FILE = 'par-cache.json';

/** A larger cache file is not read (it is a cache: it is started again). */
export const MAX_PAR_CACHE_BYTES = 4 * 1024 * 1024;

/** Entries kept; the oldest go first. */
const MAX_ENTRIES = 200;

/** Par (0–1000) and the sample's scores (ascending, each 0–1000) of one level version. */
export type ParRecord = {par: number; sample: number[]};

/** The file: the sample is kept as one comma-separated string (2000 numbers a level). */
type ParFile = {version: 2; entries: Record<string, {par: number; sample: string}>};

/** A stored entry as a record, or undefined when it is not a well-formed one of `size` scores. */
export function parseParEntry(raw: unknown, size: number): ParRecord | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const {par, sample} = raw as {par?: unknown; sample?: unknown};
	// version 1 kept the sample as an array
	const scores: unknown[] = typeof sample === 'string' ? sample.split(',').map((s) => (/^\d{1,4}$/.test(s) ? Number(s) : Number.NaN)) : Array.isArray(sample) ? sample : [];
	if (!isScore(par) || scores.length !== size) return undefined;
	for (let i = 0; i < scores.length; i++) {
		if (!isScore(scores[i]) || (i > 0 && (scores[i] as number) < (scores[i - 1] as number))) return undefined;
	}

	return {par, sample: scores as number[]};
}

function parseFile(data: Record<string, unknown>): ParFile {
	const entries: ParFile['entries'] = {};
	const raw = data['entries'];
	if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
		for (const [key, value] of Object.entries(raw)) {
			if (key === '__proto__' || !value || typeof value !== 'object') continue;
			const {par, sample} = value as {par?: unknown; sample?: unknown};
			if (isScore(par) && (typeof sample === 'string' || Array.isArray(sample))) entries[key] = {par, sample: Array.isArray(sample) ? sample.join(',') : sample};
		}
	}

	return {version: 2, entries};
}

const spec: JsonFileSpec<ParFile> = {version: 2, empty: () => ({version: 2, entries: {}}), parse: parseFile};

/** The entry stored under `key` in `dir`, or undefined (no file, no entry, or not well formed). */
export function readParEntry(dir: string, key: string, size: number): ParRecord | undefined {
	try {
		const file = path.join(dir, PAR_CACHE_FILE);
		if (statSync(file).size > MAX_PAR_CACHE_BYTES) return undefined;
		const data = JSON.parse(readFileSync(file, 'utf8')) as {version?: unknown; entries?: Record<string, unknown>};
		if ((data.version !== 1 && data.version !== 2) || !data.entries || typeof data.entries !== 'object') return undefined;
		return parseParEntry(Object.hasOwn(data.entries, key) ? data.entries[key] : undefined, size);
	} catch {
		// no cache yet, or one that does not parse: a miss (the next write sets a bad file aside)
		return undefined;
	}
}

/** Stores an entry under `key`, keeping the newest {@link MAX_ENTRIES}. */
export async function saveParEntry(dir: string, key: string, record: ParRecord): Promise<StoreResult<ParFile>> {
	return updateJsonFile(path.join(dir, PAR_CACHE_FILE), spec, (current) => {
		const kept = Object.entries(current.entries).filter(([k]) => k !== key);
		kept.push([key, {par: record.par, sample: record.sample.join(',')}]);
		return {version: 2, entries: Object.fromEntries(kept.slice(-MAX_ENTRIES))};
	});
}

/**
 * The cache in `dir` as share/par.ts takes it. Writes are not awaited by the caller: a cache that
 * cannot be written only costs the time to compute it again; `pending` lets a quitting game wait.
 */
export function parCacheIn(dir: string, track: <T>(promise: Promise<T>) => Promise<T> = (p) => p) {
	return {
		read: (key: string, size: number) => readParEntry(dir, key, size),
		write: (key: string, record: ParRecord) => {
			void track(saveParEntry(dir, key, record)).catch(() => undefined);
		},
	};
}
