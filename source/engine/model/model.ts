/**
 * Model terrains (README, “Level files”): the loss of a small model on a real data set shipped under
 * `levels/data/`. The level loader reads the data file and hands the engine plain numbers
 * ({@link ModelData}); the engine compiles them into a {@link Model} whose loss and analytic
 * gradient it evaluates on the whole data set or on a minibatch, with its own exp/log (the inner
 * loops are in `kernels.ts`).
 *
 * Parameter layout (θ is one flat vector):
 * - `linear`: w₁…w_d, b — prediction w·x + b, loss ½·mean (prediction − y)²;
 * - `softmax`: W (k rows of d), b (k) — loss mean cross-entropy of softmax(W·x + b);
 * - `mlp`: W₁ (h rows of d), b₁ (h), W₂ (k rows of h), b₂ (k), tanh hidden units; the output is
 *   softmax cross-entropy for a class target, ½·squared error for a number (k = 1).
 * Every model adds ½·l2·|θ|² (which keeps the minimum unique and finite: iris's setosa is separable).
 */
import {Prng} from '../math.js';
import {distinctRows, linearSum, mlpSum, tanh, type Kernel} from './kernels.js';

export type ModelKind = 'linear' | 'softmax' | 'mlp';

/** How the first parameters are drawn: seeded N(0, scale²) each, or every parameter equal to `value`. */
export type ModelInit = {seed: number; scale: number} | {value: number};

/** What the level loader hands the engine: the model and its data, as numbers. */
export type ModelData = {
	kind: ModelKind;
	/** examples N */
	rows: number;
	/** inputs per example d */
	features: number;
	/** 0 for a numeric target, else the number of classes k ≥ 2 */
	classes: number;
	/** hidden units (mlp), else 0 */
	hidden: number;
	/** N×d, row-major, already standardized when the level asks for it */
	x: Float64Array;
	/** N targets: the number, or the class index 0…k−1 */
	y: Float64Array;
	/** ½·l2·|θ|² is added to the loss */
	l2: number;
	init: ModelInit;
	/** names of the inputs and classes, for the dance panel's labels */
	featureNames: readonly string[];
	classNames: readonly string[];
};

/** Number of parameters of a model. */
export function parameterCount(data: Pick<ModelData, 'kind' | 'features' | 'classes' | 'hidden'>): number {
	const d = data.features;
	const k = Math.max(1, data.classes);
	if (data.kind === 'linear') return d + 1;
	if (data.kind === 'softmax') return k * d + k;
	return data.hidden * d + data.hidden + k * data.hidden + k;
}

/** A compiled model: loss and gradient over all examples or a chosen few. */
export class Model {
	readonly n: number;
	readonly kind: ModelKind;
	private readonly d: number;
	private readonly k: number;
	private readonly h: number;
	private readonly classify: boolean;
	private readonly z: Float64Array;
	private readonly a: Float64Array;
	/** the first of each distinct example (inputs and target) in the data, in order, and how often each occurs */
	private readonly distinct: Int32Array;
	private readonly kernel: Kernel;
	private readonly weights: Float64Array | null;

	constructor(readonly data: ModelData) {
		this.kind = data.kind;
		this.n = parameterCount(data);
		this.d = data.features;
		this.k = Math.max(1, data.classes);
		this.h = data.hidden;
		this.classify = data.classes > 0;
		this.z = new Float64Array(this.k);
		this.a = new Float64Array(Math.max(1, this.h));
		this.kernel = {d: this.d, k: this.k, h: this.h, classify: this.classify, x: data.x, y: data.y, z: this.z, a: this.a, delta: new Float64Array(Math.max(1, this.h))};
		const {distinct, weights} = distinctRows(data);
		this.distinct = distinct;
		this.weights = distinct.length < data.rows ? weights : null;
	}

	/** The first parameters, θ₀, as the level's `init` says. */
	initial(): Float64Array {
		const theta = new Float64Array(this.n);
		const init = this.data.init;
		if ('value' in init) {
			theta.fill(init.value);
		} else {
			const rng = new Prng(init.seed);
			for (let i = 0; i < this.n; i++) theta[i] = init.scale * rng.gaussian();
		}

		return theta;
	}

	/** Parameters drawn like a seeded init of the same scale (the starts of random restarts). */
	draw(rng: Prng, scale: number): Float64Array {
		const theta = new Float64Array(this.n);
		for (let i = 0; i < this.n; i++) theta[i] = scale * rng.gaussian();
		return theta;
	}

	/**
	 * The loss at θ, and its gradient written into `grad` (when given), over the examples
	 * `batch[0…count)` or, when `batch` is null, over all of them (each distinct example once,
	 * weighted by how often the data set holds it: the same mean in fewer passes).
	 */
	evaluate(theta: Float64Array, grad: Float64Array | null, batch: Int32Array | null = null, count = 0): number {
		const rows = batch ? count : this.data.rows;
		if (grad) grad.fill(0);
		const list = batch ?? this.distinct;
		const length = batch ? count : this.distinct.length;
		const weights = batch ? null : this.weights;
		const sum = this.kind === 'mlp' ? mlpSum(this.kernel, theta, grad, list, length, weights) : linearSum(this.kernel, theta, grad, list, length, weights);
		const inv = 1 / rows;
		let l2 = 0;
		const lambda = this.data.l2;
		for (let j = 0; j < this.n; j++) {
			const t = theta[j]!;
			l2 += t * t;
			if (grad) grad[j] = grad[j]! * inv + lambda * t;
		}

		return sum * inv + 0.5 * lambda * l2;
	}

	/** Share of examples predicted right (classes), or R² (a number target), at θ. */
	accuracy(theta: Float64Array): number {
		const rows = this.data.rows;
		if (!this.classify) {
			let mean = 0;
			for (let i = 0; i < rows; i++) mean += this.data.y[i]!;
			mean /= rows;
			let residual = 0;
			let total = 0;
			for (let i = 0; i < rows; i++) {
				const p = this.predict(theta, i);
				const y = this.data.y[i]!;
				residual += (p - y) * (p - y);
				total += (y - mean) * (y - mean);
			}

			return total > 0 ? 1 - residual / total : 0;
		}

		let right = 0;
		for (let i = 0; i < rows; i++) if (this.predict(theta, i) === this.data.y[i]) right++;
		return right / rows;
	}

	/** The prediction for example i: the class with the highest score, or the number. */
	private predict(theta: Float64Array, i: number): number {
		// the scores land in this.z (squaredLoss/softmaxLoss are not called)
		const {d, k, h} = this;
		const x = this.data.x;
		const base = i * d;
		const z = this.z;
		if (this.kind === 'mlp') {
			const b1 = h * d;
			const w2 = b1 + h;
			const b2 = w2 + k * h;
			for (let u = 0; u < h; u++) {
				let s = theta[b1 + u]!;
				for (let j = 0; j < d; j++) s += theta[u * d + j]! * x[base + j]!;
				this.a[u] = tanh(s);
			}

			for (let c = 0; c < k; c++) {
				let s = theta[b2 + c]!;
				for (let u = 0; u < h; u++) s += theta[w2 + c * h + u]! * this.a[u]!;
				z[c] = s;
			}
		} else {
			for (let c = 0; c < k; c++) {
				let s = theta[k * d + c]!;
				for (let j = 0; j < d; j++) s += theta[c * d + j]! * x[base + j]!;
				z[c] = s;
			}
		}

		if (!this.classify) return z[0]!;
		let best = 0;
		for (let c = 1; c < k; c++) if (z[c]! > z[best]!) best = c;
		return best;
	}

	/**
	 * True when every hidden unit of an mlp is an exact copy of the first (same incoming weights,
	 * bias and outgoing weights, to the bit): the gradient then treats them alike for ever, and no
	 * step without noise can tell them apart.
	 */
	unitsAlike(theta: Float64Array): boolean {
		if (this.kind !== 'mlp' || this.h < 2) return false;
		const {d, k, h} = this;
		const b1 = h * d;
		const w2 = b1 + h;
		for (let u = 1; u < h; u++) {
			for (let j = 0; j < d; j++) if (theta[u * d + j] !== theta[j]) return false;
			if (theta[b1 + u] !== theta[b1]) return false;
			for (let c = 0; c < k; c++) if (theta[w2 + c * h + u] !== theta[w2 + c * h]) return false;
		}

		return true;
	}

	/** A readable name for parameter j: `w[petal_length→setosa]`, `b[setosa]`, `W1[2,petal_width]`… */
	parameterName(j: number): string {
		const {d, k, h} = this;
		const f = (i: number) => this.data.featureNames[i] ?? `x${i}`;
		const c = (i: number) => (this.classify ? (this.data.classNames[i] ?? `c${i}`) : 'y');
		if (this.kind !== 'mlp') {
			if (j < k * d) return `w ${f(j % d)}→${c(Math.floor(j / d))}`;
			return `b ${c(j - k * d)}`;
		}

		if (j < h * d) return `W1 h${Math.floor(j / d) + 1}←${f(j % d)}`;
		if (j < h * d + h) return `b1 h${j - h * d + 1}`;
		const w2 = h * d + h;
		if (j < w2 + k * h) return `W2 ${c(Math.floor((j - w2) / h))}←h${((j - w2) % h) + 1}`;
		return `b2 ${c(j - w2 - k * h)}`;
	}
}
