/**
 * The shape every diagnosis shares (README, “Diagnoses”): a module per code that says whether it applies
 * to a run and, when it does, returns its evidence as data — the numbers from the run, the keys of
 * the sentences that explain it (the words live in `i18n/diagnosis.ts`), and the knob changes it
 * would try. Nothing here is text a player reads.
 */
import type {RunFacts} from '../analysis.js';
import type {Spectrum} from '../model/hessian.js';
import type {CriticalPoint, KnobName, Knobs, Level, Run} from '../types.js';

export const DIAGNOSIS_CODES = [
	'diverged',
	'left-map',
	'reached-global',
	'local-minimum',
	'saddle',
	'decay-pulled',
	'oscillating',
	'too-slow',
] as const;

/** The advice reason of a diagnosis that carries a tried suggestion. */
export const TRIED = 'tried';

export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

/**
 * A number of the evidence: plain (shown with 3 significant digits), with its own digits, a
 * point (x, y), or an integer count.
 */
export type EvidenceValue = number | {value: number; digits: number} | {x: number; y: number};

/** One knob set to one value, in the value forms of `params` (the schedule as its `--schedule` text). */
export type KnobChange = {knob: KnobName; value: number | string | boolean};

/** Which way a suggestion turns a knob: a number up or down, a schedule set, look-ahead on or off. */
export type KnobDirection = 'raise' | 'lower' | 'set' | 'on' | 'off';

/** One knob change of a suggestion, with the way it turns the knob from the run's value. */
export type KnobMove = KnobChange & {direction: KnobDirection};

/** A tried piece of advice: the full knob set, what changed, and the score it was seen to reach. */
export type Suggestion = {
	knobs: Knobs;
	changes: KnobChange[];
	/** the changes with their directions from the run's knobs (what the advice sentence names) */
	moves: KnobMove[];
	/** the suggestion's score (re-simulated with the run's seed) */
	score: number;
	/** the score of the run it came from */
	from: number;
};

/**
 * What a diagnosis found. `reasons` name the catalogue sentences (`{code}.{part}.{reason}`), and
 * `values` fill their placeholders; `lists` are placeholders filled with several option sentences
 * joined by "or" (`{code}.option.{key}`); `phrases` fill one placeholder each with a shared sentence.
 */
export type Evidence = {
	/** the step the thing happened at, when there is one (for the screens' marks) */
	step: number | null;
	values: Record<string, EvidenceValue>;
	/** `advice` is `tried` when the diagnosis carries a suggestion: its sentence names that suggestion's moves */
	reasons: {evidence: string; why: string; advice: string};
	lists?: Record<string, string[]>;
	/**
	 * Placeholders filled with one shared sentence, `phrase.{key}`, or left empty (null): the words
	 * a run with many parameters adds (“the steepest direction among all 27 parameters”).
	 */
	phrases?: Record<string, string | null>;
	/** knob changes to try, the most promising first; each is applied on top of the run's knobs */
	candidates: KnobChange[][];
};

export type Diagnosis = Evidence & {
	code: DiagnosisCode;
	/** the first candidate that re-simulated to a higher score, or null (see `suggestFor`) */
	suggestion: Suggestion | null;
};

/**
 * What a diagnosis reads of a run: the run and its facts (loss series, positions, steps), plus
 * the curvature of the terrain at a point through one function, so a run in more dimensions can
 * plug in its own.
 */
export type DiagnosisContext = {
	run: Run;
	level: Level;
	knobs: Knobs;
	facts: RunFacts;
	/** the Hessian's eigenvalues at a point, ascending */
	curvatureAt: (x: number, y: number) => readonly [number, number];
	/** the unit direction of the lowest curvature at a point; null where every direction curves alike */
	downhillAt: (x: number, y: number) => readonly [number, number] | null;
	/**
	 * The Hessian's lowest and highest eigenvalues at state `step` (run index) of the climber that
	 * counts, in the run's whole parameter space: on the map for a 2-D run, the model's n×n Hessian
	 * for a run with more parameters (whose map, a slice, may miss the steepest direction).
	 */
	curvatureAtStep: (step: number) => readonly [number, number];
	/** Runs with many parameters (model terrains): the curvature in the full space. Absent for 2-D runs. */
	space?: ParameterSpace;
	/**
	 * Runs with many parameters (model terrains): how far the climber's final state and velocity
	 * are off a pass along its downhill direction, measured in parameter space (on the map's slice
	 * that direction may not show). Absent for 2-D runs, which measure it on the map.
	 */
	offRidgeAt?: (pass: CriticalPoint) => number | null;
};

/** The curvature of a run with many parameters, read in its full parameter space. */
export type ParameterSpace = {
	/** parameters n (> 2) */
	parameters: number;
	/** the Hessian's spectrum at state `step` (run index) of the climber that counts; null where it is not finite */
	atStep: (step: number) => Spectrum | null;
	/** the spectrum at a critical point's θ; null without one */
	atPoint: (point: CriticalPoint) => Spectrum | null;
};

/** One row of the diagnosis table. */
export type DiagnosisModule = {
	code: DiagnosisCode;
	/** true when this row describes the run (the table asks in order; the first true wins) */
	applies: (context: DiagnosisContext) => boolean;
	explain: (context: DiagnosisContext) => Evidence;
};
