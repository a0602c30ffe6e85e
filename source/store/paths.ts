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

/**
 * Why the data folder cannot be used, or null when it can: XDG_DATA_HOME set but not absolute,
 * or no absolute home folder (HOME="" would put the data under the current directory).
 */
export function dataDirProblem(env: Record<string, string | undefined>): string | null {
	const xdg = env['XDG_DATA_HOME'];
	if (xdg !== undefined && xdg !== '' && !path.isAbsolute(xdg)) return `XDG_DATA_HOME is "${xdg}", not an absolute path`;
	if (process.platform !== 'win32' && (xdg === undefined || xdg === '') && env['HOME'] !== undefined && !path.isAbsolute(env['HOME'])) {
		return `HOME is ${env['HOME'] === '' ? 'empty' : `"${env['HOME']}", not an absolute path`}`;
	}

	return path.isAbsolute(defaultDataDir()) ? null : `the data folder would be "${defaultDataDir()}", not an absolute path`;
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
