import path from 'node:path';
import process from 'node:process';
import envPaths from 'env-paths';

/**
 * Where the game keeps its files unless told otherwise: `$XDG_DATA_HOME/descenso`
 * (`~/.local/share/descenso`) on Linux, the platform's usual data folder elsewhere.
 * Reads the environment when called.
 */
export function defaultDataDir(): string {
	return envPaths('descenso', {suffix: ''}).data;
}

/** Why the data folder cannot be used: which setting, and its value (untrusted: sanitize before printing). */
export type DataDirProblem = {reason: 'xdgRelative' | 'homeEmpty' | 'homeRelative' | 'dirRelative'; value: string};

/**
 * Why the data folder cannot be used, or null when it can: XDG_DATA_HOME set but not absolute,
 * or no absolute home folder (HOME="" would put the data under the current directory).
 */
export function dataDirProblem(env: Record<string, string | undefined>): DataDirProblem | null {
	const xdg = env['XDG_DATA_HOME'];
	if (xdg !== undefined && xdg !== '' && !path.isAbsolute(xdg)) return {reason: 'xdgRelative', value: xdg};
	const home = env['HOME'];
	if (process.platform !== 'win32' && (xdg === undefined || xdg === '') && home !== undefined && !path.isAbsolute(home)) {
		return home === '' ? {reason: 'homeEmpty', value: ''} : {reason: 'homeRelative', value: home};
	}

	return path.isAbsolute(defaultDataDir()) ? null : {reason: 'dirRelative', value: defaultDataDir()};
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
