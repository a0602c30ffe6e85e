/**
 * What the engine knows about a model terrain before any run: the compiled model, the level's
 * own plane (through θ₀ along the first slope felt there), the global minimum found by its own
 * search (long full-batch descent from θ₀ and from seeded starts), the symmetric point of a
 * symmetric start, and curvatures (the whole Hessian's spectrum, `hessian.ts`; Hessian-vector
 * products for a first step size).
 */
import {Prng} from '../math.js';
import type {CriticalPoint, CriticalPoints, Level} from '../types.js';
import {spectrumAt} from './hessian.js';
import {Model, parameterCount} from './model.js';
import {dot, project, seededDirection, type Slice} from './space.js';

const models = new WeakMap<Level, Model>();

/** True for a level whose terrain is a model with more than two parameters. */
export function isModelLevel(level: Level): level is Level & {model: NonNullable<Level['model']>} {
	return level.model !== undefined && parameterCount(level.model) > 2;
}

/** The level's compiled model (one per level object). */
export function modelOf(level: Level): Model {
	let model = models.get(level);
	if (!model) {
		if (!level.model) throw new Error(`${level.id} has no model terrain`);
		model = new Model(level.model);
		models.set(level, model);
	}

	return model;
}

/** The model term's limit: a parameter beyond ±limit has left the map. */
export function limitOf(level: Level): number {
	const term = level.terrain[0];
	return term?.type === 'model' ? (term.limit ?? 20) : Infinity;
}

const planes = new WeakMap<Level, Slice>();

/** The level's own plane: centred on θ₀, x along the first step's direction (−∇L(θ₀)), y a seeded orthogonal direction. */
export function levelPlane(level: Level): Slice {
	let plane = planes.get(level);
	if (!plane) {
		const model = modelOf(level);
		const origin = model.initial();
		const g = new Float64Array(model.n);
		model.evaluate(origin, g);
		const length = Math.sqrt(dot(g, g));
		const u = length > 0 ? g.map((x) => -x / length) : seededDirection(model.n, 7);
		plane = {origin, u, v: seededDirection(model.n, 8, u)};
		planes.set(level, plane);
	}

	return plane;
}

/** H·w by central differences of the analytic gradient. */
export function hessianTimes(model: Model, theta: Float64Array, w: Float64Array, out: Float64Array): Float64Array {
	const n = model.n;
	const h = 1e-5 * Math.max(1, Math.sqrt(dot(theta, theta) / n));
	const plus = new Float64Array(n);
	const minus = new Float64Array(n);
	const gp = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		plus[i] = theta[i]! + h * w[i]!;
		minus[i] = theta[i]! - h * w[i]!;
	}

	model.evaluate(plus, gp);
	model.evaluate(minus, out);
	for (let i = 0; i < n; i++) out[i] = (gp[i]! - out[i]!) / (2 * h);
	return out;
}

/**
 * The extreme eigenvalues of the Hessian at θ, [lowest, highest], by power iteration on
 * s·H + c·I (Rayleigh quotients of Hessian-vector products).
 */
export function curvatureRange(model: Model, theta: Float64Array, iterations = 80): [number, number] {
	const n = model.n;
	const hw = new Float64Array(n);
	/** the eigenvalue of s·H + c·I of largest magnitude */
	const power = (s: number, c: number): number => {
		let w = seededDirection(n, 3);
		let value = 0;
		for (let k = 0; k < iterations; k++) {
			hessianTimes(model, theta, w, hw);
			for (let i = 0; i < n; i++) hw[i] = s * hw[i]! + c * w[i]!;
			value = dot(w, hw);
			const length = Math.sqrt(dot(hw, hw));
			if (!(length > 0)) break;
			w = hw.map((x) => x / length);
		}

		return value;
	};

	const largest = power(1, 0);
	const top = largest >= 0 ? largest : largest + power(1, -largest);
	return [top - power(-1, top), top];
}

/**
 * Long full-batch descent from θ: heavy ball with a step that halves (and the velocity reset)
 * whenever the loss goes up, and grows a little while it goes down. Returns the resting point.
 */
export function descend(model: Model, start: Float64Array, iterations = 3000): {theta: Float64Array; loss: number} {
	const n = model.n;
	const theta = Float64Array.from(start);
	const next = new Float64Array(n);
	const v = new Float64Array(n);
	const g = new Float64Array(n);
	const trialGrad = new Float64Array(n);
	let loss = model.evaluate(theta, g);
	const [, top] = curvatureRange(model, theta, 20);
	let eta = 1 / Math.max(Math.abs(top), 1e-6);
	for (let k = 0; k < iterations && dot(g, g) > 1e-20; k++) {
		for (let i = 0; i < n; i++) {
			v[i] = 0.9 * v[i]! + eta * g[i]!;
			next[i] = theta[i]! - v[i]!;
		}

		const trial = model.evaluate(next, trialGrad);
		if (!(trial <= loss)) {
			eta *= 0.5;
			v.fill(0);
			if (eta < 1e-300) break;
			continue;
		}

		theta.set(next);
		g.set(trialGrad);
		loss = trial;
		eta *= 1.02;
	}

	return {theta, loss};
}

/** The starts the search descends from: θ₀ and six seeded draws at the init's scale. */
function searchStarts(level: Level, model: Model): Float64Array[] {
	const init = model.data.init;
	const scale = 'scale' in init ? Math.max(init.scale, 0.1) : 0.5;
	const rng = new Prng(12_345);
	// linear and softmax losses (with l2) are convex: one descent finds the minimum
	const more = model.kind === 'mlp' ? 3 : 0;
	return [model.initial(), ...Array.from({length: more}, () => model.draw(rng, scale))];
}

function point(level: Level, model: Model, theta: Float64Array, loss: number, global: boolean): CriticalPoint {
	// the whole spectrum: an extreme by power iteration converges slowly where eigenvalues crowd
	const spectrum = spectrumAt(model, theta);
	const [low, high] = spectrum ? [spectrum.low, spectrum.high] : curvatureRange(model, theta);
	const [x, y] = project(levelPlane(level), theta);
	const kind = low < -1e-7 * Math.max(1, Math.abs(high)) ? 'saddle' : 'minimum';
	return {x, y, loss, kind, curvature: [low, high], global: global && kind === 'minimum', theta};
}

/**
 * The critical points of a model level: the global minimum its search finds and, for a start
 * where every parameter is equal, the point full-batch descent from there rests on (a saddle of
 * the network whenever a direction breaking the symmetry goes down).
 */
export function findModelCriticalPoints(level: Level): CriticalPoints {
	const model = modelOf(level);
	let best: {theta: Float64Array; loss: number} = {theta: new Float64Array(model.n), loss: Infinity};
	const rested: Array<{theta: Float64Array; loss: number}> = [];
	for (const start of searchStarts(level, model)) {
		const found = descend(model, start);
		rested.push(found);
		if (found.loss < best.loss) best = found;
	}

	const global = point(level, model, best.theta, best.loss, true);
	const saddles: CriticalPoint[] = [];
	const minima: CriticalPoint[] = [global];
	if ('value' in model.data.init && rested[0]!.loss > best.loss + 1e-9) {
		const symmetric = point(level, model, rested[0]!.theta, rested[0]!.loss, false);
		(symmetric.kind === 'saddle' ? saddles : minima).push(symmetric);
	}

	return {global: [global], minima, saddles, maxima: [], minLoss: best.loss, boundaryLow: null};
}

/** The same critical points with x, y on another plane. */
export function onPlane(points: CriticalPoints, plane: Slice): CriticalPoints {
	const move = (p: CriticalPoint): CriticalPoint => {
		if (!p.theta) return p;
		const [x, y] = project(plane, p.theta);
		return {...p, x, y};
	};

	const global = points.global.map(move);
	const again = (p: CriticalPoint) => (p.global ? global[points.global.indexOf(p)] ?? move(p) : move(p));
	return {...points, global, minima: points.minima.map(again), saddles: points.saddles.map(move), maxima: points.maxima.map(move)};
}

/** A short key for a plane and window: every number that shapes the map, folded into two hashes. */
function viewKey(plane: Slice, bounds: Level['bounds']): string {
	let a = 0x811c9dc5;
	let b = 0x1b873593;
	const words = new Uint32Array(new Float64Array([...plane.origin, ...plane.u, ...plane.v, ...bounds.x, ...bounds.y]).buffer);
	for (const word of words) {
		a = Math.imul(a ^ word, 0x01000193) >>> 0;
		b = Math.imul(b ^ word, 0x5bd1e995) >>> 0;
	}

	return `${a.toString(36)}${b.toString(36)}`;
}

/**
 * The same level seen on another plane: a level object whose map (landscape, bounds, start and
 * critical points' x, y) is the plane's, with the same id, hash, rules and model.
 */
export function onSlice(level: Level, plane: Slice, bounds: Level['bounds']): Level {
	const start = project(plane, modelOf(level).initial());
	const sliced: Level = {...level, bounds, start, view: viewKey(plane, bounds)};
	planes.set(sliced, plane);
	return sliced;
}
