/**
 * Running the tutorial's demonstrations and tasks, and the numbers their captions quote.
 */
import {play, resolveKnobs, type KnobError, type KnobInput, type Outcome, type Result} from '../engine/index.js';
import {formatNumber, formatPoint} from '../i18n/format.js';
import {describeDiagnosis} from '../i18n/diagnosis.js';
import {batchNoise} from '../engine/simulate.js';
import type {Language} from '../engine/types.js';
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

/** The numbers a caption may quote, formatted for `lang`: {steps}, {arrived}, {loss}, {gap}, … */
export function captionVars(outcome: Outcome, lang: Language): Record<string, string> {
	const {facts, run, diagnosis} = outcome;
	const words = describeDiagnosis(diagnosis);
	const t = facts.trajectory;
	const n = t.steps;
	const num = (value: number, digits = 3) => formatNumber(value, lang, digits);
	const point = (x: number, y: number) => formatPoint(snap(x), snap(y), lang);
	const {knobs, level} = run;
	const settled = settledAt(outcome);
	const never = lang === 'es' ? 'nunca' : 'never';
	const noise = knobs.batchSize !== null && level.dataset ? (knobs.learningRate * level.dataset.size) / knobs.batchSize : 0;
	const floor = run.critical.global[0];
	return {
		steps: String(n),
		budget: String(level.budget),
		arrived: facts.arrivedAt === null ? never : String(facts.arrivedAt),
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
		decay: num(knobs.decay),
		batch: knobs.batchSize === null ? '—' : String(knobs.batchSize),
		noise: num(noise),
		sigma: num(batchNoise(level, knobs)),
		jitter: num(jitter(outcome)),
		flips: String(facts.flips),
	};
}

/** Rounding noise (|v| < 10⁻⁴) reads as 0 in captions: "(−1,94; 0)", not "(−1,94; 7e-16)". */
function snap(value: number): number {
	return Math.abs(value) < 1e-4 ? 0 : value;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
