/** The data the engine works on: levels, knobs, runs. No behaviour lives here. */

import type {ModelData, ModelKind} from './model/model.js';
import type {Slice} from './model/space.js';

/** A text in both of the game's languages. */
export type Text = {es: string; en: string};

export type Language = keyof Text;

export type Point = readonly [x: number, y: number];

/** One additive term of a terrain; f is the sum of the level's terms (README, “Level files”). */
export type Term =
	| {type: 'bowl'; center: Point; curvature: Point; angle?: number}
	| {type: 'saddle'; center: Point; curvature: Point; angle?: number}
	| {type: 'well'; center: Point; depth: number; width: number}
	| {type: 'hill'; center: Point; height: number; width: number}
	| {type: 'ripples'; center: Point; amplitude: number; wavelength: number; angle?: number}
	| {type: 'tilt'; slope: Point}
	| {type: 'rosenbrock'; center: Point; a?: number; b?: number; scale?: number}
	| {type: 'himmelblau'; center: Point; scale?: number}
	| ModelTerm;

/**
 * A model terrain (README, “Level files”): the loss of a small model on a data set under `levels/data/`.
 * It is the level's only term; the loader attaches the data as {@link Level.model}.
 */
export type ModelTerm = {
	type: 'model';
	model: ModelKind;
	/** a file name in `levels/data/` */
	data: string;
	features: string[];
	target: string;
	/** scale every feature to mean 0, standard deviation 1 (default false) */
	standardize?: boolean;
	/** hidden units (mlp only) */
	hidden?: number;
	/** ½·l2·|θ|² added to the loss (default 0; softmax and mlp need some for a finite minimum) */
	l2?: number;
	/** the first parameters of an n-parameter model (default {seed: 1, scale: 0.1}) */
	init?: {seed: number; scale: number} | {value: number};
	/** a parameter beyond ±limit has left the map (n-parameter models; default 20) */
	limit?: number;
};

export type TermType = Term['type'];

export type Bounds = {x: Point; y: Point};

export type Visibility = 'map' | 'fog' | 'blind';

/** A numeric knob's allowed range and its default. */
export type Range = {min: number; max: number; default: number};

export type ScheduleKind = 'constant' | 'step' | 'cosine' | 'warm-restarts';

/**
 * The knobs a level unlocks. A knob that is absent is locked at its neutral value: momentum 0,
 * decay 0, constant schedule, temperature 0, full batch, one climber, no look-ahead.
 */
export type KnobSpec = {
	learningRate: Range;
	momentum?: Range;
	decay?: Range;
	schedule?: {allowed: ScheduleKind[]; default: ScheduleKind};
	temperature?: Range;
	batchSize?: Range;
	restarts?: Range;
	nesterov?: {default: boolean};
};

export type KnobName = keyof KnobSpec;

/** A level, validated (README, “Level files”). `hash` identifies its content (terrain, rules, knobs). */
export type Level = {
	id: string;
	world: number;
	order: number;
	title: Text;
	briefing: Text;
	/** What the level teaches, one line; shown on the briefing. */
	lesson?: Text;
	terrain: Term[];
	bounds: Bounds;
	start: Point;
	budget: number;
	tolerance: number;
	visibility: Visibility;
	knobs: KnobSpec;
	stars: readonly [number, number, number];
	/** Batch levels: the data set's size N and the per-example gradient spread σ. */
	dataset?: {size: number; spread: number};
	/**
	 * Model terrains: the model and its data as numbers (attached by the level loader). With more
	 * than two parameters, `start` is (0, 0) and `bounds` the window of a slice through θ₀.
	 */
	model?: ModelData;
	hash: string;
	/**
	 * A run's own view of a model level (the plane of its path): the same level and hash, a
	 * different map. Distinguishes the maps that caches keyed by the hash would otherwise share.
	 */
	view?: string;
};

/** A learning-rate schedule; η(t) multiplies nothing, it replaces the constant η. */
export type Schedule =
	| {kind: 'constant'}
	/** η·gamma^floor(t/every) */
	| {kind: 'step'; gamma: number; every: number}
	/** η_min + ½(η − η_min)(1 + cos(π·t/period)) */
	| {kind: 'cosine'; min: number; period: number}
	/** SGDR: cosine restarted after period, period·mult, … */
	| {kind: 'warm-restarts'; min: number; period: number; mult: number};

/** The player's choices for one run. */
export type Knobs = {
	/** η > 0 */
	learningRate: number;
	/** μ in [0, 1) */
	momentum: number;
	/** λ in [0, 1): θ ← θ·(1 − λ) each step */
	decay: number;
	schedule: Schedule;
	/** T ≥ 0: Langevin noise sqrt(2ηT)·ξ added to θ each step */
	temperature: number;
	/** B in [1, N], or null for the full batch (no gradient noise) */
	batchSize: number | null;
	/** K ≥ 1 climbers sharing the budget */
	restarts: number;
	/** look-ahead: the gradient is taken at θ − μ·v */
	nesterov: boolean;
};

/** One climber's path. Index t holds the state after t steps (index 0 is the start). */
export type Trajectory = {
	x: Float64Array;
	y: Float64Array;
	loss: Float64Array;
	/** |∇f(θ_t)|, the true slope under the climber (without noise) */
	grad: Float64Array;
	/** |v_t| */
	speed: Float64Array;
	/** η used for the step that leaves θ_t */
	eta: Float64Array;
	/** number of steps taken (arrays hold steps + 1 entries) */
	steps: number;
	/** the step at which position or loss stopped being finite (or overflowed), else null */
	blewUpAt: number | null;
	/** the first index outside the bounds, else null */
	leftAt: number | null;
	start: Point;
	/** the velocity after the last step */
	velocity: Point;
	/**
	 * The run index of the arrays' first entry: 0 when every state is kept; in a tail-only climb
	 * (used for scoring thousands of runs) the arrays hold just the last few states.
	 */
	first: number;
	/** tail-only climbs: the step from which the loss stayed within the tolerance, else null */
	arrivedAt?: number | null;
	/** tail-only climbs of a search: true when the climb stopped because its run could no longer beat the search's best */
	gaveUp?: boolean;
	/**
	 * Model terrains with n > 2 parameters: every kept state's full parameter vector, n numbers per
	 * state (x and y then hold the state's coordinates on the run's slice).
	 */
	theta?: Float64Array;
	/** n-parameter climbs: the loss at the start (kept when the arrays hold only the tail) */
	startLoss?: number;
	/** n-parameter climbs: the full velocity after the last step */
	velocityN?: Float64Array;
};

/** A critical point of the terrain inside the bounds. */
export type CriticalPoint = {
	x: number;
	y: number;
	loss: number;
	kind: 'minimum' | 'saddle' | 'maximum';
	/** Hessian eigenvalues, ascending */
	curvature: Point;
	global: boolean;
	/** model terrains with n > 2 parameters: the full parameter vector (x, y are its slice coordinates) */
	theta?: Float64Array;
};

export type CriticalPoints = {
	/** every minimum that ties for the lowest loss */
	global: CriticalPoint[];
	minima: CriticalPoint[];
	saddles: CriticalPoint[];
	maxima: CriticalPoint[];
	/** the lowest loss inside the bounds */
	minLoss: number;
	/** null when the lowest point is an interior minimum; else where the boundary dips lower */
	boundaryLow: {x: number; y: number; loss: number} | null;
};

/** A whole simulated run: what went in and everything that came out. */
export type Run = {
	level: Level;
	knobs: Knobs;
	seed: number;
	climbers: Trajectory[];
	/** index into climbers of the one that counts (lowest final loss) */
	best: number;
	/** steps each climber was given */
	stepsEach: number;
	critical: CriticalPoints;
	/** model terrains with n > 2 parameters: the plane the climbers' x, y are coordinates on */
	slice?: Slice;
};
