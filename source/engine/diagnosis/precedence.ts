/** The diagnosis table (README, “Diagnoses”): its rows in order of precedence. The first that applies wins. */
import type {RunFacts} from '../analysis.js';
import type {Run} from '../types.js';
import {contextOf} from './context.js';
import {decayPulled} from './decay-pulled.js';
import {diverged} from './diverged.js';
import {leftMap} from './left-map.js';
import {localMinimum} from './local-minimum.js';
import {oscillating} from './oscillating.js';
import {reachedGlobal} from './reached-global.js';
import {saddle} from './saddle.js';
import {tooSlow} from './too-slow.js';
import type {DiagnosisCode, DiagnosisContext, DiagnosisModule} from './types.js';

export const PRECEDENCE: readonly DiagnosisModule[] = [diverged, leftMap, reachedGlobal, localMinimum, saddle, decayPulled, oscillating, tooSlow];

/** The first row of the table that applies to the run. */
export function rowFor(context: DiagnosisContext): DiagnosisModule {
	return PRECEDENCE.find((row) => row.applies(context)) ?? tooSlow;
}

/** Picks the diagnosis code from the facts. */
export function classify(run: Run, facts: RunFacts): DiagnosisCode {
	return rowFor(contextOf(run, facts)).code;
}
