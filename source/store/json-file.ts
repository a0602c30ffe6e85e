import {access, copyFile, lstat, mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import process from 'node:process';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import {MAX_FILE_BYTES} from './limits.js';
import {trackWrite} from './pending.js';
import {isObject, type JsonObject} from './validate.js';

/** Something the player should be told about although the operation went on. */
export type StoreNotice = {
	/**
	 * `corrupt`: the file could not be read and was moved aside; `dropped`: malformed entries were
	 * left out when the file was saved, and the file as it was is kept in a copy.
	 */
	kind: 'corrupt' | 'dropped';
	/** The file that could not be read, or that lost entries. */
	file: string;
	/** Where its bytes are now, unchanged: `<file>.corrupt-<timestamp>` or `<file>.dropped-<timestamp>`. */
	movedTo: string;
	/** Why, in English, for logs: `not valid JSON`, `3 malformed entries`… */
	reason: string;
};

/** Why an operation on a store file did not happen. Nothing was written. */
export type StoreError =
	| {
			ok: false;
			/** The file was written by a newer descenso; it is left untouched. */
			code: 'ERR_NEWER_VERSION';
			file: string;
			/** The file's `version`. */
			version: number;
			/** The highest version this build reads. */
			supported: number;
	  }
	| {
			ok: false;
			/**
			 * `ERR_LOCKED`: another process held the lock for ~10 s; `ERR_IO`: the file system
			 * refused (permissions, full disk…); `ERR_INVALID`: the caller passed a bad value.
			 */
			code: 'ERR_LOCKED' | 'ERR_IO' | 'ERR_INVALID';
			file: string;
			message: string;
	  };

/** The outcome of reading or updating a store file. */
export type StoreResult<T> = {ok: true; value: T; notice?: StoreNotice} | StoreError;

/** How to read one kind of store file. */
export type JsonFileSpec<T extends {version: number}> = {
	/** The highest `version` this build understands; files with a higher one are not touched. */
	version: number;
	/** The content of a missing (or set-aside) file. */
	empty: () => T;
	/**
	 * Validates a parsed object whose `version` is an integer in [1, version]. Returns `undefined`
	 * when the whole file is unusable (it is then set aside); should drop bad entries rather than
	 * reject the file for them.
	 */
	parse: (data: JsonObject) => T | undefined;
	/** How many entries `parse` leaves out of `data` as malformed (they are backed up before a save). */
	dropped?: (data: JsonObject) => number;
};

export {MAX_FILE_BYTES} from './limits.js';

/** How long a lock is waited for: proper-lockfile's `stale` (ms) and retry schedule. */
export type LockTimings = {
	/** a lock not refreshed for this long (ms) belonged to a process that died, and is taken over */
	stale: number;
	retries: {retries: number; minTimeout: number; maxTimeout: number};
};

/** ~13 s of retries: longer than `stale`, so a lock left by a killed process is always taken over. */
export const LOCK_TIMINGS: LockTimings = {
	stale: 10_000,
	retries: {retries: 70, minTimeout: 10, maxTimeout: 200},
};

/** The tail of each file's queue of locked operations in this process. */
const queues = new Map<string, Promise<unknown>>();

type Loaded<T> = {kind: 'ok'; value: T; dropped?: number} | {kind: 'corrupt'; reason: string} | {kind: 'newer'; version: number};

/**
 * Reads a store file. A missing file reads as `spec.empty()`. A file from a newer version gives
 * `ERR_NEWER_VERSION` and stays as it is. A corrupt file (not JSON, wrong shape, too large) is
 * moved aside to `<file>.corrupt-<timestamp>` under the file's lock — reads do move files, so
 * that the notice can say where the bytes went — and reads as `spec.empty()` with a notice.
 * Needs no lock otherwise: writes replace the file atomically, so a reader never sees half of one.
 */
export async function readJsonFile<T extends {version: number}>(
	file: string,
	spec: JsonFileSpec<T>,
	timings: LockTimings = LOCK_TIMINGS,
): Promise<StoreResult<T>> {
	return guard(file, async () => {
		const loaded = await load(file, spec);
		if (loaded.kind !== 'corrupt') return toResult(file, spec, loaded);
		// Re-read under the lock: another process may have replaced the file meanwhile.
		return withLock(file, timings, async () => recover(file, spec, await load(file, spec)));
	});
}

/**
 * Read-modify-write under a lock, so that concurrent processes lose nothing: locks `<file>`
 * (proper-lockfile, lock directory `<file>.lock`, retried for ~10 s), reads it as
 * {@link readJsonFile} does (setting a corrupt file aside), applies `mutate` to the current
 * content, writes the result atomically (write-file-atomic: temp file, fsync, rename) and unlocks.
 * `mutate` is the merge: it must be pure and build on `current`. Nothing is written when the file
 * is from a newer version or the lock cannot be had. `timings` replace the lock's waits (tests).
 */
export async function updateJsonFile<T extends {version: number}>(
	file: string,
	spec: JsonFileSpec<T>,
	mutate: (current: T) => T,
	timings: LockTimings = LOCK_TIMINGS,
): Promise<StoreResult<T>> {
	return trackWrite(update(file, spec, mutate, timings));
}

async function update<T extends {version: number}>(
	file: string,
	spec: JsonFileSpec<T>,
	mutate: (current: T) => T,
	timings: LockTimings,
): Promise<StoreResult<T>> {
	return guard(file, async () => {
		await mkdir(path.dirname(file), {recursive: true});
		return withLock(file, timings, async (isHeld) => {
			const loaded = await load(file, spec);
			const current = await recover(file, spec, loaded);
			if (!current.ok) return current;
			const value = mutate(current.value);
			if (!isHeld()) return failure(file, 'ERR_LOCKED', 'lost the lock before writing');
			// entries left out as malformed would be lost by this write: keep the file as it was
			const dropped = loaded.kind === 'ok' ? (loaded.dropped ?? 0) : 0;
			const backup = dropped > 0 ? await copyAside(file, 'dropped') : undefined;
			await writeFileAtomic(file, `${JSON.stringify(value, null, '\t')}\n`);
			const notice: StoreNotice | undefined = backup
				? {kind: 'dropped', file, movedTo: backup, reason: `${dropped} malformed ${dropped === 1 ? 'entry' : 'entries'} left out`}
				: current.notice;
			return notice ? {ok: true, value, notice} : {ok: true, value};
		});
	});
}

/** Maps the value of a successful result, keeping its notice. */
export function mapResult<T, U>(result: StoreResult<T>, f: (value: T) => U): StoreResult<U> {
	return result.ok ? {...result, value: f(result.value)} : result;
}

async function load<T extends {version: number}>(file: string, spec: JsonFileSpec<T>): Promise<Loaded<T>> {
	let text: string;
	try {
		const {size} = await stat(file);
		if (size > MAX_FILE_BYTES) return {kind: 'corrupt', reason: `${Math.ceil(size / 1024 / 1024)} MiB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB a store file may be`};
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return {kind: 'ok', value: spec.empty()};
		throw error;
	}
	return classify(text, spec);
}

function classify<T extends {version: number}>(text: string, spec: JsonFileSpec<T>): Loaded<T> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {kind: 'corrupt', reason: 'not valid JSON'};
	}
	if (!isObject(data)) return {kind: 'corrupt', reason: 'not a JSON object'};
	const {version} = data;
	if (!Number.isSafeInteger(version) || (version as number) < 1) {
		return {kind: 'corrupt', reason: 'no valid "version"'};
	}
	if ((version as number) > spec.version) return {kind: 'newer', version: version as number};
	const value = spec.parse(data);
	return value === undefined ? {kind: 'corrupt', reason: 'unexpected content'} : {kind: 'ok', value, dropped: spec.dropped?.(data) ?? 0};
}

/** Turns a load into a result; a corrupt file is moved aside first (the caller holds the lock). */
async function recover<T extends {version: number}>(
	file: string,
	spec: JsonFileSpec<T>,
	loaded: Loaded<T>,
): Promise<StoreResult<T>> {
	if (loaded.kind !== 'corrupt') return toResult(file, spec, loaded);
	const movedTo = await moveAside(file);
	return {ok: true, value: spec.empty(), notice: {kind: 'corrupt', file, movedTo, reason: loaded.reason}};
}

function toResult<T extends {version: number}>(
	file: string,
	spec: JsonFileSpec<T>,
	loaded: Exclude<Loaded<T>, {kind: 'corrupt'}>,
): StoreResult<T> {
	return loaded.kind === 'ok'
		? {ok: true, value: loaded.value}
		: {ok: false, code: 'ERR_NEWER_VERSION', file, version: loaded.version, supported: spec.version};
}

/** Renames `file` to a free `<file>.corrupt-<timestamp>[-n]`; never overwrites, never deletes. */
async function moveAside(file: string): Promise<string> {
	const target = await freeName(file, 'corrupt');
	await rename(file, target);
	return target;
}

/** Copies `file` to a free `<file>.<what>-<timestamp>[-n]`, never overwriting. */
async function copyAside(file: string, what: string): Promise<string> {
	const target = await freeName(file, what);
	await copyFile(file, target);
	return target;
}

async function freeName(file: string, what: string): Promise<string> {
	const stamp = new Date().toISOString().replaceAll(/[:.]/g, '-');
	for (let n = 0; ; n++) {
		const target = `${file}.${what}-${stamp}${n === 0 ? '' : `-${n}`}`;
		if (!(await exists(target))) return target;
	}
}

async function exists(file: string): Promise<boolean> {
	try {
		await access(file);
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs `body` holding the lock on `file`; `isHeld()` turns false if the lock was lost. Calls in
 * one process wait their turn in a queue, so the file lock only arbitrates between processes.
 */
async function withLock<T>(file: string, timings: LockTimings, body: (isHeld: () => boolean) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
	const key = path.resolve(file);
	const run = (queues.get(key) ?? Promise.resolve()).then(async () => lockAndRun(file, timings, body));
	const tail = run.catch(() => undefined);
	queues.set(key, tail);
	void tail.then(() => queues.get(key) === tail && queues.delete(key));
	return run;
}

async function lockAndRun<T>(file: string, timings: LockTimings, body: (isHeld: () => boolean) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
	let held = true;
	let release: () => Promise<void>;
	try {
		release = await acquire(file, timings, () => (held = false));
	} catch (error) {
		if (error instanceof NotALock) return failure(file, 'ERR_IO', error.message);
		if (errorCode(error) === 'ELOCKED') return failure(file, 'ERR_LOCKED', 'another descenso is saving; try again');
		throw error;
	}
	try {
		return await body(() => held);
	} finally {
		await release().catch(() => undefined);
	}
}

/** The file inside a lock folder that names the process holding it. */
const OWNER = 'pid';

/** A lock may stand without its owner's pid for this long (ms) while its owner writes it. */
const OWNERLESS_GRACE = 1000;

class NotALock extends Error {}

/**
 * Takes the lock on `file` (proper-lockfile's `<file>.lock` folder) and writes this process's
 * pid into it. A lock whose owner is gone — its pid names no process, it has no pid long after it
 * was made, or it was not refreshed for `timings.stale` — is removed at once instead of being
 * waited out; a `<file>.lock` that is not a folder is reported, not waited on.
 */
async function acquire(file: string, timings: LockTimings, onCompromised: () => void): Promise<() => Promise<void>> {
	const lockDir = `${file}.lock`;
	const {retries, minTimeout, maxTimeout} = timings.retries;
	for (let attempt = 0; ; attempt++) {
		const state = await lockState(lockDir, timings.stale);
		if (state === 'not-a-lock') throw new NotALock(`${lockDir} is in the way of the lock and is not one (a lock is a folder); remove it if no descenso is running`);
		if (state === 'dead') await rm(lockDir, {recursive: true, force: true});
		try {
			const release = await lockfile.lock(file, {realpath: false, stale: timings.stale, retries: 0, onCompromised});
			await writeFile(path.join(lockDir, OWNER), String(process.pid)).catch(() => undefined);
			return async () => {
				await rm(path.join(lockDir, OWNER), {force: true});
				await release();
			};
		} catch (error) {
			if (errorCode(error) !== 'ELOCKED' || attempt >= retries) throw error;
			await new Promise((resolve) => setTimeout(resolve, Math.min(maxTimeout, minTimeout * 1.5 ** attempt)));
		}
	}
}

/** Whether a lock folder is there and held by a live process. */
async function lockState(lockDir: string, stale: number): Promise<'none' | 'live' | 'dead' | 'not-a-lock'> {
	let info;
	try {
		info = await lstat(lockDir);
	} catch {
		return 'none';
	}

	if (!info.isDirectory()) return 'not-a-lock';
	const age = Date.now() - info.mtimeMs;
	if (age > stale) return 'dead';
	let owner: number;
	try {
		owner = Number((await readFile(path.join(lockDir, OWNER), 'utf8')).trim());
	} catch {
		return age > OWNERLESS_GRACE ? 'dead' : 'live';
	}

	if (!Number.isSafeInteger(owner) || owner <= 0) return age > OWNERLESS_GRACE ? 'dead' : 'live';
	return isAlive(owner) ? 'live' : 'dead';
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: there is such a process, it is someone else's
		return errorCode(error) === 'EPERM';
	}
}

/** Turns a thrown file-system error into an `ERR_IO` result. */
async function guard<T>(file: string, body: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
	try {
		return await body();
	} catch (error) {
		return failure(file, 'ERR_IO', error instanceof Error ? error.message : String(error));
	}
}

/** A failed result (nothing was written). */
export function failure(file: string, code: 'ERR_LOCKED' | 'ERR_IO' | 'ERR_INVALID', message: string): StoreError {
	return {ok: false, code, file, message};
}

function errorCode(error: unknown): unknown {
	return isObject(error) ? error.code : undefined;
}
