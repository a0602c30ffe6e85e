/**
 * The settings needed before anything else (the command line's language; the first frame's
 * language, colour, glyphs and view), read without locks or the rest of the store, which loads
 * later and reports anything wrong with the file.
 */
import {readFile, stat} from 'node:fs/promises';
import {MAX_FILE_BYTES} from './limits.js';
import {storePath} from './paths.js';
import type {Settings} from './settings.js';

/** What `<dir>/settings.json` says, keeping only known values; `{version: 1}` when unreadable. */
export async function peekSettings(dir: string): Promise<Settings> {
	const settings: Settings = {version: 1};
	try {
		const file = storePath(dir, 'settings');
		// an oversized file is not read here; the store reports it, with the limit, once it loads
		if ((await stat(file)).size > MAX_FILE_BYTES) return settings;
		const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
		if (data['language'] === 'es' || data['language'] === 'en') settings.language = data['language'];
		if (['auto', 'truecolor', '256', '16', 'none'].includes(String(data['color']))) settings.color = data['color'] as Settings['color'];
		if (typeof data['ascii'] === 'boolean') settings.ascii = data['ascii'];
		if (data['view'] === 'relief' || data['view'] === 'contour') settings.view = data['view'];
	} catch {
		// a missing or broken file: the store says so once it has loaded
	}

	return settings;
}
