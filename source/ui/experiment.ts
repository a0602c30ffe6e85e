/**
 * The experiment loop between two runs: the setup texts a run's knobs make (to tweak them), the
 * knob a diagnosis advises changing, what changed between two runs and by how much the score
 * moved, and when "same knobs again" needs a new seed.
 */
import {unlockedKnobs} from '../engine/knobs.js';
import type {Outcome} from '../engine/index.js';
import {formatSchedule} from '../engine/schedule.js';
import type {KnobName, Knobs, Language, Level} from '../engine/types.js';
import type {KnobValue} from '../store/index.js';
import type {KnobTexts} from './setup-state.js';
import {readableSchedule} from './schedule-text.js';

/** A knob value as the setup field shows it (decimal comma in Spanish; exact, not rounded). */
export function knobText(name: KnobName, value: KnobValue | null | undefined, lang: Language): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (name === 'nesterov') return value === true ? (lang === 'es' ? 'sí' : 'yes') : 'no';
	if (typeof value === 'number') return lang === 'es' ? String(value).replace('.', ',') : String(value);
	return String(value);
}

/** The setup texts of a run's knobs, for the knobs the level unlocks. */
export function textsOfKnobs(level: Level, knobs: Knobs, lang: Language): KnobTexts {
	const texts: KnobTexts = {};
	for (const name of unlockedKnobs(level.knobs)) {
		const value = name === 'schedule' ? formatSchedule(knobs.schedule) : name === 'batchSize' ? (knobs.batchSize ?? level.dataset?.size ?? null) : knobs[name];
		const text = knobText(name, value, lang);
		if (text !== undefined) texts[name] = text;
	}

	return texts;
}

/** The setup texts of knobs as progress keeps them (the last run on a level), unlocked knobs only. */
export function textsOfRecord(level: Level, record: Record<string, KnobValue> | undefined, lang: Language): KnobTexts | undefined {
	if (!record) return undefined;
	const texts: KnobTexts = {};
	for (const name of unlockedKnobs(level.knobs)) {
		const text = Object.hasOwn(record, name) ? knobText(name, record[name], lang) : undefined;
		if (text !== undefined) texts[name] = text;
	}

	return Object.keys(texts).length > 0 ? texts : undefined;
}

/**
 * The knob the diagnosis advises changing: the first change of its tried suggestion, else of its
 * first candidate; the learning rate when it advises nothing.
 */
export function advisedKnob(outcome: Outcome): KnobName {
	const {diagnosis, run} = outcome;
	const unlocked = new Set(unlockedKnobs(run.level.knobs));
	const changes = diagnosis.suggestion?.changes ?? diagnosis.candidates[0] ?? [];
	const first = changes.find((change) => unlocked.has(change.knob));
	return first?.knob ?? 'learningRate';
}

/** One knob that differs between two runs, as text. */
export type KnobDelta = {knob: KnobName; from: string; to: string};

/** How a run compares with the one before it on the same level. */
export type Comparison = {
	from: number;
	to: number;
	/** to − from */
	delta: number;
	/** stars gained (negative when lost) */
	stars: number;
	changed: KnobDelta[];
	/** the seeds differ (a noise level's new draw) */
	seed: {from: number; to: number} | null;
};

/** What changed from `before` to `after` (two runs of the same level). */
export function compareRuns(before: Outcome, after: Outcome, lang: Language): Comparison {
	const level = after.run.level;
	const a = textsOfKnobs(level, before.run.knobs, lang);
	const b = textsOfKnobs(level, after.run.knobs, lang);
	const changed: KnobDelta[] = [];
	for (const knob of unlockedKnobs(level.knobs)) {
		if (a[knob] === b[knob]) continue;
		// a schedule is compared in its exact `--schedule` form but shown as the player reads it
		if (knob === 'schedule') changed.push({knob, from: readableSchedule(before.run.knobs.schedule, lang), to: readableSchedule(after.run.knobs.schedule, lang)});
		else changed.push({knob, from: a[knob] ?? '—', to: b[knob] ?? '—'});
	}

	return {
		from: before.score.total,
		to: after.score.total,
		delta: after.score.total - before.score.total,
		stars: after.score.stars - before.score.stars,
		changed,
		seed: before.run.seed === after.run.seed ? null : {from: before.run.seed, to: after.run.seed},
	};
}

/** A run whose result depends on its seed: Langevin noise, a mini-batch, or random restarts. */
export function isNoisy(level: Level, knobs: Knobs): boolean {
	// a 2-D batch level's added noise, or a model level's minibatch of B < N real examples drawn by the seed
	const size = level.model?.rows ?? level.dataset?.size;
	const batchNoise = knobs.batchSize !== null && size !== undefined && knobs.batchSize < size;
	return knobs.temperature > 0 || batchNoise || knobs.restarts > 1;
}
