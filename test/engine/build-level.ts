/** Builds real Level objects in code, through the same parser the level files go through. */
import {parseLevel} from '../../source/levels/validate.js';
import {NEUTRAL_KNOBS} from '../../source/engine/simulate.js';
import type {Knobs, Level, Term} from '../../source/engine/types.js';

/** The JSON object of a level file, loosely typed so tests can add or break any field. */
export type LevelObject = Record<string, unknown>;

/** A valid level object around `terrain`; `extra` overrides any field. */
export function levelObject(terrain: Term[], extra: LevelObject = {}): LevelObject {
	return {
		id: 'test-level',
		world: 9,
		order: 1,
		title: {es: 'Prueba', en: 'Test'},
		briefing: {es: 'Un nivel de prueba.', en: 'A test level.'},
		terrain,
		bounds: {x: [-4, 4], y: [-4, 4]},
		start: [3, 2],
		budget: 200,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {
			learningRate: {min: 1e-6, max: 100, default: 0.1},
			momentum: {min: 0, max: 0.999, default: 0},
			decay: {min: 0, max: 0.9, default: 0},
		},
		stars: [300, 600, 900],
		...extra,
	};
}

/** Parses a level object; throws (in a test, a failure) when it does not validate. */
export function buildLevel(terrain: Term[], extra: LevelObject = {}): Level {
	const result = parseLevel(JSON.stringify(levelObject(terrain, extra)), 'x');
	if (!result.ok) throw new Error(`test level does not validate: ${result.error.code} ${result.error.path} ${result.error.message}`);
	return result.level;
}

/** Knobs with everything neutral except what is given. */
export function knobs(given: Partial<Knobs>): Knobs {
	return {...NEUTRAL_KNOBS, ...given};
}
