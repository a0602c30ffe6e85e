/**
 * The rocking reading against theory: on a quadratic bowl the heavy ball's error along each
 * eigen-direction λ follows r² − (1 + μ − ηλ)·r + μ = 0 (DESIGN §2). Complex roots (μ above
 * critical damping (1 − √(ηλ))²) swing, a negative real root zigzags, a positive real root creeps.
 * Whichever direction has the largest |r| holds the error left at the end: a swing or a zigzag
 * there is `oscillating`, a creep is `too-slow`.
 */
import {describe, expect, it} from 'vitest';
import {play} from '../../source/engine/index.js';
import {Prng} from '../../source/engine/math.js';
import {buildLevel, knobs} from './build-level.js';

/** The regime and rate of the slowest eigen-direction, computed from the characteristic roots. */
function slowest(curvatures: readonly number[], eta: number, mu: number): {regime: 'swing' | 'zigzag' | 'creep'; rate: number} {
	let worst: {regime: 'swing' | 'zigzag' | 'creep'; rate: number} = {regime: 'creep', rate: 0};
	for (const lambda of curvatures) {
		const b = 1 + mu - eta * lambda;
		const disc = b * b - 4 * mu;
		let found: typeof worst;
		if (disc < 0) {
			found = {regime: 'swing', rate: Math.sqrt(mu)};
		} else {
			const roots = [(b + Math.sqrt(disc)) / 2, (b - Math.sqrt(disc)) / 2];
			const root = Math.abs(roots[0]!) >= Math.abs(roots[1]!) ? roots[0]! : roots[1]!;
			found = {regime: root < 0 ? 'zigzag' : 'creep', rate: Math.abs(root)};
		}

		if (found.rate > worst.rate) worst = found;
	}

	return worst;
}

describe('rocking (oscillating) against the heavy ball theory on quadratic bowls', () => {
	it('agrees with the slowest eigen-direction on ≥ 98% of the runs that neither arrive nor blow up', () => {
		const rng = new Prng(7);
		const seen = {swing: 0, zigzag: 0, creep: 0};
		let compared = 0;
		let agreed = 0;
		for (let i = 0; i < 700; i++) {
			const low = 0.2 + rng.next() * 5;
			const high = low * (1 + rng.next() * 20);
			const mu = Math.min(0.99, Math.sqrt(rng.next()));
			const eta = ((2 + 2 * mu) / high) * (0.02 + rng.next() * 0.95);
			const level = buildLevel([{type: 'bowl', center: [0.5, -0.3], curvature: [low, high]}], {start: [2, 2], budget: 60, tolerance: 1e-7, bounds: {x: [-50, 50], y: [-50, 50]}});
			const {code} = play(level, knobs({learningRate: eta, momentum: mu}), 1).diagnosis;
			if (code !== 'oscillating' && code !== 'too-slow') continue;
			const {regime} = slowest([low, high], eta, mu);
			seen[regime]++;
			compared++;
			if (code === (regime === 'creep' ? 'too-slow' : 'oscillating')) agreed++;
		}

		expect(compared).toBeGreaterThan(300);
		expect(seen.swing).toBeGreaterThan(50);
		expect(seen.creep).toBeGreaterThan(50);
		expect(agreed / compared).toBeGreaterThanOrEqual(0.98);
	});
});
