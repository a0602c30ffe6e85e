/** `too-slow`: the budget ran out while it was still going down steadily (or barely moving). */
import {bestMomentum, maxStableEta} from '../theory.js';
import {change, curvaturesAtEnd, ruleOf, spaceWords, unlocked} from './context.js';
import type {DiagnosisModule, KnobChange} from './types.js';

export const tooSlow: DiagnosisModule = {
	code: 'too-slow',
	applies: () => true,
	explain(context) {
		const {run, facts, knobs, level} = context;
		const {learningRate: eta, momentum: mu} = knobs;
		const n = facts.trajectory.steps;
		const can = unlocked(level.knobs);
		const rule = ruleOf(context);
		const steep = Math.max(Number.isFinite(facts.curvatureEnd) ? facts.curvatureEnd : 0, facts.curvatureStart);
		// the limit of the run's own rule (look-ahead and decay included)
		const limit = maxStableEta(steep, rule);
		const lastEta = facts.trajectory.eta[n]!;
		// progress under 1% of the way: it barely moved (a plateau, or η shrunk to nothing)
		const barely = facts.endGap > 0.99 * facts.startGap;
		// a schedule that shrank η to a sliver long before the end
		const scheduleStalled = knobs.schedule.kind !== 'constant' && lastEta < eta / 10;
		const range = level.knobs.learningRate;
		const words = spaceWords(context);
		const values: Record<string, number> = {
			...words.values,
			steps: n,
			startGap: facts.startGap,
			endGap: facts.endGap,
			tolerance: level.tolerance,
			slope: facts.trajectory.grad[n]!,
			lastEta,
			eta,
			limit,
		};
		const candidates: KnobChange[][] = [];
		let advice: string;
		const raise = Math.min(eta * 10, limit / 2, range.max);
		if (scheduleStalled) {
			advice = 'schedule-stalled';
			if (can.constant) candidates.push(change('schedule', 'constant'));
		} else if (eta < limit / 2 && raise <= eta) {
			// the level's range stops η here: only inertia can add speed, up to 1/(1 − μ) times
			const mom = Math.max(0.9, mu);
			const floor = run.critical.global[0];
			const distance = floor ? Math.hypot(floor.x - facts.trajectory.x[n]!, floor.y - facts.trajectory.y[n]!) : 0;
			const reach = ((eta * facts.trajectory.grad[n]!) / (1 - mom)) * level.budget;
			advice = can.momentum && mu < mom && reach >= 0.1 * distance ? 'eta-max.momentum' : 'eta-max';
			if (can.momentum && mu < mom) candidates.push(change('momentum', mom));
		} else if (eta < limit / 2) {
			// a limit far beyond the level's range (a nearly flat floor) is no guide: do not quote it
			advice = `raise-eta${can.momentum ? '.momentum' : ''}${limit > 100 * range.max ? '.far' : ''}`;
			values['raise'] = raise;
			candidates.push(change('learningRate', raise), change('learningRate', Math.min(eta * 3, limit / 2)), change('learningRate', eta * 1.5));
			if (can.momentum && mu < 0.9) candidates.push(change('momentum', Math.min(0.9, mu + 0.5)));
		} else {
			// η is already as large as the steepest direction allows: the gentle one needs inertia
			const [low, high] = curvaturesAtEnd(context);
			const best = bestMomentum(Math.max(low, high * 1e-6), high);
			Object.assign(values, {low, high, bestMomentum: best.momentum, bestEta: best.eta});
			if (can.momentum && mu < best.momentum) {
				advice = 'best-pair';
				candidates.push([
					{knob: 'learningRate', value: best.eta},
					{knob: 'momentum', value: best.momentum},
				]);
				candidates.push(change('momentum', best.momentum));
			} else {
				advice = can.annealing || can.warmRestarts ? 'at-limit.schedule' : 'at-limit';
				if (can.annealing || can.warmRestarts) {
					for (const kind of level.knobs.schedule!.allowed) if (kind !== 'constant' && kind !== knobs.schedule.kind) candidates.push(change('schedule', kind));
				}
			}

			candidates.push(change('learningRate', eta * 0.9), change('learningRate', eta * 1.1));
		}

		// decay pulls toward the origin: where the floor lies that way it is a leash home, else a brake
		if (can.decay) {
			if (knobs.decay > 0) candidates.push(change('decay', knobs.decay / 2), change('decay', knobs.decay * 2));
			else candidates.push(change('decay', 0.01), change('decay', 0.05), change('decay', 0.2));
		}
		// restarts split the budget: each climber had budget/K steps, and the best still ran out of them
		const climbers = run.climbers.length;
		const split = climbers > 1 && can.restarts;
		if (split) {
			Object.assign(values, {climbers, budget: level.budget});
			advice = 'fewer-restarts';
			candidates.unshift(change('restarts', 1), change('restarts', Math.max(1, Math.floor(climbers / 2))));
		}

		let why = split ? 'split' : eta < limit / 2 ? 'flat' : 'walls';
		if (why === 'walls' && context.space) {
			// with many parameters the walls and the floor are two of its n directions: the steepest met
			// (which sets the limit) and the flattest where it ended, and κ between them
			const [flattest] = curvaturesAtEnd(context);
			if (flattest > 0) {
				Object.assign(values, {steep, flattest, kappa: steep / flattest});
				why = 'walls.space';
			}
		}

		return {
			step: null,
			values,
			reasons: {evidence: `${barely ? 'barely' : 'still'}${n === 1 ? '.one' : ''}`, why, advice},
			phrases: words.phrases,
			candidates,
		};
	},
};
