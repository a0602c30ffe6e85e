/**
 * What the game and every command take from the outside world, resolved once by cli.tsx: where
 * the player's files live, the language, colour and glyphs, the extra level pack and the clock.
 * Everything below reads these values and never the environment itself.
 */
import type {Language} from './engine/types.js';

export type Environment = {
	/** the folder of progress, settings, scores and the par cache (XDG_DATA_HOME honoured) */
	dataDir: string;
	/** --lang, else the language saved in Settings, else LANG / LC_ALL / LC_MESSAGES */
	lang: Language;
	/** --lang was given: it wins over the saved setting */
	langExplicit: boolean;
	/** false under NO_COLOR / --no-color */
	color: boolean;
	/** --ascii: no Unicode glyphs */
	ascii: boolean;
	/** --levels: an extra level pack */
	levelsDir?: string;
	/** the clock: what "today" means for the daily challenge */
	now: () => Date;
	/** runs animate (default); DESCENSO_NO_ANIMATION=1 ends them at once, for tests that drive the binary */
	animate?: boolean;
	/** TERM=dumb: a terminal without cursor movement or colour, where the game cannot draw */
	dumbTerminal?: boolean;
};

/**
 * The language to speak: `--lang` when given, else the one saved in Settings, else the
 * environment's. The one rule used by the command line and the game alike.
 */
export function chooseLanguage(explicit: Language | undefined, saved: Language | undefined, fromEnv: Language): Language {
	return explicit ?? saved ?? fromEnv;
}

/** The UTC date of `now`, `YYYY-MM-DD`: the daily challenge's day. */
export function utcDate(now: Date): string {
	return now.toISOString().slice(0, 10);
}
