/**
 * The (η, μ) stability map of a quadratic valley (DESIGN §2): for every pair of learning rate and
 * momentum, the per-step contraction of the error, the worst over the valley's curvatures λ₁ and
 * λₙ. Below 1 the climber converges; at 1 or above it rocks forever or blows up. Pure.
 */
import {criticalPoints} from './critical.js';
import {exp, log} from './math.js';
import {landscapeOf} from './simulate.js';
import {eigenvalues} from './terrain.js';
import {bestMomentum, bestPlain, worstRate} from './theory.js';
import type {Level} from './types.js';

/** The two curvatures of a valley, λ₁ ≤ λₙ, both > 0. */
export type Curvatures = {low: number; high: number};

/** True when the level's terrain is a bowl plus tilts: one valley where the closed forms hold exactly. */
export function isQuadraticLevel(level: Level): boolean {
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

/** The worst per-step contraction over both curvatures: < 1 converges, ≥ 1 diverges or never settles. */
export function rateAt(eta: number, momentum: number, curvatures: Curvatures): number {
	return worstRate(eta, momentum, [curvatures.low, curvatures.high]);
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
 * momenta (from `momentumMax` down to 0; a single row of μ = 0 when `momentumMax` is 0).
 */
export function stabilityGrid(
	curvatures: Curvatures,
	etaRange: readonly [number, number],
	momentumMax: number,
	columns: number,
	rows: number,
): StabilityGrid {
	const cols = Math.max(1, Math.floor(columns));
	const lines = momentumMax > 0 ? Math.max(1, Math.floor(rows)) : 1;
	const [lo, hi] = etaRange;
	const logLo = log(lo);
	const logHi = log(hi);
	const etas: number[] = [];
	for (let i = 0; i < cols; i++) etas.push(cols === 1 ? lo : exp(logLo + ((logHi - logLo) * i) / (cols - 1)));
	const momenta: number[] = [];
	for (let j = 0; j < lines; j++) momenta.push(lines === 1 ? 0 : (momentumMax * (lines - 1 - j)) / (lines - 1));
	const rates = momenta.map((mu) => etas.map((eta) => rateAt(eta, mu, curvatures)));
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
