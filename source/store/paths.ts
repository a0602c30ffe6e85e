import path from 'node:path';
import envPaths from 'env-paths';

/**
 * Where the game keeps its files unless told otherwise: `$XDG_DATA_HOME/descenso`
 * (`~/.local/share/descenso`) on Linux, the platform's usual data folder elsewhere.
 * Reads the environment when called.
 */
export function defaultDataDir(): string {
	return envPaths('descenso', {suffix: ''}).data;
}

/** The three files kept in the data folder. */
export const storeFiles = {
	progress: 'progress.json',
	settings: 'settings.json',
	scores: 'scores.json',
} as const;

/** Path of one of the store's files inside `dir`. */
export function storePath(dir: string, file: keyof typeof storeFiles): string {
	return path.join(dir, storeFiles[file]);
}
