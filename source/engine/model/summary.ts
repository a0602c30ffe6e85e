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

/** What the dance panel draws at one state: each parameter, the slope it feels, and where it rests at the minimum. */
export type Dance = {
	names: string[];
	/** θ at this state */
	theta: Float64Array;
	/** ∂L/∂θᵢ at this state (full batch: the slope the data pushes each parameter with) */
	slope: Float64Array;
	/** θ* of the global minimum, when known */
	target: Float64Array | null;
	/** the shared axis: the lowest and highest value any parameter takes on the path (and at θ*) */
	range: [number, number];
};

const ranges = new WeakMap<Trajectory, [number, number]>();

/** The dance of a run with many parameters at kept state `index` of a climber; null for other runs. */
export function danceAt(run: Run, climber: Trajectory, index: number): Dance | null {
	if (!run.slice || !climber.theta) return null;
	const model = modelOf(run.level);
	const n = model.n;
	const at = Math.max(0, Math.min(index, climber.theta.length / n - 1));
	const theta = climber.theta.slice(at * n, (at + 1) * n);
	const slope = new Float64Array(n);
	model.evaluate(theta, slope);
	const target = run.critical.global[0]?.theta ?? null;
	let range = ranges.get(climber);
	if (!range) {
		let lo = Infinity;
		let hi = -Infinity;
		for (const value of [...climber.theta, ...(target ?? [])]) {
			if (Number.isFinite(value)) {
				lo = Math.min(lo, value);
				hi = Math.max(hi, value);
			}
		}

		range = lo < hi ? [lo, hi] : [lo - 1, lo + 1];
		ranges.set(climber, range);
	}

	return {names: Array.from({length: n}, (_, i) => model.parameterName(i)), theta, slope, target, range};
}
