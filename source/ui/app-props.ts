/** What the game's root (app.tsx) is given: the campaign, the store's first state, the environment, and the ways out. */
import type {Knobs, Language, Level} from '../engine/types.js';
import type {Progress, Settings} from '../store/index.js';
import type {MenuItem} from './screens/MenuScreen.js';
import type {Route} from './navigation.js';

/** The seed of runs played from the game (the command line's default too). */
export const GAME_SEED = 1;

/** What the dashboard needs to show a run, and where to come back to. */
export type DashboardRequest = {level: Level; knobs: Knobs; seed: number; lang: Language; name: string; ascii: boolean; route: Route};

export type AppProps = {
	/** the campaign; null while it is still loading (the menu shows before it is read) */
	levels: Level[] | null;
	/** where progress, settings and scores live */
	dataDir: string;
	settings: Settings;
	progress: Progress;
	/** the language from --lang or the environment */
	lang: Language;
	/** --lang was given: it wins over the saved setting */
	langExplicit: boolean;
	/** false under NO_COLOR / --no-color */
	colorAllowed: boolean;
	/** --ascii was given */
	asciiFlag: boolean;
	/** the first screen */
	route: Route;
	/** lines to show on the first screen (store notices, broken level files) */
	notices?: string[];
	/** lines that arrived with the campaign once it loaded (broken level files) */
	loadNotices?: string[];
	/** a menu item the player chose before the game had loaded: acted on at once */
	startItem?: MenuItem;
	/** the menu item highlighted when the menu shows */
	menuInitial?: MenuItem;
	/** a fixed terminal size (tests); default: the real one, following resizes */
	size?: {columns: number; rows: number};
	/** frames per second of the run animation */
	fps?: number;
	/** animate runs (default true); false shows each run's last frame at once (tmux tests) */
	animate?: boolean;
	/** the player pressed `d` on a result: the launcher opens the dashboard and comes back to `route` */
	onDashboard?: (request: DashboardRequest) => void;
	/**
	 * the player pressed `c` on a result: the launcher leaves the game's screen, prints the share
	 * code whole on the terminal's own screen (where a selection copies it back intact) and comes
	 * back to `route` on a key
	 */
	onShowCode?: (request: {levelId: string; code: string; route: Route}) => void;
	/** a run finished: its share code (the launcher prints the last one when the game ends) */
	onShare?: (levelId: string, code: string) => void;
	/** called once everything is saved and the game should end */
	onQuit?: () => void;
	/** the clock: what "today" means for the daily challenge (default: the system clock) */
	now?: () => Date;
};
