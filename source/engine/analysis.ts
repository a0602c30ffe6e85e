/**
 * Facts about a finished run that the diagnosis, the score and the screens read: how far from
 * the floor it ended, when it arrived, whether it rocked, where it would have come to rest.
 */
import {climb, landscapeOf, bestClimber, TAIL} from './simulate.js';
import {isModelLevel} from './model/critical.js';
import {analyseModel, modelScoreFacts} from './model/analysis.js';
import {Prng} from './math.js';
import {type Carried, carryOnSteps, judgeCarried, motionFacts} from './motion.js';
import {eigenvalues, type Landscape, newSample} from './terrain.js';
import type {CriticalPoint, Run, Trajectory} from './types.js';

export type RunFacts = {
	trajectory: Trajectory;
	/** lowest loss of the level (the global minimum's) */
	minLoss: number;
	/** loss − minLoss at the start of the climber that counts, at least the tolerance */
	startGap: number;
	/**
	 * loss − minLoss at the level's start, at least the tolerance: the score's yardstick, the same
	 * for every run of the level (a restart's random start would otherwise move it)
	 */
	levelStartGap: number;
	endGap: number;
	/** the step from which the gap stayed within tolerance to the end, else null */
	arrivedAt: number | null;
	/** steps spent by the climbers before the one that counts */
	stepsBefore: number;
	blewUp: boolean;
	/** first step whose gap exceeded 10× the start gap, else null */
	explodedAt: number | null;
	/** step lengths grew geometrically over the last stretch */
	growing: boolean;
	/**
	 * the run's own motion keeps growing: its end swells (each bounce longer and higher than the
	 * one before, just past the stability limit) or its loss ended above its start, and carried on
	 * with every noise off it passes 10× its start, blows up, or still swells
	 */
	swelling: boolean;
	/** the noise-free continuation that found the run swelling, else null */
	carried: Carried | null;
	leftAt: number | null;
	/** share of direction flips (consecutive steps pointing against each other) in the last half */
	flipShare: number;
	flips: number;
	/** mean step length in the last quarter over the quarter before it */
	amplitudeRatio: number;
	/** steps in the last half where the loss went up: a rocking ball climbs the far wall */
	climbs: number;
	/** how much the gap swings over the last quarter: 1 − min/max (0 steady, near 1 through the floor) */
	swing: number;
	/** diagonal of the bounds */
	size: number;
	/** where the same dynamics, noise off, would come to rest after many more steps (computed on first read) */
	readonly lookahead: Lookahead;
	/** the critical point nearest the final position, and the Newton distance to any critical point */
	nearest: CriticalPoint | null;
	newtonDistance: number;
	/** largest |curvature| at the start of the run and at its end */
	curvatureStart: number;
	curvatureEnd: number;
};

export type Lookahead = {
	x: number;
	y: number;
	gap: number;
	/** still moving less than a millionth of the map per step at the end */
	rests: boolean;
	reachesGlobal: boolean;
	/** the minimum plain gradient flow from the rest point falls into */
	basin: CriticalPoint | null;
	newtonDistance: number;
};

/** Gathers the facts of a run. Pure: same run, same facts. */
export function analyse(run: Run): RunFacts {
	if (run.slice) return analyseModel(run);
	const {level, critical} = run;
	const landscape = landscapeOf(level);
	const trajectory = bestClimber(run);
	const n = trajectory.steps;
	const minLoss = critical.global[0]?.loss ?? critical.minLoss;
	const tolerance = level.tolerance;
	const gapAt = (t: number) => trajectory.loss[t]! - minLoss;
	const startGap = Math.max(gapAt(0), tolerance);
	const levelStartGap = Math.max(landscape.value(level.start[0], level.start[1]) - minLoss, tolerance);
	const endGap = gapAt(n);
	const blewUp = trajectory.blewUpAt !== null || !Number.isFinite(endGap);

	const growing = !blewUp && isGrowing(trajectory, minLoss);
	const carried = blewUp ? null : carriedOn(run, trajectory, minLoss, startGap);
	const {x, y} = trajectory;
	const {arrivedAt, explodedAt, flips, pairs, amplitudeRatio, climbs, swing} = motionFacts({
		loss: trajectory.loss,
		steps: n,
		minLoss,
		tolerance,
		startGap,
		blewUp,
		stepLength: (t) => Math.hypot(x[t + 1]! - x[t]!, y[t + 1]! - y[t]!),
		turn: (t) => (x[t]! - x[t - 1]!) * (x[t + 1]! - x[t]!) + (y[t]! - y[t - 1]!) * (y[t + 1]! - y[t]!),
	});

	const width = level.bounds.x[1] - level.bounds.x[0];
	const height = level.bounds.y[1] - level.bounds.y[0];
	const size = Math.hypot(width, height);
	const fx = trajectory.x[n]!;
	const fy = trajectory.y[n]!;
	const everyPoint = [...critical.minima, ...critical.saddles, ...critical.maxima];
	const nearest = blewUp ? null : nearestPoint(everyPoint, fx, fy);
	let stepsBefore = 0;
	for (let k = 0; k < run.best; k++) stepsBefore += run.climbers[k]!.steps;

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
		growing,
		swelling: carried !== null,
		carried,
		leftAt: trajectory.leftAt,
		flipShare: pairs > 0 ? flips / pairs : 0,
		flips,
		amplitudeRatio,
		climbs,
		swing,
		size,
		// Looking ahead costs thousands of steps and only the diagnosis of a failure needs it.
		get lookahead() {
			ahead ??= blewUp ? emptyLookahead(fx, fy) : lookahead(run, trajectory, landscape, minLoss, size);
			return ahead;
		},
		nearest,
		newtonDistance: blewUp ? Infinity : newtonDistance(landscape, fx, fy),
		curvatureStart: curvature(landscape, trajectory.x[0]!, trajectory.y[0]!),
		curvatureEnd: blewUp ? Number.NaN : curvature(landscape, fx, fy),
	};
}

/** Steps the growth test looks back over. */
const GROWTH_WINDOW = 20;

/**
 * Steps growing geometrically at the end of a climb: at least 80% of the last steps longer than
 * the one before, the last more than twice the first of the window, and the loss higher. A noisy
 * climber's steps grow and shrink at random and do not pass.
 */
function isGrowing(t: Trajectory, minLoss: number): boolean {
	const n = t.steps;
	const window = Math.min(GROWTH_WINDOW, Math.floor(n / 2));
	if (window < 4 || n - window < t.first) return false;
	const at = (i: number) => i - t.first;
	const step = (i: number) => Math.hypot(t.x[at(i + 1)]! - t.x[at(i)]!, t.y[at(i + 1)]! - t.y[at(i)]!);
	let longer = 0;
	for (let i = n - window + 1; i < n; i++) if (step(i) > step(i - 1)) longer++;
	return (
		longer >= 0.8 * (window - 1) &&
		step(n - 1) > 2 * step(n - window) &&
		t.loss[at(n)]! - minLoss > t.loss[at(n - window)]! - minLoss
	);
}

/**
 * Bounces that swell, read from the last {@link TAIL} states (all a tail-only run keeps): the
 * step keeps reversing, the longest step of each third of the window is longer than the last,
 * and the gap at every tenth step (same parity) rises. A climber just past the stability limit
 * does this long before its loss reaches 10× the start.
 */
function swellsAtEnd(t: Trajectory, minLoss: number): boolean {
	const n = t.steps;
	const from = n - (TAIL - 1);
	if (from < t.first || from < 0) return false;
	const at = (i: number) => i - t.first;
	const dx = (i: number) => t.x[at(i + 1)]! - t.x[at(i)]!;
	const dy = (i: number) => t.y[at(i + 1)]! - t.y[at(i)]!;
	const windows = [0, 0, 0];
	let flips = 0;
	for (let i = from + 1; i < n; i++) {
		const length = Math.hypot(dx(i), dy(i));
		const w = Math.min(2, Math.floor((i - from - 1) / 10));
		windows[w] = Math.max(windows[w]!, length);
		if (dx(i) * dx(i - 1) + dy(i) * dy(i - 1) < 0) flips++;
	}

	const gap = (i: number) => t.loss[at(i)]! - minLoss;
	return (
		flips >= 0.5 * (n - from - 1) &&
		windows[0]! > 0 &&
		windows[1]! > windows[0]! &&
		windows[2]! > windows[1]! &&
		windows[2]! > 1.01 * windows[0]! &&
		gap(n) > gap(n - 10) &&
		gap(n - 10) > gap(n - 20) &&
		gap(n - 20) > gap(n - 30)
	);
}

/**
 * A run that ends swelling (or with its loss above its start) is judged by its own dynamics
 * carried on from where it ended, noise off: growth that does not end is divergence; a bounce
 * that settles into a steady swing (a curved valley caps it), or a rise that only the noise made,
 * is not. Noise does not hide the answer: the continuation has none.
 */
function carriedOn(run: Run, t: Trajectory, minLoss: number, startGap: number): Carried | null {
	const n = t.steps;
	const end = n - t.first;
	if (!(swellsAtEnd(t, minLoss) || t.loss[end]! - minLoss > startGap)) return null;
	const knobs = {...run.knobs, learningRate: t.eta[end]!, schedule: {kind: 'constant'} as const};
	const bounds = {x: [-Infinity, Infinity], y: [-Infinity, Infinity]} as const;
	const steps = carryOnSteps(run.level.budget);
	const more = climb({landscape: landscapeOf(run.level), knobs, bounds, rng: new Prng(0), gradientNoise: 0, noisy: false}, [t.x[end]!, t.y[end]!], steps, t.velocity);
	return judgeCarried((k) => more.loss[k]! - minLoss, more.steps, more.blewUpAt, startGap, swellsAtEnd(more, minLoss));
}

/** What the score and the first rows of the diagnosis table need. */
export type ScoreFacts = Pick<RunFacts, 'trajectory' | 'startGap' | 'levelStartGap' | 'endGap' | 'arrivedAt' | 'stepsBefore' | 'blewUp' | 'growing' | 'swelling' | 'leftAt'>;

/**
 * The score facts of a tail-only run (see `simulate(…, tailOnly)`): the same numbers
 * {@link analyse} gives, from the last states and the arrival tracked during the climb.
 */
export function scoreFacts(run: Run): ScoreFacts {
	if (isModelLevel(run.level)) return modelScoreFacts(run);
	const trajectory = bestClimber(run);
	const n = trajectory.steps;
	const minLoss = run.critical.global[0]?.loss ?? run.critical.minLoss;
	const landscape = landscapeOf(run.level);
	const startLoss = landscape.value(trajectory.start[0], trajectory.start[1]);
	const levelStartLoss = landscape.value(run.level.start[0], run.level.start[1]);
	const endGap = trajectory.loss[n - trajectory.first]! - minLoss;
	const blewUp = trajectory.blewUpAt !== null || !Number.isFinite(endGap);
	let stepsBefore = 0;
	for (let k = 0; k < run.best; k++) stepsBefore += run.climbers[k]!.steps;
	return {
		trajectory,
		startGap: Math.max(startLoss - minLoss, run.level.tolerance),
		levelStartGap: Math.max(levelStartLoss - minLoss, run.level.tolerance),
		endGap,
		arrivedAt: blewUp ? null : (trajectory.arrivedAt ?? null),
		stepsBefore,
		blewUp,
		growing: !blewUp && isGrowing(trajectory, minLoss),
		swelling: !blewUp && carriedOn(run, trajectory, minLoss, Math.max(startLoss - minLoss, run.level.tolerance)) !== null,
		leftAt: trajectory.leftAt,
	};
}

function emptyLookahead(x: number, y: number): Lookahead {
	return {x, y, gap: Infinity, rests: false, reachesGlobal: false, basin: null, newtonDistance: Infinity};
}

function curvature(landscape: Landscape, x: number, y: number): number {
	const [a, b, c] = landscape.hessian(x, y);
	const [low, high] = eigenvalues(a, b, c);
	return Math.max(Math.abs(low), Math.abs(high));
}

function nearestPoint(points: readonly CriticalPoint[], x: number, y: number): CriticalPoint | null {
	let best: CriticalPoint | null = null;
	let distance = Infinity;
	for (const p of points) {
		const d = Math.hypot(p.x - x, p.y - y);
		if (d < distance) {
			distance = d;
			best = p;
		}
	}

	return best;
}

/** |H⁻¹∇f|: how far Newton's method thinks the nearest critical point is. */
function newtonDistance(landscape: Landscape, x: number, y: number): number {
	const s = newSample();
	landscape.evaluate(x, y, s);
	const [a, b, c] = landscape.hessian(x, y);
	const det = a * c - b * b;
	if (det === 0 || !Number.isFinite(det)) return Infinity;
	const dx = (c * s[1]! - b * s[2]!) / det;
	const dy = (a * s[2]! - b * s[1]!) / det;
	return Math.hypot(dx, dy);
}

/**
 * Continues the run from where it ended with the same knobs, η held at its last value and every
 * noise off, for up to 20 000 steps: where would this climber come to rest?
 */
function lookahead(run: Run, trajectory: Trajectory, landscape: Landscape, minLoss: number, size: number): Lookahead {
	const n = trajectory.steps;
	const extra = Math.min(20_000, Math.max(2000, 4 * run.level.budget));
	const knobs = {...run.knobs, learningRate: trajectory.eta[n]!, schedule: {kind: 'constant'} as const};
	const bounds = {x: [-Infinity, Infinity], y: [-Infinity, Infinity]} as const;
	const rest = climb(
		{landscape, knobs, bounds, rng: new Prng(0), gradientNoise: 0, noisy: false},
		[trajectory.x[n]!, trajectory.y[n]!],
		extra,
		trajectory.velocity,
	);
	const m = rest.steps;
	const x = rest.x[m]!;
	const y = rest.y[m]!;
	const tail = Math.max(1, Math.floor(m / 10));
	const drift = Math.hypot(x - rest.x[m - tail]!, y - rest.y[m - tail]!) / tail;
	const gap = rest.loss[m]! - minLoss;
	// a climber bouncing with period 2 or 4 comes back to the same points: also ask that the last
	// few points lie together
	let spread = 0;
	for (let i = Math.max(0, m - 8); i < m; i++) spread = Math.max(spread, Math.hypot(rest.x[i]! - x, rest.y[i]! - y));
	const rests = rest.blewUpAt === null && drift < 1e-6 * size && spread < 1e-6 * size;
	return {
		x,
		y,
		gap,
		rests,
		reachesGlobal: gap <= run.level.tolerance,
		basin: rests ? basinOf(landscape, run.critical.minima, x, y, size) : null,
		newtonDistance: newtonDistance(landscape, x, y),
	};
}

/** The minimum that plain gradient flow (backtracking steps) from (x, y) settles in. */
export function basinOf(
	landscape: Landscape,
	minima: readonly CriticalPoint[],
	x: number,
	y: number,
	size: number,
): CriticalPoint | null {
	const s = newSample();
	let f = landscape.evaluate(x, y, s);
	let step = 0.01 * size;
	for (let iteration = 0; iteration < 4000; iteration++) {
		const gx = s[1]!;
		const gy = s[2]!;
		const g = Math.hypot(gx, gy);
		if (g === 0 || !Number.isFinite(g)) break;
		let moved = false;
		for (let tries = 0; tries < 40; tries++) {
			const nx = x - (step * gx) / g;
			const ny = y - (step * gy) / g;
			const nf = landscape.value(nx, ny);
			if (nf < f) {
				x = nx;
				y = ny;
				f = landscape.evaluate(x, y, s);
				step *= 1.5;
				moved = true;
				break;
			}

			step *= 0.5;
		}

		if (!moved || step < 1e-12 * size) break;
	}

	return nearestPoint(minima, x, y) as CriticalPoint | null;
}

