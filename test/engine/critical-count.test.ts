/**
 * The critical-point search finds every saddle and maximum of ripple terrains, checked against an
 * independent count: the winding number of ∇f around each cell of a fine grid (+1 a minimum or a
 * maximum, −1 a saddle; Poincaré–Hopf), on every campaign level with ripples.
 */
import {describe, expect, it} from 'vitest';
import {criticalPoints, landscapeOf, type Level} from '../../source/engine/index.js';
import {newSample} from '../../source/engine/terrain.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';

const {levels} = await loadLevelDir(CAMPAIGN_DIR);
const rippled = levels.filter((level) => level.terrain.some((term) => term.type === 'ripples'));

type Count = {minima: number; saddles: number; maxima: number};

/** Counts critical points by winding number, on cells of side `h` kept `margin` inside the bounds. */
function windingCount(level: Level, h: number, margin: number): Count {
	const landscape = landscapeOf(level);
	const s = newSample();
	const gradient = (x: number, y: number): [number, number] => {
		landscape.evaluate(x, y, s);
		return [s[1]!, s[2]!];
	};

	// an irrational offset keeps the lattice of critical points off the cell edges
	const x0 = level.bounds.x[0] + margin + h * 0.3183098861837907;
	const y0 = level.bounds.y[0] + margin + h * 0.2718281828459045;
	const nx = Math.floor((level.bounds.x[1] - margin - x0) / h);
	const ny = Math.floor((level.bounds.y[1] - margin - y0) / h);
	const count: Count = {minima: 0, saddles: 0, maxima: 0};
	const perEdge = 4;
	for (let j = 0; j < ny; j++) {
		for (let i = 0; i < nx; i++) {
			const ax = x0 + i * h;
			const ay = y0 + j * h;
			const path: Array<[number, number]> = [];
			for (let k = 0; k < perEdge; k++) path.push([ax + (h * k) / perEdge, ay]);
			for (let k = 0; k < perEdge; k++) path.push([ax + h, ay + (h * k) / perEdge]);
			for (let k = 0; k < perEdge; k++) path.push([ax + h - (h * k) / perEdge, ay + h]);
			for (let k = 0; k < perEdge; k++) path.push([ax, ay + h - (h * k) / perEdge]);
			let turn = 0;
			let [px, py] = gradient(...path[path.length - 1]!);
			for (const point of path) {
				const [gx, gy] = gradient(...point);
				let d = Math.atan2(gy, gx) - Math.atan2(py, px);
				while (d > Math.PI) d -= 2 * Math.PI;
				while (d < -Math.PI) d += 2 * Math.PI;
				turn += d;
				[px, py] = [gx, gy];
			}

			const index = Math.round(turn / (2 * Math.PI));
			if (index === -1) count.saddles++;
			else if (index === 1) {
				// a minimum's gradient points outward along the boundary: ∮ ∇f · n > 0
				const [gr] = gradient(ax + h, ay + h / 2);
				const [gl] = gradient(ax, ay + h / 2);
				const [, gt] = gradient(ax + h / 2, ay + h);
				const [, gb] = gradient(ax + h / 2, ay);
				if (gr - gl + gt - gb > 0) count.minima++;
				else count.maxima++;
			}
		}
	}

	return count;
}

/** The engine's points in the same window. */
function engineCount(level: Level, margin: number): Count {
	const found = criticalPoints(level);
	const inside = (p: {x: number; y: number}) =>
		p.x > level.bounds.x[0] + margin && p.x < level.bounds.x[1] - margin && p.y > level.bounds.y[0] + margin && p.y < level.bounds.y[1] - margin;
	return {minima: found.minima.filter(inside).length, saddles: found.saddles.filter(inside).length, maxima: found.maxima.filter(inside).length};
}

describe('critical points of ripple terrains, against an independent count', () => {
	it('there are rippled campaign levels to check', () => {
		expect(rippled.length).toBeGreaterThanOrEqual(3);
	});

	for (const level of rippled) {
		it(`${level.id}: every minimum, saddle and maximum`, () => {
			const wavelength = Math.min(...level.terrain.flatMap((term) => (term.type === 'ripples' ? [term.wavelength] : [])));
			const margin = wavelength / 4;
			const independent = windingCount(level, wavelength / 16, margin);
			const engine = engineCount(level, margin + wavelength / 16);
			expect(engine, level.id).toEqual(independent);
		});
	}
});
