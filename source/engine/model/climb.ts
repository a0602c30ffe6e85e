/**
 * The descent on a model terrain with n parameters: the same step rule as the 2-D climb
 * (README, “How a step works”), on vectors. Batch levels draw a real minibatch of B examples per step with the
 * run's generator (without replacement), so the gradient noise is the data's own.
 */
import type {Prng} from '../math.js';
import {etaAt} from '../schedule.js';
import type {TailOnly} from '../tail.js';
import type {Knobs, Trajectory} from '../types.js';
import type {Model} from './model.js';
import {project, type Slice} from './space.js';

/** Beyond this size a parameter is lost to overflow; the run stops there. */
const OVERFLOW = 1e150;

/** States a tail-only climb keeps (as in the 2-D climb). */
const TAIL = 32;

export type ModelClimb = {
	model: Model;
	knobs: Knobs;
	/** a parameter beyond ±limit has left the map */
	limit: number;
	rng: Prng;
	/** B when it is smaller than the data set, else null (full batch) */
	batch: number | null;
	noisy: boolean;
	/** the plane x, y are recorded on */
	plane: Slice;
	tailOnly?: TailOnly;
};

/**
 * Draws B distinct example indices into `perm[0…B)` (a partial Fisher–Yates shuffle), one 32-bit
 * draw per index (data sets have at most 5000 rows: the bias of u32·m/2³² is below 2⁻¹⁹).
 */
export function drawBatch(perm: Int32Array, size: number, rng: Prng): void {
	rng.shuffleHead(perm, size);
}

/** One climber from θ₀ = `start` for `steps` steps. */
export function climbModel(c: ModelClimb, start: Float64Array, steps: number, velocity?: Float64Array, stepOffset = 0): Trajectory {
	const {model, knobs} = c;
	const n = model.n;
	const tail = c.tailOnly;
	const kept = tail ? TAIL : steps + 1;
	const mask = tail ? TAIL - 1 : -1;
	const floor = tail ? tail.minLoss + tail.tolerance : Infinity;
	let lastAbove = -1;
	const xs = new Float64Array(kept);
	const ys = new Float64Array(kept);
	const losses = new Float64Array(kept);
	const grads = new Float64Array(kept);
	const speeds = new Float64Array(kept);
	const etas = new Float64Array(kept);
	const thetas = new Float64Array(kept * n);

	const mu = knobs.momentum;
	const keep = 1 - knobs.decay;
	const eta0 = knobs.learningRate;
	const constantEta = knobs.schedule.kind === 'constant';
	const temperature = c.noisy ? knobs.temperature : 0;
	const batch = c.noisy ? c.batch : null;
	const nesterov = knobs.nesterov && mu > 0;
	const limit = c.limit;
	const rng = c.rng;
	const perm = new Int32Array(model.data.rows);
	for (let i = 0; i < perm.length; i++) perm[i] = i;

	const theta = Float64Array.from(start);
	const v = velocity ? Float64Array.from(velocity) : new Float64Array(n);
	const g = new Float64Array(n);
	const look = new Float64Array(n);
	const norm = (a: Float64Array) => {
		let s = 0;
		for (let i = 0; i < n; i++) s += a[i]! * a[i]!;
		return Math.sqrt(s);
	};
	const outside = () => {
		for (let i = 0; i < n; i++) if (!(Math.abs(theta[i]!) <= limit)) return true;
		return false;
	};

	const {origin, u: planeU, v: planeV} = c.plane;
	// θ's coordinates on the plane (as `project`, without an array a step)
	const record = (slot: number) => {
		thetas.set(theta, slot * n);
		let x = 0;
		let y = 0;
		for (let i = 0; i < n; i++) {
			const d = theta[i]! - origin[i]!;
			x += d * planeU[i]!;
			y += d * planeV[i]!;
		}

		xs[slot] = x;
		ys[slot] = y;
	};

	let loss = model.evaluate(theta, g);
	const losses0 = loss;
	record(0);
	losses[0] = loss;
	grads[0] = norm(g);
	speeds[0] = norm(v);
	let leftAt: number | null = outside() ? 0 : null;
	let blewUpAt: number | null = Number.isFinite(loss) ? null : 0;
	let taken = 0;
	if (!(loss <= floor)) lastAbove = 0;

	const stopOffMap = tail?.last === true;
	const giveUpAt = tail ? tail.giveUpAt : Infinity;
	const giveUpFrom = stopOffMap ? 0 : giveUpAt;
	let gaveUp = false;
	for (let t = 0; t < steps && blewUpAt === null && !(stopOffMap && leftAt !== null) && !gaveUp; t++) {
		const at = nesterov ? look : theta;
		if (nesterov) for (let i = 0; i < n; i++) look[i] = theta[i]! - mu * v[i]!;
		if (batch !== null) {
			drawBatch(perm, batch, rng);
			model.evaluate(at, g, perm, batch);
		} else if (nesterov) {
			model.evaluate(look, g);
		}

		const eta = constantEta ? eta0 : etaAt(knobs.schedule, eta0, t + stepOffset);
		etas[t & mask] = eta;
		const kick = temperature > 0 ? Math.sqrt(2 * eta * temperature) : 0;
		let size = 0;
		for (let i = 0; i < n; i++) {
			const vi = mu * v[i]! + eta * g[i]!;
			v[i] = vi;
			size += vi * vi;
			let next = theta[i]! - vi;
			if (kick > 0) next += kick * rng.gaussian();
			theta[i] = next * keep;
		}

		loss = model.evaluate(theta, g);
		const i = t + 1;
		const slot = i & mask;
		record(slot);
		losses[slot] = loss;
		grads[slot] = norm(g);
		speeds[slot] = Math.sqrt(size);
		taken = i;
		if (!(loss <= floor)) lastAbove = i;
		if (lastAbove + 1 >= giveUpAt && i >= giveUpFrom) gaveUp = true;
		if (leftAt === null && outside()) leftAt = i;
		if (!(loss > -Infinity && loss < Infinity) || !(Math.abs(xs[slot]!) + Math.abs(ys[slot]!) + norm(theta) < OVERFLOW)) blewUpAt = i;
	}

	etas[taken & mask] = constantEta ? eta0 : etaAt(knobs.schedule, eta0, taken + stepOffset);
	const size = taken + 1;
	const first = tail ? Math.max(0, size - TAIL) : 0;
	const cut = (array: Float64Array) => (tail ? unroll(array, first, size, 1) : array.subarray(0, size));
	const [sx, sy] = project(c.plane, start);
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
		start: [sx, sy],
		velocity: [0, 0],
		first,
		...(tail && {arrivedAt: blewUpAt === null && lastAbove < taken ? lastAbove + 1 : null}),
		...(gaveUp && {gaveUp}),
		theta: tail ? unroll(thetas, first, size, n) : thetas.subarray(0, size * n),
		velocityN: v,
		startLoss: losses0,
	};
}

/** The states first … size−1 of a ring buffer of {@link TAIL} slots of `width` numbers, in order. */
function unroll(ring: Float64Array, first: number, size: number, width: number): Float64Array {
	const out = new Float64Array((size - first) * width);
	for (let i = first; i < size; i++) out.set(ring.subarray((i & (TAIL - 1)) * width, ((i & (TAIL - 1)) + 1) * width), (i - first) * width);
	return out;
}
