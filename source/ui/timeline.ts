/**
 * A run's climbers played one after another as one timeline (restarts share the budget): global
 * step g maps to climber k and its local index.
 */
import type {Run, Trajectory} from '../engine/types.js';

/** Total steps over all climbers. */
export function timelineLength(run: Run): number {
	return run.climbers.reduce((sum, climber) => sum + climber.steps, 0);
}

/** The climber and its local index at global step `g` (clamped to the run). */
export function locate(run: Run, g: number): {k: number; climber: Trajectory; index: number; before: number} {
	let left = Math.max(0, Math.floor(g));
	let before = 0;
	for (let k = 0; k < run.climbers.length; k++) {
		const climber = run.climbers[k]!;
		if (left <= climber.steps || k === run.climbers.length - 1) {
			return {k, climber, index: Math.min(left, climber.steps), before};
		}

		left -= climber.steps;
		before += climber.steps;
	}

	throw new Error('a run has at least one climber');
}

/** The displacement into index i of a climber (its direction of motion), zero at the start. */
export function motionAt(climber: Trajectory, index: number): {dx: number; dy: number} {
	if (index <= 0) return {dx: 0, dy: 0};
	const dx = climber.x[index]! - climber.x[index - 1]!;
	const dy = climber.y[index]! - climber.y[index - 1]!;
	return Number.isFinite(dx) && Number.isFinite(dy) ? {dx, dy} : {dx: 0, dy: 0};
}
