/**
 * Every run ends with exactly one diagnosis (README, “Diagnoses”): one module per code behind one shape
 * (`types.ts`), a table that orders them (`precedence.ts`), and advice the engine has tried
 * (`suggest.ts`). The words are in `i18n/diagnosis.ts`.
 */
import {analyse, type RunFacts} from '../analysis.js';
import {scoreRun} from '../score.js';
import type {Run} from '../types.js';
import {contextOf} from './context.js';
import {rowFor} from './precedence.js';
import {suggestFor} from './suggest.js';
import {TRIED, type Diagnosis} from './types.js';

/** Diagnoses a run: its code, its evidence, and (below three stars) a suggestion it has tried. */
export function diagnose(run: Run, facts: RunFacts = analyse(run)): Diagnosis {
	const context = contextOf(run, facts);
	const row = rowFor(context);
	const evidence = row.explain(context);
	const score = scoreRun(run.level, row.code, facts);
	const suggestion = score.stars < 3 ? suggestFor(run, {facts, score: score.total, candidates: evidence.candidates}) : null;
	// the advice follows what was tried: with a suggestion, its sentence names that suggestion's moves
	return {code: row.code, ...evidence, reasons: {...evidence.reasons, advice: suggestion ? TRIED : evidence.reasons.advice}, suggestion};
}

export {classify, PRECEDENCE} from './precedence.js';
export {outcomeCode} from './outcome.js';
export {applyChanges, suggestFor, MAX_TRIES, type SuggestOptions} from './suggest.js';
export {DIAGNOSIS_CODES, TRIED} from './types.js';
export type {Diagnosis, DiagnosisCode, DiagnosisContext, DiagnosisModule, Evidence, EvidenceValue, KnobChange, KnobDirection, KnobMove, Suggestion} from './types.js';
