/**
 * The curvature a level's climber feels, in the level's whole parameter space: the map's Hessian
 * on a 2-D terrain (a two-parameter model's map is its whole landscape), the model's own n×n
 * Hessian on a model with more parameters, whose map is only a slice through it.
 */
import {landscapeOf, leastSquares} from './landscape.js';
import {isModelLevel, modelOf} from './model/critical.js';
import {FLAT, spectrumAt} from './model/hessian.js';
import {eigenvalues} from './terrain.js';
import type {Level, Run} from './types.js';

/** The Hessian's lowest and highest eigenvalues at a point, and how many parameters it has. */
export type Curvature = {low: number; high: number; parameters: number};

/** The curvature at the level's start (θ₀ of a model, else the start on the map). */
export function startCurvature(level: Level): Curvature {
	if (isModelLevel(level)) {
		const model = modelOf(level);
		const spectrum = spectrumAt(model, model.initial());
		return {low: spectrum?.low ?? Number.NaN, high: spectrum?.high ?? Number.NaN, parameters: model.n};
	}

	const [a, b, c] = landscapeOf(level).hessian(level.start[0], level.start[1]);
	const [low, high] = eigenvalues(a, b, c);
	return {low, high, parameters: 2};
}

/** The Hessian's ends at a point of a run, and κ = highest/lowest where every direction curves up. */
export type CurvatureReading = {lowest: number; highest: number; kappa: number | null};

/** Where a run on a model terrain curved how much, in its whole parameter space: start, end, the global minimum. */
export type RunCurvature = {start: CurvatureReading | null; end: CurvatureReading | null; minimum: CurvatureReading | null};

function reading(low: number, high: number): CurvatureReading | null {
	if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
	return {lowest: low, highest: high, kappa: low > FLAT * high ? high / low : null};
}

/** The curvature of a run on a model level at its start, its end and the global minimum; null for other levels. */
export function runCurvature(run: Run): RunCurvature | null {
	if (!run.level.model) return null;
	const t = run.climbers[run.best]!;
	const last = t.steps - t.first;
	const floor = run.critical.global[0] ?? null;
	if (run.slice && t.theta) {
		const model = modelOf(run.level);
		const n = model.n;
		const at = (theta: Float64Array | undefined) => {
			const spectrum = theta ? spectrumAt(model, theta) : null;
			return spectrum ? reading(spectrum.low, spectrum.high) : null;
		};

		return {start: t.first === 0 ? at(t.theta.subarray(0, n)) : null, end: at(t.theta.subarray(last * n, (last + 1) * n)), minimum: at(floor?.theta)};
	}

	// two parameters: least squares, whose Hessian is XᵀX/N + l2·I everywhere (the closed form, exactly)
	const {xx, xy, yy} = leastSquares(run.level.model);
	const [low, high] = eigenvalues(xx, xy, yy);
	const at = (x: number | undefined, y: number | undefined) => (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? reading(low, high) : null);
	return {start: at(t.start[0], t.start[1]), end: at(t.x[last], t.y[last]), minimum: at(floor?.x, floor?.y)};
}
