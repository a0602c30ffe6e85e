/**
 * The daily challenge: a landscape drawn from the UTC date through a seeded generator — wells, a
 * bowl, ripples or a saddle — with its start, budget and knob ranges. Each candidate is written
 * as a level file's JSON object and validated by `parseLevel` like any level; its title and story
 * are then chosen from what the engine finds on it (share/daily-story.ts); it is offered only when
 * a story fits, the engine's search reaches it (solvable) and the default knobs do not already
 * earn three stars (not trivial). A candidate that fails gives way to the next one drawn from the
 * same stream, so the day's level is the same for everyone on that date and engine version.
 */
import {createHash} from 'node:crypto';
import {ENGINE_VERSION} from '../engine/index.js';
import {defaultKnobs} from '../engine/knobs.js';
import {cos, PI, Prng, sin} from '../engine/math.js';
import {quickScore, searchBest} from '../engine/search.js';
import {criticalPoints} from '../engine/critical.js';
import type {Level, Term, Text} from '../engine/types.js';
import {DAILY_TEXT} from '../i18n/daily.js';
import {say} from '../i18n/index.js';
import {parseLevel} from '../levels/validate.js';
import {storyOf, type Story} from './daily-story.js';

/** `YYYY-MM-DD`, a real calendar date. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The id prefix of daily levels: `daily-YYYY-MM-DD`. */
export const DAILY_PREFIX = 'daily-';

/** Candidates tried before giving up (never reached in practice: most candidates pass). */
const MAX_CANDIDATES = 40;

/** Par must at least reach the deepest valley (a score above the closeness points alone). */
const MIN_PAR = 650;

/** Whether `text` is a real UTC calendar date written `YYYY-MM-DD` (years 2000–2999). */
export function isDailyDate(text: string): boolean {
	const match = DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 2000 || year > 2999) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's UTC date as `YYYY-MM-DD` (`now` in ms since the epoch; default: the clock). */
export function todayUtc(now: number = Date.now()): string {
	return new Date(now).toISOString().slice(0, 10);
}

/** The date of a daily level id (`daily-2026-11-26` → `2026-11-26`), or null for other ids. */
export function dailyDateOf(id: string): string | null {
	if (!id.startsWith(DAILY_PREFIX)) return null;
	const date = id.slice(DAILY_PREFIX.length);
	return isDailyDate(date) ? date : null;
}

/** The seed of a date's stream: the date and the engine version hashed to 32 bits. */
export function dailySeed(date: string, engine: string = ENGINE_VERSION): number {
	return createHash('sha256').update(`descenso-daily:${date}:${engine}`).digest().readUInt32LE(0);
}

type Kind = 'wells' | 'bowl' | 'ripples' | 'saddle';
const KINDS: readonly Kind[] = ['wells', 'bowl', 'ripples', 'saddle'];

/** A number rounded to 3 decimals, so the level's JSON stays short and readable. */
const r3 = (value: number) => Math.round(value * 1000) / 1000;

/** One candidate level as the JSON object a level file would hold. */
function drawCandidate(rng: Prng, date: string): Record<string, unknown> {
	const pick = <T>(items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(rng.next() * items.length))]!;
	const between = (lo: number, hi: number) => r3(rng.uniform(lo, hi));
	const kind = pick(KINDS);
	const halfX = pick([4, 5, 6]);
	const halfY = pick([3, 4]);
	const inside = (margin: number): [number, number] => [between(-halfX + margin, halfX - margin), between(-halfY + margin, halfY - margin)];
	const terrain: Term[] = [];
	const knobs: Record<string, unknown> = {
		learningRate: {min: 0.0001, max: pick([1, 2, 4]), default: 0.01},
		momentum: {min: 0, max: 0.99, default: 0},
	};
	let budget = pick([100, 150, 200]);
	let start: [number, number] | undefined;
	switch (kind) {
		case 'wells': {
			terrain.push({type: 'bowl', center: inside(1.5), curvature: [between(0.05, 0.2), between(0.05, 0.2)]});
			const count = 2 + Math.floor(rng.next() * 3);
			for (let i = 0; i < count; i++) {
				terrain.push({type: 'well', center: inside(1), depth: between(i === 0 ? 2.5 : 0.8, i === 0 ? 4 : 2), width: between(0.5, 1.2)});
			}

			break;
		}

		case 'bowl': {
			const steep = between(2, 12);
			terrain.push({type: 'bowl', center: inside(1.5), curvature: [steep, r3(steep / between(8, 40))], angle: Math.round(rng.uniform(0, 180))});
			knobs['decay'] = {min: 0, max: 0.1, default: 0};
			break;
		}

		case 'ripples': {
			terrain.push({type: 'bowl', center: inside(1.5), curvature: [between(0.3, 1), between(0.3, 1)]});
			terrain.push({type: 'ripples', center: [0, 0], amplitude: between(0.05, 0.2), wavelength: between(0.6, 1.4)});
			knobs['schedule'] = {allowed: ['constant', 'step', 'cosine'], default: 'constant'};
			budget += 100;
			break;
		}

		case 'saddle': {
			const pass = inside(2);
			const spread = between(1.2, 2);
			// the engine's own cos and sin: Math.cos may differ between machines, the level may not
			const angle = rng.uniform(0, 2 * PI);
			const dx = r3(spread * cos(angle));
			const dy = r3(spread * sin(angle) * 0.6);
			terrain.push({type: 'bowl', center: pass, curvature: [between(0.05, 0.15), between(0.05, 0.15)]});
			start = [r3(pass[0] + rng.uniform(-0.05, 0.05)), r3(pass[1] + rng.uniform(-0.05, 0.05))];
			terrain.push({type: 'well', center: [r3(pass[0] + dx), r3(pass[1] + dy)], depth: between(2.5, 3.5), width: between(0.8, 1.2)});
			terrain.push({type: 'well', center: [r3(pass[0] - dx), r3(pass[1] - dy)], depth: between(1.5, 2.3), width: between(0.8, 1.2)});
			break;
		}
	}

	start ??= inside(0.3);
	return {
		id: `${DAILY_PREFIX}${date}`,
		world: 0,
		order: 0,
		// the story is read off the terrain once the engine has found its critical points
		title: {es: date, en: date},
		briefing: {es: date, en: date},
		terrain,
		bounds: {x: [-halfX, halfX], y: [-halfY, halfY]},
		start,
		budget,
		tolerance: 0.01,
		visibility: pick(['map', 'map', 'fog']),
		knobs,
		stars: [1, 2, 3],
	};
}

/** Star thresholds from par: half, three quarters and 92 % of it, rounded. */
export function starsFromPar(par: number): [number, number, number] {
	return [Math.round(0.5 * par), Math.round(0.75 * par), Math.round(0.92 * par)];
}

export type DailyCandidate = {
	level: Level;
	/** the level file's JSON object, as `levels validate` would read it */
	file: Record<string, unknown>;
	/** what the story says, and the facts it rests on */
	story: Story;
	par: number;
	defaultScore: number;
	attempt: number;
};

/** The title and story of a kind of terrain on `date`, in both languages. */
export function storyTexts(story: Story, date: string): {title: Text; briefing: Text} {
	const text = (lang: 'es' | 'en') => ({
		title: say(DAILY_TEXT.title, lang, {date, name: say(DAILY_TEXT[`name.${story.kind}`], lang)}),
		briefing: say(DAILY_TEXT[`story.${story.kind}`], lang, {...story.facts}),
	});
	const es = text('es');
	const en = text('en');
	return {title: {es: es.title, en: en.title}, briefing: {es: es.briefing, en: en.briefing}};
}

const cache = new Map<string, DailyCandidate>();

/**
 * The daily level of `date` (`YYYY-MM-DD`, UTC) with its par and the default knobs' score. Same
 * date and engine version → the same level (same hash). Throws only on a date that is not one.
 */
export function dailyChallenge(date: string): DailyCandidate {
	if (!isDailyDate(date)) throw new RangeError(`not a date: ${JSON.stringify(date.slice(0, 20))} (expected YYYY-MM-DD)`);
	const cached = cache.get(date);
	if (cached) return cached;
	const rng = new Prng(dailySeed(date));
	for (let attempt = 0; attempt < MAX_CANDIDATES; attempt++) {
		const drawn = drawCandidate(rng, date);
		const draft = parseLevel(JSON.stringify(drawn), drawn['id'] as string);
		if (!draft.ok) continue;
		const story = storyOf(criticalPoints(draft.level), draft.level.terrain);
		if (!story) continue;
		const par = searchBest(draft.level).score;
		if (par < MIN_PAR) continue;
		const stars = starsFromPar(par);
		const file = {...drawn, ...storyTexts(story, date), stars};
		const final = parseLevel(JSON.stringify(file), drawn['id'] as string);
		if (!final.ok) continue;
		const defaultScore = quickScore(final.level, defaultKnobs(final.level), 1);
		if (defaultScore >= stars[2]) continue;
		const found = {level: final.level, file, story, par, defaultScore, attempt};
		cache.set(date, found);
		return found;
	}

	throw new Error(`no daily level for ${date} after ${MAX_CANDIDATES} candidates`);
}

/** The daily level of `date` (`YYYY-MM-DD`, UTC); its id is `daily-YYYY-MM-DD`. */
export function dailyLevel(date: string): Level {
	return dailyChallenge(date).level;
}
