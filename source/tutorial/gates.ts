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

/** What a failed task's feedback tells the player to change (a key of TUTORIAL_TEXT). */
export type GateHint =
	| 'hintLowerEta'
	| 'hintRaiseEta'
	| 'hintLessMomentum'
	| 'hintExplode'
	| 'hintCrawl'
	| 'hintQuick'
	| 'hintNeedMomentum'
	| 'hintRavine'
	| 'hintNeedDecay'
	| 'hintMoreDecay'
	| 'hintLessDecay'
	| 'hintNeedSchedule'
	| 'hintScheduleEta'
	| 'hintEscapeLocal'
	| 'hintSaddle';

/**
 * The change that would bring a run that failed gate `id` closer to passing, judged from what
 * the run did (its diagnosis and knobs). Only meaningful when `passes(id, outcome)` is false.
 */
export function gateHint(id: GateId, outcome: Outcome): GateHint {
	const {code} = outcome.diagnosis;
	const {knobs} = outcome.run;
	const wild = code === 'diverged' || code === 'left-map';
	const general = (): GateHint =>
		wild ? 'hintLowerEta' : code === 'oscillating' ? 'hintLessMomentum' : code === 'local-minimum' || code === 'saddle' ? 'hintEscapeLocal' : 'hintRaiseEta';
	switch (id) {
		case 'reach-floor':
		case 'escape-local': {
			return general();
		}

		case 'explode': {
			return 'hintExplode';
		}

		case 'crawl': {
			return 'hintCrawl';
		}

		case 'quick-floor': {
			return wild ? 'hintLowerEta' : 'hintQuick';
		}

		case 'ravine-momentum': {
			if (knobs.momentum <= 0) return 'hintNeedMomentum';
			return wild || code === 'oscillating' ? general() : 'hintRavine';
		}

		case 'decay-short': {
			if (knobs.decay <= 0) return 'hintNeedDecay';
			return wild ? 'hintLowerEta' : 'hintMoreDecay';
		}

		case 'decay-gentle': {
			if (knobs.decay <= 0) return 'hintNeedDecay';
			return code === 'decay-pulled' ? 'hintLessDecay' : general();
		}

		case 'schedule-floor': {
			if (knobs.schedule.kind === 'constant') return 'hintNeedSchedule';
			return wild ? 'hintLowerEta' : 'hintScheduleEta';
		}

		case 'escape-saddle': {
			if (knobs.momentum <= 0) return 'hintNeedMomentum';
			return wild ? 'hintLowerEta' : 'hintSaddle';
		}
	}
}
