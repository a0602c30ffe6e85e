/**
 * What screens need from outside themselves (the store, the par cache), in one context: screens
 * take data and callbacks from here or from their props and do no I/O of their own. The game's
 * root provides the real services (see use-store.ts); tests render screens with their own.
 */
import {createContext, useContext} from 'react';
import type {Level} from '../engine/types.js';
import {parStats, type ParStats} from '../share/par.js';

export type Services = {
	/** par and the random-climber sample of a level (cached in memory and, in the game, on disk) */
	par: (level: Level) => ParStats;
};

/** Memory-only services: what a screen gets when no game is around it (tests, previews). */
export const MEMORY_SERVICES: Services = {par: (level) => parStats(level)};

export const ServicesContext = createContext<Services>(MEMORY_SERVICES);

export function useServices(): Services {
	return useContext(ServicesContext);
}
