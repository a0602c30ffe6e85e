/**
 * A run on a model terrain with n > 2 parameters: the same restarts and choice of the climber
 * that counts as the 2-D simulation, then the run's own plane (the climber's two main directions
 * of travel, centred on the global minimum) for the map and the x, y of every state.
 */
import {criticalPoints} from '../critical.js';
import {Prng} from '../math.js';
import {RunCutoff} from '../tail.js';
import type {Knobs, Level, Run, Trajectory} from '../types.js';
import {climbModel, type ModelClimb} from './climb.js';
import {levelPlane, limitOf, modelOf, onPlane, onSlice} from './critical.js';
import {pathPlane, project, type Slice} from './space.js';

export function simulateModel(level: Level, knobs: Knobs, seed: number, tailOnly: boolean, beat: number | null = null): Run {
	const model = modelOf(level);
	const rng = new Prng(seed);
	const restarts = Math.max(1, Math.min(level.budget, Math.floor(knobs.restarts)));
	const init = model.data.init;
	const scale = 'scale' in init ? Math.max(init.scale, 0.1) : 0.5;
	const starts = [model.initial()];
	for (let k = 1; k < restarts; k++) starts.push(model.draw(rng, scale));
	const stepsEach = Math.max(1, Math.floor(level.budget / restarts));
	const critical = criticalPoints(level);
	const batch = knobs.batchSize !== null && knobs.batchSize < model.data.rows ? Math.max(1, Math.floor(knobs.batchSize)) : null;
	const cutoff = tailOnly ? new RunCutoff(critical.global[0]?.loss ?? critical.minLoss, level.tolerance, level.budget, beat) : undefined;
	const context: ModelClimb = {model, knobs, limit: limitOf(level), rng, batch, noisy: true, plane: levelPlane(level), tailOnly: cutoff?.rule(0, starts.length)};
	const climbers: Trajectory[] = [];
	for (const [k, start] of starts.entries()) {
		context.tailOnly = cutoff?.rule(k, starts.length);
		const climber = climbModel(context, start, stepsEach);
		climbers.push(climber);
		if (cutoff && !cutoff.after(climber)) break;
	}

	let best = 0;
	for (let k = 1; k < climbers.length; k++) if (better(climbers[k]!, climbers[best]!)) best = k;
	if (tailOnly) return {level, knobs, seed, climbers, best, stepsEach, critical};

	const chosen = climbers[best]!;
	const centre = critical.global[0]?.theta ?? model.initial();
	const slice = pathPlane(chosen.theta!, chosen.steps + 1, model.n, centre);
	for (const [k, climber] of climbers.entries()) reproject(climber, slice, model.n, starts[k]!);
	const sliced = onSlice(level, slice, windowOf(climbers, limitOf(level)));
	return {level: sliced, knobs, seed, climbers, best, stepsEach, critical: onPlane(critical, slice), slice};
}

/** x, y of every state (and the start) on the run's plane. */
function reproject(climber: Trajectory, slice: Slice, n: number, start: Float64Array): void {
	for (let t = 0; t < climber.x.length; t++) {
		const [x, y] = project(slice, climber.theta!, t * n);
		climber.x[t] = x;
		climber.y[t] = y;
	}

	climber.start = project(slice, start);
	const v = climber.velocityN!;
	let vx = 0;
	let vy = 0;
	for (let i = 0; i < n; i++) {
		vx += v[i]! * slice.u[i]!;
		vy += v[i]! * slice.v[i]!;
	}

	climber.velocity = [vx, vy];
}

/** A window around the minimum (0, 0) holding every finite state of the climbers, with a margin. */
function windowOf(climbers: Trajectory[], limit: number): Level['bounds'] {
	let reach = 1e-3;
	let reachY = 1e-3;
	for (const climber of climbers) {
		for (let t = 0; t < climber.x.length; t++) {
			const x = Math.abs(climber.x[t]!);
			const y = Math.abs(climber.y[t]!);
			if (x < 4 * limit && y < 4 * limit) {
				reach = Math.max(reach, x);
				reachY = Math.max(reachY, y);
			}
		}
	}

	const wx = 1.15 * reach;
	const wy = Math.max(1.15 * reachY, 0.3 * wx);
	return {x: [-wx, wx], y: [-wy, wy]};
}

function finalLoss(t: Trajectory): number {
	const loss = t.loss[t.steps - t.first]!;
	return t.blewUpAt === null && Number.isFinite(loss) ? loss : Infinity;
}

function better(a: Trajectory, b: Trajectory): boolean {
	const rank = (t: Trajectory) => (t.blewUpAt === null ? 0 : 2) + (t.leftAt === null ? 0 : 1);
	return rank(a) < rank(b) || (rank(a) === rank(b) && finalLoss(a) < finalLoss(b));
}
