import {cleanName} from '../text/sanitize.js';
import {readJsonFile, updateJsonFile, type JsonFileSpec, type StoreResult} from './json-file.js';
import {storePath} from './paths.js';
import {isIn} from './validate.js';

/** Colour depth: `auto` asks the terminal, `none` prints no colour. */
export type ColorMode = 'auto' | '16' | '256' | 'truecolor' | 'none';

/** The player's choices, kept in `settings.json`. An absent field means "the default". */
export type Settings = {
	version: 1;
	language?: 'es' | 'en';
	color?: ColorMode;
	/** Draw with ASCII only, no Unicode glyphs. */
	ascii?: boolean;
	/** How the map is drawn. */
	view?: 'relief' | 'contour';
	/** Already clean ({@link cleanName}), 1–24 columns. */
	playerName?: string;
	/** Animation speed multiplier, in (0, 100]. */
	speed?: number;
	/** The player chose to stay anonymous: the name prompt is not shown again. */
	anonymous?: boolean;
};

/** Changes to settings; a field given as `undefined` goes back to its default. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

const choices = {
	language: ['es', 'en'],
	color: ['auto', '16', '256', 'truecolor', 'none'],
	view: ['relief', 'contour'],
} as const;

/** Validates settings: keeps the fields that are well formed, drops the rest; cleans the name. */
export function parseSettings(data: Record<string, unknown>): Settings {
	const settings: Settings = {version: 1};
	const {language, color, ascii, view, playerName, speed, anonymous} = data;
	if (choices.language.some((c) => c === language)) settings.language = language as Settings['language'];
	if (choices.color.some((c) => c === color)) settings.color = color as ColorMode;
	if (typeof ascii === 'boolean') settings.ascii = ascii;
	if (choices.view.some((c) => c === view)) settings.view = view as Settings['view'];
	const name = cleanName(playerName);
	if (name !== '') settings.playerName = name;
	if (isIn(speed, 0, 100, true) && speed > 0) settings.speed = speed;
	if (anonymous === true) settings.anonymous = true;
	return settings;
}

/** Settings with `patch` applied; invalid values in the patch are dropped, the name cleaned. */
export function withSettings(settings: Settings, patch: SettingsPatch): Settings {
	return parseSettings({...settings, ...patch});
}

const spec: JsonFileSpec<Settings> = {version: 1, empty: () => ({version: 1}), parse: parseSettings};

/** Reads `<dir>/settings.json` (see {@link readJsonFile} for missing, corrupt and newer files). */
export async function loadSettings(dir: string): Promise<StoreResult<Settings>> {
	return readJsonFile(storePath(dir, 'settings'), spec);
}

/** Applies `patch` to `<dir>/settings.json` (see {@link withSettings}). */
export async function updateSettings(dir: string, patch: SettingsPatch): Promise<StoreResult<Settings>> {
	return updateJsonFile(storePath(dir, 'settings'), spec, (settings) => withSettings(settings, patch));
}
