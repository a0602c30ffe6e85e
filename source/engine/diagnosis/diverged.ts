/** `diverged`: every bounce grows — the loss passed 10× its start, became non-finite, or swells steadily. */
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
		const at = facts.explodedAt ?? facts.trajectory.blewUpAt ?? facts.trajectory.steps;
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
		return {
			step: at,
			values: {step: at, ratio, curvature: lambda, product: eta * lambda, bound: product, limit, momentum: knobs.momentum, ...words.values},
			phrases: words.phrases,
			reasons: {
				evidence: `${Number.isFinite(ratio) ? 'ended' : 'infinite'}${lookAhead ? '.lookahead' : knobs.momentum > 0 ? '.momentum' : ''}`,
				why: 'bounce',
				advice: level.knobs.momentum ? 'lower-eta.momentum' : 'lower-eta',
			},
			candidates,
		};
	},
};
