/** `decay-pulled`: at rest where decay's pull toward the origin balances the slope, off the floor. */
import {change, point} from './context.js';
import type {DiagnosisModule} from './types.js';

export const decayPulled: DiagnosisModule = {
	code: 'decay-pulled',
	applies: ({knobs, facts}) => knobs.decay > 0 && facts.lookahead.rests && !facts.lookahead.reachesGlobal,
	explain({run, facts, knobs}) {
		const ahead = facts.lookahead;
		const floor = run.critical.global[0];
		const lambda = knobs.decay;
		return {
			step: null,
			values: {
				decay: lambda,
				rest: point(ahead.x, ahead.y),
				short: floor ? Math.hypot(ahead.x - floor.x, ahead.y - floor.y) : Number.NaN,
				floor: floor ? point(floor.x, floor.y) : {x: Number.NaN, y: Number.NaN},
				gap: ahead.gap,
			},
			reasons: {evidence: 'rest', why: 'spring', advice: 'less-decay'},
			// a level that teaches "just enough" decay is hurt by none at all: the smaller cuts come first
			candidates: [change('decay', lambda / 2), change('decay', lambda / 4), change('decay', lambda / 10), change('decay', 0)],
		};
	},
};
