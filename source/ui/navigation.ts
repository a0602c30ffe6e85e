/** Where the player is in the game, and where each key leads: a pure reducer over routes. */
import type {Outcome} from '../engine/index.js';
import type {KnobName, Knobs, Level} from '../engine/types.js';

export type Route =
	| {screen: 'menu'}
	| {screen: 'levels'}
	| {screen: 'briefing'; level: Level}
	/** `from`: opened from a result to tweak its knobs (`e`); back returns to that result */
	| {screen: 'setup'; level: Level; from?: Outcome; focus?: KnobName}
	| {screen: 'name'; level: Level; knobs: Knobs}
	| {screen: 'run'; level: Level; outcome: Outcome}
	| {screen: 'result'; level: Level; outcome: Outcome}
	| {screen: 'replay'; level: Level; outcome: Outcome}
	| {screen: 'settings'}
	/** `level`: open on this level's board (the daily's, after playing it) */
	| {screen: 'leaderboards'; level?: Level}
	| {screen: 'tutorial'};

export type Screen = Route['screen'];

export type NavState = {
	route: Route;
	/** levels that are not in the campaign (a file given to `play`, the daily) go back to the menu */
	campaignIds: ReadonlySet<string>;
};

/** `campaign`: the campaign finished loading after the first screen showed. */
export type NavAction = {type: 'go'; route: Route} | {type: 'back'} | {type: 'campaign'; campaignIds: ReadonlySet<string>};

/** The screen `back` (q / Esc) leads to from a route. */
export function backOf(route: Route, campaignIds: ReadonlySet<string>): Route {
	switch (route.screen) {
		case 'menu':
		case 'levels':
		case 'settings':
		case 'leaderboards':
		case 'tutorial': {
			return {screen: 'menu'};
		}

		case 'briefing': {
			return campaignIds.has(route.level.id) ? {screen: 'levels'} : {screen: 'menu'};
		}

		case 'setup': {
			if (route.from) return {screen: 'result', level: route.level, outcome: route.from};
			return campaignIds.has(route.level.id) ? {screen: 'briefing', level: route.level} : {screen: 'menu'};
		}

		case 'name':
		case 'run': {
			return {screen: 'setup', level: route.level};
		}

		case 'result': {
			return campaignIds.has(route.level.id) ? {screen: 'levels'} : {screen: 'menu'};
		}

		case 'replay': {
			return {screen: 'result', level: route.level, outcome: route.outcome};
		}
	}
}

export function navReducer(state: NavState, action: NavAction): NavState {
	switch (action.type) {
		case 'go': {
			return {...state, route: action.route};
		}

		case 'back': {
			return {...state, route: backOf(state.route, state.campaignIds)};
		}

		case 'campaign': {
			return {...state, campaignIds: action.campaignIds};
		}
	}
}
