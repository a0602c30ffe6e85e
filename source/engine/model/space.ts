/**
 * Seeing many parameters: a plane through parameter space, θ = origin + x·u + y·v with u, v
 * orthonormal, and the real loss sampled on it (Li et al., "Visualizing the Loss Landscape of
 * Neural Nets", 2018). A run's plane is spanned by the two main directions of travel of its
 * climber (PCA of the path) and centred on the global minimum; a level's own plane (the map
 * shown before any run) goes through θ₀ along the first slope felt there.
 */
import {Prng} from '../math.js';

export type Slice = {origin: Float64Array; u: Float64Array; v: Float64Array};

export function dot(a: Float64Array, b: Float64Array, n = a.length): number {
	let s = 0;
	for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
	return s;
}

function normalize(a: Float64Array): boolean {
	const length = Math.sqrt(dot(a, a));
	if (!(length > 1e-300) || !Number.isFinite(length)) return false;
	for (let i = 0; i < a.length; i++) a[i] = a[i]! / length;
	return true;
}

/** Removes from `a` its components along the given unit vectors. */
function orthogonalize(a: Float64Array, ...units: Float64Array[]): void {
	for (const unit of units) {
		const c = dot(a, unit);
		for (let i = 0; i < a.length; i++) a[i] = a[i]! - c * unit[i]!;
	}
}

/** A unit vector orthogonal to `units`, from a seeded stream (deterministic). */
export function seededDirection(n: number, seed: number, ...units: Float64Array[]): Float64Array {
	const rng = new Prng(seed);
	for (;;) {
		const a = new Float64Array(n);
		for (let i = 0; i < n; i++) a[i] = rng.gaussian();
		orthogonalize(a, ...units);
		orthogonalize(a, ...units);
		if (normalize(a)) return a;
	}
}

/** Coordinates (x, y) of θ (n numbers starting at `offset` of `theta`) on the slice. */
export function project(slice: Slice, theta: Float64Array, offset = 0): [number, number] {
	const {origin, u, v} = slice;
	let x = 0;
	let y = 0;
	for (let i = 0; i < origin.length; i++) {
		const d = theta[offset + i]! - origin[i]!;
		x += d * u[i]!;
		y += d * v[i]!;
	}

	return [x, y];
}

/** θ at (x, y) on the slice, written into `out`. */
export function lift(slice: Slice, x: number, y: number, out: Float64Array): Float64Array {
	const {origin, u, v} = slice;
	for (let i = 0; i < origin.length; i++) out[i] = origin[i]! + x * u[i]! + y * v[i]!;
	return out;
}

/**
 * The plane through `centre` spanned by the two main directions of the states in `path`
 * (`count` states of n numbers): the top two eigenvectors of Σ (θ_t − centre)(θ_t − centre)ᵀ, by
 * power iteration with deflation. A direction the path never moves along is completed with a
 * seeded orthogonal one.
 */
export function pathPlane(path: Float64Array, count: number, n: number, centre: Float64Array): Slice {
	const diff = new Float64Array(count * n);
	for (let t = 0; t < count; t++) for (let i = 0; i < n; i++) diff[t * n + i] = path[t * n + i]! - centre[i]!;
	const apply = (w: Float64Array, out: Float64Array) => {
		out.fill(0);
		for (let t = 0; t < count; t++) {
			let c = 0;
			for (let i = 0; i < n; i++) c += diff[t * n + i]! * w[i]!;
			for (let i = 0; i < n; i++) out[i] = out[i]! + c * diff[t * n + i]!;
		}
	};

	const principal = (seed: number, ...against: Float64Array[]): Float64Array => {
		let w = seededDirection(n, seed, ...against);
		const next = new Float64Array(n);
		for (let iteration = 0; iteration < 60; iteration++) {
			apply(w, next);
			orthogonalize(next, ...against);
			if (!normalize(next)) return seededDirection(n, seed + 1, ...against);
			w = Float64Array.from(next);
		}

		// a fixed sign: the start of the path lies on the positive side
		const first = dot(w, diff.subarray(0, n));
		if (first < 0) for (let i = 0; i < n; i++) w[i] = -w[i]!;
		return w;
	};

	const u = principal(11);
	const v = principal(12, u);
	return {origin: Float64Array.from(centre), u, v};
}
