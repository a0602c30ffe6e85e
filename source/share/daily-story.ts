/**
 * The daily challenge's story, read off its terrain: what the engine's critical-point search
 * finds (minima, saddles, the curvature at the deepest valley) picks the story, so a "mountain
 * pass" always has a saddle and "two valleys" two minima. The words are in i18n/daily.ts.
 */
import type {CriticalPoints, Term} from '../engine/types.js';

/** Kinds of story, most specific first. */
export type StoryKind = 'ripples' | 'pits' | 'pass' | 'two-valleys' | 'ravine' | 'bowl';

/** What a story may state about its terrain, as numbers from the critical-point search. */
export type StoryFacts = {
	minima: number;
	saddles: number;
	maxima: number;
	/** the condition number at the deepest minimum: its largest curvature over its smallest */
	kappa: number;
};

export type Story = {kind: StoryKind; facts: StoryFacts};

/** A deepest valley at least this elongated is a ravine rather than a bowl. */
export const RAVINE_KAPPA = 8;

/** The facts of a terrain's critical points. */
export function storyFacts(points: CriticalPoints): StoryFacts {
	const deepest = points.global[0];
	const [low, high] = deepest ? deepest.curvature : [1, 1];
	return {minima: points.minima.length, saddles: points.saddles.length, maxima: points.maxima.length, kappa: low > 0 ? high / low : Infinity};
}

/**
 * The story a terrain tells, or null when none fits (no minimum found, or several tied for the
 * deepest: a story names one deepest valley). `terrain` tells ripples from wells.
 */
export function storyOf(points: CriticalPoints, terrain: readonly Term[]): Story | null {
	const facts = storyFacts(points);
	if (facts.minima === 0 || points.global.length !== 1) return null;
	const rippled = terrain.some((term) => term.type === 'ripples');
	const kind: StoryKind =
		facts.minima >= 3
			? rippled
				? 'ripples'
				: 'pits'
			: facts.minima === 2
				? facts.saddles >= 1
					? 'pass'
					: 'two-valleys'
				: facts.kappa >= RAVINE_KAPPA
					? 'ravine'
					: 'bowl';
	return {kind, facts};
}
