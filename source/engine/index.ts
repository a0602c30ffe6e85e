/** The engine's front door: run a level, read what happened. Pure and deterministic. */
import {analyse, type RunFacts} from './analysis.js';
import {diagnose, type Diagnosis} from './diagnosis/index.js';
import {scoreRun, type Score} from './score.js';
import {simulate} from './simulate.js';
import type {Knobs, Level, Run} from './types.js';

/** The engine's version: share codes and leaderboards carry it; any change to results bumps it. */
export const ENGINE_VERSION = '1';

/** A finished run with everything the screens and the report need. */
export type Outcome = {
	run: Run;
	facts: RunFacts;
	diagnosis: Diagnosis;
	score: Score;
};

/** Simulates, diagnoses and scores one run. */
export function play(level: Level, knobs: Knobs, seed: number): Outcome {
	const run = simulate(level, knobs, seed);
	const facts = analyse(run);
	const diagnosis = diagnose(run, facts);
	return {run, facts, diagnosis, score: scoreRun(level, diagnosis.code, facts)};
}

export {analyse} from './analysis.js';
export {criticalPoints, findCriticalPoints} from './critical.js';
export {DIAGNOSIS_CODES, diagnose, classify, suggestFor} from './diagnosis/index.js';
export type {Diagnosis, DiagnosisCode, KnobChange, Suggestion} from './diagnosis/index.js';
export type {RunFacts} from './analysis.js';
export {scoreRun, starsFor} from './score.js';
export type {Score} from './score.js';
export {simulate, bestClimber, landscapeOf, NEUTRAL_KNOBS, batchNoise} from './simulate.js';
export {defaultKnobs, parseDecimal, resolveKnobs, unlockedKnobs, SCHEDULE_KINDS, parseSchedule, parseSwitch} from './knobs.js';
export type {KnobError, KnobInput, Result} from './knobs.js';
export * from './types.js';
