/**
 * `diverged`: every bounce grows — the loss's height above the floor passed 10× the start's,
 * became non-finite, or ended swelling (or above its start) and its own noise-free continuation
 * keeps growing.
 */
import type {RunFacts} from '../analysis.js';
import {maxStableEta, stableProduct} from '../theory.js';
import {change, curvatureMet, ruleOf, spaceWords} from './context.js';
import {outcomeCode} from './outcome.js';
import type {DiagnosisModule} from './types.js';

/**
 * The step from which the run's gap to the floor stayed above 10× the start's until its end (a
 * non-finite loss counts as above); null when its end is not above.
 */
export function aboveTenFrom(facts: Pick<RunFacts, 'trajectory' | 'minLoss' | 'startGap'>): number | null {
	const t = facts.trajectory;
	let from: number | null = null;
	for (let i = t.steps; i >= t.first; i--) {
		if (t.loss[i - t.first]! - facts.minLoss <= 10 * facts.startGap) break;
		from = i;
	}

	return from;
}

export const diverged: DiagnosisModule = {
	code: 'diverged',
	applies: ({run, facts}) => outcomeCode(run, facts) === 'diverged',
	explain(context) {
		const {facts, knobs, level} = context;
		const rule = ruleOf(context);
		const lookAhead = knobs.nesterov && knobs.momentum > 0;
		// what the run did, and the step its evidence is about (the step quoted is what the sentence says it is):
		// - blew up (`infinite`) or ended above 10× its start (`ended`): the step from which its gap stayed
		//   above 10× the start's to the end (a rise past 10× that fell back, such as a heavy ball's first
		//   overshoot, is not where it ran away);
		// - ended at or below 10× (growing or swelling at its end): judged by its own noise-free
		//   continuation (`carried`, `swelling`), whose evidence is the end of the run; `growing` when
		//   only its last steps' geometric growth says so.
		const end = facts.trajectory.steps;
		const runaway = facts.blewUp || facts.endGap > 10 * facts.startGap;
		const carried = runaway ? null : facts.carried;
		const at = runaway ? (aboveTenFrom(facts) ?? facts.trajectory.blewUpAt ?? end) : end;
		// the steepest curvature met on the way (on a bowl, the start's; on a banana it grows)
		const lambda = curvatureMet(context, at);
		const product = stableProduct(rule);
		const limit = maxStableEta(lambda, rule);
		// a climber that flew off past the overflow guard ended "at infinity", whatever its last loss
		const ratio = facts.blewUp ? Infinity : facts.endGap / facts.startGap;
		const eta = knobs.learningRate;
		const candidates = [0.9, 0.5, 0.25].map((share) => change('learningRate', Math.min(eta / 2, share * limit)));
		candidates.push(change('learningRate', eta / 10));
		if (level.knobs.momentum && knobs.momentum > 0) candidates.push(change('momentum', knobs.momentum / 2));
		const words = spaceWords(context);
		const kind = !Number.isFinite(ratio) ? 'infinite' : runaway ? 'ended' : carried ? (carried.passedAt === null ? 'swelling' : 'carried') : 'growing';
		// with decay the limit moves (theory.ts stableProduct): the card gives its number, not a formula that leaves decay out
		const decayed = knobs.decay > 0;
		const variant = decayed ? '' : lookAhead ? '.lookahead' : knobs.momentum > 0 ? '.momentum' : '';
		const friction = decayed ? `limit-decay${lookAhead ? '.lookahead' : knobs.momentum > 0 ? '.momentum' : ''}` : null;
		const more = carried ? {more: {value: carried.steps, digits: 4}, ...(carried.passedAt !== null && {beyond: {value: carried.passedAt, digits: 4}})} : {};
		return {
			step: at,
			values: {step: at, ratio, curvature: lambda, product: eta * lambda, bound: product, limit, momentum: knobs.momentum, decay: knobs.decay, ...more, ...words.values},
			phrases: {...words.phrases, friction},
			reasons: {
				evidence: `${kind}${variant}`,
				why: 'bounce',
				advice: level.knobs.momentum ? 'lower-eta.momentum' : 'lower-eta',
			},
			candidates,
		};
	},
};
