/**
 * A level's compiled landscape, built once per level object: the terms of a formula terrain; a
 * linear model's least squares folded into one quadratic (two parameters: the map is the whole
 * landscape); the real loss on a plane for a model with more parameters.
 */
import {isModelLevel, levelPlane, modelOf} from './model/critical.js';
import {lift} from './model/space.js';
import type {ModelData} from './model/model.js';
import {Landscape, type Quadratic} from './terrain.js';
import type {Level} from './types.js';

const landscapes = new WeakMap<Level, Landscape>();

/** The compiled terrain of a level, built once per level object. */
export function landscapeOf(level: Level): Landscape {
	let landscape = landscapes.get(level);
	if (!landscape) {
		landscape = build(level);
		landscapes.set(level, landscape);
	}

	return landscape;
}

function build(level: Level): Landscape {
	if (!level.model) return new Landscape(level.terrain);
	if (!isModelLevel(level)) return new Landscape(level.terrain, leastSquares(level.model));
	const model = modelOf(level);
	const plane = levelPlane(level);
	const theta = new Float64Array(model.n);
	const grad = new Float64Array(model.n);
	return new Landscape(level.terrain, (x, y, out) => {
		const f = model.evaluate(lift(plane, x, y, theta), grad);
		let gx = 0;
		let gy = 0;
		for (let i = 0; i < model.n; i++) {
			gx += grad[i]! * plane.u[i]!;
			gy += grad[i]! * plane.v[i]!;
		}

		out[0] = f;
		out[1] = gx;
		out[2] = gy;
		return f;
	});
}

/**
 * ½·mean (w·x + b − y)² + ½·l2·(w² + b²) written as a quadratic in (x, y) = (w, b): the full
 * batch from the data's moments, one evaluation as cheap as a bowl.
 */
export function leastSquares(data: ModelData): Quadratic {
	let sx = 0;
	let sxx = 0;
	let sy = 0;
	let sxy = 0;
	let syy = 0;
	const rows = data.rows;
	for (let i = 0; i < rows; i++) {
		const x = data.x[i]!;
		const y = data.y[i]!;
		sx += x;
		sxx += x * x;
		sy += y;
		sxy += x * y;
		syy += y * y;
	}

	return {xx: sxx / rows + data.l2, xy: sx / rows, yy: 1 + data.l2, x: -sxy / rows, y: -sy / rows, c: (0.5 * syy) / rows};
}
