/** `saddle`: stalled on a pass (or a summit): the Hessian has a negative eigenvalue there. */
import type {CriticalPoint} from '../types.js';
import {change, point, unlocked} from './context.js';
import type {DiagnosisContext, DiagnosisModule, KnobChange} from './types.js';

/** Ended at a pass or a summit: both balance a climber (README, “Diagnoses”). */
export function stalledOnPass({facts}: DiagnosisContext): boolean {
	const kind = facts.nearest?.kind;
	return facts.newtonDistance <= 0.01 * facts.size && (kind === 'saddle' || kind === 'maximum');
}

/**
 * How far the climber is off the ridge line that leads into a pass (or off the top of a summit),
 * along the pass's downhill direction: exactly 0 means nothing will ever tip it off.
 */
function offRidge(context: DiagnosisContext, pass: CriticalPoint): number {
	const measured = context.offRidgeAt?.(pass);
	if (measured !== undefined && measured !== null) return measured;
	const t = context.facts.trajectory;
	const n = t.steps;
	const dx = t.x[n]! - pass.x;
	const dy = t.y[n]! - pass.y;
	const direction = context.downhillAt(pass.x, pass.y);
	// isotropic (a summit like a dome): every direction is downhill
	if (!direction) return Math.hypot(dx, dy) + Math.hypot(t.velocity[0], t.velocity[1]);
	const [ex, ey] = direction;
	return Math.abs(dx * ex + dy * ey) + Math.abs(t.velocity[0] * ex + t.velocity[1] * ey);
}

export const saddle: DiagnosisModule = {
	code: 'saddle',
	applies: stalledOnPass,
	explain(context) {
		const {facts, knobs, level} = context;
		const pass = facts.nearest!;
		const summit = pass.kind === 'maximum';
		const can = unlocked(level.knobs);
		const n = facts.trajectory.steps;
		const balanced = offRidge(context, pass) <= 1e-12 * facts.size;
		const noise = can.temperature || can.batch;
		const noiseOptions = [can.temperature ? 'temperature' : '', can.batch ? 'batch' : ''].filter(Boolean);
		const advice = balanced
			? noise
				? 'balanced.noise'
				: can.restarts
					? 'balanced.restarts'
					: 'balanced'
			: can.momentum
				? 'momentum'
				: noise
					? 'noise'
					: 'larger-eta';
		const candidates: KnobChange[][] = [];
		if (can.momentum) candidates.push(change('momentum', Math.max(0.9, knobs.momentum)));
		if (can.temperature) candidates.push(change('temperature', Math.max(0.01, knobs.temperature * 3)));
		if (can.batch && knobs.batchSize !== null) candidates.push(change('batchSize', Math.max(1, Math.round(knobs.batchSize / 4))));
		if (can.restarts) candidates.push(change('restarts', Math.max(2, knobs.restarts * 2)));
		candidates.push(change('learningRate', knobs.learningRate * 2));
		// with many parameters: how many of the pass's directions go down (in high dimension most critical points are such passes)
		const spectrum = context.space?.atPoint(pass) ?? null;
		const space: Record<string, number> = spectrum && !summit ? {parameters: spectrum.n, downward: spectrum.downward} : {};
		const evidence = summit ? 'summit' : spectrum ? (spectrum.downward === 1 ? 'pass.space.one' : 'pass.space') : 'pass';
		return {
			step: null,
			values: {
				here: point(facts.trajectory.x[n]!, facts.trajectory.y[n]!),
				pass: point(pass.x, pass.y),
				down: spectrum ? spectrum.low : pass.curvature[0],
				up: spectrum ? spectrum.high : pass.curvature[1],
				slope: facts.trajectory.grad[n]!,
				...space,
			},
			reasons: {evidence, why: summit ? 'summit' : 'pass', advice},
			lists: {noise: noiseOptions},
			candidates,
		};
	},
};
