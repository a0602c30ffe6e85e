/**
 * Hints for a task that did not pass, tried by the engine before they are shown: a hint names a
 * knob and a direction ("a smaller η", "more restarts") only if some value in that direction,
 * with the learner's own other knobs, passes the task. It never names the value (the learner
 * chooses it) and never names a knob the task does not show (one the lesson has not introduced).
 */
import type {KnobInput, KnobName, Outcome} from '../engine/index.js';
import {passes, type GateId} from './gates.js';
import type {Step} from './lessons.js';
import {tutorialLevel} from './levels.js';
import {runTask} from './run.js';

type Task = Extract<Step, {kind: 'task'}>;

/** A change of one knob in one direction, said as a hint (a key of TUTORIAL_TEXT). */
export type Move =
	| 'hintLowerEta'
	| 'hintRaiseEta'
	| 'hintAddMomentum'
	| 'hintRaiseMomentum'
	| 'hintLowerMomentum'
	| 'hintAddDecay'
	| 'hintRaiseDecay'
	| 'hintLowerDecay'
	| 'hintUseSchedule'
	| 'hintOtherSchedule'
	| 'hintMoreRestarts';

/** What a failed task's feedback says: a move the engine has checked, a rule of the task, or nothing to offer. */
export type TaskHint = Move | 'hintNeedMomentum' | 'hintNeedDecay' | 'hintNeedSchedule' | 'hintNone';

const MOVE_KNOB: Record<Move, KnobName> = {
	hintLowerEta: 'learningRate',
	hintRaiseEta: 'learningRate',
	hintAddMomentum: 'momentum',
	hintRaiseMomentum: 'momentum',
	hintLowerMomentum: 'momentum',
	hintAddDecay: 'decay',
	hintRaiseDecay: 'decay',
	hintLowerDecay: 'decay',
	hintUseSchedule: 'schedule',
	hintOtherSchedule: 'schedule',
	hintMoreRestarts: 'restarts',
};

const MOMENTA = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99];
const SCHEDULES = ['cosine', 'step', 'warm-restarts'];

/** The learner's knobs as numbers and names, read from the run the engine made of them. */
function current(outcome: Outcome) {
	const {knobs} = outcome.run;
	return {eta: knobs.learningRate, mu: knobs.momentum, decay: knobs.decay, schedule: knobs.schedule.kind, restarts: knobs.restarts};
}

/** The values a move tries, inside the level's ranges (empty when the move makes no sense here). */
export function candidates(move: Move, task: Task, outcome: Outcome): KnobInput[] {
	const spec = tutorialLevel(task.level).knobs;
	const now = current(outcome);
	const inRange = (name: 'learningRate' | 'momentum' | 'decay' | 'restarts', value: number) => {
		const range = spec[name];
		return range !== undefined && value >= range.min && value <= range.max;
	};

	const numbers = (name: 'learningRate' | 'momentum' | 'decay' | 'restarts', values: number[]) =>
		values.filter((v) => Number.isFinite(v) && inRange(name, v)).map((v) => ({[name]: Number(v.toPrecision(6))}) as KnobInput);
	switch (move) {
		case 'hintLowerEta': {
			return numbers('learningRate', [0.8, 0.6, 0.45, 0.3, 0.2, 0.12, 0.07, 0.04, 0.02, 0.01].map((f) => now.eta * f));
		}

		case 'hintRaiseEta': {
			return numbers('learningRate', [1.25, 1.6, 2, 3, 4.5, 7, 10, 20, 50, 100].map((f) => now.eta * f));
		}

		case 'hintAddMomentum': {
			return now.mu > 0 ? [] : numbers('momentum', MOMENTA);
		}

		case 'hintRaiseMomentum': {
			return now.mu <= 0 ? [] : numbers('momentum', MOMENTA.filter((m) => m > now.mu + 1e-9));
		}

		case 'hintLowerMomentum': {
			return now.mu <= 0 ? [] : numbers('momentum', [...MOMENTA.filter((m) => m < now.mu - 1e-9).reverse(), 0]);
		}

		case 'hintAddDecay': {
			return now.decay > 0 ? [] : numbers('decay', [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4]);
		}

		case 'hintRaiseDecay': {
			return now.decay <= 0 ? [] : numbers('decay', [1.5, 2, 3, 5, 10, 20, 50].map((f) => now.decay * f));
		}

		case 'hintLowerDecay': {
			return now.decay <= 0 ? [] : numbers('decay', [0.7, 0.5, 0.3, 0.2, 0.1, 0.05, 0.02].map((f) => now.decay * f));
		}

		case 'hintUseSchedule': {
			return now.schedule !== 'constant' ? [] : SCHEDULES.map((schedule) => ({schedule}));
		}

		case 'hintOtherSchedule': {
			return now.schedule === 'constant' ? [] : SCHEDULES.filter((s) => s !== now.schedule).map((schedule) => ({schedule}));
		}

		case 'hintMoreRestarts': {
			const top = spec.restarts?.max ?? 1;
			return numbers('restarts', Array.from({length: Math.max(0, top - now.restarts)}, (_, i) => now.restarts + 1 + i));
		}
	}
}

/** The order moves are tried in, from what the run did: the likeliest cure first. */
function order(outcome: Outcome): Move[] {
	switch (outcome.diagnosis.code) {
		case 'diverged':
		case 'left-map': {
			return ['hintLowerEta', 'hintLowerMomentum', 'hintAddDecay', 'hintRaiseDecay', 'hintRaiseEta', 'hintAddMomentum', 'hintRaiseMomentum', 'hintUseSchedule', 'hintOtherSchedule', 'hintMoreRestarts', 'hintLowerDecay'];
		}

		case 'oscillating': {
			return ['hintLowerMomentum', 'hintLowerEta', 'hintUseSchedule', 'hintOtherSchedule', 'hintRaiseEta', 'hintAddMomentum', 'hintRaiseMomentum', 'hintAddDecay', 'hintRaiseDecay', 'hintLowerDecay', 'hintMoreRestarts'];
		}

		case 'local-minimum':
		case 'saddle': {
			return ['hintAddMomentum', 'hintRaiseMomentum', 'hintUseSchedule', 'hintOtherSchedule', 'hintMoreRestarts', 'hintRaiseEta', 'hintLowerMomentum', 'hintLowerEta', 'hintAddDecay', 'hintRaiseDecay', 'hintLowerDecay'];
		}

		case 'decay-pulled': {
			return ['hintLowerDecay', 'hintRaiseEta', 'hintAddMomentum', 'hintRaiseMomentum', 'hintRaiseDecay', 'hintLowerEta', 'hintLowerMomentum', 'hintUseSchedule', 'hintOtherSchedule', 'hintMoreRestarts', 'hintAddDecay'];
		}

		default: {
			return ['hintRaiseEta', 'hintAddMomentum', 'hintRaiseMomentum', 'hintLowerEta', 'hintLowerMomentum', 'hintLowerDecay', 'hintAddDecay', 'hintRaiseDecay', 'hintUseSchedule', 'hintOtherSchedule', 'hintMoreRestarts'];
		}
	}
}

/** The moves of the knob a task teaches, tried before the others (when they pass, the hint is about the lesson). */
const LESSON_MOVES: Partial<Record<GateId, Move[]>> = {
	explode: ['hintRaiseEta'],
	'decay-short': ['hintRaiseDecay', 'hintAddDecay'],
	'decay-gentle': ['hintLowerDecay'],
	'schedule-floor': ['hintUseSchedule', 'hintOtherSchedule'],
	'escape-saddle': ['hintAddMomentum', 'hintRaiseMomentum', 'hintLowerMomentum'],
};

/** A rule of the task itself that the run broke (a knob it must use), if any. */
function rule(gate: GateId, outcome: Outcome): TaskHint | null {
	const now = current(outcome);
	if ((gate === 'ravine-momentum' || gate === 'escape-saddle') && now.mu <= 0) return 'hintNeedMomentum';
	if ((gate === 'decay-short' || gate === 'decay-gentle') && now.decay <= 0) return 'hintNeedDecay';
	if (gate === 'schedule-floor' && now.schedule === 'constant') return 'hintNeedSchedule';
	return null;
}

/** The run of `task` with the learner's knobs as typed, one knob replaced. */
function tryChange(task: Task, typed: KnobInput, change: KnobInput): Outcome | null {
	const result = runTask(task.level, {...typed, ...change}, task.seed);
	return result.ok ? result.value : null;
}

/**
 * The hint for a run of `task` that did not pass, from the learner's knobs as typed: the first
 * move (in the order the run's diagnosis suggests, among the task's own knobs) with a value the
 * engine has run and seen pass the task; a rule of the task the run broke; or 'hintNone'.
 */
export function taskHint(task: Task, typed: KnobInput, outcome: Outcome): TaskHint {
	const broken = rule(task.gate, outcome);
	if (broken) return broken;
	const preferred = LESSON_MOVES[task.gate] ?? [];
	for (const move of [...preferred, ...order(outcome).filter((m) => !preferred.includes(m))]) {
		if (!task.fields.includes(MOVE_KNOB[move])) continue;
		for (const change of candidates(move, task, outcome)) {
			const run = tryChange(task, typed, change);
			if (run && passes(task.gate, run)) return move;
		}
	}

	return 'hintNone';
}

/** The value that made {@link taskHint}'s move pass (for tests: the hint is true), or null. */
export function hintWitness(task: Task, typed: KnobInput, outcome: Outcome, move: Move): KnobInput | null {
	for (const change of candidates(move, task, outcome)) {
		const run = tryChange(task, typed, change);
		if (run && passes(task.gate, run)) return {...typed, ...change};
	}

	return null;
}
