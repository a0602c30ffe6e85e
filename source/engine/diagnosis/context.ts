/** What the diagnosis modules share: the run's context, the curvature helpers, the level's knobs. */
import type {RunFacts} from '../analysis.js';
import {landscapeOf} from '../simulate.js';
import {eigenvalues} from '../terrain.js';
import type {Rule} from '../theory.js';
import {offRidgeInSpace} from '../model/analysis.js';
import {modelOf} from '../model/critical.js';
import {spectrumAt, type Spectrum} from '../model/hessian.js';
import type {CriticalPoint, KnobSpec, Run} from '../types.js';
import type {DiagnosisContext, KnobChange, ParameterSpace} from './types.js';

/**
 * The context of a run: its curvature read from the level's terrain. A run with many parameters
 * reads it from the model's own Hessian in its full parameter space (the map is only a slice
 * through it), and measures how far it is off a pass in parameter space.
 */
export function contextOf(run: Run, facts: RunFacts): DiagnosisContext {
	const landscape = landscapeOf(run.level);
	const space = run.slice ? parameterSpace(run, facts) : undefined;
	const offRidgeAt = run.slice ? (pass: CriticalPoint) => offRidgeInSpace(run, facts, pass) : undefined;
	const curvatureAt = (x: number, y: number) => {
		const [a, b, c] = landscape.hessian(x, y);
		return eigenvalues(a, b, c);
	};

	const t = facts.trajectory;
	return {
		...(offRidgeAt && {offRidgeAt}),
		...(space && {space}),
		run,
		level: run.level,
		knobs: run.knobs,
		facts,
		curvatureAt,
		curvatureAtStep(step) {
			if (!space) return curvatureAt(t.x[step - t.first]!, t.y[step - t.first]!);
			const spectrum = space.atStep(step);
			return spectrum ? [spectrum.low, spectrum.high] : [Number.NaN, Number.NaN];
		},
		downhillAt(x, y) {
			const [a, b, c] = landscape.hessian(x, y);
			const [low] = eigenvalues(a, b, c);
			// eigenvector of the lowest eigenvalue: (b, low − a) or (low − c, b), whichever is longer
			const [ex, ey] = Math.hypot(b, low - a) >= Math.hypot(low - c, b) ? [b, low - a] : [low - c, b];
			const length = Math.hypot(ex, ey);
			return length === 0 ? null : [ex / length, ey / length];
		},
	};
}

/** The model's Hessian spectra of a run with many parameters, each point read once. */
function parameterSpace(run: Run, facts: RunFacts): ParameterSpace {
	const model = modelOf(run.level);
	const n = model.n;
	const t = facts.trajectory;
	const steps = new Map<number, Spectrum | null>();
	const points = new Map<CriticalPoint, Spectrum | null>();
	return {
		parameters: n,
		atStep(step) {
			if (!steps.has(step)) {
				const at = step - t.first;
				steps.set(step, t.theta && at >= 0 && (at + 1) * n <= t.theta.length ? spectrumAt(model, t.theta.subarray(at * n, (at + 1) * n)) : null);
			}

			return steps.get(step)!;
		},
		atPoint(point) {
			if (!points.has(point)) points.set(point, point.theta ? spectrumAt(model, point.theta) : null);
			return points.get(point)!;
		},
	};
}

/** The run's own step rule, for the closed forms of `theory.ts`. */
export function ruleOf(context: DiagnosisContext): Rule {
	return {momentum: context.knobs.momentum, nesterov: context.knobs.nesterov, decay: context.knobs.decay};
}

/** The knobs a level lets the player turn, for advice that only names those. */
export function unlocked(knobs: KnobSpec) {
	const allowed = knobs.schedule?.allowed ?? [];
	return {
		momentum: Boolean(knobs.momentum),
		decay: Boolean(knobs.decay),
		temperature: Boolean(knobs.temperature),
		restarts: Boolean(knobs.restarts),
		warmRestarts: allowed.includes('warm-restarts'),
		cosine: allowed.includes('cosine'),
		annealing: allowed.includes('cosine') || allowed.includes('step'),
		constant: allowed.includes('constant'),
		batch: Boolean(knobs.batchSize),
		nesterov: Boolean(knobs.nesterov),
	};
}

export type Unlocked = ReturnType<typeof unlocked>;

/** |curvature| low then high of an eigenvalue pair. */
function magnitudes([e1, e2]: readonly [number, number]): [number, number] {
	const one = Math.abs(e1);
	const two = Math.abs(e2);
	return one < two ? [one, two] : [two, one];
}

/** |curvature| low then high at a point of the map. */
export function curvaturePair(context: DiagnosisContext, x: number, y: number): [number, number] {
	return magnitudes(context.curvatureAt(x, y));
}

/**
 * The curvatures (|Hessian eigenvalues|, low then high) where the climber ended; with many
 * parameters, of the model's whole Hessian: the flattest and the steepest of its n directions.
 */
export function curvaturesAtEnd(context: DiagnosisContext): [number, number] {
	if (!context.space) {
		const t = context.facts.trajectory;
		return curvaturePair(context, t.x[t.steps]!, t.y[t.steps]!);
	}

	const spectrum = context.space.atStep(context.facts.trajectory.steps);
	if (!spectrum) return [Number.NaN, Number.NaN];
	// the flattest direction is the eigenvalue nearest zero, which need not be an end of the spectrum
	let flattest = Infinity;
	for (const value of spectrum.values) flattest = Math.min(flattest, Math.abs(value));
	return [flattest, Math.max(Math.abs(spectrum.low), Math.abs(spectrum.high))];
}

/** The steepest |curvature| at a point of the map. */
export function steepest(context: DiagnosisContext, x: number, y: number): number {
	return curvaturePair(context, x, y)[1];
}

/**
 * At most this many states of the path a run with many parameters reads its Hessian at (each
 * costs 2n gradient passes): every state of a campaign run (budgets ≤ 800); a longer run's are
 * spread evenly. A sparser sample misses the steep stretch: on w7-07 at η 2.3, μ 0.99, nine
 * states read λ 1.35 (η·λ 3.1, inside the limit 3.98 the run had passed) where the path met 23.
 */
export const MAX_READ_STATES = 800;

/**
 * The curvature the climber met before it blew up: the steepest |curvature| over the points of
 * its path up to `until` that were no higher than the start (beyond that it was already flying).
 * With many parameters it is read in the full space at each of those points (at most
 * {@link MAX_READ_STATES}, evenly spread beyond that).
 */
export function curvatureMet(context: DiagnosisContext, until: number): number {
	const {facts} = context;
	const t = facts.trajectory;
	const ceiling = t.loss[0]!;
	let met = facts.curvatureStart;
	const below: number[] = [];
	for (let i = 1; i <= Math.min(until, t.steps); i++) {
		const x = t.x[i]!;
		const y = t.y[i]!;
		if (Number.isFinite(x) && Number.isFinite(y) && t.loss[i]! <= ceiling) below.push(i);
	}

	const cap = MAX_READ_STATES;
	const read = context.space && below.length > cap ? Array.from({length: cap}, (_, k) => below[Math.round((k * (below.length - 1)) / (cap - 1))]!) : below;
	for (const i of read) {
		const steep = Math.max(...magnitudes(context.curvatureAtStep(i)));
		if (Number.isFinite(steep)) met = Math.max(met, steep);
	}

	return met;
}

/** The curvature of the valley the climber ended in: its floor's when known, else where it stopped. */
export function valleyCurvature(context: DiagnosisContext): number {
	const {facts} = context;
	const floor = facts.lookahead.basin ?? (facts.nearest?.kind === 'minimum' ? facts.nearest : null);
	return Math.max(Number.isFinite(facts.curvatureEnd) ? facts.curvatureEnd : 0, floor ? Math.abs(floor.curvature[1]) : 0);
}

/**
 * What a run with many parameters adds to the curvature a diagnosis quotes: the parameter count
 * and the phrases that say the number is the model's own, over every direction (`{along}` the
 * steepest, `{across}` the flattest, `{setBy}` for a limit); empty phrases for a 2-D run.
 */
export function spaceWords(context: DiagnosisContext): {values: Record<string, number>; phrases: Record<string, string | null>} {
	if (!context.space) return {values: {}, phrases: {along: null, across: null, setBy: null}};
	return {values: {parameters: context.space.parameters}, phrases: {along: 'steepest', across: 'flattest', setBy: 'set-by'}};
}

/** Shorthand for a one-knob candidate. */
export function change(knob: KnobChange['knob'], value: KnobChange['value']): KnobChange[] {
	return [{knob, value}];
}

/** A coordinate that is zero but for rounding (a critical point refined to 1e-8) reads as 0. */
export function clean(v: number): number {
	return Math.abs(v) < 1e-9 ? 0 : v;
}

export function point(x: number, y: number): {x: number; y: number} {
	return {x: clean(x), y: clean(y)};
}
