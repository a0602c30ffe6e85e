/**
 * Lesson 7's live experiment: draw random symmetric Hessians (GOE: entries N(0, 1), then
 * symmetrised as (A + Aᵀ)/2) in 1 to 50 dimensions and count how many are positive definite —
 * how many random critical points would be minima. A Cholesky attempt decides it exactly.
 */
import {Prng} from '../engine/math.js';
import type {Language} from '../engine/types.js';
import {learnerPercent} from './format.js';

/** A random symmetric n×n matrix, row-major. */
export function randomSymmetric(n: number, rng: Prng): Float64Array {
	const m = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		m[i * n + i] = rng.gaussian();
		for (let j = 0; j < i; j++) {
			const value = (rng.gaussian() + rng.gaussian()) / 2;
			m[i * n + j] = value;
			m[j * n + i] = value;
		}
	}

	return m;
}

/** True when every eigenvalue of the symmetric matrix `m` (n×n, row-major) is positive. */
export function isPositiveDefinite(m: Float64Array, n: number): boolean {
	const l = new Float64Array(n * n);
	for (let j = 0; j < n; j++) {
		let diagonal = m[j * n + j]!;
		for (let k = 0; k < j; k++) diagonal -= l[j * n + k]! ** 2;
		if (!(diagonal > 0)) return false;
		const root = Math.sqrt(diagonal);
		l[j * n + j] = root;
		for (let i = j + 1; i < n; i++) {
			let sum = m[i * n + j]!;
			for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
			l[i * n + j] = sum / root;
		}
	}

	return true;
}

/** One row of the experiment. */
export type ExperimentRow = {
	/** number of parameters, 1–50 */
	dimension: number;
	samples: number;
	/** how many of the samples were minima (all curvatures positive) */
	minima: number;
	/** minima / samples, 0–1 */
	share: number;
};

/** The experiment for one dimension, drawing from `rng`. */
export function experimentRow(dimension: number, samples: number, rng: Prng): ExperimentRow {
	let minima = 0;
	for (let s = 0; s < samples; s++) {
		if (isPositiveDefinite(randomSymmetric(dimension, rng), dimension)) minima++;
	}

	return {dimension, samples, minima, share: minima / samples};
}

/** The experiment's seed for dimension n: each row is reproducible on its own, so it can run one row per frame. */
export function rowSeed(seed: number, dimension: number): number {
	return (seed * 1_000_003 + dimension * 7919) >>> 0;
}

/** The whole experiment, dimensions 1..maxDimension. */
export function saddleExperiment(options: {maxDimension?: number; samples?: number; seed?: number} = {}): ExperimentRow[] {
	const {maxDimension = 50, samples = 200, seed = 7} = options;
	const rows: ExperimentRow[] = [];
	for (let n = 1; n <= maxDimension; n++) rows.push(experimentRow(n, samples, new Prng(rowSeed(seed, n))));
	return rows;
}

/**
 * A column chart of the share of minima by dimension: one column per row, `height` text rows
 * tall, with a percentage axis on the left and the dimensions underneath.
 */
export function shareChart(rows: readonly ExperimentRow[], height: number, ascii: boolean, lang: Language = 'en'): string[] {
	const pct = (value: number) => learnerPercent(value / 100, lang);
	const width = pct(100).length;
	const pad = (text: string) => text.padStart(width);
	const left = width + 2;
	const full = ascii ? '#' : '█';
	const half = ascii ? '+' : '▄';
	const lines: string[] = [];
	for (let r = height; r >= 1; r--) {
		const label = pad(r === height ? pct(100) : r === Math.ceil(height / 2) ? pct(50) : '');
		let line = `${label} ${ascii ? '|' : '│'}`;
		for (const row of rows) {
			const filled = row.share * height;
			line += filled >= r ? full : filled >= r - 0.5 && filled > 0 ? half : row.share > 0 && r === 1 ? (ascii ? '.' : '▁') : ' ';
		}

		lines.push(line.trimEnd());
	}

	let axis = `${pad(pct(0))} ${ascii ? '+' : '└'}`;
	let marks = ' '.repeat(left);
	for (const row of rows) {
		axis += ascii ? '-' : '─';
		marks += row.dimension === 1 || row.dimension % 10 === 0 ? '|' : ' ';
	}

	let numbers = ' '.repeat(left);
	for (const row of rows) {
		const position = numbers.length;
		const wanted = left + row.dimension - 1;
		if ((row.dimension === 1 || row.dimension % 10 === 0) && position <= wanted) {
			numbers += ' '.repeat(wanted - position) + String(row.dimension);
		}
	}

	return [...lines, axis, marks.trimEnd(), numbers];
}
