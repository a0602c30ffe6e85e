/**
 * What screens need from outside themselves (the store, the par cache), in one context: screens
 * take data and callbacks from here or from their props and do no I/O of their own. The game's
 * root provides the store-backed services (hooks/use-store.ts); tests provide their own.
 */
import {createContext, useContext} from 'react';
import type {Level} from '../engine/types.js';
import {cachedParStats, parStatsAsync, type ParStats} from '../share/par.js';
import {emptyProgress, loadProgress, loadScores, saveLessonProgress, type LessonProgress, type Progress, type Scores, type StoreResult} from '../store/index.js';
import {parCacheIn} from '../store/par-cache.js';

/** Par and the random-climber sample of a level (cached in memory and, in the game, on disk). */
export type ParService = {
	/** already known (a cache holds them), or undefined; cheap, fine during a render */
	known: (level: Level) => ParStats | undefined;
	/** computed off the render path, in slices between frames; rejects when `signal` aborts */
	compute: (level: Level, signal: AbortSignal) => Promise<ParStats>;
};

export type Services = {
	par: ParService;
	/** every leaderboard */
	loadScores: () => Promise<StoreResult<Scores>>;
	/** the player's progress (the tutorial reads its lessons from it) */
	loadProgress: () => Promise<StoreResult<Progress>>;
	/** records where the player is in a lesson */
	saveLesson: (lessonId: string, lesson: LessonProgress) => Promise<StoreResult<Progress>>;
};

/** How the game's store hook watches writes: `track` sees each one, `settled` waits for them all. */
export type SaveQueue = {track: <T>(promise: Promise<T>) => Promise<T>; settled: () => Promise<void>};

const NO_QUEUE: SaveQueue = {track: (promise) => promise, settled: async () => undefined};

/** The services of the data folder `dataDir`. */
export function storeServices(dataDir: string, queue: SaveQueue = NO_QUEUE): Services {
	const cache = parCacheIn(dataDir, queue.track);
	return {
		par: {
			known: (level) => cachedParStats(level, cache),
			// the run's saves first: a par search never holds a result back
			compute: async (level, signal) => {
				await queue.settled();
				return parStatsAsync(level, cache, signal);
			},
		},
		loadScores: async () => loadScores(dataDir),
		loadProgress: async () => loadProgress(dataDir),
		saveLesson: async (lessonId, lesson) => queue.track(saveLessonProgress(dataDir, lessonId, lesson)),
	};
}

/** Services that touch no file: what a screen gets with no game around it (previews, tests). */
export const MEMORY_SERVICES: Services = {
	par: {known: (level) => cachedParStats(level), compute: async (level, signal) => parStatsAsync(level, undefined, signal)},
	loadScores: async () => ({ok: true, value: {version: 1, boards: {}}}),
	loadProgress: async () => ({ok: true, value: emptyProgress()}),
	saveLesson: async () => ({ok: true, value: emptyProgress()}),
};

export const ServicesContext = createContext<Services>(MEMORY_SERVICES);

export function useServices(): Services {
	return useContext(ServicesContext);
}
