/**
 * The figures the narration states ("the best η", "the step it arrives", "how many pits"),
 * computed from the engine and the closed forms of engine/theory.ts when a lesson loads, never
 * typed into the text. Each figure is computed once per process.
 */
import {bestMomentum, bestPlain, maxStableEta} from '../engine/theory.js';
import type {Language} from '../engine/types.js';
import {say} from '../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../i18n/tutorial.js';
import {learnerNumber} from './format.js';
import {tutorialLevel, type TutorialLevelId} from './levels.js';
import {runTask} from './run.js';
import {SADDLE_ESCAPE_DISTANCE} from './gates.js';

/** The curvatures of the ravine (along, across): f = ½(x² + 50·y²). */
export const RAVINE_CURVATURES = [1, 50] as const;

/** η values tried when searching the fastest arrival on a terrain: a grid of `count` points in (0, high]. */
function etaGrid(high: number, count: number): number[] {
	return Array.from({length: count}, (_, i) => Number((((i + 1) * high) / count).toPrecision(6)));
}

export type Fastest = {eta: number; arrived: number | null};

const fastestCache = new Map<string, Fastest>();

/**
 * The η (on a fine grid up to the level's maximum, or `high`) whose run on `level` with momentum μ
 * reaches the floor soonest, and that step; `arrived` is null when no η of the grid arrives.
 */
export function fastestEta(level: TutorialLevelId, momentum: number, high?: number, count = 240): Fastest {
	const key = JSON.stringify([level, momentum, high, count]);
	const cached = fastestCache.get(key);
	if (cached) return cached;
	const top = high ?? tutorialLevel(level).knobs.learningRate?.max ?? 1;
	let best: Fastest = {eta: top, arrived: null};
	for (const eta of etaGrid(top, count)) {
		const result = runTask(level, {learningRate: eta, momentum}, 1);
		if (!result.ok) continue;
		const at = result.value.facts.arrivedAt;
		if (at !== null && (best.arrived === null || at < best.arrived)) best = {eta, arrived: at};
	}

	fastestCache.set(key, best);
	return best;
}

/** The η of lesson 3's first demonstration: the fastest plain descent of the ravine (a test checks it). */
export const RAVINE_PLAIN_ETA = 0.0385;

/** Plain descent of the ravine at {@link RAVINE_PLAIN_ETA}: the run lesson 3 compares momentum with. */
export function plainRavine(): Fastest {
	const result = runTask('ravine', {learningRate: RAVINE_PLAIN_ETA, momentum: 0}, 1);
	return {eta: RAVINE_PLAIN_ETA, arrived: result.ok ? result.value.facts.arrivedAt : null};
}

/** How many minima (pits) a terrain has inside its bounds. */
export function pitCount(level: TutorialLevelId): number {
	const result = runTask(level, {}, 1);
	return result.ok ? result.value.run.critical.minima.length : 0;
}

/** The saddle of lesson 7's terrain (its curvatures ascending: across, along). */
function saddlePoint() {
	const result = runTask('saddle', {}, 1);
	return result.ok ? result.value.run.critical.saddles[0] : undefined;
}

/** The values a narration page quotes, by page: every number in it comes from here. */
export function pageVars(key: TutorialTextKey, lang: Language): Record<string, string> {
	const num = (value: number, digits = 2) => learnerNumber(value, lang, digits);
	const [low, high] = RAVINE_CURVATURES;
	switch (key) {
		case 'l3p1': {
			return {wallLimit: num(maxStableEta(high), 2)};
		}

		case 'l3p3': {
			const pair = bestMomentum(low, high);
			const plain = bestPlain(low, high);
			const budget = tutorialLevel('ravine').budget;
			const mu9 = fastestEta('ravine', 0.9, 0.1);
			const mu95 = fastestEta('ravine', 0.95, 0.1);
			const plainFast = plainRavine();
			const late = (f: Fastest) =>
				f.arrived === null || f.arrived >= budget ? say(TUTORIAL_TEXT.figNeverArrives, lang, {budget: String(budget)}) : say(TUTORIAL_TEXT.figArrives, lang, {steps: String(f.arrived)});
			return {
				pairEta: num(pair.eta, 2),
				pairMu: num(pair.momentum, 2),
				pairRate: num(pair.rate, 2),
				plainRate: num(plain.rate, 2),
				plainArrived: late(plainFast),
				mu9: late(mu9),
				mu95: late(mu95),
			};
		}

		case 'l3t1ok': {
			return {plainArrived: String(plainRavine().arrived ?? tutorialLevel('ravine').budget)};
		}

		case 'l7p2': {
			const saddle = saddlePoint();
			const along = saddle?.curvature[1] ?? Number.NaN;
			const across = saddle?.curvature[0] ?? Number.NaN;
			return {along: num(along, 2), across: num(across, 2), drift: num(-across, 2)};
		}

		case 'l7t1': {
			return {escape: num(SADDLE_ESCAPE_DISTANCE), etaMax: num(tutorialLevel('saddle').knobs.learningRate?.max ?? 0)};
		}

		case 'l5p1': {
			return {pits: String(pitCount('ripples'))};
		}

		default: {
			return {};
		}
	}
}
