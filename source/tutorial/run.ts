/**
 * Running the tutorial's demonstrations and tasks, and the numbers their captions quote.
 */
import {play, resolveKnobs, type KnobError, type KnobInput, type Outcome, type Result} from '../engine/index.js';
import {describeDiagnosis} from '../i18n/diagnosis.js';
import {batchNoise} from '../engine/simulate.js';
import {decayRestingPoint, noiseScale} from '../engine/theory.js';
import type {Language} from '../engine/types.js';
import {say} from '../i18n/index.js';
import {TUTORIAL_TEXT} from '../i18n/tutorial.js';
import {learnerNumber, learnerPercent, learnerPoint} from './format.js';
import type {Demo} from './lessons.js';
import {tutorialLevel, type TutorialLevelId} from './levels.js';

const demoCache = new Map<string, Outcome>();

/** Runs a tutorial terrain with knobs as typed (decimal comma accepted), checked against its ranges. */
export function runTask(level: TutorialLevelId, input: KnobInput, seed: number): Result<Outcome, KnobError> {
	const clean: KnobInput = {};
	for (const [name, value] of Object.entries(input) as Array<[keyof KnobInput, KnobInput[keyof KnobInput]]>) {
		if (typeof value === 'string' && value.trim() === '') continue;
		clean[name] = value;
	}

	const knobs = resolveKnobs(tutorialLevel(level), clean);
	if (!knobs.ok) return knobs;
	return {ok: true, value: play(tutorialLevel(level), knobs.value, seed)};
}

/** A demonstration's outcome (computed once per process; demos have fixed knobs). */
export function runDemo(demo: Omit<Demo, 'caption'>): Outcome {
	const key = JSON.stringify([demo.level, demo.knobs, demo.seed]);
	let outcome = demoCache.get(key);
	if (!outcome) {
		const result = runTask(demo.level, demo.knobs, demo.seed);
		if (!result.ok) throw new Error(`tutorial demo ${key}: ${result.error.code} ${result.error.knob}`);
		outcome = result.value;
		demoCache.set(key, outcome);
	}

	return outcome;
}

/**
 * The step after which every later step is shorter than `fraction` of the map's diagonal:
 * when the climber stopped moving (whether or not it is at the floor). Null if it never settled.
 */
export function settledAt(outcome: Outcome, fraction = 1e-3): number | null {
	const t = outcome.facts.trajectory;
	if (outcome.facts.blewUp) return null;
	const limit = fraction * outcome.facts.size;
	let at: number | null = null;
	for (let i = t.steps; i >= 1; i--) {
		if (Math.hypot(t.x[i]! - t.x[i - 1]!, t.y[i]! - t.y[i - 1]!) >= limit) break;
		at = i - 1;
	}

	return at;
}

/** Mean distance of the last `tail` positions from their own centre: how much the climber trembles. */
export function jitter(outcome: Outcome, tail = 100): number {
	const t = outcome.facts.trajectory;
	const from = Math.max(0, t.steps - tail + 1);
	let cx = 0;
	let cy = 0;
	const count = t.steps - from + 1;
	for (let i = from; i <= t.steps; i++) {
		cx += t.x[i]!;
		cy += t.y[i]!;
	}

	cx /= count;
	cy /= count;
	let sum = 0;
	for (let i = from; i <= t.steps; i++) sum += Math.hypot(t.x[i]! - cx, t.y[i]! - cy);
	return sum / count;
}

/** The numbers a caption may quote, formatted for `lang` the way a learner reads them: {steps}, {arrived}, {loss}, {gap}, … */
export function captionVars(outcome: Outcome, lang: Language): Record<string, string> {
	const {facts, run, diagnosis} = outcome;
	const words = describeDiagnosis(diagnosis);
	const t = facts.trajectory;
	const n = t.steps;
	const num = (value: number, digits = 3) => learnerNumber(value, lang, digits);
	const point = (x: number, y: number) => learnerPoint(snap(x), snap(y), lang);
	const {knobs, level} = run;
	const settled = settledAt(outcome);
	const never = say(TUTORIAL_TEXT.never, lang);
	const noise = knobs.batchSize !== null && level.dataset ? noiseScale(knobs.learningRate, level.dataset.size, knobs.batchSize) : 0;
	const floor = run.critical.global[0];
	// the floor's curvatures (gentlest, steepest): what η·λ is measured against
	const [gentle, steep] = floor ? [floor.curvature[0], floor.curvature[1]] : [Number.NaN, Number.NaN];
	const pass = run.critical.saddles[0];
	const bowl = level.terrain[0];
	const rest =
		bowl?.type === 'bowl'
			? [0, 1].map((i) => decayRestingPoint(knobs.learningRate, knobs.momentum, knobs.decay, bowl.curvature[i]!, bowl.center[i]!))
			: null;
	const dance = danceOf(outcome);
	const arrivedText = facts.arrivedAt === null ? say(TUTORIAL_TEXT.arrivedNever, lang, {steps: String(n)}) : say(TUTORIAL_TEXT.arrivedAt, lang, {arrived: String(facts.arrivedAt)});
	return {
		steps: String(n),
		stepsEach: String(run.stepsEach),
		budget: String(level.budget),
		tolerance: num(level.tolerance),
		arrived: facts.arrivedAt === null ? never : String(facts.arrivedAt),
		arrivedText,
		settled: settled === null ? never : String(settled),
		loss: num(t.loss[n]!),
		start: num(t.loss[0]!),
		gap: num(Math.max(0, facts.endGap)),
		final: point(t.x[n]!, t.y[n]!),
		floor: floor ? point(floor.x, floor.y) : '—',
		distance: floor ? num(snap(Math.hypot(t.x[n]! - floor.x, t.y[n]! - floor.y))) : '—',
		explodedAt: facts.explodedAt === null ? never : String(facts.explodedAt),
		analogy: lowerFirst(words.analogy[lang]),
		Analogy: words.analogy[lang],
		eta: num(knobs.learningRate),
		mu: num(knobs.momentum),
		sqrtMu: num(Math.sqrt(knobs.momentum), 2),
		decay: num(knobs.decay),
		restarts: String(knobs.restarts),
		batch: knobs.batchSize === null ? '—' : String(knobs.batchSize),
		dataset: level.dataset ? String(level.dataset.size) : '—',
		noise: num(noise),
		sigma: num(batchNoise(level, knobs)),
		jitter: num(jitter(outcome)),
		flips: String(facts.flips),
		etaLambda: num(knobs.learningRate * steep),
		factor: num(1 - knobs.learningRate * steep),
		stepShare: learnerPercent(knobs.learningRate * gentle, lang),
		alongFactor: num(1 - knobs.learningRate * gentle),
		acrossFactor: num(1 - knobs.learningRate * steep),
		swing: num(swingOf(outcome), 3),
		passLoss: pass ? num(pass.loss, 2) : '—',
		rest: rest ? point(rest[0]!, rest[1]!) : '—',
		parameters: dance ? String(dance.parameters) : '2',
		early: dance ? String(dance.early) : '—',
		earlyBy: dance ? String(dance.earlyBy) : '—',
		drifting: dance ? String(dance.drifting) : '—',
		restShare: rest && bowl?.type === 'bowl' && bowl.center[0] !== 0 ? num(rest[0]! / bowl.center[0]!, 2) : '—',
	};
}

/** How the parameters of a many-parameter run danced: how many settled early, how many still drift at the end. */
export type Dance = {parameters: number; early: number; drifting: number; earlyBy: number};

/**
 * Each parameter is a climber of its own: it settled at the step after which it stays within 10 %
 * of its whole travel from its final value. `early` settled in the first quarter of the run;
 * `drifting` still moved more than 10 % of its travel in the last quarter. Null for a run with
 * two parameters (no θ kept).
 */
export function danceOf(outcome: Outcome): Dance | null {
	const t = outcome.facts.trajectory;
	const theta = t.theta;
	if (!theta || t.first !== 0) return null;
	const n = theta.length / (t.steps + 1);
	if (!Number.isInteger(n) || n < 3) return null;
	const at = (step: number, i: number) => theta[step * n + i]!;
	const quarter = Math.floor(t.steps / 4);
	let early = 0;
	let drifting = 0;
	for (let i = 0; i < n; i++) {
		const end = at(t.steps, i);
		const travel = Math.abs(end - at(0, i));
		if (!(travel > 0)) {
			early++;
			continue;
		}

		let settled = 0;
		for (let step = t.steps; step >= 0; step--) {
			if (Math.abs(at(step, i) - end) > 0.1 * travel) {
				settled = step + 1;
				break;
			}
		}

		if (settled <= quarter) early++;
		if (Math.abs(end - at(t.steps - quarter, i)) > 0.1 * travel) drifting++;
	}

	return {parameters: n, early, drifting, earlyBy: quarter};
}

/** The largest |y| a run reaches: how far it swings across a ravine lying along x. */
export function swingOf(outcome: Outcome): number {
	const t = outcome.facts.trajectory;
	let most = 0;
	for (let i = 0; i <= t.steps; i++) if (Number.isFinite(t.y[i]!)) most = Math.max(most, Math.abs(t.y[i]!));
	return most;
}

/** Rounding noise (|v| < 10⁻⁴) reads as 0 in captions: "(−1,94; 0)", not "(−1,94; 7e-16)". */
function snap(value: number): number {
	return Math.abs(value) < 1e-4 ? 0 : value;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
