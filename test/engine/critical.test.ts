/** Critical points over a level's bounds: known minima and saddles, ties, the cache by content hash. */
import {describe, expect, it} from 'vitest';
import {criticalPoints, findCriticalPoints, play} from '../../source/engine/index.js';
import {Landscape} from '../../source/engine/terrain.js';
import {buildLevel, knobs} from './build-level.js';

describe('critical points', () => {
	it("Himmelblau's four tied global minima and its saddles", () => {
		const level = buildLevel([{type: 'himmelblau', center: [0, 0]}], {bounds: {x: [-5, 5], y: [-5, 5]}, start: [0, 0]});
		const found = criticalPoints(level);
		const known = [
			[3, 2],
			[-2.805118, 3.131312],
			[-3.77931, -3.283186],
			[3.584428, -1.848126],
		];
		expect(found.global).toHaveLength(4);
		for (const [x, y] of known) {
			const match = found.global.find((p) => Math.hypot(p.x - x!, p.y - y!) < 1e-5);
			expect(match, `(${x}, ${y})`).toBeDefined();
			expect(match!.loss).toBeCloseTo(0, 9);
		}

		expect(found.saddles).toHaveLength(4);
		expect(found.maxima).toHaveLength(1);
		expect(found.maxima[0]!.x).toBeCloseTo(-0.270845, 5);
		expect(found.boundaryLow).toBeNull();
	});

	it('a rotated bowl plus a saddle: the quadratic sum has its minimum where the algebra says', () => {
		// ½(x² + 4y²) + ½(2(x−1)² − (y−1)²) = ½(3x² − 4x + 2 + 3y² + 2y − 1): minimum at (2/3, −1/3)
		const level = buildLevel([
			{type: 'bowl', center: [0, 0], curvature: [1, 4]},
			{type: 'saddle', center: [1, 1], curvature: [2, 1]},
		]);
		const found = criticalPoints(level);
		expect(found.global).toHaveLength(1);
		expect(found.global[0]!.x).toBeCloseTo(2 / 3, 9);
		expect(found.global[0]!.y).toBeCloseTo(-1 / 3, 9);
		expect(found.global[0]!.curvature[0]).toBeCloseTo(3, 5);
		expect(found.global[0]!.curvature[1]).toBeCloseTo(3, 5);
	});

	it('a deep well and a shallow one: one global, one local minimum, a saddle between', () => {
		const level = buildLevel([
			{type: 'bowl', center: [0, 0], curvature: [0.05, 0.05]},
			{type: 'well', center: [-2, 0], depth: 1, width: 0.6},
			{type: 'well', center: [2, 0], depth: 2, width: 0.6},
		]);
		const found = criticalPoints(level);
		expect(found.minima).toHaveLength(2);
		expect(found.global).toHaveLength(1);
		expect(found.global[0]!.x).toBeGreaterThan(1.5);
		expect(found.minima[1]!.global).toBe(false);
		expect(found.saddles.length).toBeGreaterThanOrEqual(1);
		expect(found.saddles.some((s) => Math.abs(s.y) < 1e-6 && Math.abs(s.x) < 1.5)).toBe(true);
	});

	it('cached by content hash: same hash, same answer object; the uncached search agrees', () => {
		const a = buildLevel([{type: 'bowl', center: [1, 1], curvature: [1, 2]}]);
		const b = buildLevel([{type: 'bowl', center: [1, 1], curvature: [1, 2]}], {title: {es: 'Otro', en: 'Other'}});
		expect(a.hash).toBe(b.hash);
		expect(criticalPoints(a)).toBe(criticalPoints(b));
		const fresh = findCriticalPoints(new Landscape(a.terrain), a.bounds);
		expect(fresh.global[0]!.x).toBe(criticalPoints(a).global[0]!.x);
		const c = buildLevel([{type: 'bowl', center: [1, 1.5], curvature: [1, 2]}]);
		expect(c.hash).not.toBe(a.hash);
	});

	it('a rotated ravine obeys the stability limit of its steepest direction', () => {
		const level = buildLevel([{type: 'bowl', center: [0.5, -0.5], curvature: [0.5, 8], angle: 30}], {start: [3, 2], budget: 400, bounds: {x: [-40, 40], y: [-40, 40]}});
		expect(criticalPoints(level).global[0]!.curvature[1]).toBeCloseTo(8, 5);
		expect(play(level, knobs({learningRate: 2.05 / 8}), 1).diagnosis.code).toBe('diverged');
		expect(play(level, knobs({learningRate: 1.9 / 8}), 1).diagnosis.code).not.toMatch(/diverged|left-map/);
	});
});
