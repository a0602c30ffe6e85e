/** Levels built in the dashboard's tests: a bowl with chosen curvatures and knob ranges (over test/helpers/levels.ts). */
import type {Level} from '../../source/engine/types.js';
import {makeLevel} from '../helpers/levels.js';

export type BowlOptions = {
	curvature?: [number, number];
	angle?: number;
	momentum?: {min: number; max: number; default: number};
	learningRate?: {min: number; max: number; default: number};
	terrain?: unknown[];
	budget?: number;
};

/** A valid level around a bowl centred at (0.5, −0.25). */
export function bowlLevel(options: BowlOptions = {}): Level {
	const knobs: Record<string, unknown> = {learningRate: options.learningRate ?? {min: 0.001, max: 3, default: 0.1}};
	if (options.momentum) knobs['momentum'] = options.momentum;
	return makeLevel({
		id: 'test-bowl',
		title: {es: 'Cuenco', en: 'Bowl'},
		briefing: {es: 'Prueba.', en: 'Test.'},
		terrain: options.terrain ?? [
			{type: 'bowl', center: [0.5, -0.25], curvature: options.curvature ?? [1, 4], ...(options.angle === undefined ? {} : {angle: options.angle})},
		],
		budget: options.budget ?? 100,
		knobs,
	});
}
