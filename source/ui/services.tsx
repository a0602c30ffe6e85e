/**
 * What screens need from outside themselves (the store, the par cache), in one context: screens
 * take data and callbacks from here or from their props and do no I/O of their own. The game's
 * root provides the real services (see use-store.ts); tests render screens with their own.
 */
import {createContext, useContext} from 'react';
import type {Level} from '../engine/types.js';
import {cachedParStats, parStatsAsync, type ParStats} from '../share/par.js';

/** Par and the random-climber sample of a level (cached in memory and, in the game, on disk). */
export type ParService = {
	/** already known (a cache holds them), or undefined; cheap, fine during a render */
	known: (level: Level) => ParStats | undefined;
	/** computed off the render path, in slices between frames; rejects when `signal` aborts */
	compute: (level: Level, signal: AbortSignal) => Promise<ParStats>;
};

export type Services = {
	par: ParService;
};

/** Memory-only services: what a screen gets when no game is around it (tests, previews). */
export const MEMORY_SERVICES: Services = {
	par: {known: (level) => cachedParStats(level), compute: async (level, signal) => parStatsAsync(level, undefined, signal)},
};

export const ServicesContext = createContext<Services>(MEMORY_SERVICES);

export function useServices(): Services {
	return useContext(ServicesContext);
}
