/**
 * Advice the engine has tried (README, “Command line”): a diagnosis's candidate knob changes are rounded to
 * what the advice will print, kept inside the level's ranges and unlocked knobs, re-simulated with
 * the run's seed, and the first that scores strictly higher than the run is the suggestion.
 */
import {analyse, type RunFacts} from '../analysis.js';
import {parseSchedule} from '../knobs.js';
import {formatSchedule, mapScheduleNumbers} from '../schedule.js';
import {scoreRun} from '../score.js';
import {quickScore} from '../search.js';
import type {Knobs, Level, Range, Run} from '../types.js';
import {isModelLevel} from '../model/critical.js';
import {contextOf} from './context.js';
import {rowFor} from './precedence.js';
import type {KnobChange, KnobMove, Suggestion} from './types.js';

/** At most this many re-simulations per suggestion: `descenso run` stays fast. */
export const MAX_TRIES = 24;

/**
 * And at most this many simulated steps over all of them: a level with a huge budget (up to
 * 100 000 steps) gets fewer tries, so a diagnosis never costs more than a few campaign runs' worth.
 */
export const MAX_TRIED_STEPS = 100_000;

/** Significant digits a suggested number is rounded to (and printed with). */
export const SUGGESTION_DIGITS = 3;

/**
 * `value` rounded to as few significant digits (from {@link SUGGESTION_DIGITS}) as keep it inside
 * the range; the range's own end when none does.
 */
export function roundInside(value: number, range: Range): number {
	const clamped = Math.min(range.max, Math.max(range.min, value));
	for (let digits = SUGGESTION_DIGITS; digits <= 8; digits++) {
		const rounded = Number(clamped.toPrecision(digits));
		if (rounded >= range.min && rounded <= range.max) return rounded;
	}

	return clamped;
}

/** A schedule's text (`cosine:0.006999999999999999:300`) with each number at {@link SUGGESTION_DIGITS} significant digits. */
function roundNumbers(text: string): string {
	return mapScheduleNumbers(text, (value) => String(Number(value.toPrecision(SUGGESTION_DIGITS))));
}

/**
 * The run's knobs with `changes` applied, rounded and inside the level; null when a change names
 * a locked knob, a schedule the level does not allow, or changes nothing.
 */
export function applyChanges(level: Level, knobs: Knobs, changes: readonly KnobChange[]): {knobs: Knobs; changes: KnobChange[]} | null {
	const spec = level.knobs;
	const next: Knobs = {...knobs};
	const applied: KnobChange[] = [];
	for (const {knob, value} of changes) {
		switch (knob) {
			case 'learningRate':
			case 'momentum':
			case 'decay':
			case 'temperature': {
				const range = spec[knob];
				if (!range || typeof value !== 'number' || !Number.isFinite(value)) return null;
				const rounded = roundInside(value, range);
				if (knob === 'momentum' && rounded >= 1) return null;
				next[knob] = rounded;
				applied.push({knob, value: rounded});
				break;
			}

			case 'batchSize':
			case 'restarts': {
				const range = spec[knob];
				if (!range || typeof value !== 'number' || !Number.isFinite(value)) return null;
				const whole = Math.min(Math.floor(range.max), Math.max(Math.ceil(range.min), Math.round(value)));
				if (knob === 'batchSize') next.batchSize = whole;
				else next.restarts = whole;
				applied.push({knob, value: whole});
				break;
			}

			case 'schedule': {
				if (!spec.schedule || typeof value !== 'string') return null;
				const parsed = parseSchedule(value, spec.schedule.allowed, level.budget, next.learningRate);
				if (!parsed.ok) return null;
				// its numbers rounded like every suggested number (a kind's defaults follow η: η/100
				// can be 0.006999999999999999), when the rounded schedule is still one the level allows
				const rounded = parseSchedule(roundNumbers(formatSchedule(parsed.value)), spec.schedule.allowed, level.budget, next.learningRate);
				next.schedule = rounded.ok ? rounded.value : parsed.value;
				applied.push({knob, value: formatSchedule(next.schedule)});
				break;
			}

			case 'nesterov': {
				if (!spec.nesterov || typeof value !== 'boolean') return null;
				next.nesterov = value;
				applied.push({knob, value});
				break;
			}
		}
	}

	return sameKnobs(next, knobs) ? null : {knobs: next, changes: applied};
}

/** Each change with the way it turns the knob from `knobs` (changes that turn nothing are left out). */
export function movesOf(knobs: Knobs, changes: readonly KnobChange[]): KnobMove[] {
	const moves: KnobMove[] = [];
	for (const change of changes) {
		const {knob, value} = change;
		if (knob === 'schedule') {
			if (value !== formatSchedule(knobs.schedule)) moves.push({...change, direction: 'set'});
		} else if (knob === 'nesterov') {
			if (value !== knobs.nesterov) moves.push({...change, direction: value ? 'on' : 'off'});
		} else if (typeof value === 'number') {
			// a batch of null is the full data set: any batch is smaller
			const before = knobs[knob] ?? Number.POSITIVE_INFINITY;
			if (value !== before) moves.push({...change, direction: value > before ? 'raise' : 'lower'});
		}
	}

	return moves;
}

function sameKnobs(a: Knobs, b: Knobs): boolean {
	return (
		a.learningRate === b.learningRate &&
		a.momentum === b.momentum &&
		a.decay === b.decay &&
		a.temperature === b.temperature &&
		a.batchSize === b.batchSize &&
		a.restarts === b.restarts &&
		a.nesterov === b.nesterov &&
		formatSchedule(a.schedule) === formatSchedule(b.schedule)
	);
}

/** The small moves any run can try after its diagnosis's own: the other direction, a smaller step. */
function neighbours(level: Level, knobs: Knobs): KnobChange[][] {
	const spec = level.knobs;
	const eta = knobs.learningRate;
	const moves: KnobChange[][] = [
		[{knob: 'learningRate', value: eta / 2}],
		[{knob: 'learningRate', value: eta * 2}],
		[{knob: 'learningRate', value: eta * 0.7}],
		[{knob: 'learningRate', value: eta * 1.4}],
	];
	if (spec.momentum) moves.push([{knob: 'momentum', value: knobs.momentum > 0.5 ? knobs.momentum / 2 : 0.8}]);
	if (spec.decay && knobs.decay > 0) moves.push([{knob: 'decay', value: knobs.decay / 2}]);
	if (spec.schedule) {
		for (const kind of spec.schedule.allowed) if (kind !== knobs.schedule.kind) moves.push([{knob: 'schedule', value: kind}]);
	}

	if (spec.nesterov) moves.push([{knob: 'nesterov', value: !knobs.nesterov}]);
	if (spec.temperature) moves.push([{knob: 'temperature', value: knobs.temperature > 0 ? knobs.temperature / 2 : 0.01}]);
	if (spec.batchSize && knobs.batchSize !== null) moves.push([{knob: 'batchSize', value: knobs.batchSize * 2}]);
	if (spec.restarts) moves.push([{knob: 'restarts', value: knobs.restarts * 2}]);
	moves.push([{knob: 'learningRate', value: eta / 4}], [{knob: 'learningRate', value: eta * 4}]);
	// last, a coarse look over the whole η range (with inertia too, where the level has it)
	const {min, max} = spec.learningRate;
	for (let i = 0; i < 6; i++) {
		const value = min * (max / min) ** ((i + 0.5) / 6);
		moves.push([{knob: 'learningRate', value}]);
		if (spec.momentum) moves.push([{knob: 'learningRate', value}, {knob: 'momentum', value: 0.9}]);
	}

	return moves;
}

export type SuggestOptions = {
	/** the run's facts, when already gathered */
	facts?: RunFacts;
	/** the run's score, when already known */
	score?: number;
	/** the diagnosis's own candidates, when already built */
	candidates?: readonly KnobChange[][];
	/** an extra test a suggestion must pass (the tutorial's task at the learner's other knobs) */
	accept?: (knobs: Knobs) => boolean;
	/** re-simulations allowed, {@link MAX_TRIES} by default */
	tries?: number;
};

/**
 * Advice the engine has tried for a run: the first of its diagnosis's candidates (then the small
 * moves any run can try) that, rounded as printed and inside the level, re-simulates with the
 * run's seed to a strictly higher score. Null when none of a bounded number of tries does. Pure.
 */
export function suggestFor(run: Run, options: SuggestOptions = {}): Suggestion | null {
	const {level, knobs, seed} = run;
	let from = options.score;
	let candidates = options.candidates;
	if (from === undefined || candidates === undefined) {
		const facts = options.facts ?? analyse(run);
		const context = contextOf(run, facts);
		const row = rowFor(context);
		from ??= scoreRun(level, row.code, facts).total;
		candidates ??= row.explain(context).candidates;
	}

	const seen = new Set<string>();
	let tries = 0;
	// a model terrain costs a pass over its data set per step: a third of the tries
	const bySteps = Math.max(1, Math.floor(MAX_TRIED_STEPS / Math.max(1, level.budget)));
	const limit = options.tries ?? Math.min(bySteps, isModelLevel(level) ? Math.ceil(MAX_TRIES / 3) : MAX_TRIES);
	for (const candidate of [...candidates, ...neighbours(level, knobs)]) {
		if (tries >= limit) break;
		const applied = applyChanges(level, knobs, candidate);
		if (!applied) continue;
		const key = JSON.stringify(applied.knobs);
		if (seen.has(key)) continue;
		seen.add(key);
		if (options.accept && !options.accept(applied.knobs)) continue;
		tries++;
		const score = quickScore(level, applied.knobs, seed);
		if (score > from) return {knobs: applied.knobs, changes: applied.changes, moves: movesOf(knobs, applied.changes), score, from};
	}

	return null;
}
