/** Small levels for UI tests (a thin layer over test/helpers/levels.ts) and a screen environment. */
import type {Level} from '../../../source/engine/types.js';
import {makeTheme} from '../../../source/ui/theme.js';
import type {ScreenEnv} from '../../../source/ui/env.js';
import {makeLevel} from '../../helpers/levels.js';

/** A level from a partial JSON description (defaults: a bowl at the origin, world 1 order 1, with a lesson). */
export function testLevel(overrides: Record<string, unknown> = {}): Level {
	return makeLevel({lesson: {es: 'Un paso = η × pendiente.', en: 'A step = η × slope.'}, ...overrides});
}

/** Two wells of different depth in a shallow bowl, started off to one side: the map tests' terrain. */
export function twoWellsLevel(): Level {
	return testLevel({
		id: 'two-wells',
		terrain: [
			{type: 'bowl', center: [0, 0], curvature: [0.2, 0.2]},
			{type: 'well', center: [-2, 0], depth: 3, width: 0.6},
			{type: 'well', center: [2, 0.5], depth: 1.5, width: 0.6},
		],
		start: [3, 2],
	});
}

/** A screen environment without colour, in English, at 120×39. */
export function testEnv(overrides: Partial<ScreenEnv> = {}): ScreenEnv {
	return {lang: 'en', theme: makeTheme(0, false), width: 120, height: 39, view: 'relief', ...overrides};
}
