/**
 * The one level builder for tests: a valid level file as a plain object, any field replaced,
 * parsed through the same parser the level files go through (so a test level is a real one).
 *
 * ```ts
 * const level = makeLevel({terrain: [{type: 'well', center: [1, 0], depth: 2, width: 1}], budget: 80});
 * const json = levelFile({start: [9, 9]});   // to write to disk, or to break on purpose
 * ```
 */
import {parseLevel} from '../../source/levels/validate.js';
import {NEUTRAL_KNOBS} from '../../source/engine/simulate.js';
import type {Knobs, Level} from '../../source/engine/types.js';

/** The JSON object of a level file, loosely typed so tests can add or break any field. */
export type LevelFields = Record<string, unknown>;

/**
 * A valid level file: a round bowl at the origin on x ∈ [−4, 4], y ∈ [−3, 3], start (3, 2),
 * 40 steps, the learning rate unlocked (0.001–3, default 0.05). `fields` replace any of it.
 */
export function levelFile(fields: LevelFields = {}): LevelFields {
	return {
		id: 'w1-01-test',
		world: 1,
		order: 1,
		title: {es: 'Prueba', en: 'Test'},
		briefing: {es: 'Baja al fondo.', en: 'Go down to the floor.'},
		terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3, 2],
		budget: 40,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}},
		stars: [300, 600, 850],
		...fields,
	};
}

/** Parses a level object like a level file; throws (in a test, a failure) when it does not validate. */
export function parseOrThrow(json: unknown, file = 'test-level.json'): Level {
	const result = parseLevel(JSON.stringify(json), file);
	if (!result.ok) throw new Error(`test level does not validate: ${result.error.code} at ${result.error.path}: ${result.error.message}`);
	return result.level;
}

/** A parsed, validated level from {@link levelFile}`(fields)`. */
export function makeLevel(fields: LevelFields = {}): Level {
	return parseOrThrow(levelFile(fields));
}

/** Knobs with everything neutral except what is given. */
export function knobs(given: Partial<Knobs>): Knobs {
	return {...NEUTRAL_KNOBS, ...given};
}
