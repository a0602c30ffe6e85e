/** `left-map`: the climber left the bounds without diverging. */
import {change, point, unlocked} from './context.js';
import {outcomeCode} from './outcome.js';
import type {DiagnosisModule, KnobChange} from './types.js';

export const leftMap: DiagnosisModule = {
	code: 'left-map',
	applies: ({run, facts}) => outcomeCode(run, facts) === 'left-map',
	explain({facts, knobs, level}) {
		const t = facts.leftAt ?? 0;
		const can = unlocked(level.knobs);
		const mu = knobs.momentum;
		const options = ['lower-eta', can.momentum && mu > 0 ? 'lower-momentum' : '', can.decay ? 'more-decay' : ''].filter(Boolean);
		const candidates: KnobChange[][] = [change('learningRate', knobs.learningRate / 2)];
		if (can.momentum && mu > 0) candidates.push(change('momentum', mu / 2));
		if (can.decay) candidates.push(change('decay', Math.max(knobs.decay * 2, 0.01)));
		candidates.push(change('learningRate', knobs.learningRate / 4));
		return {
			step: t,
			values: {step: t, where: point(facts.trajectory.x[t]!, facts.trajectory.y[t]!), speed: facts.trajectory.speed[t]!},
			reasons: {evidence: 'left', why: mu > 0 ? 'inertia' : 'long-steps', advice: 'options'},
			lists: {options},
			candidates,
		};
	},
};
