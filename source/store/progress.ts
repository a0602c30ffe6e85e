import {cleanText} from '../text/sanitize.js';
import {failure, readJsonFile, updateJsonFile, type JsonFileSpec, type StoreResult} from './json-file.js';
import {storePath} from './paths.js';
import {isInt, isKey, isObject, isScore, isSeed, isStars, own, recordOf, type Stars} from './validate.js';

/** A knob value as chosen by the player (number, schedule name, on/off). */
export type KnobValue = number | string | boolean;

/** The player's record on one level. */
export type LevelProgress = {
	/** Most stars ever earned, 0–3. */
	stars: Stars;
	/** Best score ever, an integer 0–1000. */
	best: number;
	/** The knobs of the run that set `best`. */
	bestKnobs?: Record<string, KnobValue>;
	/** The seed of the run that set `best`. */
	bestSeed?: number;
	/** Runs finished on this level, an integer >= 0. */
	plays: number;
	/** The knobs of the last run finished here (they pre-fill the level's setup next time). */
	lastKnobs?: Record<string, KnobValue>;
};

/** Where the player is in one tutorial lesson. */
export type LessonProgress = {
	/** Finished at least once; never goes back to false. */
	done: boolean;
	/** The step to resume at, an integer >= 0 (0-based). */
	step: number;
};

/** Everything `progress.json` holds. Keys are level ids, lesson ids and UTC dates (`YYYY-MM-DD`). */
export type Progress = {
	version: 1;
	levels: Record<string, LevelProgress>;
	tutorial: {lessons: Record<string, LessonProgress>};
	daily: Record<string, {best: number}>;
};

/** One finished run, as {@link recordResult} takes it. */
export type LevelResult = {
	levelId: string;
	/** An integer 0–1000. */
	score: number;
	stars: Stars;
	knobs: Record<string, KnobValue>;
	seed: number;
};

/** Progress with nothing played. */
export function emptyProgress(): Progress {
	return {version: 1, levels: {}, tutorial: {lessons: {}}, daily: {}};
}

/**
 * Validates a parsed `progress.json`: `undefined` (a corrupt file) when `levels`, `tutorial` or
 * `daily` is there but not an object; entries inside them that are not well formed are dropped.
 */
export function parseProgress(data: Record<string, unknown>): Progress | undefined {
	const {levels, tutorial, daily} = data;
	if (![levels, tutorial, daily].every((part) => part === undefined || isObject(part))) return undefined;
	return {
		version: 1,
		levels: recordOf(levels, parseLevel),
		tutorial: {lessons: recordOf(isObject(tutorial) ? tutorial['lessons'] : undefined, parseLesson)},
		daily: recordOf(daily, (day) => (isObject(day) && isScore(day['best']) ? {best: day['best']} : undefined)),
	};
}

/**
 * Adds a finished run: keeps the most stars and the best score (with the knobs and seed that set
 * it; a tie keeps the earlier run), the knobs of this run as the last ones, and counts one more play.
 */
export function withResult(progress: Progress, result: LevelResult): Progress {
	const previous = own(progress.levels, result.levelId);
	const improves = previous === undefined || result.score > previous.best;
	const level: LevelProgress = improves
		? {stars: result.stars, best: result.score, bestKnobs: result.knobs, bestSeed: result.seed, plays: 0}
		: {...previous};
	level.stars = Math.max(result.stars, previous?.stars ?? 0) as Stars;
	level.plays = (previous?.plays ?? 0) + 1;
	level.lastKnobs = result.knobs;
	return {...progress, levels: {...progress.levels, [result.levelId]: level}};
}

/** Sets where the player is in a lesson; a lesson once done stays done. */
export function withLesson(progress: Progress, lessonId: string, lesson: LessonProgress): Progress {
	const done = lesson.done || own(progress.tutorial.lessons, lessonId)?.done === true;
	const lessons = {...progress.tutorial.lessons, [lessonId]: {done, step: lesson.step}};
	return {...progress, tutorial: {lessons}};
}

/** Keeps the best score of a daily challenge. */
export function withDaily(progress: Progress, date: string, score: number): Progress {
	const best = Math.max(score, own(progress.daily, date)?.best ?? 0);
	return {...progress, daily: {...progress.daily, [date]: {best}}};
}

const spec: JsonFileSpec<Progress> = {version: 1, empty: emptyProgress, parse: parseProgress};

/** Reads `<dir>/progress.json` (see {@link readJsonFile} for missing, corrupt and newer files). */
export async function loadProgress(dir: string): Promise<StoreResult<Progress>> {
	return readJsonFile(storePath(dir, 'progress'), spec);
}

/** Records a finished run in `<dir>/progress.json` (see {@link withResult}). */
export async function recordResult(dir: string, result: LevelResult): Promise<StoreResult<Progress>> {
	const file = storePath(dir, 'progress');
	const level = parseLevel({stars: result.stars, best: result.score, bestKnobs: result.knobs, bestSeed: result.seed, plays: 1});
	if (!isKey(result.levelId) || level?.bestKnobs === undefined || level.bestSeed === undefined) {
		return failure(file, 'ERR_INVALID', `bad result for level ${JSON.stringify(cleanText(result.levelId, 40))}`);
	}
	const clean = {...result, knobs: level.bestKnobs};
	return updateJsonFile(file, spec, (progress) => withResult(progress, clean));
}

/** Saves where the player is in a tutorial lesson (see {@link withLesson}). */
export async function saveLessonProgress(
	dir: string,
	lessonId: string,
	lesson: LessonProgress,
): Promise<StoreResult<Progress>> {
	const file = storePath(dir, 'progress');
	if (!isKey(lessonId) || parseLesson(lesson) === undefined) {
		return failure(file, 'ERR_INVALID', `bad progress for lesson ${JSON.stringify(cleanText(lessonId, 40))}`);
	}
	return updateJsonFile(file, spec, (progress) => withLesson(progress, lessonId, lesson));
}

/** Records a daily-challenge score; `date` is the challenge's UTC date, `YYYY-MM-DD`. */
export async function recordDaily(dir: string, date: string, score: number): Promise<StoreResult<Progress>> {
	const file = storePath(dir, 'progress');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isScore(score)) {
		return failure(file, 'ERR_INVALID', `bad daily score ${score} for ${JSON.stringify(cleanText(date, 40))}`);
	}
	return updateJsonFile(file, spec, (progress) => withDaily(progress, date, score));
}

function parseLevel(raw: unknown): LevelProgress | undefined {
	if (!isObject(raw) || !isStars(raw['stars']) || !isScore(raw['best']) || !isInt(raw['plays'], 0, Number.MAX_SAFE_INTEGER)) {
		return undefined;
	}
	const level: LevelProgress = {stars: raw['stars'], best: raw['best'], plays: raw['plays']};
	if (isObject(raw['bestKnobs'])) level.bestKnobs = recordOf(raw['bestKnobs'], parseKnobValue);
	if (isSeed(raw['bestSeed'])) level.bestSeed = raw['bestSeed'];
	if (isObject(raw['lastKnobs'])) level.lastKnobs = recordOf(raw['lastKnobs'], parseKnobValue);
	return level;
}

function parseKnobValue(raw: unknown): KnobValue | undefined {
	if (typeof raw === 'boolean' || (typeof raw === 'number' && Number.isFinite(raw))) return raw;
	return isKey(raw) && raw.length <= 32 ? raw : undefined;
}

function parseLesson(raw: unknown): LessonProgress | undefined {
	if (!isObject(raw) || typeof raw['done'] !== 'boolean' || !isInt(raw['step'], 0, 10_000)) return undefined;
	return {done: raw['done'], step: raw['step']};
}
