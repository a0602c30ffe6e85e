/** Small levels for UI tests (a thin layer over test/helpers/levels.ts) and a screen environment. */
import type {Level} from '../../../source/engine/types.js';
import {makeTheme} from '../../../source/ui/theme.js';
import type {ScreenEnv} from '../../../source/ui/env.js';
import {makeLevel} from '../../helpers/levels.js';

/** A level from a partial JSON description (defaults: a bowl at the origin, world 1 order 1, with a lesson). */
export function testLevel(overrides: Record<string, unknown> = {}): Level {
	return makeLevel({lesson: {es: 'Un paso = η × pendiente.', en: 'A step = η × slope.'}, ...overrides});
}

/** A screen environment without colour, in English, at 120×39. */
export function testEnv(overrides: Partial<ScreenEnv> = {}): ScreenEnv {
	return {lang: 'en', theme: makeTheme(0, false), width: 120, height: 39, view: 'relief', ...overrides};
}
