/**
 * The (η, μ) stability map of a quadratic valley (README, “How a step works”): for every pair of learning rate and
 * momentum, the per-step contraction of the error, the worst over the valley's curvatures λ₁ and
 * λₙ, under the run's own rule (look-ahead, decay). Below 1 the climber converges; at 1 or above
 * it rocks forever or blows up. Pure.
 */
import {criticalPoints} from './critical.js';
import {exp, log} from './math.js';
import {landscapeOf} from './simulate.js';
import {eigenvalues} from './terrain.js';
import {bestMomentum, bestPlain, worstRate, type Rule} from './theory.js';
import type {Knobs, Level, Range} from './types.js';

/** The two curvatures of a valley, λ₁ ≤ λₙ, both > 0. */
export type Curvatures = {low: number; high: number};

/**
 * True when the level's terrain is a bowl plus tilts, or a linear model with two parameters (its
 * least squares is a quadratic): one valley where the closed forms hold exactly.
 */
export function isQuadraticLevel(level: Level): boolean {
	if (level.model) return level.model.kind === 'linear' && level.model.features === 1;
	return level.terrain.length > 0 && level.terrain.every((term) => term.type === 'bowl' || term.type === 'tilt') && level.terrain.some((term) => term.type === 'bowl');
}

/**
 * The curvatures of a quadratic level: the Hessian's eigenvalues at its global minimum. Null when
 * the level is not quadratic or has no strictly convex floor (a flat direction).
 */
export function levelCurvatures(level: Level): Curvatures | null {
	if (!isQuadraticLevel(level)) return null;
	const floor = criticalPoints(level).global[0];
	let low: number;
	let high: number;
	if (floor) {
		[low, high] = floor.curvature;
	} else {
		// A quadratic's Hessian is the same everywhere: read it at the start.
		const [a, b, c] = landscapeOf(level).hessian(level.start[0], level.start[1]);
		[low, high] = eigenvalues(a, b, c);
	}

	if (!(low > 0) || !Number.isFinite(high)) return null;
	return {low, high};
}

/** The parts of the step rule besides η and μ that move the map: look-ahead and decay. */
export type MapRule = Omit<Rule, 'momentum'>;

/** The map rule of a run's knobs. */
export function mapRuleOf(knobs: Pick<Knobs, 'nesterov' | 'decay'>): MapRule {
	return {nesterov: knobs.nesterov, decay: knobs.decay};
}

/** The worst per-step contraction over both curvatures: < 1 converges, ≥ 1 diverges or never settles. */
export function rateAt(eta: number, momentum: number, curvatures: Curvatures, rule: MapRule = {}): number {
	return worstRate(eta, momentum, [curvatures.low, curvatures.high], rule);
}

/**
 * Steps for the error to shrink by `factor` (default 1000) at a given rate: ⌈ln(factor)/−ln(rate)⌉.
 * At rate 0 it takes 1 step; Infinity when the rate is 1 or more.
 */
export function stepsToShrink(rate: number, factor = 1000): number {
	if (!(rate < 1)) return Infinity;
	if (rate <= 0) return 1;
	return Math.max(1, Math.ceil(log(factor) / -log(rate)));
}

/** The best pair for the valley: (η*, μ*) with momentum, or (η*, 0) when momentum is locked. */
export function optimum(curvatures: Curvatures, momentumAllowed: boolean): {eta: number; momentum: number; rate: number} {
	if (momentumAllowed) return bestMomentum(curvatures.low, curvatures.high);
	const plain = bestPlain(curvatures.low, curvatures.high);
	return {eta: plain.eta, momentum: 0, rate: plain.rate};
}

/**
 * The best pair a level allows: the closed form when it lies inside the ranges and the rule is
 * the plain heavy ball; otherwise the lowest rate over a fine grid of the ranges (η log-spaced),
 * refined around the best cell. `momentum` absent means μ is locked at 0.
 */
export function optimumWithin(
	curvatures: Curvatures,
	ranges: {learningRate: Pick<Range, 'min' | 'max'>; momentum?: Pick<Range, 'min' | 'max'>},
	rule: MapRule = {},
): {eta: number; momentum: number; rate: number} {
	const etaRange = ranges.learningRate;
	const muRange = ranges.momentum ?? {min: 0, max: 0};
	const closed = optimum(curvatures, ranges.momentum !== undefined && muRange.min <= 0);
	const plainRule = !rule.nesterov && !rule.decay;
	if (plainRule && closed.eta >= etaRange.min && closed.eta <= etaRange.max && closed.momentum >= muRange.min && closed.momentum <= muRange.max) {
		return closed;
	}

	let best = {eta: etaRange.min, momentum: muRange.min, rate: Infinity};
	let logLo = log(etaRange.min);
	let logHi = log(etaRange.max);
	let muLo = muRange.min;
	let muHi = muRange.max;
	for (let pass = 0; pass < 3; pass++) {
		const columns = 64;
		const rows = muHi > muLo ? 32 : 1;
		for (let i = 0; i < columns; i++) {
			const eta = Math.min(etaRange.max, Math.max(etaRange.min, exp(logLo + ((logHi - logLo) * i) / (columns - 1))));
			for (let j = 0; j < rows; j++) {
				const momentum = rows === 1 ? muLo : muLo + ((muHi - muLo) * j) / (rows - 1);
				const rate = rateAt(eta, momentum, curvatures, rule);
				if (rate < best.rate) best = {eta, momentum, rate};
			}
		}

		// zoom in on the best cell, staying inside the ranges
		const logSpan = (logHi - logLo) / 16;
		const muSpan = (muHi - muLo) / 8;
		logLo = Math.max(log(etaRange.min), log(best.eta) - logSpan);
		logHi = Math.min(log(etaRange.max), log(best.eta) + logSpan);
		muLo = Math.max(muRange.min, best.momentum - muSpan);
		muHi = Math.min(muRange.max, best.momentum + muSpan);
	}

	return best;
}

/** The rates over a grid: rows are momenta (row 0 = the highest μ), columns are η on a log axis. */
export type StabilityGrid = {
	/** η of each column, increasing, log-spaced over [etaMin, etaMax] */
	etas: number[];
	/** μ of each row, decreasing from μmax to 0 (one row of μ = 0 when momentum is locked) */
	momenta: number[];
	/** rates[row][column] */
	rates: number[][];
	curvatures: Curvatures;
};

/**
 * Samples the rate over `columns` learning rates (log-spaced between `etaRange`) and `rows`
 * momenta (from `momentumMax` down to `momentumMin`, 0 by default; a single row when they meet),
 * under the run's rule.
 */
export function stabilityGrid(
	curvatures: Curvatures,
	etaRange: readonly [number, number],
	momentumMax: number,
	columns: number,
	rows: number,
	rule: MapRule = {},
	momentumMin = 0,
): StabilityGrid {
	const cols = Math.max(1, Math.floor(columns));
	const lines = momentumMax > momentumMin ? Math.max(1, Math.floor(rows)) : 1;
	const [lo, hi] = etaRange;
	const logLo = log(lo);
	const logHi = log(hi);
	const etas: number[] = [];
	for (let i = 0; i < cols; i++) etas.push(cols === 1 ? lo : exp(logLo + ((logHi - logLo) * i) / (cols - 1)));
	const momenta: number[] = [];
	for (let j = 0; j < lines; j++) momenta.push(lines === 1 ? momentumMin : momentumMin + ((momentumMax - momentumMin) * (lines - 1 - j)) / (lines - 1));
	const rates = momenta.map((mu) => etas.map((eta) => rateAt(eta, mu, curvatures, rule)));
	return {etas, momenta, rates, curvatures};
}

/** The column whose η is nearest (on the log axis) to `eta`, clamped to the grid. */
export function columnOf(grid: StabilityGrid, eta: number): number {
	return nearestIndex(grid.etas.map((e) => log(e)), log(eta));
}

/** The row whose μ is nearest to `momentum`. */
export function rowOf(grid: StabilityGrid, momentum: number): number {
	return nearestIndex(grid.momenta, momentum);
}

function nearestIndex(values: readonly number[], target: number): number {
	let best = 0;
	let distance = Infinity;
	for (const [i, value] of values.entries()) {
		const d = Math.abs(value - target);
		if (d < distance) {
			distance = d;
			best = i;
		}
	}

	return best;
}
