/**
 * Terrain: the loss landscape f(x, y) as a sum of terms (README, “Level files”), with analytic gradients.
 * A level's terms are compiled once into flat arrays grouped by type so that one evaluation is a
 * few tight loops with no allocation.
 */
import {exp, PI, sinCos} from './math.js';
import type {Point, Term} from './types.js';

/**
 * A surface given as a function writing [f, ∂f/∂x, ∂f/∂y] into `out` and returning f: how a
 * model terrain with many parameters shows on a plane (see model/space.ts).
 */
export type Surface = (x: number, y: number, out: Float64Array) => number;

/** A quadratic ½(xx·x² + 2·xy·x·y + yy·y²) + x_·x + y_·y + c added to the terms (a linear model's least squares). */
export type Quadratic = {xx: number; xy: number; yy: number; x: number; y: number; c: number};

/** Slots written by {@link Landscape.evaluate}: [f, ∂f/∂x, ∂f/∂y]. */
export type Sample = Float64Array;

export function newSample(): Sample {
	return new Float64Array(3);
}

const DEG = PI / 180;

type Rotation = {c: number; s: number};

function rotation(angle: number | undefined): Rotation {
	if (!angle) return {c: 1, s: 0};
	const sc = sinCos(angle * DEG, new Float64Array(2));
	return {c: sc[1]!, s: sc[0]!};
}

/**
 * A compiled terrain. Quadratic terms (bowls, saddles, tilts) fold into one quadratic form,
 * since their sum is again a quadratic; the others keep a packed array each.
 */
export class Landscape {
	/** f = ½·(qxx·x² + 2·qxy·x·y + qyy·y²) + lx·x + ly·y + q0 */
	private readonly qxx: number;
	private readonly qxy: number;
	private readonly qyy: number;
	private readonly lx: number;
	private readonly ly: number;
	private readonly q0: number;
	/** wells and hills: [cx, cy, amplitude (−d or +h), 1/(2w²)] per term */
	private readonly bumps: Float64Array;
	/** ripples: [cx, cy, A, k = 2π/L, c, s] */
	private readonly ripples: Float64Array;
	/** rosenbrock: [cx, cy, a, b, scale] */
	private readonly bananas: Float64Array;
	/** himmelblau: [cx, cy, scale] */
	private readonly himmelblaus: Float64Array;
	private readonly sc = new Float64Array(2);
	private readonly probe = newSample();

	private readonly surface: Surface | undefined;

	/** @param extra a surface that replaces the terms, or a quadratic added to them */
	constructor(
		readonly terms: readonly Term[],
		extra?: Surface | Quadratic,
	) {
		const quadratic = typeof extra === 'object' ? extra : undefined;
		this.surface = typeof extra === 'function' ? extra : undefined;
		let qxx = quadratic?.xx ?? 0;
		let qxy = quadratic?.xy ?? 0;
		let qyy = quadratic?.yy ?? 0;
		let lx = quadratic?.x ?? 0;
		let ly = quadratic?.y ?? 0;
		let q0 = quadratic?.c ?? 0;
		const bumps: number[] = [];
		const ripples: number[] = [];
		const bananas: number[] = [];
		const himmelblaus: number[] = [];
		for (const term of terms) {
			switch (term.type) {
				case 'bowl':
				case 'saddle': {
					// ½(a·u² ± b·v²) with u = c·dx + s·dy, v = −s·dx + c·dy
					const {c, s} = rotation(term.angle);
					const a = term.curvature[0];
					const b = term.type === 'bowl' ? term.curvature[1] : -term.curvature[1];
					const hxx = a * c * c + b * s * s;
					const hxy = (a - b) * c * s;
					const hyy = a * s * s + b * c * c;
					const [cx, cy] = term.center;
					qxx += hxx;
					qxy += hxy;
					qyy += hyy;
					lx -= hxx * cx + hxy * cy;
					ly -= hxy * cx + hyy * cy;
					q0 += 0.5 * (hxx * cx * cx + 2 * hxy * cx * cy + hyy * cy * cy);
					break;
				}

				case 'tilt': {
					lx += term.slope[0];
					ly += term.slope[1];
					break;
				}

				case 'well': {
					bumps.push(term.center[0], term.center[1], -term.depth, 1 / (2 * term.width * term.width));
					break;
				}

				case 'hill': {
					bumps.push(term.center[0], term.center[1], term.height, 1 / (2 * term.width * term.width));
					break;
				}

				case 'ripples': {
					const {c, s} = rotation(term.angle);
					ripples.push(term.center[0], term.center[1], term.amplitude, (2 * PI) / term.wavelength, c, s);
					break;
				}

				case 'rosenbrock': {
					bananas.push(term.center[0], term.center[1], term.a ?? 1, term.b ?? 100, term.scale ?? 1);
					break;
				}

				case 'himmelblau': {
					himmelblaus.push(term.center[0], term.center[1], term.scale ?? 1);
					break;
				}

				case 'model': {
					// the data's loss comes in as `extra`
					break;
				}
			}
		}

		this.qxx = qxx;
		this.qxy = qxy;
		this.qyy = qyy;
		this.lx = lx;
		this.ly = ly;
		this.q0 = q0;
		this.bumps = Float64Array.from(bumps);
		this.ripples = Float64Array.from(ripples);
		this.bananas = Float64Array.from(bananas);
		this.himmelblaus = Float64Array.from(himmelblaus);
	}

	/** Writes [f, ∂f/∂x, ∂f/∂y] at (x, y) into `out` and returns f. */
	evaluate(x: number, y: number, out: Sample): number {
		if (this.surface !== undefined) return this.surface(x, y, out);
		let f = 0.5 * (this.qxx * x * x + 2 * this.qxy * x * y + this.qyy * y * y) + this.lx * x + this.ly * y + this.q0;
		let gx = this.qxx * x + this.qxy * y + this.lx;
		let gy = this.qxy * x + this.qyy * y + this.ly;

		const bumps = this.bumps;
		for (let i = 0; i < bumps.length; i += 4) {
			const dx = x - bumps[i]!;
			const dy = y - bumps[i + 1]!;
			const k = bumps[i + 3]!;
			const e = bumps[i + 2]! * exp(-(dx * dx + dy * dy) * k);
			const slope = -2 * k * e;
			f += e;
			gx += slope * dx;
			gy += slope * dy;
		}

		const ripples = this.ripples;
		if (ripples.length > 0) {
			const sc = this.sc;
			for (let i = 0; i < ripples.length; i += 6) {
				const dx = x - ripples[i]!;
				const dy = y - ripples[i + 1]!;
				const amplitude = ripples[i + 2]!;
				const k = ripples[i + 3]!;
				const c = ripples[i + 4]!;
				const s = ripples[i + 5]!;
				const u = c * dx + s * dy;
				const v = -s * dx + c * dy;
				sinCos(k * u, sc);
				const su = sc[0]!;
				const cu = sc[1]!;
				sinCos(k * v, sc);
				f += amplitude * (2 - cu - sc[1]!);
				const gu = amplitude * k * su;
				const gv = amplitude * k * sc[0]!;
				gx += gu * c - gv * s;
				gy += gu * s + gv * c;
			}
		}

		const bananas = this.bananas;
		for (let i = 0; i < bananas.length; i += 5) {
			const u = x - bananas[i]!;
			const v = y - bananas[i + 1]!;
			const a = bananas[i + 2]!;
			const b = bananas[i + 3]!;
			const scale = bananas[i + 4]!;
			const inner = v - u * u;
			f += scale * ((a - u) * (a - u) + b * inner * inner);
			gx += scale * (-2 * (a - u) - 4 * b * u * inner);
			gy += scale * 2 * b * inner;
		}

		const himmelblaus = this.himmelblaus;
		for (let i = 0; i < himmelblaus.length; i += 3) {
			const u = x - himmelblaus[i]!;
			const v = y - himmelblaus[i + 1]!;
			const scale = himmelblaus[i + 2]!;
			const p = u * u + v - 11;
			const q = u + v * v - 7;
			f += scale * (p * p + q * q);
			gx += scale * (4 * u * p + 2 * q);
			gy += scale * (2 * p + 4 * v * q);
		}

		out[0] = f;
		out[1] = gx;
		out[2] = gy;
		return f;
	}

	/** f(x, y). */
	value(x: number, y: number): number {
		return this.evaluate(x, y, this.probe);
	}

	/**
	 * The Hessian [fxx, fxy, fyy] by central differences of the analytic gradient. The step is
	 * scaled to the point so the error stays near 1e-7 relative.
	 */
	hessian(x: number, y: number): [number, number, number] {
		const p = this.probe;
		const hx = 1e-5 * Math.max(1, Math.abs(x));
		const hy = 1e-5 * Math.max(1, Math.abs(y));
		this.evaluate(x + hx, y, p);
		const gxp = p[1]!;
		const gyp = p[2]!;
		this.evaluate(x - hx, y, p);
		const fxx = (gxp - p[1]!) / (2 * hx);
		const fyx = (gyp - p[2]!) / (2 * hx);
		this.evaluate(x, y + hy, p);
		const gxq = p[1]!;
		const gyq = p[2]!;
		this.evaluate(x, y - hy, p);
		const fxy = (gxq - p[1]!) / (2 * hy);
		const fyy = (gyq - p[2]!) / (2 * hy);
		return [fxx, 0.5 * (fxy + fyx), fyy];
	}
}

/** Eigenvalues of the symmetric 2×2 matrix [[a, b], [b, c]], ascending. */
export function eigenvalues(a: number, b: number, c: number): Point {
	const mean = 0.5 * (a + c);
	const d = Math.sqrt(0.25 * (a - c) * (a - c) + b * b);
	return [mean - d, mean + d];
}
