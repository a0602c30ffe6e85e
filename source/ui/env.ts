/** What every screen receives besides its own props: language, theme, the room it has. */
import type {Language, Level} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {UI_TEXT} from '../i18n/ui.js';
import type {MapView} from './map/render.js';
import type {Theme} from './theme.js';

export type ScreenEnv = {
	lang: Language;
	theme: Theme;
	/** room for the screen, in terminal columns and rows (already at most rows − 1 tall) */
	width: number;
	height: number;
	view: MapView;
};

/** The UI catalogue bound to a language. */
export function uiText(lang: Language) {
	return translator(UI_TEXT, lang);
}

/** Smallest terminal the game lays out in. */
export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

/** A level's heading: "World 2 · 3", or "Daily challenge · 2026-12-01" for the day's level. */
export function levelHeading(level: Level, lang: Language): string {
	const t = uiText(lang);
	const daily = level.world === 0 ? /^daily-(\d{4}-\d{2}-\d{2})/.exec(level.id) : null;
	return daily ? `${t('daily')} · ${daily[1]}` : `${t('world', {n: level.world})} · ${level.order}`;
}

/**
 * The level's title as written after {@link levelHeading}: a daily challenge's title says the
 * heading again ("Daily challenge 2026-12-01: Bowl"), so beside it only the name is kept.
 */
export function headingTitle(level: Level, lang: Language): string {
	const title = level.title[lang];
	const daily = level.world === 0 ? /^daily-(\d{4}-\d{2}-\d{2})/.exec(level.id) : null;
	const prefix = daily ? `${uiText(lang)('daily')} ${daily[1]}: ` : null;
	return prefix && title.startsWith(prefix) && title.length > prefix.length ? title.slice(prefix.length) : title;
}

/** A world's name ("Inertia"), or "" for a world the catalogue does not name (a pack's). */
export function worldName(world: number, lang: Language): string {
	const key = `worldName${world}`;
	return Object.hasOwn(UI_TEXT, key) ? uiText(lang)(key as keyof typeof UI_TEXT) : '';
}
