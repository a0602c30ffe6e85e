/**
 * The curvature a level's climber feels, in the level's whole parameter space: the map's Hessian
 * on a 2-D terrain (a two-parameter model's map is its whole landscape), the model's own n×n
 * Hessian on a model with more parameters, whose map is only a slice through it.
 */
import {landscapeOf} from './landscape.js';
import {isModelLevel, modelOf} from './model/critical.js';
import {spectrumAt} from './model/hessian.js';
import {eigenvalues} from './terrain.js';
import type {Level} from './types.js';

/** The Hessian's lowest and highest eigenvalues at a point, and how many parameters it has. */
export type Curvature = {low: number; high: number; parameters: number};

/** The curvature at the level's start (θ₀ of a model, else the start on the map). */
export function startCurvature(level: Level): Curvature {
	if (isModelLevel(level)) {
		const model = modelOf(level);
		const spectrum = spectrumAt(model, model.initial());
		return {low: spectrum?.low ?? Number.NaN, high: spectrum?.high ?? Number.NaN, parameters: model.n};
	}

	const [a, b, c] = landscapeOf(level).hessian(level.start[0], level.start[1]);
	const [low, high] = eigenvalues(a, b, c);
	return {low, high, parameters: 2};
}
