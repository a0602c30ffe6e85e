/** Builds real Level objects in code for the engine's tests (a thin layer over test/helpers/levels.ts). */
import type {Level, Term} from '../../source/engine/types.js';
import {knobs, levelFile, parseOrThrow, type LevelFields} from '../helpers/levels.js';

export {knobs};

/** The JSON object of a level file, loosely typed so tests can add or break any field. */
export type LevelObject = LevelFields;

/** A valid level object around `terrain` (x, y ∈ [−4, 4], 200 steps, η μ λ unlocked); `extra` overrides any field. */
export function levelObject(terrain: Term[], extra: LevelObject = {}): LevelObject {
	return levelFile({
		id: 'test-level',
		world: 9,
		briefing: {es: 'Un nivel de prueba.', en: 'A test level.'},
		terrain,
		bounds: {x: [-4, 4], y: [-4, 4]},
		budget: 200,
		knobs: {
			learningRate: {min: 1e-6, max: 100, default: 0.1},
			momentum: {min: 0, max: 0.999, default: 0},
			decay: {min: 0, max: 0.9, default: 0},
		},
		stars: [300, 600, 900],
		...extra,
	});
}

/** Parses a level object; throws (in a test, a failure) when it does not validate. */
export function buildLevel(terrain: Term[], extra: LevelObject = {}): Level {
	return parseOrThrow(levelObject(terrain, extra), 'x');
}
