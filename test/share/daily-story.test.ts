/**
 * The daily challenge's story holds on its terrain: over every day of 2027 the claims each kind
 * of story makes are checked against the engine's critical points of the day's level, with the
 * claims written here from the stories' words (not from the code that picks them).
 */
import {describe, expect, it} from 'vitest';
import {criticalPoints} from '../../source/engine/critical.js';
import type {CriticalPoints, Level} from '../../source/engine/types.js';
import {DAILY_TEXT} from '../../source/i18n/daily.js';
import {dailyChallenge} from '../../source/share/daily.js';
import {storyOf, type StoryKind} from '../../source/share/daily-story.js';

/** What each story says, as a check on the critical points (and the terrain). */
const CLAIMS: Record<StoryKind, (p: CriticalPoints, level: Level) => boolean> = {
	// "a valley covered in ripples: {minima} small pits, and only one is the floor"
	ripples: (p, level) => p.minima.length >= 3 && p.global.length === 1 && level.terrain.some((t) => t.type === 'ripples'),
	// "{minima} wells dot the slope and only one is the deepest"
	pits: (p) => p.minima.length >= 3 && p.global.length === 1,
	// "two valleys, one deeper than the other, joined by a mountain pass"
	pass: (p) => p.minima.length === 2 && p.saddles.length >= 1 && p.global.length === 1,
	// "two valleys, and only one is the deepest"
	'two-valleys': (p) => p.minima.length === 2 && p.global.length === 1,
	// "a single valley, long and narrow: steep one way, almost flat the other"
	ravine: (p) => p.minima.length === 1 && p.global[0]!.curvature[1] >= 4 * p.global[0]!.curvature[0],
	// "a single valley, without traps"
	bowl: (p) => p.minima.length === 1 && p.maxima.length === 0,
};

const KINDS = Object.keys(CLAIMS) as StoryKind[];

/** The story kind whose words the level's English title carries. */
function kindOfTitle(level: Level): StoryKind | undefined {
	return KINDS.find((kind) => level.title.en.endsWith(`: ${DAILY_TEXT[`name.${kind}`].en}`));
}

function daysOf(year: number): string[] {
	const days: string[] = [];
	for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
	return days;
}

describe('daily stories come from the terrain', () => {
	it('every day of 2027: the title names a story whose claims hold on the level’s critical points, in both languages', {timeout: 120_000}, () => {
		const seen = new Map<StoryKind, number>();
		const wrong: string[] = [];
		for (const date of daysOf(2027)) {
			const {level, story} = dailyChallenge(date);
			const kind = kindOfTitle(level);
			const points = criticalPoints(level);
			if (!kind || kind !== story.kind || !CLAIMS[kind](points, level)) {
				wrong.push(`${date}: "${level.title.en}" with ${points.minima.length} minima, ${points.saddles.length} saddles`);
				continue;
			}

			seen.set(kind, (seen.get(kind) ?? 0) + 1);
			expect(level.title.es).toContain(DAILY_TEXT[`name.${kind}`].es);
			expect(level.briefing.en).not.toMatch(/\{\w+\}/);
		}

		expect(wrong).toEqual([]);
		// the year tells more than one story
		expect(seen.size).toBeGreaterThanOrEqual(4);
	});

	it('a terrain with one minimum is never a pass, and two minima with a saddle are one', () => {
		const point = (kind: 'minimum' | 'saddle', loss: number, curvature: [number, number], global = false) => ({x: 0, y: 0, loss, kind, curvature, global});
		const bowl = {global: [point('minimum', 0, [1, 1], true)], minima: [point('minimum', 0, [1, 1], true)], saddles: [], maxima: [], minLoss: 0, boundaryLow: null};
		expect(storyOf(bowl, [])?.kind).toBe('bowl');
		const ravine = {...bowl, global: [point('minimum', 0, [0.1, 4], true)]};
		expect(storyOf(ravine, [])?.kind).toBe('ravine');
		const pass = {...bowl, minima: [...bowl.minima, point('minimum', 1, [1, 1])], saddles: [point('saddle', 2, [-1, 1])]};
		expect(storyOf(pass, [])?.kind).toBe('pass');
		const tied = {...pass, global: [point('minimum', 0, [1, 1], true), point('minimum', 0, [1, 1], true)]};
		expect(storyOf(tied, [])).toBeNull();
	});
});
