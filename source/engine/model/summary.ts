/**
 * What a finished run on a model terrain reached, as a model: the full parameter vectors of the
 * final point and of the global minimum, and how well each predicts the data (share of
 * examples classified right, or R² for a number target).
 */
import type {CriticalPoint, Run, Trajectory} from '../types.js';
import {modelOf} from './critical.js';
import type {ModelKind} from './model.js';

export type ModelSummary = {
	kind: ModelKind;
	parameters: number;
	/** 'accuracy' (classes) or 'r2' (a number target) */
	measure: 'accuracy' | 'r2';
	final: {theta: number[] | null; score: number | null};
	minimum: {theta: number[]; score: number} | null;
};

/** θ of the climber's last state: the kept vector, or (x, y) for a two-parameter model. */
export function finalTheta(t: Trajectory, parameters: number): Float64Array {
	const last = t.steps - t.first;
	if (t.theta) return t.theta.slice(last * parameters, (last + 1) * parameters);
	return Float64Array.of(t.x[last]!, t.y[last]!);
}

function thetaOf(point: CriticalPoint): Float64Array {
	return point.theta ?? Float64Array.of(point.x, point.y);
}

/** The summary of a run on a model level, null for a formula level. */
export function modelSummary(run: Run): ModelSummary | null {
	if (!run.level.model) return null;
	const model = modelOf(run.level);
	const t = run.climbers[run.best]!;
	const theta = finalTheta(t, model.n);
	const finite = theta.every(Number.isFinite);
	const floor = run.critical.global[0];
	return {
		kind: model.kind,
		parameters: model.n,
		measure: model.data.classes > 0 ? 'accuracy' : 'r2',
		final: finite ? {theta: [...theta], score: model.accuracy(theta)} : {theta: null, score: null},
		minimum: floor ? {theta: [...thetaOf(floor)], score: model.accuracy(thetaOf(floor))} : null,
	};
}
