/**
 * Deterministic elementary functions and the seeded random generator.
 *
 * ECMAScript leaves `Math.exp`, `Math.sin`, `Math.cos` and `Math.log` implementation-approximated,
 * so two engines may disagree in the last bit and a replay would drift. Everything here is built
 * from `+ − × ÷` and `Math.sqrt`, which IEEE 754 fixes exactly, so a run is bit-identical on every
 * machine. The algorithms follow the classic fdlibm scheme: exact range reduction, then a
 * minimax polynomial on a small interval.
 */

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** 2^k for k in [-1074, 1023], built by exact doubling. Index k + 1074. */
const POW2 = (() => {
	const table = new Float64Array(1023 + 1074 + 1);
	let value = 1;
	for (let k = 0; k <= 1023; k++) {
		table[k + 1074] = value;
		value *= 2;
	}

	value = 1;
	for (let k = 0; k >= -1074; k--) {
		table[k + 1074] = value;
		value /= 2;
	}

	return table;
})();

function scale(x: number, k: number): number {
	if (k > 1023) return x * POW2[2097]! * POW2[k - 1023 + 1074]!;
	if (k < -1022) return x * POW2[-1022 + 1074]! * POW2[k + 1022 + 1074]!;
	return x * POW2[k + 1074]!;
}

/** e^x, deterministic. Overflows to Infinity above ~709.78, underflows to 0 below ~−745.1. */
export function exp(x: number): number {
	if (!(x > -708 && x < 709)) {
		// NaN, overflow, and results that underflow toward subnormals
		if (x !== x) return x;
		if (x > 709.782712893384) return Infinity;
		if (x < -745.1332191019412) return 0;
	} else if (x > -3.725290298461914e-9 && x < 3.725290298461914e-9) {
		return 1 + x;
	}

	// x = k·ln2 + r, |r| ≤ ln2/2, with ln2 split in two so k·LN2_HI is exact.
	const k = Math.round(x * INV_LN2);
	const hi = x - k * LN2_HI;
	const lo = k * LN2_LO;
	const r = hi - lo;
	const rr = r * r;
	const c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
	const y = 1 - (lo - (r * c) / (2 - c) - hi);
	// a normal result is one exact table lookup away; the ends of the range take two steps
	return k >= -1022 && k <= 1023 ? y * POW2[k + 1074]! : scale(y, k);
}

const LN2_64_HI = LN2_HI / 64;
const LN2_64_LO = LN2_LO / 64;
const SIXTY_FOUR_INV_LN2 = 64 * INV_LN2;

/** 2^(j/64) for j = 0…63 (from {@link exp} of j·ln2/64). */
const EXP2_64THS = (() => {
	const table = new Float64Array(64);
	for (let j = 0; j < 64; j++) table[j] = exp(j * LN2_64_HI + j * LN2_64_LO);
	return table;
})();

/**
 * e^x, deterministic, within about one ulp of {@link exp} but without its division: x = (64m + j)·ln2/64 + r
 * with |r| ≤ ln2/128, e^x = 2^m · 2^(j/64) · (Taylor polynomial of degree 5 in r, whose error is
 * below 4·10⁻¹⁷). For the model terrains, whose every step takes an exp per hidden unit and class
 * of every example; the formula terrains keep {@link exp} (their replays are released).
 */
export function expQuick(x: number): number {
	if (!(x > -708 && x < 709)) return exp(x);
	const k = Math.round(x * SIXTY_FOUR_INV_LN2);
	const r = x - k * LN2_64_HI - k * LN2_64_LO;
	const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
	return EXP2_64THS[k & 63]! * p * POW2[(k >> 6) + 1074]!;
}

const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const SQRT2 = 1.4142135623730951;
const TWO_64 = 18_446_744_073_709_551_616;
const TWO_M64 = 1 / TWO_64;

/** Natural logarithm, deterministic. log(0) = −Infinity, log(x < 0) = NaN. */
export function log(x: number): number {
	if (x !== x || x < 0) return Number.NaN;
	if (x === 0) return -Infinity;
	if (x === Infinity) return Infinity;

	// x = m·2^k with m in [√2/2, √2): find k by exact halving/doubling.
	let m = x;
	let k = 0;
	while (m >= TWO_64) {
		m *= TWO_M64;
		k += 64;
	}

	while (m < TWO_M64) {
		m *= TWO_64;
		k -= 64;
	}

	while (m >= SQRT2) {
		m *= 0.5;
		k += 1;
	}

	while (m < SQRT2 / 2) {
		m *= 2;
		k -= 1;
	}

	const f = m - 1;
	const s = f / (2 + f);
	const z = s * s;
	const w = z * z;
	const t1 = w * (LG2 + w * (LG4 + w * LG6));
	const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
	const hfsq = 0.5 * f * f;
	return k * LN2_HI - (hfsq - (s * (hfsq + t1 + t2) + k * LN2_LO) - f);
}

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;
const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;

function kernelSin(x: number): number {
	// |x| < 2^-27: sin x rounds to x; returning it keeps the sign of −0 (fdlibm does the same).
	if (x > -7.450580596923828e-9 && x < 7.450580596923828e-9) return x;
	const z = x * x;
	return x + x * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
}

function kernelCos(x: number): number {
	const z = x * x;
	return 1 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
}

/** Result slots for {@link sinCos}: [sin, cos]. Reused to avoid allocation in hot loops. */
export type SinCos = Float64Array;

/**
 * sin x and cos x together, deterministic, written into `out` ([sin, cos]).
 * Accurate to about one ulp for |x| below 2^20·π/2; beyond that the reduction loses bits but stays
 * deterministic (terrain arguments stay far below that).
 */
export function sinCos(x: number, out: SinCos): SinCos {
	if (!Number.isFinite(x)) {
		out[0] = Number.NaN;
		out[1] = Number.NaN;
		return out;
	}

	let n = 0;
	let r = x;
	if (x > 0.7853981633974483 || x < -0.7853981633974483) {
		n = Math.round(x * INV_PIO2);
		// n·PIO2_1 is exact (PIO2_1 has 33 significant bits), the tail corrects the rest.
		r = x - n * PIO2_1 - n * PIO2_1T;
	}

	const s = kernelSin(r);
	const c = kernelCos(r);
	switch (((n % 4) + 4) % 4) {
		case 0: {
			out[0] = s;
			out[1] = c;
			break;
		}

		case 1: {
			out[0] = c;
			out[1] = -s;
			break;
		}

		case 2: {
			out[0] = -s;
			out[1] = -c;
			break;
		}

		default: {
			out[0] = -c;
			out[1] = s;
		}
	}

	return out;
}

const scratch = new Float64Array(2);

/** sin x, deterministic. */
export function sin(x: number): number {
	return sinCos(x, scratch)[0]!;
}

/** cos x, deterministic. */
export function cos(x: number): number {
	return sinCos(x, scratch)[1]!;
}

/** π, exactly the double nearest to it. */
export const PI = 3.141592653589793;

/**
 * A seeded pseudo-random generator (xoshiro128**, seeded through splitmix32). One per run,
 * carried in the run: the same seed gives the same stream on every machine.
 */
export class Prng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	private spare = Number.NaN;

	/** @param seed any integer; it is reduced to 32 bits. */
	constructor(seed: number) {
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) | 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
			return (z ^ (z >>> 16)) >>> 0;
		};

		this.a = next();
		this.b = next();
		this.c = next();
		this.d = next();
	}

	/** A uniform 32-bit unsigned integer. */
	nextUint32(): number {
		const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
		const t = this.b << 9;
		this.c ^= this.a;
		this.d ^= this.b;
		this.b ^= this.c;
		this.a ^= this.d;
		this.c ^= t;
		this.d = rotl(this.d, 11);
		return result;
	}

	/**
	 * Moves `size` distinct entries of `perm` to its front by a partial Fisher–Yates shuffle, one
	 * {@link nextUint32} draw u per entry (entry r swaps with r + ⌊u·(n − r)/2³²⌋): the same draws
	 * and swaps as calling `nextUint32` in a loop, with the state held in locals (a minibatch draws
	 * one per example, and this halves their cost).
	 */
	shuffleHead(perm: Int32Array, size: number): void {
		const rows = perm.length;
		let {a, b, c, d} = this;
		for (let r = 0; r < size; r++) {
			const u = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
			const t = b << 9;
			c ^= a;
			d ^= b;
			b ^= c;
			a ^= d;
			c ^= t;
			d = rotl(d, 11);
			// u·(n − r)·2⁻³² < n − r ≤ 2³¹: truncation is the floor, and the scaling is exact
			const j = r + ((u * (rows - r) * 2.3283064365386963e-10) | 0);
			const swap = perm[r]!;
			perm[r] = perm[j]!;
			perm[j] = swap;
		}

		this.a = a;
		this.b = b;
		this.c = c;
		this.d = d;
	}

	/** A uniform double in [0, 1) with 53 random bits. */
	next(): number {
		const hi = this.nextUint32() >>> 5;
		const lo = this.nextUint32() >>> 6;
		return (hi * 67_108_864 + lo) / 9_007_199_254_740_992;
	}

	/** A uniform double in [min, max). */
	uniform(min: number, max: number): number {
		return min + (max - min) * this.next();
	}

	/** A standard normal deviate (Marsaglia's polar method with the deterministic log). */
	gaussian(): number {
		if (this.spare === this.spare) {
			const value = this.spare;
			this.spare = Number.NaN;
			return value;
		}

		for (;;) {
			const u = 2 * this.next() - 1;
			const v = 2 * this.next() - 1;
			const s = u * u + v * v;
			if (s > 0 && s < 1) {
				const m = Math.sqrt((-2 * log(s)) / s);
				this.spare = v * m;
				return u * m;
			}
		}
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}
