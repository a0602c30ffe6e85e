/** Small levels for UI tests, validated through the real parser. */
import {parseLevel} from '../../../source/levels/validate.js';
import type {Level} from '../../../source/engine/types.js';
import {makeTheme} from '../../../source/ui/theme.js';
import type {ScreenEnv} from '../../../source/ui/env.js';

/** A level from a partial JSON description (defaults: a bowl at the origin, world 1 order 1). */
export function testLevel(overrides: Record<string, unknown> = {}): Level {
	const json = {
		id: 'w1-01-test',
		world: 1,
		order: 1,
		title: {es: 'Prueba', en: 'Test'},
		briefing: {es: 'Baja al fondo.', en: 'Go down to the floor.'},
		lesson: {es: 'Un paso = η × pendiente.', en: 'A step = η × slope.'},
		terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3, 2],
		budget: 40,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}},
		stars: [300, 600, 850],
		...overrides,
	};
	const result = parseLevel(JSON.stringify(json), 'test.json');
	if (!result.ok) throw new Error(`bad test level: ${result.error.message} at ${result.error.path}`);
	return result.level;
}

/** A screen environment without colour, in English, at 120×39. */
export function testEnv(overrides: Partial<ScreenEnv> = {}): ScreenEnv {
	return {lang: 'en', theme: makeTheme(0, false), width: 120, height: 39, view: 'relief', ...overrides};
}
