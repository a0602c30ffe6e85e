/** What the diagnosis modules share: the run's context, the curvature helpers, the level's knobs. */
import type {RunFacts} from '../analysis.js';
import {landscapeOf} from '../simulate.js';
import {eigenvalues} from '../terrain.js';
import type {Rule} from '../theory.js';
import {offRidgeInSpace} from '../model/analysis.js';
import type {CriticalPoint, KnobSpec, Run} from '../types.js';
import type {DiagnosisContext, KnobChange} from './types.js';

/**
 * The context of a run: its curvature read from the level's terrain. A run with many parameters
 * reads it on the run's slice (the plane of its two main directions of travel), and measures how
 * far it is off a pass in parameter space.
 */
export function contextOf(run: Run, facts: RunFacts): DiagnosisContext {
	const landscape = landscapeOf(run.level);
	const offRidgeAt = run.slice ? (pass: CriticalPoint) => offRidgeInSpace(run, facts, pass) : undefined;
	return {
		...(offRidgeAt && {offRidgeAt}),
		run,
		level: run.level,
		knobs: run.knobs,
		facts,
		curvatureAt(x, y) {
			const [a, b, c] = landscape.hessian(x, y);
			return eigenvalues(a, b, c);
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

/** |curvature| low then high at a point. */
export function curvaturePair(context: DiagnosisContext, x: number, y: number): [number, number] {
	const [e1, e2] = context.curvatureAt(x, y);
	const one = Math.abs(e1);
	const two = Math.abs(e2);
	return one < two ? [one, two] : [two, one];
}

/** The curvatures (|Hessian eigenvalues|, low then high) where the climber ended. */
export function curvaturesAtEnd(context: DiagnosisContext): [number, number] {
	const t = context.facts.trajectory;
	return curvaturePair(context, t.x[t.steps]!, t.y[t.steps]!);
}

/** The steepest |curvature| at a point. */
export function steepest(context: DiagnosisContext, x: number, y: number): number {
	return curvaturePair(context, x, y)[1];
}

/**
 * The curvature the climber met before it blew up: the steepest |curvature| over the points of
 * its path up to `until` that were no higher than the start (beyond that it was already flying).
 */
export function curvatureMet(context: DiagnosisContext, until: number): number {
	const {facts} = context;
	const t = facts.trajectory;
	const ceiling = t.loss[0]!;
	let met = facts.curvatureStart;
	for (let i = 1; i <= Math.min(until, t.steps); i++) {
		const x = t.x[i]!;
		const y = t.y[i]!;
		if (Number.isFinite(x) && Number.isFinite(y) && t.loss[i]! <= ceiling) met = Math.max(met, steepest(context, x, y));
	}

	return met;
}

/** The curvature of the valley the climber ended in: its floor's when known, else where it stopped. */
export function valleyCurvature(context: DiagnosisContext): number {
	const {facts} = context;
	const floor = facts.lookahead.basin ?? (facts.nearest?.kind === 'minimum' ? facts.nearest : null);
	return Math.max(Number.isFinite(facts.curvatureEnd) ? facts.curvatureEnd : 0, floor ? Math.abs(floor.curvature[1]) : 0);
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
