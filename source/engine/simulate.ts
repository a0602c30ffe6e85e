/**
 * The descent itself (README, “How a step works”), one step exactly as the seed writes it:
 *   g = ∇f(θ) (or ∇f(θ − μ·v) with look-ahead), plus batch noise
 *   v = μ·v + η(t)·g;  θ = θ − v;  θ += sqrt(2ηT)·ξ;  θ = θ·(1 − λ)
 */
import {criticalPoints} from './critical.js';
import {Prng} from './math.js';
import {etaAt} from './schedule.js';
import {landscapeOf} from './landscape.js';
import {isModelLevel} from './model/critical.js';
import {drawBatch} from './model/climb.js';
import {simulateModel} from './model/run.js';
import {RunCutoff, type TailOnly} from './tail.js';
import {type Landscape, newSample, type Sample} from './terrain.js';
import type {Bounds, Knobs, Level, Point, Run, Trajectory} from './types.js';

export {landscapeOf} from './landscape.js';

/** Beyond this distance from the origin a climber is lost to overflow; the run stops there. */
const OVERFLOW = 1e150;

/** Neutral knobs: what a locked knob is held at. */
export const NEUTRAL_KNOBS: Readonly<Knobs> = Object.freeze<Knobs>({
	learningRate: 0.01,
	momentum: 0,
	decay: 0,
	schedule: {kind: 'constant'},
	temperature: 0,
	batchSize: null,
	restarts: 1,
	nesterov: false,
});

/** The per-step standard deviation of the batch gradient noise, σ·sqrt(1/B − 1/N). */
export function batchNoise(level: Level, knobs: Knobs): number {
	if (knobs.batchSize === null || !level.dataset) return 0;
	const {size, spread} = level.dataset;
	const b = Math.min(knobs.batchSize, size);
	return spread * Math.sqrt(Math.max(0, 1 / b - 1 / size));
}

export type Climb = {
	landscape: Landscape;
	knobs: Knobs;
	bounds: Bounds;
	rng: Prng;
	/** σ of the gradient noise per coordinate */
	gradientNoise: number;
	/** false turns every source of noise off (used to look ahead of a finished run) */
	noisy: boolean;
	/**
	 * A linear model's batch levels: writes the gradient of a freshly drawn minibatch at (x, y)
	 * into `out[1]`, `out[2]` (real gradient noise, in place of the full-batch gradient); `out[0]`
	 * is left alone.
	 */
	minibatch?: (x: number, y: number, out: Sample) => void;
	/**
	 * Keep only the last {@link TAIL} states and track the arrival online against this floor:
	 * what scoring needs, without the memory of a whole path.
	 */
	tailOnly?: TailOnly;
};

/** States a tail-only climb keeps (a power of two). */
export const TAIL = 32;

/**
 * One climber from `start` (with velocity `velocity`) for `steps` steps, every state recorded.
 * `stepOffset` is the schedule's clock at the first step.
 */
export function climb(c: Climb, start: Point, steps: number, velocity: Point = [0, 0], stepOffset = 0): Trajectory {
	const {landscape, knobs, bounds} = c;
	const tail = c.tailOnly;
	const n = tail ? TAIL : steps + 1;
	const mask = tail ? TAIL - 1 : -1;
	const floor = tail ? tail.minLoss + tail.tolerance : Infinity;
	let lastAbove = -1;
	const xs = new Float64Array(n);
	const ys = new Float64Array(n);
	const losses = new Float64Array(n);
	const grads = new Float64Array(n);
	const speeds = new Float64Array(n);
	const etas = new Float64Array(n);
	const sample = newSample();
	const look = newSample();

	const mu = knobs.momentum;
	const keep = 1 - knobs.decay;
	const eta0 = knobs.learningRate;
	const constantEta = knobs.schedule.kind === 'constant';
	const temperature = c.noisy ? knobs.temperature : 0;
	const sigma = c.noisy ? c.gradientNoise : 0;
	const minibatch = c.noisy ? c.minibatch : undefined;
	const nesterov = knobs.nesterov && mu > 0;
	const [xMin, xMax] = bounds.x;
	const [yMin, yMax] = bounds.y;
	const slack = 1e-9 * Math.max(xMax - xMin, yMax - yMin);
	const rng = c.rng;

	let x = start[0];
	let y = start[1];
	let vx = velocity[0];
	let vy = velocity[1];
	let loss = landscape.evaluate(x, y, sample);
	let gx = sample[1]!;
	let gy = sample[2]!;
	xs[0] = x;
	ys[0] = y;
	losses[0] = loss;
	grads[0] = Math.sqrt(gx * gx + gy * gy);
	speeds[0] = Math.sqrt(vx * vx + vy * vy);
	let leftAt: number | null = outside(x, y) ? 0 : null;
	let blewUpAt: number | null = Number.isFinite(loss) ? null : 0;
	let taken = 0;
	if (!(loss <= floor)) lastAbove = 0;

	function outside(px: number, py: number): boolean {
		return px < xMin - slack || px > xMax + slack || py < yMin - slack || py > yMax + slack;
	}

	const stopOffMap = tail?.last === true;
	const giveUpAt = tail ? tail.giveUpAt : Infinity;
	const giveUpFrom = stopOffMap ? 0 : giveUpAt;
	let gaveUp = false;
	for (let t = 0; t < steps && blewUpAt === null && !(stopOffMap && leftAt !== null) && !gaveUp; t++) {
		if (nesterov) {
			landscape.evaluate(x - mu * vx, y - mu * vy, look);
			gx = look[1]!;
			gy = look[2]!;
		}

		if (minibatch !== undefined) {
			minibatch(nesterov ? x - mu * vx : x, nesterov ? y - mu * vy : y, look);
			gx = look[1]!;
			gy = look[2]!;
		}

		if (sigma > 0) {
			gx += sigma * rng.gaussian();
			gy += sigma * rng.gaussian();
		}

		const eta = constantEta ? eta0 : etaAt(knobs.schedule, eta0, t + stepOffset);
		etas[t & mask] = eta;
		vx = mu * vx + eta * gx;
		vy = mu * vy + eta * gy;
		x -= vx;
		y -= vy;
		if (temperature > 0) {
			const kick = Math.sqrt(2 * eta * temperature);
			x += kick * rng.gaussian();
			y += kick * rng.gaussian();
		}

		x *= keep;
		y *= keep;

		loss = landscape.evaluate(x, y, sample);
		gx = sample[1]!;
		gy = sample[2]!;
		const i = t + 1;
		const slot = i & mask;
		xs[slot] = x;
		ys[slot] = y;
		losses[slot] = loss;
		grads[slot] = Math.sqrt(gx * gx + gy * gy);
		speeds[slot] = Math.sqrt(vx * vx + vy * vy);
		taken = i;
		if (!(loss <= floor)) lastAbove = i;
		if (lastAbove + 1 >= giveUpAt && i >= giveUpFrom) gaveUp = true;
		if (leftAt === null && outside(x, y)) leftAt = i;
		if (!(loss > -Infinity && loss < Infinity) || !(Math.abs(x) + Math.abs(y) < OVERFLOW)) blewUpAt = i;
	}

	etas[taken & mask] = constantEta ? eta0 : etaAt(knobs.schedule, eta0, taken + stepOffset);
	const size = taken + 1;
	const first = tail ? Math.max(0, size - TAIL) : 0;
	const cut = (array: Float64Array) => (tail ? unroll(array, first, size) : array.subarray(0, size));
	return {
		x: cut(xs),
		y: cut(ys),
		loss: cut(losses),
		grad: cut(grads),
		speed: cut(speeds),
		eta: cut(etas),
		steps: taken,
		blewUpAt,
		leftAt,
		start: [start[0], start[1]],
		velocity: [vx, vy],
		first,
		...(tail && {arrivedAt: blewUpAt === null && lastAbove < taken ? lastAbove + 1 : null}),
		...(gaveUp && {gaveUp}),
	};
}

/** The states first … size−1 of a ring buffer of {@link TAIL} slots, in order. */
function unroll(ring: Float64Array, first: number, size: number): Float64Array {
	const out = new Float64Array(size - first);
	for (let i = first; i < size; i++) out[i - first] = ring[i & (TAIL - 1)]!;
	return out;
}

/**
 * Runs a level with the given knobs and seed. Restarts split the budget evenly between K
 * climbers: the first from the level's start, the others from seeded uniform points in the
 * bounds; the climber with the lowest final loss counts.
 */
export function simulate(level: Level, knobs: Knobs, seed: number, tailOnly = false, beat: number | null = null): Run {
	if (isModelLevel(level)) return simulateModel(level, knobs, seed, tailOnly, beat);
	const landscape = landscapeOf(level);
	const rng = new Prng(seed);
	// never more climbers than steps: each gets at least one, and the budget is never overspent
	const restarts = Math.max(1, Math.min(level.budget, Math.floor(knobs.restarts)));
	const starts: Point[] = [level.start];
	for (let k = 1; k < restarts; k++) {
		starts.push([rng.uniform(level.bounds.x[0], level.bounds.x[1]), rng.uniform(level.bounds.y[0], level.bounds.y[1])]);
	}

	const stepsEach = Math.max(1, Math.floor(level.budget / restarts));
	const critical = criticalPoints(level);
	const cutoff = tailOnly ? new RunCutoff(critical.global[0]?.loss ?? critical.minLoss, level.tolerance, level.budget, beat) : undefined;
	const context: Climb = {
		landscape,
		knobs,
		bounds: level.bounds,
		rng,
		gradientNoise: batchNoise(level, knobs),
		noisy: true,
		tailOnly: cutoff?.rule(0, starts.length),
	};
	const batch = batchOf(level, knobs);
	if (batch !== null) context.minibatch = linearMinibatch(level, batch, rng);
	const climbers: Trajectory[] = [];
	for (const [k, start] of starts.entries()) {
		context.tailOnly = cutoff?.rule(k, starts.length);
		const climber = climb(context, start, stepsEach);
		climbers.push(climber);
		if (cutoff && !cutoff.after(climber)) break;
	}
	let best = 0;
	for (let k = 1; k < climbers.length; k++) {
		if (better(climbers[k]!, climbers[best]!)) best = k;
	}

	return {level, knobs, seed, climbers, best, stepsEach, critical};
}

/** B for a model level's minibatches when it is smaller than the data set, else null (full batch). */
export function batchOf(level: Level, knobs: Knobs): number | null {
	if (!level.model || knobs.batchSize === null) return null;
	const size = Math.max(1, Math.floor(knobs.batchSize));
	return size < level.model.rows ? size : null;
}

/**
 * The minibatch gradient of a two-parameter linear model, each call a fresh batch from the run's
 * generator: the same sums, in the same order, as the model's own evaluation, without its
 * general loops (a step costs B multiply-adds). Only the slope is written (`out[1]`, `out[2]`):
 * the loss a climber records is the full batch's, from the landscape.
 */
function linearMinibatch(level: Level, batch: number, rng: Prng): (x: number, y: number, out: Sample) => void {
	const {x: inputs, y: targets, rows, l2} = level.model!;
	const perm = Int32Array.from({length: rows}, (_, i) => i);
	const inv = 1 / batch;
	return (w, b, out) => {
		drawBatch(perm, batch, rng);
		let gw = 0;
		let gb = 0;
		for (let r = 0; r < batch; r++) {
			const i = perm[r]!;
			const input = inputs[i]!;
			const residual = b + w * input - targets[i]!;
			gw += residual * input;
			gb += residual;
		}

		out[1] = gw * inv + l2 * w;
		out[2] = gb * inv + l2 * b;
	};
}

/** A climber that stayed on the map beats one that left it; then the lower final loss wins. */
function better(a: Trajectory, b: Trajectory): boolean {
	const rank = (t: Trajectory) => (t.blewUpAt === null ? 0 : 2) + (t.leftAt === null ? 0 : 1);
	return rank(a) < rank(b) || (rank(a) === rank(b) && finalLoss(a) < finalLoss(b));
}

/** The final loss of a climber, +Infinity when it blew up. */
export function finalLoss(trajectory: Trajectory): number {
	const loss = trajectory.loss[trajectory.steps - trajectory.first]!;
	return trajectory.blewUpAt === null && Number.isFinite(loss) ? loss : Infinity;
}

/** The climber that counts. */
export function bestClimber(run: Run): Trajectory {
	return run.climbers[run.best]!;
}
