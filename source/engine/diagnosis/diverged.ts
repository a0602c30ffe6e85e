/**
 * `diverged`: every bounce grows — the loss passed 10× its start, became non-finite, or ended
 * swelling (or above its start) and its own noise-free continuation keeps growing.
 */
import {maxStableEta, stableProduct} from '../theory.js';
import {change, curvatureMet, ruleOf, spaceWords} from './context.js';
import {outcomeCode} from './outcome.js';
import type {DiagnosisModule} from './types.js';

export const diverged: DiagnosisModule = {
	code: 'diverged',
	applies: ({run, facts}) => outcomeCode(run, facts) === 'diverged',
	explain(context) {
		const {facts, knobs, level} = context;
		const rule = ruleOf(context);
		const lookAhead = knobs.nesterov && knobs.momentum > 0;
		// what the run did: blew up, passed 10× its start (or its steps grew geometrically to above
		// it), or ended below that and was judged by its own noise-free continuation (`carried`),
		// whose evidence is the end of the run (a rise past 10× mid-run that fell back is not it)
		const carried = !facts.blewUp && !(facts.endGap > 10 * facts.startGap) && !(facts.growing && facts.endGap > facts.startGap) ? facts.carried : null;
		const at = carried ? facts.trajectory.steps : (facts.explodedAt ?? facts.trajectory.blewUpAt ?? facts.trajectory.steps);
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
		const kind = !Number.isFinite(ratio) ? 'infinite' : carried ? (carried.passedAt === null ? 'swelling' : 'carried') : 'ended';
		const more = carried ? {more: {value: carried.steps, digits: 4}, ...(carried.passedAt !== null && {beyond: {value: carried.passedAt, digits: 4}})} : {};
		return {
			step: at,
			values: {step: at, ratio, curvature: lambda, product: eta * lambda, bound: product, limit, momentum: knobs.momentum, ...more, ...words.values},
			phrases: words.phrases,
			reasons: {
				evidence: `${kind}${lookAhead ? '.lookahead' : knobs.momentum > 0 ? '.momentum' : ''}`,
				why: 'bounce',
				advice: level.knobs.momentum ? 'lower-eta.momentum' : 'lower-eta',
			},
			candidates,
		};
	},
};
