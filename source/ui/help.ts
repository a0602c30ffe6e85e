/**
 * What the `?` overlay says: the step rule of a level with only the knobs it unlocks, and the
 * map's marks. Pure: the overlay component only lays these lines out.
 */
import type {Level} from '../engine/types.js';
import {MARKS} from './map/render.js';

/** The lines of the step rule, in the engine's order, for the knobs `level` unlocks (the bare rule without a level). */
export function stepRule(level: Level | undefined): string[] {
	const knobs = level?.knobs;
	const lines: string[] = [];
	// look-ahead is a switch: both forms, the one it selects shown with its condition
	if (knobs?.nesterov) lines.push('g = ∇f(θ)         (Nesterov = 0)', 'g = ∇f(θ − μ·v)   (Nesterov = 1)');
	else lines.push('g = ∇f(θ)');
	if (knobs?.batchSize) lines.push('g += σ·√(1/B − 1/N)·ξ');
	if (knobs?.schedule) lines.push('η = schedule(t)');
	if (knobs?.momentum) lines.push('v = μ·v + η·g', 'θ = θ − v');
	else lines.push('θ = θ − η·g');
	if (knobs?.temperature) lines.push('θ += √(2·η·T)·ξ');
	if (knobs?.decay) lines.push('θ = θ·(1 − λ)');
	return lines;
}

/** The map's marks as [glyph, catalogue key] pairs. */
export function legendMarks(ascii: boolean): Array<[string, string]> {
	const m = ascii ? MARKS.ascii : MARKS.unicode;
	return [
		[m.climber, 'helpMarkClimber'],
		[m.start, 'helpMarkStart'],
		[m.trail, 'helpMarkTrail'],
		[m.ghost, 'helpMarkGhost'],
		[ascii ? '>' : '→', 'helpMarkArrow'],
		[m.global, 'helpMarkGlobal'],
		[m.minimum, 'helpMarkMinimum'],
		[m.saddle, 'helpMarkSaddle'],
	];
}
