/**
 * The curvature of a model terrain in its full parameter space: the Hessian of the loss at θ (n×n,
 * by central differences of the analytic gradient, one pair of gradient passes per parameter) and
 * its whole spectrum by the cyclic Jacobi method. What the stability limit η·λ < 2, the rocking
 * of momentum, a ravine's κ = λmax/λmin and a saddle's way down are about (README, “How a step
 * works”): the map's 2-D slice may miss the steepest direction, the spectrum does not.
 *
 * Deterministic: only + − × ÷ and √. For the tens of parameters of the game's models an explicit
 * Hessian is cheaper than power iteration (2n gradient passes) and exact to rounding; call it at
 * the few points a diagnosis needs (the start, the end, where a run blew up), not per step.
 */
import {hessianTimes} from './critical.js';
import type {Model} from './model.js';
import {dot, seededDirection} from './space.js';

/** The curvature at one point of parameter space. */
export type Spectrum = {
	/** parameters n */
	n: number;
	/** the Hessian's eigenvalues, ascending */
	values: Float64Array;
	/** their unit eigenvectors, row k (n numbers) for `values[k]` */
	vectors: Float64Array;
	/** the lowest eigenvalue λmin (negative on a saddle) and the highest λmax */
	low: number;
	high: number;
	/** unit eigenvectors of λmin (the way down on a saddle, the flattest way in a valley) and of λmax (the steepest way) */
	lowDirection: Float64Array;
	highDirection: Float64Array;
	/** eigenvalues below −{@link FLAT}·max|λ|: the directions that go down */
	downward: number;
	/** κ = λmax/λmin when every eigenvalue is above +{@link FLAT}·λmax (a valley), else null */
	kappa: number | null;
};

/** A curvature within this share of the largest reads as flat: not up, not down. */
export const FLAT = 1e-7;

/**
 * The Hessian at θ into `out` (row-major n×n, symmetrised), column j the central difference of the
 * gradient along parameter j: (∇L(θ + h·e_j) − ∇L(θ − h·e_j)) / 2h, h = 1e-5·max(1, |θ_j|). Exact
 * but for rounding where the gradient is linear (a linear model: XᵀX/N + l2·I).
 */
export function hessianAt(model: Model, theta: Float64Array, out: Float64Array = new Float64Array(model.n * model.n)): Float64Array {
	const n = model.n;
	const probe = Float64Array.from(theta);
	const up = new Float64Array(n);
	const down = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		const h = 1e-5 * Math.max(1, Math.abs(theta[j]!));
		probe[j] = theta[j]! + h;
		model.evaluate(probe, up);
		probe[j] = theta[j]! - h;
		model.evaluate(probe, down);
		probe[j] = theta[j]!;
		const width = 2 * h;
		for (let i = 0; i < n; i++) out[i * n + j] = (up[i]! - down[i]!) / width;
	}

	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const mean = 0.5 * (out[i * n + j]! + out[j * n + i]!);
			out[i * n + j] = mean;
			out[j * n + i] = mean;
		}
	}

	return out;
}

/**
 * Eigenvalues (ascending) and unit eigenvectors (row k of `vectors` belongs to `values[k]`) of the
 * symmetric n×n matrix `a` (row-major; not changed), by cyclic Jacobi rotations until the part off
 * the diagonal is rounding (Golub & Van Loan, §8.5).
 */
export function symmetricEigen(a: Float64Array, n: number): {values: Float64Array; vectors: Float64Array} {
	const m = Float64Array.from(a.subarray(0, n * n));
	const v = new Float64Array(n * n);
	for (let i = 0; i < n; i++) v[i * n + i] = 1;
	let total = 0;
	for (let i = 0; i < n * n; i++) total += m[i]! * m[i]!;
	for (let sweep = 0; sweep < 64; sweep++) {
		let off = 0;
		for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! * m[p * n + q]!;
		if (!(off > 1e-30 * total)) break;
		for (let p = 0; p < n - 1; p++) {
			for (let q = p + 1; q < n; q++) {
				const apq = m[p * n + q]!;
				if (apq === 0) continue;
				const app = m[p * n + p]!;
				const aqq = m[q * n + q]!;
				// an entry below the rounding of both diagonal entries is zero already (Numerical Recipes, §11.1)
				const g = 100 * Math.abs(apq);
				if (sweep > 3 && Math.abs(app) + g === Math.abs(app) && Math.abs(aqq) + g === Math.abs(aqq)) {
					m[p * n + q] = 0;
					m[q * n + p] = 0;
					continue;
				}

				// the rotation that zeroes a_pq: t = tan φ, the smaller root of t² + 2θt − 1 = 0
				const theta = (aqq - app) / (2 * apq);
				const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				const tau = s / (1 + c);
				m[p * n + p] = app - t * apq;
				m[q * n + q] = aqq + t * apq;
				m[p * n + q] = 0;
				m[q * n + p] = 0;
				for (let r = 0; r < n; r++) {
					if (r !== p && r !== q) {
						const arp = m[r * n + p]!;
						const arq = m[r * n + q]!;
						const newP = arp - s * (arq + tau * arp);
						const newQ = arq + s * (arp - tau * arq);
						m[r * n + p] = newP;
						m[p * n + r] = newP;
						m[r * n + q] = newQ;
						m[q * n + r] = newQ;
					}

					// the rotation's columns collect in v (column k is the eigenvector of m_kk)
					const vrp = v[r * n + p]!;
					const vrq = v[r * n + q]!;
					v[r * n + p] = vrp - s * (vrq + tau * vrp);
					v[r * n + q] = vrq + s * (vrp - tau * vrq);
				}
			}
		}
	}

	const order = Array.from({length: n}, (_, k) => k).sort((i, j) => m[i * n + i]! - m[j * n + j]! || i - j);
	const values = new Float64Array(n);
	const vectors = new Float64Array(n * n);
	for (const [k, column] of order.entries()) {
		values[k] = m[column * n + column]!;
		for (let r = 0; r < n; r++) vectors[k * n + r] = v[r * n + column]!;
	}

	return {values, vectors};
}

/** The spectrum of a symmetric n×n matrix: extremes, their directions, the count going down, κ. */
export function spectrumOf(matrix: Float64Array, n: number): Spectrum {
	const {values, vectors} = symmetricEigen(matrix, n);
	const low = values[0]!;
	const high = values[n - 1]!;
	const scale = Math.max(Math.abs(low), Math.abs(high));
	let downward = 0;
	for (const value of values) if (value < -FLAT * scale) downward++;
	const direction = (k: number) => {
		const e = vectors.slice(k * n, (k + 1) * n);
		// a fixed sign: the largest component positive (an eigenvector's sign is arbitrary)
		let top = 0;
		for (let i = 1; i < n; i++) if (Math.abs(e[i]!) > Math.abs(e[top]!)) top = i;
		if (e[top]! < 0) for (let i = 0; i < n; i++) e[i] = -e[i]!;
		return e;
	};

	return {n, values, vectors, low, high, lowDirection: direction(0), highDirection: direction(n - 1), downward, kappa: low > FLAT * high ? high / low : null};
}

/** Up to this many parameters the whole Hessian is formed; beyond, Lanczos finds its ends (a level may hold 256). */
export const EXPLICIT_LIMIT = 64;

/** Lanczos steps for a model past {@link EXPLICIT_LIMIT} parameters. */
const LANCZOS_STEPS = 48;

/**
 * The Hessian's spectrum of a model's loss at θ, in its full parameter space. Up to
 * {@link EXPLICIT_LIMIT} parameters, every eigenvalue; beyond, the Ritz values of Lanczos (the
 * extremes to rounding, `downward` then counts the ways down it found). Null where the gradient
 * is not finite.
 */
export function spectrumAt(model: Model, theta: Float64Array): Spectrum | null {
	if (!theta.every(Number.isFinite)) return null;
	if (model.n > EXPLICIT_LIMIT) return lanczos(model, theta, LANCZOS_STEPS);
	const hessian = hessianAt(model, theta);
	if (!hessian.every(Number.isFinite)) return null;
	return spectrumOf(hessian, model.n);
}

/**
 * Lanczos with full reorthogonalisation from a seeded start: m Hessian-vector products build an
 * orthonormal basis Q and the tridiagonal T = QᵀHQ, whose eigenpairs (Ritz pairs) give the
 * extremes of the spectrum and their directions.
 */
function lanczos(model: Model, theta: Float64Array, steps: number): Spectrum | null {
	const n = model.n;
	const basis: Float64Array[] = [seededDirection(n, 3)];
	const alpha: number[] = [];
	const beta: number[] = [];
	const w = new Float64Array(n);
	for (let j = 0; j < Math.min(steps, n); j++) {
		const q = basis[j]!;
		hessianTimes(model, theta, q, w);
		if (!w.every(Number.isFinite)) return null;
		alpha.push(dot(q, w));
		// twice, against every vector so far: the basis stays orthogonal to rounding
		for (let pass = 0; pass < 2; pass++) {
			for (const b of basis) {
				const c = dot(b, w);
				for (let i = 0; i < n; i++) w[i] = w[i]! - c * b[i]!;
			}
		}

		const length = Math.sqrt(dot(w, w));
		if (j === Math.min(steps, n) - 1 || !(length > 1e-12 * Math.max(1, Math.abs(alpha[0]!)))) break;
		beta.push(length);
		basis.push(w.map((x) => x / length));
	}

	const m = alpha.length;
	const t = new Float64Array(m * m);
	for (let k = 0; k < m; k++) {
		t[k * m + k] = alpha[k]!;
		if (k + 1 < m) {
			t[k * m + k + 1] = beta[k]!;
			t[(k + 1) * m + k] = beta[k]!;
		}
	}

	const ritz = spectrumOf(t, m);
	const vectors = new Float64Array(m * n);
	for (let k = 0; k < m; k++) {
		for (let i = 0; i < m; i++) {
			const c = ritz.vectors[k * m + i]!;
			const b = basis[i]!;
			for (let r = 0; r < n; r++) vectors[k * n + r] = vectors[k * n + r]! + c * b[r]!;
		}
	}

	const row = (k: number) => vectors.slice(k * n, (k + 1) * n);
	return {...ritz, n, vectors, lowDirection: row(0), highDirection: row(m - 1)};
}
