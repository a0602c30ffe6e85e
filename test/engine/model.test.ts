/**
 * Model terrains: every model's analytic gradient against central finite differences (to 1e-6),
 * the least-squares quadratic against the model itself, minibatches drawn from the run's seed,
 * and the loader's data checks.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {leastSquares} from '../../source/engine/landscape.js';
import {Prng} from '../../source/engine/math.js';
import {drawBatch} from '../../source/engine/model/climb.js';
import {Model, parameterCount, type ModelData, type ModelKind} from '../../source/engine/model/model.js';
import {DATA_DIR, modelData, readDataSet} from '../../source/levels/data.js';
import {loadedModel} from '../helpers/model-levels.js';


const MODELS: Record<string, ModelData> = {
	'linear, 1 feature (cars, raw)': loadedModel({model: 'linear', data: 'cars.json', features: ['Acceleration'], target: 'Miles_per_Gallon'}),
	'linear, 3 features (cars, standardized)': loadedModel({model: 'linear', data: 'cars.json', features: ['Acceleration', 'Horsepower', 'Weight_in_lbs'], target: 'Miles_per_Gallon', standardize: true, l2: 0.01}),
	'softmax (iris)': loadedModel({model: 'softmax', data: 'iris.json', features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'], target: 'species', standardize: true, l2: 0.01}),
	'mlp, classes (iris)': loadedModel({model: 'mlp', data: 'iris.json', features: ['petal_length', 'petal_width'], target: 'species', standardize: true, hidden: 3, l2: 0.01}),
	'mlp, a number (cars)': loadedModel({model: 'mlp', data: 'cars.json', features: ['Horsepower', 'Weight_in_lbs'], target: 'Miles_per_Gallon', standardize: true, hidden: 2, l2: 0.001}),
};

/** Central differences of the loss, with a step fitted to the parameter's size. */
function numericGradient(model: Model, theta: Float64Array, batch: Int32Array | null, count: number): Float64Array {
	const out = new Float64Array(model.n);
	const probe = Float64Array.from(theta);
	for (let i = 0; i < model.n; i++) {
		const h = 1e-6 * Math.max(1, Math.abs(theta[i]!));
		probe[i] = theta[i]! + h;
		const up = model.evaluate(probe, null, batch, count);
		probe[i] = theta[i]! - h;
		const down = model.evaluate(probe, null, batch, count);
		probe[i] = theta[i]!;
		out[i] = (up - down) / (2 * h);
	}

	return out;
}

describe.each(Object.entries(MODELS))('%s', (_name, data) => {
	const model = new Model(data);

	it('has the parameter count of its layout', () => {
		const k = Math.max(1, data.classes);
		const expected: Record<ModelKind, number> = {
			linear: data.features + 1,
			softmax: k * (data.features + 1),
			mlp: data.hidden * (data.features + 1) + k * (data.hidden + 1),
		};
		expect(model.n).toBe(expected[data.kind]);
		expect(parameterCount(data)).toBe(model.n);
	});

	it('has the analytic gradient of its loss, full batch and minibatch (finite differences, 1e-6)', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 2 ** 31 - 1}), fc.double({min: 0.05, max: 2, noNaN: true}), fc.integer({min: 1, max: 20}), (seed, scale, size) => {
				const rng = new Prng(seed);
				const theta = model.draw(rng, scale);
				const perm = Int32Array.from({length: data.rows}, (_, i) => i);
				drawBatch(perm, size, rng);
				for (const [batch, count] of [[null, 0], [perm, size]] as const) {
					const grad = new Float64Array(model.n);
					const loss = model.evaluate(theta, grad, batch, count);
					expect(Number.isFinite(loss)).toBe(true);
					const numeric = numericGradient(model, theta, batch, count);
					for (let i = 0; i < model.n; i++) {
						expect(Math.abs(grad[i]! - numeric[i]!), `∂L/∂θ${i} (${model.parameterName(i)})`).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric[i]!)));
					}
				}
			}),
			{numRuns: 12},
		);
	});
});

describe('the fixed-width kernels', () => {
	// Networks with two inputs and linear/softmax models with four take paths without the inner
	// loop over inputs; with one more input that is always 0 (and its weights 0) the same model
	// goes through the general loop, whose sums are the same numbers added in the same order:
	// loss and gradient agree to the bit.
	it.each(['mlp, classes (iris)', 'mlp, a number (cars)', 'softmax (iris)'])('%s: the same loss and gradient, bit for bit, as the general loop', (name) => {
		const narrow = MODELS[name]!;
		const {rows, features: d} = narrow;
		// the rows of input weights that come first in θ: one per hidden unit, or one per class
		const weightRows = narrow.kind === 'mlp' ? narrow.hidden : Math.max(1, narrow.classes);
		const x = new Float64Array(rows * (d + 1));
		for (let i = 0; i < rows; i++) x.set(narrow.x.subarray(i * d, (i + 1) * d), i * (d + 1));
		const wide: ModelData = {...narrow, features: d + 1, x, featureNames: [...narrow.featureNames, 'zero']};
		const fast = new Model(narrow);
		const general = new Model(wide);
		const widen = (theta: Float64Array): Float64Array => {
			const out = new Float64Array(general.n);
			for (let u = 0; u < weightRows; u++) out.set(theta.subarray(u * d, (u + 1) * d), u * (d + 1));
			out.set(theta.subarray(weightRows * d), weightRows * (d + 1));
			return out;
		};

		const narrowed = (grad: Float64Array): Float64Array => {
			const out = new Float64Array(fast.n);
			for (let u = 0; u < weightRows; u++) out.set(grad.subarray(u * (d + 1), u * (d + 1) + d), u * d);
			out.set(grad.subarray(weightRows * (d + 1)), weightRows * d);
			return out;
		};

		const rng = new Prng(11);
		const perm = Int32Array.from({length: rows}, (_, i) => i);
		for (let trial = 0; trial < 20; trial++) {
			const theta = fast.draw(rng, 0.2 + trial / 5);
			drawBatch(perm, 1 + trial * 3, rng);
			for (const [batch, count] of [[null, 0], [perm, 1 + trial * 3]] as const) {
				const g = new Float64Array(fast.n);
				const gWide = new Float64Array(general.n);
				expect(Object.is(fast.evaluate(theta, g, batch, count), general.evaluate(widen(theta), gWide, batch, count))).toBe(true);
				expect(g).toEqual(narrowed(gWide));
			}
		}
	});
});

describe('the three-class softmax', () => {
	// Three classes take an unrolled softmax; a fourth class that can never win (bias −10⁴, so
	// e^(z − max) underflows to exactly 0) sends the same model through the general one, which
	// adds the same numbers in the same order: loss and gradient agree to the bit.
	it('gives the general softmax’s loss and gradient, bit for bit', () => {
		const three: ModelData = {...MODELS['softmax (iris)']!, l2: 0};
		const four: ModelData = {...three, classes: 4, classNames: [...three.classNames, 'none']};
		const d = three.features;
		const fast = new Model(three);
		const general = new Model(four);
		const rng = new Prng(5);
		for (let trial = 0; trial < 20; trial++) {
			const theta = fast.draw(rng, 0.3 + trial / 4);
			const wide = new Float64Array(general.n);
			wide.set(theta.subarray(0, 3 * d));
			wide.set(theta.subarray(3 * d), 4 * d);
			wide[4 * d + 3] = -1e4;
			const g = new Float64Array(fast.n);
			const gWide = new Float64Array(general.n);
			expect(Object.is(fast.evaluate(theta, g), general.evaluate(wide, gWide))).toBe(true);
			expect(g).toEqual(Float64Array.of(...gWide.subarray(0, 3 * d), ...gWide.subarray(4 * d, 4 * d + 3)));
		}
	});
});

describe('the two-parameter linear model', () => {
	it('is the least-squares quadratic the map draws: same loss and slope at any (w, b)', () => {
		const data = MODELS['linear, 1 feature (cars, raw)']!;
		const model = new Model(data);
		const q = leastSquares(data);
		fc.assert(
			fc.property(fc.double({min: -5, max: 5, noNaN: true}), fc.double({min: -40, max: 60, noNaN: true}), (w, b) => {
				const grad = new Float64Array(2);
				const loss = model.evaluate(Float64Array.of(w, b), grad);
				const f = 0.5 * (q.xx * w * w + 2 * q.xy * w * b + q.yy * b * b) + q.x * w + q.y * b + q.c;
				expect(Math.abs(f - loss)).toBeLessThan(1e-9 * Math.max(1, loss));
				expect(Math.abs(q.xx * w + q.xy * b + q.x - grad[0]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(grad[0]!)));
				expect(Math.abs(q.xy * w + q.yy * b + q.y - grad[1]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(grad[1]!)));
			}),
		);
	});
});

describe('minibatches', () => {
	it('draw B distinct examples, the same ones for the same seed', () => {
		const draw = (seed: number) => {
			const perm = Int32Array.from({length: 150}, (_, i) => i);
			drawBatch(perm, 8, new Prng(seed));
			return [...perm.subarray(0, 8)];
		};

		expect(new Set(draw(3)).size).toBe(8);
		expect(draw(3)).toEqual(draw(3));
		expect(draw(3)).not.toEqual(draw(4));
	});

	it('are the partial Fisher–Yates shuffle of nextUint32 draws, and leave the generator where those draws do (replays of saved runs)', () => {
		for (const [rows, size, seed] of [[392, 1, 1], [392, 391, 2], [150, 75, 3], [5000, 4999, 4], [7, 7, 5]] as const) {
			const fast = Int32Array.from({length: rows}, (_, i) => i);
			const plain = Int32Array.from({length: rows}, (_, i) => i);
			const a = new Prng(seed);
			const b = new Prng(seed);
			for (let round = 0; round < 3; round++) {
				drawBatch(fast, size, a);
				for (let r = 0; r < size; r++) {
					const j = r + Math.floor((b.nextUint32() * (rows - r)) / 4_294_967_296);
					[plain[r], plain[j]] = [plain[j]!, plain[r]!];
				}

				expect(fast).toEqual(plain);
			}

			expect(a.nextUint32()).toBe(b.nextUint32());
		}
	});
});

describe('data sets', () => {
	it('ship iris (150 rows, 3 classes) and cars (no missing values)', () => {
		const iris = MODELS['softmax (iris)']!;
		expect(iris.rows).toBe(150);
		expect(iris.classes).toBe(3);
		expect(iris.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
		const cars = MODELS['linear, 1 feature (cars, raw)']!;
		expect(cars.rows).toBeGreaterThan(380);
		expect([...cars.x, ...cars.y].every(Number.isFinite)).toBe(true);
	});

	it('standardize features to mean 0 and standard deviation 1', () => {
		const data = MODELS['linear, 3 features (cars, standardized)']!;
		for (let j = 0; j < data.features; j++) {
			let mean = 0;
			let square = 0;
			for (let i = 0; i < data.rows; i++) {
				mean += data.x[i * data.features + j]!;
				square += data.x[i * data.features + j]! ** 2;
			}

			expect(Math.abs(mean / data.rows)).toBeLessThan(1e-12);
			expect(Math.abs(square / data.rows - 1)).toBeLessThan(1e-12);
		}
	});

	it('refuse a path, a missing file, a column that is not there and a class target for a linear model', () => {
		expect(readDataSet('../package.json', [DATA_DIR]).ok).toBe(false);
		expect(readDataSet('nowhere.json', [DATA_DIR]).ok).toBe(false);
		const cars = readDataSet('cars.json', [DATA_DIR]);
		const iris = readDataSet('iris.json', [DATA_DIR]);
		if (!cars.ok || !iris.ok) throw new Error('data missing');
		expect(modelData({type: 'model', model: 'linear', data: 'cars.json', features: ['Speed'], target: 'Miles_per_Gallon'}, cars.value)).toMatchObject({ok: false});
		expect(modelData({type: 'model', model: 'linear', data: 'iris.json', features: ['petal_length'], target: 'species'}, iris.value)).toMatchObject({ok: false});
		expect(modelData({type: 'model', model: 'softmax', data: 'iris.json', features: ['petal_length'], target: 'species'}, iris.value)).toMatchObject({ok: false});
	});
});

describe('the linear minibatch fast path', () => {
	it('takes the model’s own minibatch gradient: a batch level’s run moves by exactly those slopes', async () => {
		const {loadLevelFile, CAMPAIGN_DIR} = await import('../../source/levels/load.js');
		const path = await import('node:path');
		const {simulate, resolveKnobs} = await import('../../source/engine/index.js');
		const loadedLevel = await loadLevelFile(path.join(CAMPAIGN_DIR, 'world-7', 'w7-05-batch-temperature.json'));
		if (!loadedLevel.ok) throw new Error(loadedLevel.error.message);
		const level = loadedLevel.level;
		const knobs = resolveKnobs(level, {learningRate: 0.1, batchSize: 8});
		if (!knobs.ok) throw new Error('knobs');
		const run = simulate(level, knobs.value, 3);
		const t = run.climbers[0]!;
		// replay the first steps with the model's general evaluation on the same draws
		const model = new Model(level.model!);
		const rng = new Prng(3);
		const perm = Int32Array.from({length: model.data.rows}, (_, i) => i);
		const theta = Float64Array.of(level.start[0], level.start[1]);
		const grad = new Float64Array(2);
		for (let step = 0; step < 5; step++) {
			drawBatch(perm, 8, rng);
			model.evaluate(theta, grad, perm, 8);
			theta[0] = theta[0]! - 0.1 * grad[0]!;
			theta[1] = theta[1]! - 0.1 * grad[1]!;
			expect(t.x[step + 1]).toBeCloseTo(theta[0]!, 12);
			expect(t.y[step + 1]).toBeCloseTo(theta[1]!, 12);
		}
	});
});

describe('the models\' exp (expQuick)', () => {
	it('agrees with the engine\'s exp to about one ulp over the whole range, and keeps its ends', async () => {
		const {exp, expQuick} = await import('../../source/engine/math.js');
		let worst = 0;
		for (let i = 0; i <= 200_000; i++) {
			const x = -707 + (1415 * i) / 200_000;
			worst = Math.max(worst, Math.abs(expQuick(x) - exp(x)) / exp(x));
		}

		expect(worst).toBeLessThan(1e-15);
		expect(expQuick(0)).toBe(1);
		expect(expQuick(1000)).toBe(Infinity);
		expect(expQuick(-1000)).toBe(0);
		expect(expQuick(Number.NaN)).toBeNaN();
	});
});
