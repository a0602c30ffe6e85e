/**
 * The facts of a run on a model terrain with n > 2 parameters, the same {@link RunFacts} the
 * diagnosis and the score read for a 2-D run, measured in parameter space: step lengths and
 * reversals of the whole vector θ, the Newton distance (Hessian-vector products) and curvatures
 * from the model's whole Hessian (`hessian.ts`), and the look-ahead continued in n dimensions.
 */
import type {Lookahead, RunFacts, ScoreFacts} from '../analysis.js';
import {Prng} from '../math.js';
import {type Carried, carryOnSteps, judgeCarried, motionFacts} from '../motion.js';
import type {CriticalPoint, Run, Trajectory} from '../types.js';
import {climbModel} from './climb.js';
import {hessianTimes, levelPlane, limitOf, modelOf} from './critical.js';
import {spectrumAt} from './hessian.js';
import type {Model} from './model.js';
import {dot, project, type Slice} from './space.js';

/** θ at kept state t (0-based in the arrays) of a climber. */
function stateOf(t: Trajectory, i: number, n: number): Float64Array {
	return t.theta!.subarray(i * n, (i + 1) * n);
}

function distance(a: Float64Array, b: Float64Array): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) * (a[i]! - b[i]!);
	return Math.sqrt(s);
}

/** Length of the step from kept state i to i + 1. */
function stepLength(t: Trajectory, i: number, n: number): number {
	return distance(stateOf(t, i, n), stateOf(t, i + 1, n));
}

/** Steps growing geometrically at the end of a climb (as in the 2-D analysis, on θ). */
function isGrowing(t: Trajectory, n: number, minLoss: number): boolean {
	const steps = t.steps;
	const window = Math.min(20, Math.floor(steps / 2));
	if (window < 4 || steps - window < t.first) return false;
	const at = (i: number) => i - t.first;
	const step = (i: number) => stepLength(t, at(i), n);
	let longer = 0;
	for (let i = steps - window + 1; i < steps; i++) if (step(i) > step(i - 1)) longer++;
	return longer >= 0.8 * (window - 1) && step(steps - 1) > 2 * step(steps - window) && t.loss[at(steps)]! - minLoss > t.loss[at(steps - window)]! - minLoss;
}

/** The last bounces swell (as in the 2-D analysis, on θ): just past the stability limit. */
function swellsAtEnd(t: Trajectory, n: number, minLoss: number): boolean {
	const steps = t.steps;
	const from = steps - 31;
	if (from < t.first || from < 0) return false;
	const at = (i: number) => i - t.first;
	const step = (i: number) => {
		const a = stateOf(t, at(i), n);
		const b = stateOf(t, at(i + 1), n);
		return b.map((value, j) => value - a[j]!);
	};

	const windows = [0, 0, 0];
	let flips = 0;
	for (let i = from + 1; i < steps; i++) {
		const here = step(i);
		const w = Math.min(2, Math.floor((i - from - 1) / 10));
		windows[w] = Math.max(windows[w]!, Math.sqrt(dot(here, here)));
		if (dot(here, step(i - 1)) < 0) flips++;
	}

	const gap = (i: number) => t.loss[at(i)]! - minLoss;
	return (
		flips >= 0.5 * (steps - from - 1) &&
		windows[0]! > 0 &&
		windows[1]! > windows[0]! &&
		windows[2]! > windows[1]! &&
		windows[2]! > 1.01 * windows[0]! &&
		gap(steps) > gap(steps - 10) &&
		gap(steps - 10) > gap(steps - 20) &&
		gap(steps - 20) > gap(steps - 30)
	);
}

/**
 * A run that ends swelling (or with its loss above its start) is judged by its own dynamics
 * carried on from where it ended, noise off and the full batch (as in the 2-D analysis).
 */
function carriedOn(run: Run, model: Model, t: Trajectory, minLoss: number, startGap: number): Carried | null {
	const n = model.n;
	const end = t.steps - t.first;
	if (!(swellsAtEnd(t, n, minLoss) || t.loss[end]! - minLoss > startGap)) return null;
	const knobs = {...run.knobs, learningRate: t.eta[end]!, schedule: {kind: 'constant'} as const};
	const climb = {model, knobs, limit: limitOf(run.level), rng: new Prng(0), batch: null, noisy: false, plane: run.slice ?? levelPlane(run.level)};
	const more = climbModel(climb, Float64Array.from(stateOf(t, end, n)), carryOnSteps(run.level.budget), t.velocityN);
	return judgeCarried((k) => more.loss[k]! - minLoss, more.steps, more.blewUpAt, startGap, swellsAtEnd(more, n, minLoss));
}

/** The steepest |curvature| at θ: the largest |eigenvalue| of the model's whole Hessian. */
function steepness(model: Model, theta: Float64Array): number {
	const spectrum = spectrumAt(model, theta);
	return spectrum ? Math.max(Math.abs(spectrum.low), Math.abs(spectrum.high)) : Number.NaN;
}

/**
 * |H⁻¹∇L|: how far Newton's method thinks the nearest critical point is, solving H·d = ∇L by
 * conjugate gradients on H² d = H ∇L (H may be indefinite near a saddle).
 */
export function newtonDistance(model: Model, theta: Float64Array): number {
	const n = model.n;
	const g = new Float64Array(n);
	model.evaluate(theta, g);
	if (!g.every(Number.isFinite)) return Infinity;
	const h2 = (w: Float64Array, out: Float64Array) => {
		const tmp = new Float64Array(n);
		hessianTimes(model, theta, w, tmp);
		return hessianTimes(model, theta, tmp, out);
	};

	const d = new Float64Array(n);
	const r = hessianTimes(model, theta, g, new Float64Array(n));
	const p = Float64Array.from(r);
	const hp = new Float64Array(n);
	let rr = dot(r, r);
	const stop = 1e-20 * Math.max(rr, 1e-300);
	for (let k = 0; k < Math.min(2 * n, 80) && rr > stop; k++) {
		h2(p, hp);
		const curvature = dot(p, hp);
		if (!(curvature > 0)) break;
		const alpha = rr / curvature;
		for (let i = 0; i < n; i++) {
			d[i] = d[i]! + alpha * p[i]!;
			r[i] = r[i]! - alpha * hp[i]!;
		}

		const next = dot(r, r);
		const beta = next / rr;
		rr = next;
		for (let i = 0; i < n; i++) p[i] = r[i]! + beta * p[i]!;
	}

	return Math.sqrt(dot(d, d));
}

function nearestPoint(points: readonly CriticalPoint[], theta: Float64Array): CriticalPoint | null {
	let best: CriticalPoint | null = null;
	let gap = Infinity;
	for (const p of points) {
		if (!p.theta) continue;
		const d = distance(p.theta, theta);
		if (d < gap) {
			gap = d;
			best = p;
		}
	}

	return best;
}

export function analyseModel(run: Run): RunFacts {
	const {level, critical} = run;
	const model = modelOf(level);
	const n = model.n;
	const trajectory = run.climbers[run.best]!;
	const steps = trajectory.steps;
	const minLoss = critical.global[0]?.loss ?? critical.minLoss;
	const tolerance = level.tolerance;
	const gapAt = (t: number) => trajectory.loss[t]! - minLoss;
	const startGap = Math.max(gapAt(0), tolerance);
	const levelStartGap = Math.max(model.evaluate(model.initial(), null) - minLoss, tolerance);
	const endGap = gapAt(steps);
	const blewUp = trajectory.blewUpAt !== null || !Number.isFinite(endGap);

	const {arrivedAt, explodedAt, flips, pairs, amplitudeRatio, climbs, swing} = motionFacts({
		loss: trajectory.loss,
		steps,
		minLoss,
		tolerance,
		startGap,
		blewUp,
		stepLength: (t) => stepLength(trajectory, t, n),
		turn: (t) => {
			const a = stateOf(trajectory, t - 1, n);
			const b = stateOf(trajectory, t, n);
			const c = stateOf(trajectory, t + 1, n);
			let product = 0;
			for (let i = 0; i < n; i++) product += (b[i]! - a[i]!) * (c[i]! - b[i]!);
			return product;
		},
	});
	const carried = blewUp ? null : carriedOn(run, model, trajectory, minLoss, startGap);
	const size = Math.hypot(level.bounds.x[1] - level.bounds.x[0], level.bounds.y[1] - level.bounds.y[0]);
	const final = stateOf(trajectory, steps, n);
	const everyPoint = [...critical.minima, ...critical.saddles, ...critical.maxima];
	let stepsBefore = 0;
	for (let k = 0; k < run.best; k++) stepsBefore += run.climbers[k]!.steps;
	const [fx, fy] = [trajectory.x[steps]!, trajectory.y[steps]!];
	let ahead: Lookahead | undefined;
	return {
		trajectory,
		minLoss,
		startGap,
		levelStartGap,
		endGap,
		arrivedAt,
		stepsBefore,
		blewUp,
		explodedAt,
		growing: !blewUp && isGrowing(trajectory, n, minLoss),
		swelling: carried !== null,
		carried,
		leftAt: trajectory.leftAt,
		flipShare: pairs > 0 ? flips / pairs : 0,
		flips,
		amplitudeRatio,
		climbs,
		swing,
		size,
		get lookahead() {
			ahead ??= blewUp ? {x: fx, y: fy, gap: Infinity, rests: false, reachesGlobal: false, basin: null, newtonDistance: Infinity} : lookahead(run, model, trajectory, final, minLoss, size);
			return ahead;
		},
		nearest: blewUp ? null : nearestPoint(everyPoint, final),
		newtonDistance: blewUp ? Infinity : newtonDistance(model, final),
		curvatureStart: steepness(model, stateOf(trajectory, 0, n)),
		curvatureEnd: blewUp ? Number.NaN : steepness(model, final),
	};
}

/** Where the same dynamics, noise off and η held at its last value, would come to rest. */
function lookahead(run: Run, model: Model, trajectory: Trajectory, final: Float64Array, minLoss: number, size: number): Lookahead {
	const steps = trajectory.steps;
	const extra = Math.min(8000, Math.max(2000, 4 * run.level.budget));
	const knobs = {...run.knobs, learningRate: trajectory.eta[steps]!, schedule: {kind: 'constant'} as const};
	const plane = run.slice!;
	const rest = climbModel({model, knobs, limit: Infinity, rng: new Prng(0), batch: null, noisy: false, plane}, final, extra, trajectory.velocityN);
	const m = rest.steps;
	const n = model.n;
	const at = stateOf(rest, m, n);
	const tail = Math.max(1, Math.floor(m / 10));
	const drift = distance(at, stateOf(rest, m - tail, n)) / tail;
	const gap = rest.loss[m]! - minLoss;
	// a climber bouncing with period 2 or 4 comes back to the same points: also ask that the last few lie together (as on a 2-D map)
	let spread = 0;
	for (let i = Math.max(0, m - 8); i < m; i++) spread = Math.max(spread, distance(stateOf(rest, i, n), at));
	const rests = rest.blewUpAt === null && drift < 1e-6 * size && spread < 1e-6 * size;
	const reachesGlobal = gap <= run.level.tolerance;
	return {
		x: rest.x[m]!,
		y: rest.y[m]!,
		gap,
		rests,
		reachesGlobal,
		basin: rests ? basinOf(run, model, at, gap, plane, size) : null,
		newtonDistance: newtonDistance(model, at),
	};
}

/** The critical point a climber at rest at θ sits in: a known one when it is that close, else this one, named by its curvature. */
function basinOf(run: Run, model: Model, theta: Float64Array, gap: number, plane: Slice, size: number): CriticalPoint {
	const {critical} = run;
	const known = nearestPoint([...critical.minima, ...critical.saddles], theta);
	if (known?.theta && distance(known.theta, theta) <= 0.01 * size) return known;
	if (gap <= run.level.tolerance && critical.global[0]) return critical.global[0];
	const spectrum = spectrumAt(model, theta);
	const [low, high] = spectrum ? [spectrum.low, spectrum.high] : [Number.NaN, Number.NaN];
	const [x, y] = project(plane, theta);
	const kind = low < -1e-7 * Math.max(1, Math.abs(high)) ? 'saddle' : 'minimum';
	return {x, y, loss: gap + (critical.global[0]?.loss ?? critical.minLoss), kind, curvature: [low, high], global: false, theta: Float64Array.from(theta)};
}

/** The score facts of a tail-only run on a model terrain. */
export function modelScoreFacts(run: Run): ScoreFacts {
	const model = modelOf(run.level);
	const trajectory = run.climbers[run.best]!;
	const steps = trajectory.steps;
	const minLoss = run.critical.global[0]?.loss ?? run.critical.minLoss;
	const endGap = trajectory.loss[steps - trajectory.first]! - minLoss;
	const blewUp = trajectory.blewUpAt !== null || !Number.isFinite(endGap);
	let stepsBefore = 0;
	for (let k = 0; k < run.best; k++) stepsBefore += run.climbers[k]!.steps;
	const levelStart = model.evaluate(model.initial(), null) - minLoss;
	const startGap = Math.max((trajectory.startLoss ?? Infinity) - minLoss, run.level.tolerance);
	return {
		trajectory,
		startGap,
		levelStartGap: Math.max(levelStart, run.level.tolerance),
		endGap,
		arrivedAt: blewUp ? null : (trajectory.arrivedAt ?? null),
		stepsBefore,
		blewUp,
		growing: !blewUp && isGrowing(trajectory, model.n, minLoss),
		swelling: !blewUp && carriedOn(run, model, trajectory, minLoss, startGap) !== null,
		leftAt: trajectory.leftAt,
	};
}

/**
 * How far the climber is off the ridge into a pass, in parameter space: the length of its offset
 * from the pass and of its velocity within the pass's way down (the eigenvectors of its negative
 * eigenvalues; a network of identical units has several, one per way of telling them apart).
 * Exactly 0 when nothing will ever tip the climber off (a symmetric network stays symmetric).
 * Null without the pass's θ.
 */
export function offRidgeInSpace(run: Run, facts: RunFacts, pass: CriticalPoint): number | null {
	if (!pass.theta) return null;
	const model = modelOf(run.level);
	const n = model.n;
	const t = facts.trajectory;
	const here = stateOf(t, t.steps - t.first, n);
	// a network whose hidden units are exact copies stays so: it is exactly on the ridge
	if (model.unitsAlike(here) && (!t.velocityN || model.unitsAlike(t.velocityN))) return 0;
	const spectrum = spectrumAt(model, pass.theta);
	if (!spectrum) return null;
	let offset = 0;
	let speed = 0;
	for (let k = 0; k < Math.max(1, spectrum.downward); k++) {
		const e = spectrum.vectors.subarray(k * n, (k + 1) * n);
		let along = 0;
		for (let i = 0; i < n; i++) along += (here[i]! - pass.theta[i]!) * e[i]!;
		const v = t.velocityN ? dot(t.velocityN, e) : 0;
		offset += along * along;
		speed += v * v;
	}

	return Math.sqrt(offset) + Math.sqrt(speed);
}
