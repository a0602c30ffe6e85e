/** What every screen receives besides its own props: language, theme, the room it has. */
import type {Language} from '../engine/types.js';
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
