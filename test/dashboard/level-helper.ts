/** Levels built in the tests: a bowl with chosen curvatures and knob ranges. */
import {parseLevel} from '../../source/levels/validate.js';
import type {Level} from '../../source/engine/types.js';

export type BowlOptions = {
	curvature?: [number, number];
	angle?: number;
	momentum?: {min: number; max: number; default: number};
	learningRate?: {min: number; max: number; default: number};
	terrain?: unknown[];
	budget?: number;
};

/** A valid level around a bowl centred at (0.5, −0.25), from JSON as a player would write it. */
export function bowlLevel(options: BowlOptions = {}): Level {
	const knobs: Record<string, unknown> = {learningRate: options.learningRate ?? {min: 0.001, max: 3, default: 0.1}};
	if (options.momentum) knobs['momentum'] = options.momentum;
	const json = {
		id: 'test-bowl',
		world: 1,
		order: 1,
		title: {es: 'Cuenco', en: 'Bowl'},
		briefing: {es: 'Prueba.', en: 'Test.'},
		terrain: options.terrain ?? [
			{type: 'bowl', center: [0.5, -0.25], curvature: options.curvature ?? [1, 4], ...(options.angle === undefined ? {} : {angle: options.angle})},
		],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3, 2],
		budget: options.budget ?? 100,
		tolerance: 0.001,
		visibility: 'map',
		knobs,
		stars: [300, 600, 850],
	};
	const result = parseLevel(JSON.stringify(json), 'test-bowl.json');
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.level;
}
