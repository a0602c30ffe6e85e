/**
 * Task gates: pure functions over the engine's Outcome that say whether the player's own run
 * shows what the lesson taught. A task continues only when its gate returns true.
 */
import type {Outcome} from '../engine/index.js';

/** Names of the tutorial's gates. */
export type GateId =
	| 'reach-floor'
	| 'explode'
	| 'crawl'
	| 'quick-floor'
	| 'ravine-momentum'
	| 'decay-short'
	| 'decay-gentle'
	| 'schedule-floor'
	| 'escape-local'
	| 'escape-saddle';

/** Steps within which the steep bowl's floor must be reached in the "quick" task. */
export const QUICK_STEPS = 15;
/** Steps within which the ravine's floor must be reached with momentum. */
export const RAVINE_STEPS = 60;
/** How far (map units) from the saddle a climber must end to count as escaped. */
export const SADDLE_ESCAPE_DISTANCE = 1;
/** How much lower than the saddle (loss units) the escaped climber must end. */
export const SADDLE_ESCAPE_DROP = 0.05;

function reached(outcome: Outcome): boolean {
	return outcome.diagnosis.code === 'reached-global';
}

function arrivedWithin(outcome: Outcome, steps: number): boolean {
	const at = outcome.facts.arrivedAt;
	return reached(outcome) && at !== null && at < steps;
}

/** Did the climber end far from the level's first saddle and clearly below it? */
export function escapedSaddle(outcome: Outcome): boolean {
	const saddle = outcome.run.critical.saddles[0];
	const t = outcome.facts.trajectory;
	if (!saddle || outcome.facts.blewUp) return false;
	const x = t.x[t.steps]!;
	const y = t.y[t.steps]!;
	const loss = t.loss[t.steps]!;
	return Math.hypot(x - saddle.x, y - saddle.y) > SADDLE_ESCAPE_DISTANCE && loss < saddle.loss - SADDLE_ESCAPE_DROP && t.leftAt === null;
}

/** Every gate, by name. */
export const GATES: Record<GateId, (outcome: Outcome) => boolean> = {
	'reach-floor': reached,
	explode: (o) => o.diagnosis.code === 'diverged',
	crawl: (o) => o.diagnosis.code === 'too-slow',
	'quick-floor': (o) => arrivedWithin(o, QUICK_STEPS),
	'ravine-momentum': (o) => arrivedWithin(o, RAVINE_STEPS) && o.run.knobs.momentum > 0,
	'decay-short': (o) => o.diagnosis.code === 'decay-pulled',
	'decay-gentle': (o) => reached(o) && o.run.knobs.decay > 0,
	'schedule-floor': (o) => reached(o) && o.run.knobs.schedule.kind !== 'constant',
	'escape-local': reached,
	'escape-saddle': (o) => escapedSaddle(o) && o.run.knobs.momentum > 0,
};

/** Whether `outcome` passes gate `id`. */
export function passes(id: GateId, outcome: Outcome): boolean {
	return GATES[id](outcome);
}
