/** `reached-global`: success — within the tolerance of the deepest floor at the end. */
import {change, unlocked} from './context.js';
import {outcomeCode} from './outcome.js';
import type {DiagnosisModule, KnobChange} from './types.js';

export const reachedGlobal: DiagnosisModule = {
	code: 'reached-global',
	applies: ({run, facts}) => outcomeCode(run, facts) === 'reached-global',
	explain({run, facts, knobs, level}) {
		const arrived = (facts.arrivedAt ?? facts.trajectory.steps) + facts.stepsBefore;
		const share = arrived / level.budget;
		const lucky = knobs.restarts > 1 && run.best > 0;
		// on the floor from the start, or there in one step: no run of this level can be faster
		const fastest = arrived <= 1;
		const can = unlocked(level.knobs);
		const why = lucky ? 'lucky' : arrived === 0 ? 'at-floor' : fastest ? 'one-step' : share <= 0.25 ? 'fast' : share >= 0.75 ? 'late' : 'steady';
		const advice = fastest ? 'keep' : lucky && can.restarts ? 'more-restarts' : `${share <= 0.25 ? 'sooner' : 'carefully'}${can.momentum ? '.momentum' : ''}`;
		const eta = knobs.learningRate;
		const candidates: KnobChange[][] = fastest ? [] : [change('learningRate', eta * 1.25), change('learningRate', eta * 1.5), change('learningRate', eta * 1.1)];
		if (!fastest && can.momentum) candidates.push(change('momentum', Math.min(0.9, knobs.momentum + 0.2)), change('momentum', knobs.momentum / 2));
		return {
			step: arrived,
			values: {
				arrived,
				budget: level.budget,
				tolerance: level.tolerance,
				loss: {value: facts.endGap + facts.minLoss, digits: 4},
				floor: {value: facts.minLoss, digits: 4},
				climber: run.best + 1,
				climbers: knobs.restarts,
				eta,
			},
			reasons: {evidence: 'arrived', why, advice},
			candidates,
		};
	},
};
