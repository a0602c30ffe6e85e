import {cleanName, cleanText} from '../text/sanitize.js';
import {failure, mapResult, readJsonFile, updateJsonFile, type JsonFileSpec, type StoreResult} from './json-file.js';
import {storePath} from './paths.js';
import {isIn, isInt, isKey, isObject, isScore, isSeed, isStars, isToken, own, recordOf, type Stars} from './validate.js';

/** How many entries a level's leaderboard keeps. */
export const BOARD_SIZE = 20;

/** The knobs of a scored run. */
export type ScoreKnobs = {
	/** η, finite, > 0. */
	learningRate: number;
	/** μ, in [0, 1). */
	momentum: number;
	/** λ, in [0, 1). */
	decay: number;
	/** As the engine's `formatSchedule` writes it: `constant`, `step:0.5:10`, `cosine:0.001:100`… */
	schedule?: string;
	/** T, finite, >= 0. */
	temperature?: number;
	/** B, an integer >= 1; absent (or null when read) for the full batch. */
	batchSize?: number;
	/** Number of climbers, an integer >= 1. */
	restarts?: number;
	nesterov?: boolean;
};

/** One line of a leaderboard. */
export type ScoreEntry = {
	/** The player's name, clean ({@link cleanName}), at most 24 columns; may be "". */
	name: string;
	/** An integer 0–1000. */
	score: number;
	stars: Stars;
	knobs: ScoreKnobs;
	/** A non-negative safe integer. */
	seed: number;
	/** When the run was played, an ISO 8601 date-time (`2025-01-31T12:00:00.000Z`). */
	date: string;
	/** The engine version that scored it. */
	engine: string;
	/** The content hash of the level version it was played on. */
	levelHash: string;
	/** Came from someone else's share code (`descenso import`). */
	imported?: boolean;
	/** The share code, when there is one. */
	code?: string;
};

/** A score to add; `date` defaults to now. */
export type NewScoreEntry = Omit<ScoreEntry, 'date'> & {date?: string};

/** Everything `scores.json` holds: one leaderboard per level id, best first. */
export type Scores = {version: 1; boards: Record<string, ScoreEntry[]>};

/** Where a score landed on its leaderboard. */
export type Placement = {
	/** 1-based position, or null when it did not make the top {@link BOARD_SIZE}. */
	rank: number | null;
	/** It beats every score the level had before (the first score on a level is a best). */
	isBest: boolean;
	/** The same run was already on the board (same share code, or same name, knobs, seed and score); nothing was added. */
	duplicate: boolean;
	/** The level's leaderboard afterwards. */
	board: ScoreEntry[];
};

const SCHEDULE = /^(?:constant|step|cosine|warm-restarts)(?::[-+.\deE]{1,24}){0,4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Validates one entry from an untrusted source: the name is re-cleaned; anything malformed
 * (wrong type, out of range, unknown schedule, bad date) gives `undefined`. Unknown fields are
 * dropped.
 */
export function parseScoreEntry(raw: unknown): ScoreEntry | undefined {
	if (!isObject(raw) || typeof raw['name'] !== 'string') return undefined;
	const {score, stars, seed, date, engine, levelHash, imported, code} = raw;
	const knobs = parseKnobs(raw['knobs']);
	if (!isScore(score) || !isStars(stars) || !isSeed(seed) || knobs === undefined) return undefined;
	if (typeof date !== 'string' || !ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) return undefined;
	if (!isToken(engine, 32) || !isToken(levelHash, 128)) return undefined;
	const entry: ScoreEntry = {name: cleanName(raw['name']), score, stars, knobs, seed, date, engine, levelHash};
	if (imported === true) entry.imported = true;
	if (isToken(code, 4096)) entry.code = code;
	return entry;
}

const OPTIONAL_KNOBS: Record<Exclude<keyof ScoreKnobs, 'learningRate' | 'momentum' | 'decay'>, (v: unknown) => boolean> = {
	schedule: (v) => typeof v === 'string' && SCHEDULE.test(v),
	temperature: (v) => isIn(v, 0, Infinity),
	batchSize: (v) => isInt(v, 1, Number.MAX_SAFE_INTEGER),
	restarts: (v) => isInt(v, 1, Number.MAX_SAFE_INTEGER),
	nesterov: (v) => typeof v === 'boolean',
};

function parseKnobs(raw: unknown): ScoreKnobs | undefined {
	if (!isObject(raw)) return undefined;
	const {learningRate, momentum, decay} = raw;
	if (!isIn(learningRate, 0, Infinity) || learningRate === 0 || !isIn(momentum, 0, 1) || !isIn(decay, 0, 1)) {
		return undefined;
	}
	const knobs: ScoreKnobs = {learningRate, momentum, decay};
	for (const [key, isValid] of Object.entries(OPTIONAL_KNOBS)) {
		if (raw[key] === undefined || raw[key] === null) continue;
		if (!isValid(raw[key])) return undefined;
		Object.assign(knobs, {[key]: raw[key]});
	}
	return knobs;
}

/** The same run: same share code, or same name, knobs, seed and score. */
export function isSameRun(a: ScoreEntry, b: ScoreEntry): boolean {
	return (a.code !== undefined && a.code === b.code) || runKey(a) === runKey(b);
}

function runKey(entry: ScoreEntry): string {
	return JSON.stringify([entry.name, entry.score, entry.seed, entry.knobs]);
}

/**
 * Best first: higher score, then earlier date, then earlier in `entries`. Keeps the first of
 * each run ({@link isSameRun}) and the top {@link BOARD_SIZE}.
 */
export function rankBoard(entries: readonly ScoreEntry[]): ScoreEntry[] {
	const codes = new Set<string>();
	const runs = new Set<string>();
	const unique = entries.filter((entry) => {
		const run = runKey(entry);
		if (runs.has(run) || (entry.code !== undefined && codes.has(entry.code))) return false;
		runs.add(run);
		if (entry.code !== undefined) codes.add(entry.code);
		return true;
	});
	return unique
		.sort((a, b) => b.score - a.score || Date.parse(a.date) - Date.parse(b.date))
		.slice(0, BOARD_SIZE);
}

/** Places `entry` on a ranked `board` (as {@link rankBoard} returns); pure. */
export function placeScore(board: readonly ScoreEntry[], entry: ScoreEntry): Placement {
	const existing = board.findIndex((other) => isSameRun(other, entry));
	if (existing !== -1) return {rank: existing + 1, isBest: false, duplicate: true, board: [...board]};
	const next = rankBoard([...board, entry]);
	const index = next.indexOf(entry);
	return {
		rank: index === -1 ? null : index + 1,
		isBest: board.every((other) => entry.score > other.score),
		duplicate: false,
		board: next,
	};
}

/**
 * Validates a parsed `scores.json`: `undefined` (a corrupt file) when `boards` is there but not an
 * object; bad entries, boards that are not arrays and bad level ids are dropped; boards re-ranked.
 */
export function parseScores(data: Record<string, unknown>): Scores | undefined {
	if (data['boards'] !== undefined && !isObject(data['boards'])) return undefined;
	const boards = recordOf(data['boards'], (raw) => {
		if (!Array.isArray(raw)) return undefined;
		return rankBoard(raw.map(parseScoreEntry).filter((entry) => entry !== undefined));
	});
	return {version: 1, boards};
}

/** How many entries (or whole boards) {@link parseScores} leaves out of `data` as malformed. */
export function droppedScores(data: Record<string, unknown>): number {
	if (!isObject(data['boards'])) return 0;
	let dropped = 0;
	for (const [key, raw] of Object.entries(data['boards'])) {
		if (!isKey(key) || !Array.isArray(raw)) dropped += Array.isArray(raw) ? Math.max(1, raw.length) : 1;
		else dropped += raw.filter((entry) => parseScoreEntry(entry) === undefined).length;
	}

	return dropped;
}

const spec: JsonFileSpec<Scores> = {version: 1, empty: () => ({version: 1, boards: {}}), parse: parseScores, dropped: droppedScores};

/** Reads `<dir>/scores.json` (see {@link readJsonFile} for missing, corrupt and newer files). */
export async function loadScores(dir: string): Promise<StoreResult<Scores>> {
	return readJsonFile(storePath(dir, 'scores'), spec);
}

/** One level's leaderboard, best first; empty when the level has none. */
export async function topScores(dir: string, levelId: string): Promise<StoreResult<ScoreEntry[]>> {
	return mapResult(await loadScores(dir), (scores) => own(scores.boards, levelId) ?? []);
}

/**
 * Adds a score to a level's leaderboard in `<dir>/scores.json` under the file's lock. The entry
 * is validated like one read from the file (its name cleaned); a malformed one gives
 * `ERR_INVALID`. `entry.date` defaults to the current time.
 */
export async function addScore(dir: string, levelId: string, entry: NewScoreEntry): Promise<StoreResult<Placement>> {
	const file = storePath(dir, 'scores');
	const clean = parseScoreEntry({...entry, date: entry.date ?? new Date().toISOString()});
	if (!isKey(levelId) || clean === undefined) {
		return failure(file, 'ERR_INVALID', `bad score for level ${JSON.stringify(cleanText(levelId, 40))}`);
	}
	let placement: Placement | undefined;
	const result = await updateJsonFile(file, spec, (scores) => {
		placement = placeScore(own(scores.boards, levelId) ?? [], clean);
		return {...scores, boards: {...scores.boards, [levelId]: placement.board}};
	});
	return mapResult(result, () => placement as Placement);
}
