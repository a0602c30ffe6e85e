/**
 * `oscillating`: the budget ran out while rocking: the steps keep reversing and the swing is not
 * dying — a zigzag across a valley (η·λ near 2), an under-damped heavy ball (μ above critical
 * damping) climbing the far wall again and again, or noise shaking it around the floor.
 */
import {batchNoise, batchOf} from '../simulate.js';
import {bestMomentum, criticalEta, criticalMomentum, stableProduct} from '../theory.js';
import {defaultSchedule, formatSchedule} from '../schedule.js';
import {change, curvaturesAtEnd, ruleOf, spaceWords, unlocked, valleyCurvature} from './context.js';
import type {DiagnosisContext, DiagnosisModule, KnobChange} from './types.js';

/** True when the trajectory rocks: it zigzags, or it swings up the far wall and back (with momentum). */
export function rocks({facts, knobs}: DiagnosisContext): boolean {
	const zigzag = (facts.flipShare >= 0.3 || facts.flips >= 3) && facts.amplitudeRatio >= 0.3;
	// an under-damped heavy ball turns only once every half period, but each turn climbs the loss
	const swings = knobs.momentum > 0 && facts.flips >= 1 && facts.climbs >= 2 && facts.swing >= 0.5;
	return zigzag || swings;
}

export const oscillating: DiagnosisModule = {
	code: 'oscillating',
	applies: rocks,
	explain(context) {
		const {facts, knobs, level} = context;
		const {learningRate: eta, momentum: mu, temperature} = knobs;
		const lambda = valleyCurvature(context);
		const can = unlocked(level.knobs);
		// a full batch (B = N) has no gradient noise: rocking there is η's doing, not heat; a model
		// level's minibatch of B < N real examples is noise of its own (the data's, not an added σ)
		const minibatch = batchOf(level, knobs);
		const batchNoisy = batchNoise(level, knobs) > 0 || minibatch !== null;
		const noisy = temperature > 0 || batchNoisy;
		const half = Math.max(1, facts.trajectory.steps - Math.floor(facts.trajectory.steps / 2));
		const candidates: KnobChange[][] = [];
		let advice: string;
		const lists: Record<string, string[]> = {};
		const words = spaceWords(context);
		const values: Record<string, number> = {flips: facts.flips, half, amplitude: facts.amplitudeRatio, gap: facts.endGap, momentum: mu, eta, curvature: lambda, ...words.values};
		// with many parameters the map cannot show the direction it zigzags along: name it, with η·λ against its limit
		const bound = stableProduct(ruleOf(context));
		const past = context.space !== undefined && eta * lambda >= bound;
		if (past) Object.assign(values, {product: eta * lambda, bound});
		const zigzag = past ? 'zigzag.space' : 'zigzag';
		const settle = can.warmRestarts ? 'warm-restarts' : can.cosine ? 'cosine' : can.annealing ? 'step' : null;
		if (minibatch !== null && level.model) Object.assign(values, {batch: minibatch, rows: level.model.rows});
		if (noisy) {
			advice = 'cool';
			lists['cool'] = [temperature > 0 && can.temperature ? 'temperature' : '', batchNoisy && can.batch ? 'batch' : '', settle ? 'schedule' : ''].filter(Boolean);
			if (temperature > 0 && can.temperature) candidates.push(change('temperature', temperature / 3), change('temperature', temperature / 10));
			if (batchNoisy && can.batch && knobs.batchSize !== null) candidates.push(change('batchSize', Math.min(level.knobs.batchSize!.max, knobs.batchSize * 4)));
			if (settle && knobs.schedule.kind === 'constant') candidates.push(change('schedule', formatSchedule(defaultSchedule(settle, level.budget, eta))));
			candidates.push(change('learningRate', eta / 2));
		} else if (can.momentum && mu > 0) {
			// under-damped: bring μ down toward critical damping for this η, or η toward it for this μ
			const target = criticalMomentum(eta, lambda);
			const range = level.knobs.momentum;
			const etaTarget = criticalEta(mu, lambda);
			values['target'] = target;
			values['etaTarget'] = etaTarget;
			advice = range && target < range.min ? 'critical-eta' : 'critical-momentum';
			if (can.nesterov && !knobs.nesterov) advice += '.lookahead';
			candidates.push(change('momentum', target), change('momentum', (mu + target) / 2), change('momentum', mu * 0.8));
			candidates.push(change('learningRate', etaTarget), change('learningRate', eta / 2));
			if (can.nesterov && !knobs.nesterov) candidates.push(change('nesterov', true));
		} else {
			const straight = 1 / lambda;
			values['straight'] = straight;
			const [low, high] = curvaturesAtEnd(context);
			if (can.momentum && low > 0 && high / low >= 10) {
				// a long ravine: a lower η stops the zigzag but crawls along the floor; Goh's best pair
				const best = bestMomentum(low, high);
				Object.assign(values, {low, high, bestMomentum: best.momentum, bestEta: best.eta});
				advice = 'ravine';
				candidates.push([
					{knob: 'learningRate', value: best.eta},
					{knob: 'momentum', value: best.momentum},
				]);
			} else {
				advice = settle ? 'lower-eta.schedule' : 'lower-eta';
				lists['schedule'] = settle ? [settle] : [];
			}

			if (settle && knobs.schedule.kind === 'constant') candidates.push(change('schedule', formatSchedule(defaultSchedule(settle, level.budget, eta))));
			candidates.push(change('learningRate', straight), change('learningRate', eta * 0.9), change('learningRate', eta / 2));
		}

		return {
			step: null,
			values,
			// the critical μ quoted is the heavy ball's: with look-ahead the why says so without a number
			reasons: {evidence: facts.amplitudeRatio >= 1 ? 'reversals.growing' : 'reversals', why: noisy ? (minibatch !== null && temperature === 0 ? 'noise.batch' : 'noise') : mu > 0 ? (knobs.nesterov ? 'under-damped.lookahead' : 'under-damped') : zigzag, advice},
			lists,
			phrases: words.phrases,
			candidates,
		};
	},
};
