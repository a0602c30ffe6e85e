/**
 * The tutorial's own terrains, built in code (they are not part of the campaign list) and
 * validated through the same parser as any level file.
 */
import type {Level, Text} from '../engine/types.js';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {CAMPAIGN_DIR} from '../levels/load.js';
import {parseLevel} from '../levels/validate.js';

/** Ids of the tutorial's terrains. */
export type TutorialLevelId =
	| 'bowl'
	| 'steep-bowl'
	| 'ravine'
	| 'spring'
	| 'offset-bowl'
	| 'ripples'
	| 'two-valleys'
	| 'saddle'
	| 'four-floors'
	| 'batch'
	| 'dance';

/** Campaign levels a lesson borrows (a real model on real data), by tutorial id: the file under levels/. */
const BORROWED: Partial<Record<TutorialLevelId, string>> = {
	dance: 'world-7/w7-03-many-climbers.json',
};

const none: Text = {es: 'Tutorial', en: 'Tutorial'};

type Shape = Omit<Level, 'hash' | 'id' | 'world' | 'order' | 'title' | 'briefing'>;

const SHAPES: Record<Exclude<TutorialLevelId, 'dance'>, Shape> = {
	bowl: {
		terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3, 2],
		budget: 80,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 5, default: 0.1}},
		stars: [300, 600, 850],
	},
	'steep-bowl': {
		terrain: [{type: 'bowl', center: [0, 0], curvature: [4, 4]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		// close enough to the floor that an explosion swings a few times across the map before it leaves
		start: [1.2, 0.8],
		budget: 60,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 5, default: 0.01}},
		stars: [300, 600, 850],
	},
	ravine: {
		terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 50], angle: 0}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [-3.5, 1],
		budget: 150,
		tolerance: 0.001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 1, default: 0.03}, momentum: {min: 0, max: 0.99, default: 0}},
		stars: [300, 600, 850],
	},
	spring: {
		terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3, 0],
		budget: 60,
		tolerance: 0.0001,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 1, default: 0.25}, momentum: {min: 0, max: 0.99, default: 0}},
		stars: [300, 600, 850],
	},
	'offset-bowl': {
		terrain: [{type: 'bowl', center: [2, 1], curvature: [1, 1]}],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [-3, -2],
		budget: 200,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {
			learningRate: {min: 0.0001, max: 1, default: 0.2},
			momentum: {min: 0, max: 0.99, default: 0},
			decay: {min: 0, max: 0.5, default: 0},
		},
		stars: [300, 600, 850],
	},
	ripples: {
		terrain: [
			{type: 'bowl', center: [0, 0], curvature: [0.5, 0.5]},
			{type: 'ripples', center: [0, 0], amplitude: 0.35, wavelength: 1},
		],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [3.4, 2.3],
		budget: 200,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {
			learningRate: {min: 0.0001, max: 2, default: 0.05},
			schedule: {allowed: ['constant', 'step', 'cosine', 'warm-restarts'], default: 'constant'},
		},
		stars: [300, 600, 850],
	},
	'two-valleys': {
		terrain: [
			{type: 'bowl', center: [0, 0], curvature: [0.1, 0.3]},
			{type: 'well', center: [-2, 0], depth: 1.2, width: 0.6},
			{type: 'well', center: [2, 0], depth: 2.5, width: 0.8},
		],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [-3.5, 1],
		budget: 200,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {
			learningRate: {min: 0.0001, max: 2, default: 0.05},
			momentum: {min: 0, max: 0.99, default: 0},
			schedule: {allowed: ['constant', 'step', 'cosine', 'warm-restarts'], default: 'constant'},
			restarts: {min: 1, max: 8, default: 1},
		},
		stars: [300, 600, 850],
	},
	saddle: {
		terrain: [
			{type: 'bowl', center: [0, 0], curvature: [2, 0.05]},
			{type: 'hill', center: [0, 0], height: 0.3, width: 1},
		],
		bounds: {x: [-3, 3], y: [-3, 3]},
		start: [2.5, 0.01],
		budget: 60,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 0.3, default: 0.1}, momentum: {min: 0, max: 0.99, default: 0}},
		stars: [300, 600, 850],
	},
	'four-floors': {
		terrain: [{type: 'himmelblau', center: [0, 0], scale: 0.02}],
		bounds: {x: [-5, 5], y: [-5, 5]},
		start: [0, 0.5],
		budget: 200,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 2, default: 0.1}, momentum: {min: 0, max: 0.99, default: 0}},
		stars: [300, 600, 850],
	},
	batch: {
		terrain: [
			{type: 'bowl', center: [0, 0], curvature: [0.1, 0.3]},
			{type: 'well', center: [-2, 0], depth: 0.6, width: 0.6},
			{type: 'well', center: [2, 0], depth: 2.5, width: 0.8},
		],
		bounds: {x: [-4, 4], y: [-3, 3]},
		start: [-3.5, 1],
		budget: 300,
		tolerance: 0.05,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 2, default: 0.1}, batchSize: {min: 1, max: 1000, default: 1000}},
		dataset: {size: 1000, spread: 1.5},
		stars: [300, 600, 850],
	},
};

const cache = new Map<TutorialLevelId, Level>();

/** The validated tutorial terrain `id`; throws only if the code above is wrong (tests load them all). */
export function tutorialLevel(id: TutorialLevelId): Level {
	let level = cache.get(id);
	const borrowed = BORROWED[id];
	if (!level && borrowed) {
		const file = path.join(CAMPAIGN_DIR, borrowed);
		const parsed = parseLevel(readFileSync(file, 'utf8'), file);
		if (!parsed.ok) throw new Error(`${parsed.error.file}: ${parsed.error.path}: ${parsed.error.message}`);
		level = parsed.level;
		cache.set(id, level);
	}

	if (!level) {
		const object = {id: `tutorial-${id}`, world: 0, order: 0, title: none, briefing: none, ...SHAPES[id as Exclude<TutorialLevelId, 'dance'>]};
		const parsed = parseLevel(JSON.stringify(object), `tutorial:${id}`);
		if (!parsed.ok) throw new Error(`${parsed.error.file}: ${parsed.error.path}: ${parsed.error.message}`);
		level = parsed.level;
		cache.set(id, level);
	}

	return level;
}

/** Every tutorial terrain id. */
export const TUTORIAL_LEVEL_IDS = [...Object.keys(SHAPES), ...Object.keys(BORROWED)] as TutorialLevelId[];
