/** `local-minimum`: settled in a pit that is not the deepest. */
import {defaultSchedule, formatSchedule} from '../schedule.js';
import {change, point, unlocked} from './context.js';
import {stalledOnPass} from './saddle.js';
import type {DiagnosisModule, KnobChange} from './types.js';

export const localMinimum: DiagnosisModule = {
	code: 'local-minimum',
	applies(context) {
		const {facts, knobs} = context;
		const near = 0.01 * facts.size;
		const ahead = facts.lookahead;
		const restsAtCritical = ahead.rests && ahead.newtonDistance <= near;
		return (
			!stalledOnPass(context) &&
			ahead.rests &&
			!ahead.reachesGlobal &&
			ahead.basin !== null &&
			!ahead.basin.global &&
			(restsAtCritical || knobs.decay > 0)
		);
	},
	explain({run, facts, knobs, level}) {
		const pit = facts.lookahead.basin!;
		const floor = run.critical.global[0];
		const can = unlocked(level.knobs);
		const options = [
			can.momentum ? 'momentum' : '',
			can.temperature ? 'temperature' : '',
			can.warmRestarts && knobs.schedule.kind !== 'warm-restarts' ? 'warm-restarts' : can.annealing && knobs.schedule.kind === 'constant' ? 'schedule' : '',
			can.batch ? 'batch' : '',
			can.restarts ? 'restarts' : '',
		].filter(Boolean);
		const eta = knobs.learningRate;
		const candidates: KnobChange[][] = [];
		if (can.momentum) for (const mu of [0.9, 0.95, 0.99]) if (mu > knobs.momentum) candidates.push(change('momentum', mu));
		if (can.temperature) candidates.push(change('temperature', Math.max(0.01, knobs.temperature * 3)), change('temperature', 0.1));
		if (can.warmRestarts) {
			// a restart only lifts the climber out of the pit if its big η is big enough
			const restart = formatSchedule(defaultSchedule('warm-restarts', level.budget, eta));
			if (knobs.schedule.kind !== 'warm-restarts') candidates.push(change('schedule', restart));
			for (const factor of [4, 10, 30]) candidates.push([{knob: 'learningRate', value: eta * factor}, {knob: 'schedule', value: 'warm-restarts'}]);
		}

		if (can.batch && knobs.batchSize !== null) {
			// a hotter system: smaller batches, down to the few examples that shake it most
			for (const batch of [knobs.batchSize / 4, knobs.batchSize / 16, 10, 3, 1]) if (batch < knobs.batchSize) candidates.push(change('batchSize', Math.max(1, batch)));
		}
		if (can.restarts) candidates.push(change('restarts', knobs.restarts * 2), change('restarts', level.knobs.restarts!.max));
		candidates.push(change('learningRate', eta * 2), change('learningRate', eta * 4));
		return {
			step: null,
			values: {pit: point(pit.x, pit.y), loss: pit.loss, floor: floor ? point(floor.x, floor.y) : {x: Number.NaN, y: Number.NaN}, depth: pit.loss - facts.minLoss},
			reasons: {evidence: 'pit', why: 'flat-pit', advice: options.length > 0 ? 'options' : 'larger-eta'},
			lists: {options},
			candidates,
		};
	},
};
