/**
 * Determinism: the same level, knobs and seed give the same run to the last bit, here and on any
 * machine. The golden bit patterns below were produced once by running the engine and pinned;
 * a change to any of them is a change to results and must bump ENGINE_VERSION.
 */
import {describe, expect, it} from 'vitest';
import {simulate} from '../../source/engine/simulate.js';
import {ENGINE_VERSION} from '../../source/engine/index.js';
import type {Knobs, Level, Run} from '../../source/engine/types.js';
import {buildLevel, knobs} from './build-level.js';

/** The IEEE 754 bit pattern of a double, as 16 hex digits. */
function bits(value: number): string {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, value);
	return view.getBigUint64(0).toString(16).padStart(16, '0');
}

const dataset = {size: 200, spread: 1.5};
const allKnobs = {
	learningRate: {min: 1e-6, max: 100, default: 0.1},
	momentum: {min: 0, max: 0.999, default: 0},
	decay: {min: 0, max: 0.9, default: 0},
	schedule: {allowed: ['constant', 'step', 'cosine', 'warm-restarts'], default: 'constant'},
	temperature: {min: 0, max: 10, default: 0},
	batchSize: {min: 1, max: 200, default: 200},
	restarts: {min: 1, max: 8, default: 1},
	nesterov: {default: false},
};

/** Wells, a hill and ripples: exp, sin and cos all on the path. */
const rugged = buildLevel(
	[
		{type: 'bowl', center: [0, 0], curvature: [0.3, 0.2], angle: 25},
		{type: 'well', center: [-1.5, 1], depth: 1.2, width: 0.6},
		{type: 'well', center: [1.5, -1], depth: 2, width: 0.7},
		{type: 'hill', center: [0.5, 0.8], height: 0.8, width: 0.5},
		{type: 'ripples', center: [0, 0], amplitude: 0.05, wavelength: 1.3, angle: 10},
	],
	{start: [3, 2.5], budget: 500, dataset, knobs: allKnobs},
);

const banana = buildLevel([{type: 'rosenbrock', center: [0, 0]}], {
	start: [-1.5, 2],
	budget: 2000,
	bounds: {x: [-3, 3], y: [-2, 4]},
	knobs: allKnobs,
	dataset,
});

type Case = {name: string; level: Level; knobs: Partial<Knobs>; seed: number; x: string; y: string; loss: string; best?: number};

const cases: Case[] = [
	{name: 'rugged, plain', level: rugged, knobs: {learningRate: 0.1}, seed: 1, x: '3ff057fb3a5f1741', y: '3ff8e7e6fb8312e8', loss: '3fe3d5a863935faa'},
	{name: 'rugged, momentum + decay + Nesterov', level: rugged, knobs: {learningRate: 0.05, momentum: 0.9, decay: 0.001, nesterov: true}, seed: 1, x: '3ff6deb61005773f', y: 'bfef5f18847e50f7', loss: 'bffa49c6a9ac1b87'},
	{name: 'rugged, temperature + cosine', level: rugged, knobs: {learningRate: 0.1, temperature: 0.05, schedule: {kind: 'cosine', min: 0.001, period: 500}}, seed: 42, x: '3ff86951340b4766', y: 'bff0cfe3c2c432a6', loss: 'bff9b1709bae9087'},
	{name: 'rugged, batch noise + warm restarts', level: rugged, knobs: {learningRate: 0.08, momentum: 0.5, batchSize: 8, schedule: {kind: 'warm-restarts', min: 0.001, period: 60, mult: 2}}, seed: 7, x: 'bff59cdfb1019e9a', y: '3fedf1f0396bf41a', loss: 'bfea90b3f07cdc68'},
	{name: 'rugged, restarts + temperature + batch', level: rugged, knobs: {learningRate: 0.1, restarts: 5, temperature: 0.01, batchSize: 20}, seed: 12345, x: '3ff6ba8b5ff4327a', y: 'bff1dc30f2384991', loss: 'bff980238150a305', best: 3},
	{name: 'rosenbrock, momentum + step schedule', level: banana, knobs: {learningRate: 0.001, momentum: 0.9, schedule: {kind: 'step', gamma: 0.5, every: 500}}, seed: 3, x: '3fefae605c5345ad', y: '3fef5d3ccd66f3f2', loss: '3f1a1135353729e2'},
];

function finalOf(run: Run) {
	const t = run.climbers[run.best]!;
	return {x: bits(t.x[t.steps]!), y: bits(t.y[t.steps]!), loss: bits(t.loss[t.steps]!), best: run.best};
}

describe('determinism', () => {
	it('engine version', () => {
		expect(ENGINE_VERSION).toBe('1');
	});

	for (const c of cases) {
		it(`golden final position: ${c.name}`, () => {
			const got = finalOf(simulate(c.level, knobs(c.knobs), c.seed));
			expect(got).toEqual({x: c.x, y: c.y, loss: c.loss, best: c.best ?? 0});
		});

		it(`two runs in one process are identical: ${c.name}`, () => {
			const a = simulate(c.level, knobs(c.knobs), c.seed);
			const b = simulate(c.level, knobs(c.knobs), c.seed);
			expect(a.climbers.length).toBe(b.climbers.length);
			for (const [i, t] of a.climbers.entries()) {
				const u = b.climbers[i]!;
				for (const key of ['x', 'y', 'loss', 'grad', 'speed', 'eta'] as const) {
					expect(Array.from(t[key], bits)).toEqual(Array.from(u[key], bits));
				}
			}
		});
	}

	it('a different seed changes a noisy run', () => {
		const noisy = cases[2]!;
		expect(finalOf(simulate(noisy.level, knobs(noisy.knobs), noisy.seed + 1)).x).not.toBe(noisy.x);
	});
});
