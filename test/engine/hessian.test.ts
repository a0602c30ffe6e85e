/**
 * The curvature of a model in its full parameter space (`engine/model/hessian.ts`): the Jacobi
 * eigen-solver against the definition A·v = λ·v, the linear model's Hessian against its closed
 * form XᵀX/N + l2·I, softmax and the network against second differences of the loss alone, and
 * the facts a saddle and a minimum must show.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {Prng} from '../../source/engine/math.js';
import {criticalPoints} from '../../source/engine/critical.js';
import {modelOf} from '../../source/engine/model/critical.js';
import {EXPLICIT_LIMIT, hessianAt, spectrumAt, symmetricEigen} from '../../source/engine/model/hessian.js';
import {Model} from '../../source/engine/model/model.js';
import type {ModelTerm} from '../../source/engine/types.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';
import {loadedModel} from '../helpers/model-levels.js';


describe('the symmetric eigen-solver (Jacobi)', () => {
	it('returns A·v = λ·v with orthonormal v, λ ascending, Σλ = trace', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 2 ** 31 - 1}), fc.integer({min: 1, max: 30}), (seed, n) => {
				const rng = new Prng(seed);
				const a = new Float64Array(n * n);
				for (let i = 0; i < n; i++) {
					for (let j = 0; j <= i; j++) {
						const x = rng.gaussian() * (i === j ? 3 : 1);
						a[i * n + j] = x;
						a[j * n + i] = x;
					}
				}

				const {values, vectors} = symmetricEigen(a, n);
				let trace = 0;
				let sum = 0;
				for (let i = 0; i < n; i++) {
					trace += a[i * n + i]!;
					sum += values[i]!;
				}

				expect(Math.abs(trace - sum)).toBeLessThan(1e-9 * n);
				for (let k = 0; k < n; k++) {
					if (k > 0) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
					for (let i = 0; i < n; i++) {
						let av = 0;
						for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[k * n + j]!;
						expect(Math.abs(av - values[k]! * vectors[k * n + i]!)).toBeLessThan(1e-9 * n);
					}

					for (let l = 0; l <= k; l++) {
						let dot = 0;
						for (let i = 0; i < n; i++) dot += vectors[k * n + i]! * vectors[l * n + i]!;
						expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThan(1e-12 * n);
					}
				}
			}),
			{numRuns: 15},
		);
	});
});

describe('the Hessian of a linear model', () => {
	it('is XᵀX/N + l2·I (inputs with a column of ones for the bias), whatever θ', () => {
		const data = loadedModel({model: 'linear', data: 'cars.json', features: ['Acceleration', 'Horsepower', 'Weight_in_lbs'], target: 'Miles_per_Gallon', standardize: true, l2: 0.01});
		const model = new Model(data);
		const n = model.n;
		const d = data.features;
		const exact = new Float64Array(n * n);
		for (let r = 0; r < data.rows; r++) {
			const row = [...data.x.subarray(r * d, (r + 1) * d), 1];
			for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) exact[i * n + j] = exact[i * n + j]! + row[i]! * row[j]!;
		}

		for (let i = 0; i < n * n; i++) exact[i] = exact[i]! / data.rows + (i % (n + 1) === 0 ? data.l2 : 0);
		const rng = new Prng(3);
		for (const theta of [new Float64Array(n), model.draw(rng, 1), model.draw(rng, 10)]) {
			const h = hessianAt(model, theta);
			for (let i = 0; i < n * n; i++) expect(Math.abs(h[i]! - exact[i]!)).toBeLessThan(1e-7);
		}

		// and its spectrum is the closed form's
		const s = spectrumAt(model, new Float64Array(n))!;
		const closed = symmetricEigen(exact, n).values;
		for (let k = 0; k < n; k++) expect(Math.abs(s.values[k]! - closed[k]!)).toBeLessThan(1e-8 * closed[n - 1]!);
		expect(s.low).toBeGreaterThan(0);
		expect(s.kappa).toBeCloseTo(s.high / s.low, 12);
		expect(s.downward).toBe(0);
	});
});

/** Second differences of the loss alone: (f(+,+) − f(+,−) − f(−,+) + f(−,−)) / 4h². */
function lossHessian(model: Model, theta: Float64Array, h = 1e-4): Float64Array {
	const n = model.n;
	const out = new Float64Array(n * n);
	const probe = Float64Array.from(theta);
	const f = (i: number, si: number, j: number, sj: number) => {
		probe.set(theta);
		probe[i] = probe[i]! + si * h;
		probe[j] = probe[j]! + sj * h;
		return model.evaluate(probe, null);
	};

	for (let i = 0; i < n; i++) {
		for (let j = i; j < n; j++) {
			const value = (f(i, 1, j, 1) - f(i, 1, j, -1) - f(i, -1, j, 1) + f(i, -1, j, -1)) / (4 * h * h);
			out[i * n + j] = value;
			out[j * n + i] = value;
		}
	}

	return out;
}

describe('the Hessian of softmax regression and of a network', () => {
	it.each<[string, Omit<ModelTerm, 'type'>]>([
		['softmax (iris)', {model: 'softmax', data: 'iris.json', features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'], target: 'species', standardize: true, l2: 0.002}],
		['mlp (iris, 3 units)', {model: 'mlp', data: 'iris.json', features: ['petal_length', 'petal_width'], target: 'species', standardize: true, hidden: 3, l2: 0.001}],
	])('%s: agrees with second differences of the loss (1e-4)', (_name, term) => {
		const model = new Model(loadedModel(term));
		const theta = model.draw(new Prng(11), 0.7);
		const h = hessianAt(model, theta);
		const numeric = lossHessian(model, theta);
		for (let i = 0; i < model.n * model.n; i++) expect(Math.abs(h[i]! - numeric[i]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric[i]!)));
	});
});

describe('a model past the explicit limit (Lanczos)', () => {
	it('finds the extreme eigenvalues of the whole Hessian and their directions', () => {
		const model = new Model(loadedModel({model: 'mlp', data: 'iris.json', features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'], target: 'species', standardize: true, hidden: 12, l2: 0.001}));
		expect(model.n).toBeGreaterThan(EXPLICIT_LIMIT);
		const theta = model.draw(new Prng(5), 0.8);
		const exact = symmetricEigen(hessianAt(model, theta), model.n).values;
		const s = spectrumAt(model, theta)!;
		const scale = Math.max(Math.abs(exact[0]!), Math.abs(exact[model.n - 1]!));
		expect(Math.abs(s.high - exact[model.n - 1]!)).toBeLessThan(1e-6 * scale);
		expect(Math.abs(s.low - exact[0]!)).toBeLessThan(1e-6 * scale);
		// H·e = λ·e along the steepest direction found
		const h = hessianAt(model, theta);
		for (let i = 0; i < model.n; i++) {
			let he = 0;
			for (let j = 0; j < model.n; j++) he += h[i * model.n + j]! * s.highDirection[j]!;
			expect(Math.abs(he - s.high * s.highDirection[i]!)).toBeLessThan(1e-4 * scale);
		}
	});
});

describe('the symmetric start of the network (w7-04)', async () => {
	const result = await loadLevelFile(`${CAMPAIGN_DIR}/world-7/w7-04-symmetric-start.json`);
	if (!result.ok) throw new Error(result.error.message);
	const level = result.level;
	const model = modelOf(level);
	const critical = criticalPoints(level);

	it('rests on a saddle: a negative eigenvalue, its direction a way down; at the global minimum none below −tolerance', () => {
		const pass = critical.saddles[0]!;
		const saddle = spectrumAt(model, pass.theta!)!;
		expect(saddle.low).toBeLessThan(-1e-3);
		expect(saddle.downward).toBeGreaterThanOrEqual(1);
		// a small step along the way down lowers the loss, as ½·λmin·ε² says
		const eps = 1e-3;
		const step = pass.theta!.map((t, i) => t + eps * saddle.lowDirection[i]!);
		const drop = model.evaluate(step, null) - model.evaluate(pass.theta!, null);
		expect(drop).toBeLessThan(0);
		expect(drop / (0.5 * saddle.low * eps * eps)).toBeCloseTo(1, 1);
		const floor = spectrumAt(model, critical.global[0]!.theta!)!;
		expect(floor.low).toBeGreaterThan(-1e-6 * floor.high);
		expect(floor.downward).toBe(0);
	});
});
