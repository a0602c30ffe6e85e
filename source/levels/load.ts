/** Reading level files and folders from disk; the campaign ships in `levels/` beside `dist/`. */
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Level} from '../engine/types.js';
import {checkFloor, MAX_FILE_BYTES, parseLevel, type LevelError, type LevelResult, type ParseOptions} from './validate.js';

/** The campaign folder of this install. */
export const CAMPAIGN_DIR = fileURLToPath(new URL('../../levels', import.meta.url));

/** Loads one level file; never throws. */
export async function loadLevelFile(file: string, options: ParseOptions = {}): Promise<LevelResult> {
	let size: number;
	try {
		const info = await stat(file);
		if (!info.isFile()) return {ok: false, error: {code: 'ERR_NOT_FOUND', file, path: '', message: 'not a file'}};
		size = info.size;
	} catch {
		return {ok: false, error: {code: 'ERR_NOT_FOUND', file, path: '', message: 'no such file'}};
	}

	if (size > MAX_FILE_BYTES) {
		return {ok: false, error: {code: 'ERR_TOO_LARGE', file, path: '$', message: `file is ${Math.ceil(size / 1024)} KiB; at most ${MAX_FILE_BYTES / 1024} KiB allowed`}};
	}

	let source: string;
	try {
		source = await readFile(file, 'utf8');
	} catch (error) {
		return {ok: false, error: {code: 'ERR_UNREADABLE', file, path: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`}};
	}

	return parseLevel(source, file, options);
}

/** Every `.json` file below `dir`, sorted, depth-first; `data/` folders hold model terrains' data sets, not levels. */
export async function listLevelFiles(dir: string, unreadable: string[] = []): Promise<string[]> {
	const out: string[] = [];
	const walk = async (folder: string, depth: number) => {
		if (depth > 8) return;
		let entries;
		try {
			entries = await readdir(folder, {withFileTypes: true});
		} catch (error) {
			// the top folder missing is the caller's to report; a subfolder that cannot be read is listed
			if (depth === 0) throw error;
			unreadable.push(folder);
			return;
		}

		entries.sort((a, b) => a.name.localeCompare(b.name));
		for (const entry of entries) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'data') await walk(full, depth + 1);
			}
			else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
		}
	};

	await walk(dir, 0);
	return out;
}

export type LevelSet = {
	levels: Level[];
	errors: LevelError[];
	/** the file each level came from, by id */
	files?: Map<string, string>;
};

/** Loads every level below `dir`; broken files and repeated ids are reported, not thrown. */
export async function loadLevelDir(dir: string, options: ParseOptions = {}): Promise<LevelSet> {
	const levels: Level[] = [];
	const errors: LevelError[] = [];
	const origins = new Map<string, string>();
	let files: string[];
	const unreadable: string[] = [];
	try {
		files = await listLevelFiles(dir, unreadable);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return {levels, errors: [{code: 'ERR_NOT_FOUND', file: dir, path: '', message: 'no such folder'}]};
		return {levels, errors: [{code: 'ERR_UNREADABLE', file: dir, path: '', message: `cannot be read (${code ?? 'error'})`}]};
	}

	for (const folder of unreadable) errors.push({code: 'ERR_UNREADABLE', file: folder, path: '', message: 'folder cannot be read'});

	for (const file of files) {
		const result = await loadLevelFile(file, options);
		if (!result.ok) {
			errors.push(result.error);
		} else if (levels.some((level) => level.id === result.level.id)) {
			errors.push({code: 'ERR_DUPLICATE_ID', file, path: '$.id', message: `id "${result.level.id}" is used by another level`});
		} else {
			levels.push(result.level);
			origins.set(result.level.id, file);
		}
	}

	levels.sort((a, b) => a.world - b.world || a.order - b.order || a.id.localeCompare(b.id));
	return {levels, errors, files: origins};
}

/** The campaign's own levels, read and validated once per process (they ship with the game and do not change while it runs). */
let campaignOnce: Promise<LevelSet> | undefined;

/** The campaign, plus an extra pack when given (its ids must not clash with the campaign's). */
export async function loadCampaign(extraDir?: string): Promise<LevelSet> {
	campaignOnce ??= loadLevelDir(CAMPAIGN_DIR, {trusted: true});
	const once = await campaignOnce;
	// a copy: callers may add to it
	const campaign: LevelSet = {levels: [...once.levels], errors: [...once.errors], files: new Map(once.files)};
	if (!extraDir) return campaign;
	const extra = await loadLevelDir(extraDir);
	for (const level of extra.levels) {
		if (campaign.levels.some((l) => l.id === level.id)) {
			const file = extra.files?.get(level.id) ?? extraDir;
			extra.errors.push({code: 'ERR_DUPLICATE_ID', file, path: '$.id', message: `id "${level.id}" is already a campaign level`});
		} else {
			campaign.levels.push(level);
		}
	}

	campaign.errors.push(...extra.errors);
	campaign.levels.sort((a, b) => a.world - b.world || a.order - b.order || a.id.localeCompare(b.id));
	return campaign;
}

/**
 * Resolves `<level>`: an id from the campaign (and extra pack), or a path to a `.json` file.
 * The daily challenge's ids are share/level-ref.ts's: it calls this for every other reference.
 */
export async function resolveLevel(ref: string, extraDir?: string): Promise<LevelResult> {
	if (ref.endsWith('.json') || ref.includes('/') || ref.includes(path.sep)) return loadLevelFile(ref);
	// a campaign level is the file named after its id: validate that one, in full, not the whole campaign
	if (!campaignOnce) {
		const file = (await listLevelFiles(CAMPAIGN_DIR).catch(() => [])).find((f) => path.basename(f) === `${ref}.json`);
		const named = file ? await loadLevelFile(file) : undefined;
		if (named && (!named.ok || named.level.id === ref)) return named;
	}

	const {levels, files} = await loadCampaign(extraDir);
	const level = levels.find((l) => l.id === ref);
	// the campaign was read `trusted`: a level about to be played gets the checks that skipped
	if (level) return checkFloor(level, files?.get(level.id) ?? ref);
	const ids = levels.map((l) => l.id);
	const close = ids.filter((id) => id.includes(ref) || ref.includes(id.slice(0, 5)));
	return {
		ok: false,
		error: {
			code: 'ERR_NOT_FOUND',
			file: ref,
			path: '',
			message: `no level with this id; ${close.length > 0 ? `did you mean ${close.slice(0, 3).join(', ')}? ` : ''}see \`descenso levels\``,
		},
	};
}
