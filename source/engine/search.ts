/**
 * The engine's own search over a level's knob ranges: what a careful player could reach.
 * It gives par (the best score found), checks that levels are solvable, and draws the seeded
 * sample of random climbers that a player's score is ranked against.
 */
import {scoreFacts} from './analysis.js';
import {outcomeCode} from './diagnosis/outcome.js';
import {defaultKnobs} from './knobs.js';
import {isModelLevel} from './model/critical.js';
import {parameterCount} from './model/model.js';
import {Prng, exp, log} from './math.js';
import {defaultSchedule} from './schedule.js';
import {scoreRun} from './score.js';
import {simulate} from './simulate.js';
import type {Knobs, Level, Range} from './types.js';

/**
 * The score of one run, without the diagnosis's look-ahead (scores only need the outcome). With
 * `beat`, a search's best so far: −1 as soon as the run can no longer score above it (its climbers
 * stop there), else the score.
 */
export function quickScore(level: Level, knobs: Knobs, seed: number, beat: number | null = null): number {
	const run = simulate(level, knobs, seed, true, beat);
	if (run.climbers.some((t) => t.gaveUp)) return -1;
	const facts = scoreFacts(run);
	return scoreRun(level, outcomeCode(run, facts) ?? 'too-slow', facts).total;
}

function logSpace(range: Range, count: number): number[] {
	if (range.min === range.max || count < 2) return [range.default];
	const lo = log(range.min);
	const hi = log(range.max);
	return Array.from({length: count}, (_, i) => exp(lo + ((hi - lo) * i) / (count - 1)));
}

function values(range: Range | undefined, candidates: number[], integer = false): number[] {
	if (!range) return [Number.NaN];
	const inside = candidates.filter((v) => v >= range.min && v <= range.max).map((v) => (integer ? Math.round(v) : v));
	return [...new Set([range.default, range.min, ...inside])];
}

export type SearchResult = {score: number; knobs: Knobs; evaluated: number};

/** The grids a search tries: η values on a log grid over its range, and the momenta. */
export type SearchShape = {etas: number; momenta: readonly number[]};

/** The momenta a search tries (with the level's default and minimum) where the level allows momentum. */
const MOMENTA = [0, 0.5, 0.8, 0.9, 0.95, 0.99] as const;

/** The search of a formula level (and of a model with two parameters: a quadratic, as cheap). */
export const FORMULA_SHAPE: SearchShape = {etas: 20, momenta: MOMENTA};

/**
 * The shapes a model level's search may take, finest first: every one keeps a grid of at least six
 * η over the range (and the finer pass around the best), fewer than that and par misses the
 * narrow good η of the networks (w7-06: par 457 with 10 or 8, 436 with 6, 345 with 5).
 */
export const MODEL_SHAPES: readonly SearchShape[] = [10, 9, 8, 7, 6].flatMap((etas) => [
	{etas, momenta: MOMENTA},
	{etas, momenta: [0, 0.9]},
]);

/**
 * The work par and the climber sample of a model level are sized to together, in example ×
 * parameter products (one example's forward and backward pass through one parameter): at about
 * 5 ns each in CPU time on the bench machine (a step of w7-06's 51-parameter network on 150 iris
 * rows is ≈ 30 µs), ≈ 250 ms.
 */
export const MODEL_PAR_WORK = 48_000_000;

/** The share of {@link MODEL_PAR_WORK} the par search may take; the climber sample gets the rest. */
export const MODEL_SEARCH_SHARE = 0.6;

/** The work of one run of a model level with more than two parameters: budget × examples × parameters. */
export function runWork(level: Level): number {
	return isModelLevel(level) ? level.budget * level.model.rows * parameterCount(level.model) : 0;
}

/**
 * How many runs a search of this shape tries at most (the stages' grids multiplied out; a run
 * two stages share is counted twice, so the search's `evaluated` may be lower).
 */
export function candidateCount(level: Level, shape: SearchShape): number {
	const spec = level.knobs;
	const etas = logSpace(spec.learningRate, shape.etas).length;
	const momenta = values(spec.momentum, [...shape.momenta]).length;
	const decays = values(spec.decay, DECAYS).length;
	const temperatures = values(spec.temperature, TEMPERATURES).length;
	const restarts = values(spec.restarts, RESTARTS, true).length;
	const batches = values(spec.batchSize, [spec.batchSize?.max ?? 1], true).length;
	const kinds = spec.schedule?.allowed.length ?? 1;
	const lookAheads = spec.nesterov ? 2 : 1;
	let count = etas * momenta * decays + FINE_FACTORS.length;
	if (kinds > 1 || lookAheads > 1) count += kinds * lookAheads * etas;
	if (temperatures > 1 || restarts > 1 || batches > 1) count += temperatures * restarts * batches * momenta * etas;
	return count;
}

/**
 * The search shape of a level: {@link FORMULA_SHAPE} unless it is a model with more than two
 * parameters, whose every step is a pass over its data. Then the shape of {@link MODEL_SHAPES}
 * with the most candidates whose runs fit in {@link MODEL_SEARCH_SHARE} of {@link MODEL_PAR_WORK}
 * (the first such in the list on a tie), else the one with the fewest. A rule of the level's cost
 * (budget, data, parameters, knob ranges), deterministic: par is part of the par cache.
 */
export function searchShapeOf(level: Level): SearchShape {
	if (!isModelLevel(level)) return FORMULA_SHAPE;
	const limit = MODEL_PAR_WORK * MODEL_SEARCH_SHARE;
	const work = runWork(level);
	let best: SearchShape | undefined;
	let fewest = MODEL_SHAPES[0]!;
	for (const shape of MODEL_SHAPES) {
		const count = candidateCount(level, shape);
		if (count < candidateCount(level, fewest)) fewest = shape;
		if (count * work <= limit && (!best || count > candidateCount(level, best))) best = shape;
	}

	return best ?? fewest;
}

/** Options of a search: its seed (1), its grids ({@link searchShapeOf} the level), or just its η count. */
export type SearchOptions = {etaCount?: number; seed?: number; shape?: SearchShape};

const DECAYS = [0, 0.001, 0.01];
const TEMPERATURES = [0, 0.001, 0.01, 0.1];
const RESTARTS = [1, 2, 4, 8];
const FINE_FACTORS = [0.6, 0.75, 0.85, 0.93, 1.07, 1.15, 1.3, 1.6];

/**
 * A deterministic staged search, seed 1 as a player's default:
 * 1. η on a log grid over its range × a few momenta × a few decays (the knobs of the seed);
 * 2. at the best of those, η again × every allowed schedule and look-ahead;
 * 3. at the best, η and momentum again × temperature, restarts and batch size;
 * 4. a finer pass around the best η.
 * Staging keeps a level with every knob unlocked to a few hundred runs instead of thousands.
 */
export function searchBest(level: Level, options: SearchOptions = {}): SearchResult {
	const steps = searchSteps(level, options);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * {@link searchBest} one simulation at a time: the generator yields after each run it scores and
 * returns the result, so that a caller can spread the search over time (the game computes par
 * between frames) or stop it.
 */
export function* searchSteps(level: Level, options: SearchOptions = {}): Generator<void, SearchResult> {
	const spec = level.knobs;
	const seed = options.seed ?? 1;
	const base = defaultKnobs(level);
	const shape = options.shape ?? searchShapeOf(level);
	const etas = logSpace(spec.learningRate, options.etaCount ?? shape.etas);
	const momenta = values(spec.momentum, [...shape.momenta]);
	const decays = values(spec.decay, DECAYS);
	const temperatures = values(spec.temperature, TEMPERATURES);
	const restarts = values(spec.restarts, RESTARTS, true);
	const batches = values(spec.batchSize, [spec.batchSize?.max ?? 1], true);
	const kinds = spec.schedule?.allowed ?? ['constant'];
	const lookAheads = spec.nesterov ? [false, true] : [base.nesterov];

	let best: SearchResult = {score: -1, knobs: base, evaluated: 0};
	let evaluated = 0;
	// the stages overlap (stage 3 at the first temperature, restart count and batch size is a
	// stage-1 run again): a run already scored is not run twice, the result is the same
	const scored = new Set<string>();
	const consider = (knobs: Knobs): void => {
		const key = JSON.stringify(knobs);
		if (scored.has(key)) return;
		scored.add(key);
		evaluated++;
		// a run that cannot beat the best so far is given up as soon as that is certain: same result
		const score = quickScore(level, knobs, seed, best.score);
		if (score > best.score) best = {score, knobs, evaluated};
	};

	const withEta = (knobs: Knobs, eta: number): Knobs => ({
		...knobs,
		learningRate: eta,
		schedule: defaultSchedule(knobs.schedule.kind, level.budget, eta),
	});
	const pick = (value: number, fallback: number) => (Number.isNaN(value) ? fallback : value);

	for (const eta of etas) {
		for (const momentum of momenta) {
			for (const decay of decays) {
				yield consider(withEta({...base, momentum: pick(momentum, base.momentum), decay: pick(decay, base.decay)}, eta));
			}
		}
	}

	if (kinds.length > 1 || lookAheads.length > 1) {
		const center = best.knobs;
		for (const kind of kinds) {
			for (const nesterov of lookAheads) {
				for (const eta of etas) {
					yield consider(withEta({...center, nesterov, schedule: defaultSchedule(kind, level.budget, eta)}, eta));
				}
			}
		}
	}

	const noisy = temperatures.length > 1 || restarts.length > 1 || batches.length > 1;
	if (noisy) {
		const center = best.knobs;
		for (const temperature of temperatures) {
			for (const k of restarts) {
				for (const batch of batches) {
					for (const momentum of momenta) {
						for (const eta of etas) {
							yield consider(
								withEta(
									{
										...center,
										momentum: pick(momentum, base.momentum),
										temperature: pick(temperature, base.temperature),
										restarts: pick(k, base.restarts),
										batchSize: Number.isNaN(batch) ? base.batchSize : batch,
									},
									eta,
								),
							);
						}
					}
				}
			}
		}
	}

	const center = best.knobs;
	for (const factor of FINE_FACTORS) {
		const eta = center.learningRate * factor;
		if (eta < spec.learningRate.min || eta > spec.learningRate.max) continue;
		yield consider(withEta(center, eta));
	}

	return {...best, evaluated};
}

/**
 * Knobs drawn at random over the level's ranges (η log-uniform, the rest uniform), from a seeded
 * stream: the "random climbers" a player's score is ranked against.
 */
export function randomKnobs(level: Level, rng: Prng): Knobs {
	const spec = level.knobs;
	const base = defaultKnobs(level);
	const uniform = (range: Range | undefined, fallback: number) => (range ? rng.uniform(range.min, range.max) : fallback);
	const eta = exp(rng.uniform(log(spec.learningRate.min), log(spec.learningRate.max)));
	const kinds = spec.schedule?.allowed ?? ['constant'];
	const kind = kinds[Math.min(kinds.length - 1, Math.floor(rng.next() * kinds.length))]!;
	return {
		...base,
		learningRate: Math.min(spec.learningRate.max, Math.max(spec.learningRate.min, eta)),
		momentum: uniform(spec.momentum, base.momentum),
		decay: uniform(spec.decay, base.decay),
		temperature: uniform(spec.temperature, base.temperature),
		restarts: spec.restarts ? Math.round(uniform(spec.restarts, 1)) : base.restarts,
		batchSize: spec.batchSize ? Math.round(uniform(spec.batchSize, spec.batchSize.max)) : base.batchSize,
		schedule: defaultSchedule(kind, level.budget, eta),
		nesterov: spec.nesterov ? rng.next() < 0.5 : base.nesterov,
	};
}
