import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {Prng} from '../../source/engine/math.js';
import {eigenvalues} from '../../source/engine/terrain.js';
import {isPositiveDefinite, randomSymmetric, saddleExperiment, shareChart} from '../../source/tutorial/saddle-experiment.js';

describe('positive definiteness', () => {
	it('agrees with the 2×2 eigenvalues', () => {
		fc.assert(
			fc.property(fc.double({min: -5, max: 5, noNaN: true}), fc.double({min: -5, max: 5, noNaN: true}), fc.double({min: -5, max: 5, noNaN: true}), (a, b, c) => {
				const [low] = eigenvalues(a, b, c);
				fc.pre(Math.abs(low) > 1e-9);
				expect(isPositiveDefinite(Float64Array.of(a, b, b, c), 2)).toBe(low > 0);
			}),
		);
	});

	it('knows the identity, a negative direction and a 3×3 case', () => {
		expect(isPositiveDefinite(Float64Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1), 3)).toBe(true);
		expect(isPositiveDefinite(Float64Array.of(1, 0, 0, 0, -1, 0, 0, 0, 1), 3)).toBe(false);
		// eigenvalues 1, 2, 4 − a rotation of diag(1, 2, 4) would do; this tridiagonal one has 2 − √2, 2, 2 + √2
		expect(isPositiveDefinite(Float64Array.of(2, -1, 0, -1, 2, -1, 0, -1, 2), 3)).toBe(true);
		// eigenvalues 3 and −1
		expect(isPositiveDefinite(Float64Array.of(1, 2, 2, 1), 2)).toBe(false);
	});

	it('draws symmetric matrices, reproducibly', () => {
		const a = randomSymmetric(6, new Prng(3));
		const b = randomSymmetric(6, new Prng(3));
		expect(a).toEqual(b);
		for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) expect(a[i * 6 + j]).toBe(a[j * 6 + i]);
	});
});

describe('the share of minima falls with the dimension', () => {
	const rows = saddleExperiment({maxDimension: 14, samples: 3000, seed: 7});

	it('is about one half in one dimension', () => {
		expect(rows[0]!.share).toBeGreaterThan(0.45);
		expect(rows[0]!.share).toBeLessThan(0.55);
	});

	it('decreases with the dimension and is about zero from ten on', () => {
		for (let n = 1; n < 6; n++) expect(rows[n]!.share).toBeLessThan(rows[n - 1]!.share);
		expect(rows[1]!.share).toBeLessThan(0.3);
		for (const row of rows.slice(9)) expect(row.share).toBeLessThan(0.002);
	});

	it('is drawn as a chart with the one-dimension column tallest', () => {
		const lines = shareChart(rows, 8, true);
		expect(lines).toHaveLength(11);
		const top = lines.findIndex((line) => line.includes('#'));
		expect(lines[top]!.indexOf('#')).toBe(lines[top]!.indexOf('|') + 1);
		expect(lines.at(-1)).toContain('10');
	});
});
