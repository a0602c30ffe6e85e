/**
 * The inner loops of a model terrain (`Model` in `model.ts`): the summed loss and analytic
 * gradient of linear/softmax and mlp models over a list of examples, the softmax cross-entropy
 * they share, tanh with the engine's exp, and the grouping of repeated examples. Pure and
 * allocation-free per example: the scratch arrays come in the {@link Kernel}.
 */
import {expQuick as exp, log} from '../math.js';
import type {ModelData} from './model.js';

/** The shape, data and scratch arrays one model's kernels work with (one per `Model`). */
export type Kernel = {
	readonly d: number;
	readonly k: number;
	readonly h: number;
	readonly classify: boolean;
	/** N×d inputs, row-major */
	readonly x: Float64Array;
	/** N targets */
	readonly y: Float64Array;
	/** k output scores (then softmax − onehot, or the residual) */
	readonly z: Float64Array;
	/** h hidden activations */
	readonly a: Float64Array;
	/** h back-propagated hidden errors */
	readonly delta: Float64Array;
};

/** tanh with the engine's exp: 1 − 2/(e^{2z} + 1). */
export function tanh(z: number): number {
	if (z > 20) return 1;
	if (z < -20) return -1;
	return 1 - 2 / (exp(2 * z) + 1);
}

/**
 * linear and softmax: the summed loss of the examples `list[0…length)` (each counted
 * `weights[r]` times when given), their gradient added (unscaled) into `grad`.
 */
export function linearSum(kernel: Kernel, theta: Float64Array, grad: Float64Array | null, list: Int32Array, length: number, weights: Float64Array | null): number {
	const {d, k, classify, x, y} = kernel;
	const biases = k * d;
	const z = kernel.z;
	let sum = 0;
	// Σ log(total_r) as the log of products of totals (each in [1, k]): one log per many examples
	let product = 1;
	for (let r = 0; r < length; r++) {
		const i = list[r]!;
		const w = weights ? weights[r]! : 1;
		const base = i * d;
		if (d === 4) {
			// four inputs (iris's four measurements): the same sums, without an inner loop of four
			const x0 = x[base]!;
			const x1 = x[base + 1]!;
			const x2 = x[base + 2]!;
			const x3 = x[base + 3]!;
			for (let c = 0, row = 0; c < k; c++, row += 4) z[c] = theta[biases + c]! + theta[row]! * x0 + theta[row + 1]! * x1 + theta[row + 2]! * x2 + theta[row + 3]! * x3;
		} else {
			for (let c = 0; c < k; c++) {
				let s = theta[biases + c]!;
				const row = c * d;
				for (let j = 0; j < d; j++) s += theta[row + j]! * x[base + j]!;
				z[c] = s;
			}
		}

		if (classify) {
			const total = k === 3 ? softmax3(z, y[i]!) : softmaxInPlace(z, k, y[i]!);
			sum += w * total.loss;
			for (let m = 0; m < w; m++) product *= total.normalizer;
			if (product > PRODUCT_LIMIT) {
				sum += log(product);
				product = 1;
			}
		} else {
			const residual = z[0]! - y[i]!;
			z[0] = residual;
			sum += w * 0.5 * residual * residual;
		}

		if (grad && d === 4) {
			const x0 = x[base]!;
			const x1 = x[base + 1]!;
			const x2 = x[base + 2]!;
			const x3 = x[base + 3]!;
			for (let c = 0, row = 0; c < k; c++, row += 4) {
				const g = w * z[c]!;
				grad[row] = grad[row]! + g * x0;
				grad[row + 1] = grad[row + 1]! + g * x1;
				grad[row + 2] = grad[row + 2]! + g * x2;
				grad[row + 3] = grad[row + 3]! + g * x3;
				grad[biases + c] = grad[biases + c]! + g;
			}
		} else if (grad) {
			for (let c = 0; c < k; c++) {
				const g = w * z[c]!;
				const row = c * d;
				for (let j = 0; j < d; j++) grad[row + j] = grad[row + j]! + g * x[base + j]!;
				grad[biases + c] = grad[biases + c]! + g;
			}
		}
	}

	return product === 1 ? sum : sum + log(product);
}

/** mlp: the summed loss of the examples `list[0…length)` (weighted), the gradient added (unscaled) into `grad`. */
export function mlpSum(kernel: Kernel, theta: Float64Array, grad: Float64Array | null, list: Int32Array, length: number, weights: Float64Array | null): number {
	const {d, k, h, classify, x, y} = kernel;
	const b1 = h * d;
	const w2 = b1 + h;
	const b2 = w2 + k * h;
	const a = kernel.a;
	const z = kernel.z;
	const delta = kernel.delta;
	let sum = 0;
	let product = 1;
	for (let r = 0; r < length; r++) {
		const i = list[r]!;
		const w = weights ? weights[r]! : 1;
		const base = i * d;
		if (d === 2) {
			// two inputs (the map-sized networks): the same sums, without an inner loop of two
			const x0 = x[base]!;
			const x1 = x[base + 1]!;
			for (let u = 0, row = 0; u < h; u++, row += 2) a[u] = tanh(theta[b1 + u]! + theta[row]! * x0 + theta[row + 1]! * x1);
		} else {
			for (let u = 0; u < h; u++) {
				let s = theta[b1 + u]!;
				const row = u * d;
				for (let j = 0; j < d; j++) s += theta[row + j]! * x[base + j]!;
				a[u] = tanh(s);
			}
		}

		for (let c = 0; c < k; c++) {
			let s = theta[b2 + c]!;
			const row = w2 + c * h;
			for (let u = 0; u < h; u++) s += theta[row + u]! * a[u]!;
			z[c] = s;
		}

		if (classify) {
			const total = softmaxInPlace(z, k, y[i]!);
			sum += w * total.loss;
			for (let m = 0; m < w; m++) product *= total.normalizer;
			if (product > PRODUCT_LIMIT) {
				sum += log(product);
				product = 1;
			}
		} else {
			const residual = z[0]! - y[i]!;
			z[0] = residual;
			sum += w * 0.5 * residual * residual;
		}

		if (!grad) continue;
		for (let u = 0; u < h; u++) delta[u] = 0;
		for (let c = 0; c < k; c++) {
			const g = w * z[c]!;
			const row = w2 + c * h;
			for (let u = 0; u < h; u++) {
				grad[row + u] = grad[row + u]! + g * a[u]!;
				delta[u] = delta[u]! + g * theta[row + u]!;
			}

			grad[b2 + c] = grad[b2 + c]! + g;
		}

		if (d === 2) {
			const x0 = x[base]!;
			const x1 = x[base + 1]!;
			for (let u = 0, row = 0; u < h; u++, row += 2) {
				const au = a[u]!;
				const g = delta[u]! * (1 - au * au);
				grad[row] = grad[row]! + g * x0;
				grad[row + 1] = grad[row + 1]! + g * x1;
				grad[b1 + u] = grad[b1 + u]! + g;
			}
		} else {
			for (let u = 0; u < h; u++) {
				const au = a[u]!;
				const g = delta[u]! * (1 - au * au);
				const row = u * d;
				for (let j = 0; j < d; j++) grad[row + j] = grad[row + j]! + g * x[base + j]!;
				grad[b1 + u] = grad[b1 + u]! + g;
			}
		}
	}

	return product === 1 ? sum : sum + log(product);
}

/** Past this the product of softmax normalizers is folded into the sum by one log. */
const PRODUCT_LIMIT = 1e200;

/** What {@link softmaxInPlace} returns (one object, reused: no allocation per example). */
const softmaxOut = {loss: 0, normalizer: 1};

/**
 * −log softmax(z)[target] without its log(Σ e^(z − max)) part, returned as `loss`, and that
 * normalizer (between 1 and k) as `normalizer`; z becomes softmax(z) − onehot(target).
 */
function softmaxInPlace(z: Float64Array, k: number, target: number): typeof softmaxOut {
	let top = 0;
	for (let c = 1; c < k; c++) if (z[c]! > z[top]!) top = c;
	const max = z[top]!;
	const picked = z[target]! - max;
	let total = 0;
	for (let c = 0; c < k; c++) {
		const e = c === top ? 1 : exp(z[c]! - max);
		z[c] = e;
		total += e;
	}

	for (let c = 0; c < k; c++) {
		const p = z[c]! / total;
		z[c] = c === target ? p - 1 : p;
	}

	softmaxOut.loss = -picked;
	softmaxOut.normalizer = total;
	return softmaxOut;
}

/**
 * {@link softmaxInPlace} for three classes (iris's species), unrolled: the same operations in the
 * same order. The linear and softmax models take it; in the network's larger loop it was slower.
 */
function softmax3(z: Float64Array, target: number): typeof softmaxOut {
	const z0 = z[0]!;
	const z1 = z[1]!;
	const z2 = z[2]!;
	let top = z1 > z0 ? 1 : 0;
	let max = top === 1 ? z1 : z0;
	if (z2 > max) {
		top = 2;
		max = z2;
	}

	const picked = z[target]! - max;
	const e0 = top === 0 ? 1 : exp(z0 - max);
	const e1 = top === 1 ? 1 : exp(z1 - max);
	const e2 = top === 2 ? 1 : exp(z2 - max);
	const total = 0 + e0 + e1 + e2;
	z[0] = target === 0 ? e0 / total - 1 : e0 / total;
	z[1] = target === 1 ? e1 / total - 1 : e1 / total;
	z[2] = target === 2 ? e2 / total - 1 : e2 / total;
	softmaxOut.loss = -picked;
	softmaxOut.normalizer = total;
	return softmaxOut;
}

/** The first index of each distinct example (same inputs and target, to the bit), in order, and its count. */
export function distinctRows(data: ModelData): {distinct: Int32Array; weights: Float64Array} {
	const d = data.features;
	const seen = new Map<string, number>();
	const first: number[] = [];
	const counts: number[] = [];
	for (let i = 0; i < data.rows; i++) {
		const key = `${Array.from(data.x.subarray(i * d, (i + 1) * d)).join(',')}|${data.y[i]}`;
		const at = seen.get(key);
		if (at === undefined) {
			seen.set(key, first.length);
			first.push(i);
			counts.push(1);
		} else {
			counts[at]!++;
		}
	}

	return {distinct: Int32Array.from(first), weights: Float64Array.from(counts)};
}
