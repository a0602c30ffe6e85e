/**
 * Critical points of a level's terrain inside its bounds (README, “Level files”): a grid fine enough for the
 * terrain's smallest feature, the cells where |∇f| dips as seeds, Newton refinement, and the
 * Hessian's eigenvalues to tell minima, saddles and maxima apart. Cached by content hash.
 */
import {landscapeOf} from './landscape.js';
import {findModelCriticalPoints, isModelLevel, levelPlane, onPlane} from './model/critical.js';
import {eigenvalues, type Landscape, newSample} from './terrain.js';
import type {CriticalPoint, CriticalPoints, Level} from './types.js';

const cache = new Map<string, CriticalPoints>();
const CACHE_SIZE = 256;

/** The critical points of a level, computed once per content hash. */
export function criticalPoints(level: Level): CriticalPoints {
	// a model with many parameters: the points live in parameter space, x and y on the level's plane
	if (isModelLevel(level)) return onPlane(modelCritical(level), levelPlane(level));
	const hit = cache.get(level.hash);
	if (hit) return hit;
	const found = findCriticalPoints(landscapeOf(level), level.bounds, featureScale(level));
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(level.hash, found);
	return found;
}

function modelCritical(level: Level): CriticalPoints {
	const hit = cache.get(level.hash);
	if (hit) return hit;
	const found = findModelCriticalPoints(level);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(level.hash, found);
	return found;
}

/** The smallest length over which the terrain changes shape: wells' widths, ripples' wavelengths. */
function featureScale(level: Level): number {
	let scale = Infinity;
	for (const term of level.terrain) {
		if (term.type === 'well' || term.type === 'hill') scale = Math.min(scale, term.width);
		if (term.type === 'ripples' && term.amplitude > 0) scale = Math.min(scale, term.wavelength / 2);
	}

	return scale;
}

type Grid = {nx: number; ny: number; xs: Float64Array; ys: Float64Array; f: Float64Array; g2: Float64Array; gx: Float64Array; gy: Float64Array};

function sampleGrid(landscape: Landscape, bounds: Level['bounds'], feature: number): Grid {
	const width = bounds.x[1] - bounds.x[0];
	const height = bounds.y[1] - bounds.y[0];
	// six cells per feature: a ripple field's near-fold pairs (a pit and a pass a sixth of a
	// wavelength apart, where the bowl almost cancels the ripples) fall in different cells
	const cell = Math.min(Math.max(width, height) / 48, feature / 6);
	const nx = Math.min(241, Math.max(33, Math.ceil(width / cell) + 1));
	const ny = Math.min(241, Math.max(33, Math.ceil(height / cell) + 1));
	const xs = new Float64Array(nx);
	const ys = new Float64Array(ny);
	for (let i = 0; i < nx; i++) xs[i] = bounds.x[0] + (width * i) / (nx - 1);
	for (let j = 0; j < ny; j++) ys[j] = bounds.y[0] + (height * j) / (ny - 1);
	const f = new Float64Array(nx * ny);
	const g2 = new Float64Array(nx * ny);
	const gx = new Float64Array(nx * ny);
	const gy = new Float64Array(nx * ny);
	const s = newSample();
	for (let j = 0; j < ny; j++) {
		for (let i = 0; i < nx; i++) {
			f[j * nx + i] = landscape.evaluate(xs[i]!, ys[j]!, s);
			gx[j * nx + i] = s[1]!;
			gy[j * nx + i] = s[2]!;
			g2[j * nx + i] = s[1]! * s[1]! + s[2]! * s[2]!;
		}
	}

	return {nx, ny, xs, ys, f, g2, gx, gy};
}

/**
 * Seeds for Newton: grid points lowest among their neighbours in |∇f|² or in f, and the centres
 * of cells where both ∂f/∂x and ∂f/∂y change sign between the corners (a zero of ∇f is inside or
 * near: this is what finds the saddles and summits of a ripple field packed three cells apart).
 */
function seeds(grid: Grid): Array<[number, number]> {
	const {nx, ny, xs, ys, f, g2, gx, gy} = grid;
	const out: Array<[number, number]> = [];
	const lowest = (values: Float64Array, i: number, j: number) => {
		const here = values[j * nx + i]!;
		for (let dj = -1; dj <= 1; dj++) {
			for (let di = -1; di <= 1; di++) {
				const a = i + di;
				const b = j + dj;
				if ((di === 0 && dj === 0) || a < 0 || b < 0 || a >= nx || b >= ny) continue;
				if (values[b * nx + a]! < here) return false;
			}
		}

		return true;
	};

	for (let j = 0; j < ny; j++) {
		for (let i = 0; i < nx; i++) {
			if (lowest(g2, i, j) || lowest(f, i, j)) out.push([xs[i]!, ys[j]!]);
		}
	}

	const changes = (values: Float64Array, k: number) => {
		const a = values[k]!;
		const b = values[k + 1]!;
		const c = values[k + nx]!;
		const d = values[k + nx + 1]!;
		return Math.min(a, b, c, d) <= 0 && Math.max(a, b, c, d) >= 0;
	};

	for (let j = 0; j + 1 < ny; j++) {
		for (let i = 0; i + 1 < nx; i++) {
			const k = j * nx + i;
			if (changes(gx, k) && changes(gy, k)) out.push([(xs[i]! + xs[i + 1]!) / 2, (ys[j]! + ys[j + 1]!) / 2]);
		}
	}

	return out;
}

/** Newton's method on ∇f = 0 from (x, y), each step limited to `reach`. */
function refine(landscape: Landscape, x: number, y: number, reach: number, gradTol: number): [number, number] | null {
	const s = newSample();
	for (let iteration = 0; iteration < 60; iteration++) {
		landscape.evaluate(x, y, s);
		const gx = s[1]!;
		const gy = s[2]!;
		if (Math.sqrt(gx * gx + gy * gy) <= gradTol) return [x, y];
		const [a, b, c] = landscape.hessian(x, y);
		const det = a * c - b * b;
		if (det === 0 || !Number.isFinite(det)) return null;
		let dx = (c * gx - b * gy) / det;
		let dy = (a * gy - b * gx) / det;
		const length = Math.sqrt(dx * dx + dy * dy);
		if (length > reach) {
			dx *= reach / length;
			dy *= reach / length;
		}

		x -= dx;
		y -= dy;
		if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
	}

	landscape.evaluate(x, y, s);
	return Math.sqrt(s[1]! * s[1]! + s[2]! * s[2]!) <= gradTol * 1e3 ? [x, y] : null;
}

/** Finds and classifies the critical points of `landscape` inside `bounds`. */
export function findCriticalPoints(landscape: Landscape, bounds: Level['bounds'], feature = Infinity): CriticalPoints {
	const grid = sampleGrid(landscape, bounds, feature);
	const width = bounds.x[1] - bounds.x[0];
	const height = bounds.y[1] - bounds.y[0];
	const diagonal = Math.sqrt(width * width + height * height);
	const cell = Math.max(width / (grid.nx - 1), height / (grid.ny - 1));
	let gradScale = 0;
	let fMin = Infinity;
	let fMax = -Infinity;
	for (let k = 0; k < grid.f.length; k++) {
		gradScale = Math.max(gradScale, Math.sqrt(grid.g2[k]!));
		fMin = Math.min(fMin, grid.f[k]!);
		fMax = Math.max(fMax, grid.f[k]!);
	}

	const gradTol = 1e-11 * Math.max(gradScale, 1e-300) + 1e-300;
	const points: CriticalPoint[] = [];
	// strictly inside, by more than rounding: Newton from a cell by the edge lands on a point
	// of the edge give or take an ulp
	const slack = 1e-9 * diagonal;
	const inside = (x: number, y: number) =>
		x > bounds.x[0] + slack && x < bounds.x[1] - slack && y > bounds.y[0] + slack && y < bounds.y[1] - slack;
	let curvatureScale = 0;
	for (const [sx, sy] of seeds(grid)) {
		const found = refine(landscape, sx, sy, 2 * cell, gradTol);
		if (!found) continue;
		const [x, y] = found;
		if (!inside(x, y)) continue;
		if (points.some((p) => Math.hypot(p.x - x, p.y - y) < 1e-6 * diagonal)) continue;
		const [a, b, c] = landscape.hessian(x, y);
		const curvature = eigenvalues(a, b, c);
		curvatureScale = Math.max(curvatureScale, Math.abs(curvature[0]), Math.abs(curvature[1]));
		points.push({x, y, loss: landscape.value(x, y), kind: 'minimum', curvature, global: false});
	}

	const flat = 1e-7 * curvatureScale;
	const classified: CriticalPoint[] = [];
	for (const p of points) {
		const [low, high] = p.curvature;
		if (Math.abs(low) <= flat || Math.abs(high) <= flat) continue;
		const kind = low > 0 ? 'minimum' : high < 0 ? 'maximum' : 'saddle';
		classified.push({...p, kind});
	}

	const minima = classified.filter((p) => p.kind === 'minimum').sort((p, q) => p.loss - q.loss);
	const tie = 1e-9 * Math.max(fMax - fMin, 1e-300);
	const lowest = minima[0]?.loss ?? Infinity;
	for (const m of minima) m.global = m.loss <= lowest + tie;

	const edge = boundaryMinimum(landscape, bounds, grid);
	const boundaryLow = !(edge.loss >= lowest - tie) || minima.length === 0 ? edge : null;
	return {
		global: minima.filter((m) => m.global),
		minima,
		saddles: classified.filter((p) => p.kind === 'saddle'),
		maxima: classified.filter((p) => p.kind === 'maximum'),
		minLoss: Math.min(lowest, edge.loss),
		boundaryLow,
	};
}

/** The lowest point along the edge of the bounds, sampled four times finer than the grid. */
function boundaryMinimum(landscape: Landscape, bounds: Level['bounds'], grid: Grid) {
	const s = newSample();
	let best = {x: bounds.x[0], y: bounds.y[0], loss: Infinity};
	const visit = (x: number, y: number) => {
		const loss = landscape.evaluate(x, y, s);
		if (loss < best.loss) best = {x, y, loss};
	};

	const nx = 4 * grid.nx;
	const ny = 4 * grid.ny;
	for (let i = 0; i <= nx; i++) {
		const x = bounds.x[0] + ((bounds.x[1] - bounds.x[0]) * i) / nx;
		visit(x, bounds.y[0]);
		visit(x, bounds.y[1]);
	}

	for (let j = 0; j <= ny; j++) {
		const y = bounds.y[0] + ((bounds.y[1] - bounds.y[0]) * j) / ny;
		visit(bounds.x[0], y);
		visit(bounds.x[1], y);
	}

	return best;
}
