/**
 * The language the player chose in Settings, read without locks or the rest of the store: the
 * command line needs it before anything else and must stay fast. Anything unreadable is ignored.
 */
import {readFile} from 'node:fs/promises';
import type {Language} from '../engine/types.js';
import {storePath} from './paths.js';

export async function savedLanguage(dir: string): Promise<Language | undefined> {
	try {
		const data = JSON.parse(await readFile(storePath(dir, 'settings'), 'utf8')) as {language?: unknown};
		return data.language === 'es' || data.language === 'en' ? data.language : undefined;
	} catch {
		return undefined;
	}
}
