/** The ghost: the player's best earlier run on a level, drawn faintly under the new one. */
import {resolveKnobs, simulate} from '../engine/index.js';
import type {Level} from '../engine/types.js';
import type {Progress} from '../store/index.js';
import type {MapTrail} from './map/render.js';

/** The best earlier run on a level, re-simulated from its knobs and seed, as a ghost trail. */
export function ghostOf(level: Level, progress: Progress): MapTrail | undefined {
	const record = Object.hasOwn(progress.levels, level.id) ? progress.levels[level.id] : undefined;
	if (!record?.bestKnobs || record.bestSeed === undefined) return undefined;
	const knobs = resolveKnobs(level, record.bestKnobs);
	if (!knobs.ok) return undefined;
	const run = simulate(level, knobs.value, record.bestSeed);
	const best = run.climbers[run.best]!;
	return {x: best.x, y: best.y, upTo: best.steps};
}
