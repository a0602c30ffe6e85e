/**
 * The period the doctor quotes for a swing, read from the theory: a decaying loss rocked by a
 * sinusoid of known period T (in logged steps) with batch noise on top. Reading every k-th point
 * of it samples the sinusoid below its Nyquist rate once k > T/2, and a sampled sinusoid shows
 * an alias of period |1/(1/T − m/k)|, not T: the period must be measured on consecutive points,
 * or not quoted as a number.
 */
import {describe, expect, it} from 'vitest';
import {readTrainingLog} from '../../source/doctor/report.js';
import {RAW_WINDOW, SAMPLE_CAP, Sampler} from '../../source/doctor/sample.js';
import {random} from '../helpers/random.js';

const PERIOD = 10.3;

/** step,loss: (floor + decay)·e^(a·sin(2πt/T) + σ·z), the swing ×e^±0.05 and the noise ×e^±0.01 */
function rockingLog(n: number, seed: number): string {
	const rand = random(seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
	const lines = ['step,loss'];
	for (let t = 0; t < n; t++) {
		const u = t / (n - 1);
		lines.push(`${t},${(0.1 + 2 * Math.exp(-5 * u)) * Math.exp(0.05 * Math.sin((2 * Math.PI * t) / PERIOD) + 0.01 * normal())}`);
	}
	return lines.join('\n');
}

describe('the period of a swing is the true one at any length of log', () => {
	for (const n of [2000, 20_000, 200_000]) {
		it(`T = ${PERIOD} steps, ${n} steps logged: oscillating, and the period quoted is within ±10 % of T`, () => {
			const result = readTrainingLog(rockingLog(n, 7), {file: 'run.csv', lang: 'en'});
			if (!result.ok) throw new Error(result.code);
			// 20,000 points are kept whole (and were analysed every 5th); 200,000 only as a sample
			expect(result.log.train.logged !== undefined).toBe(n > SAMPLE_CAP);
			expect(result.diagnosis.code).toBe('oscillating');
			const quoted = /period of about ([\d.]+) logged steps/.exec(result.report.diagnosis.evidence);
			expect(quoted, result.report.diagnosis.evidence).not.toBeNull();
			expect(Math.abs(Number(quoted![1]) - PERIOD) / PERIOD).toBeLessThanOrEqual(0.1);
		});
	}
});

describe('a sampled series keeps its first and last points consecutive', () => {
	it('the first and the last RAW_WINDOW values, in order, also after a wide log lowers the cap', () => {
		const sampler = new Sampler();
		const n = 3 * SAMPLE_CAP + 17;
		for (let i = 0; i < n; i++) sampler.add(i, i, Number.NaN, i);
		const range = (from: number, length: number) => Array.from({length}, (_, k) => from + k);
		const logged = sampler.series('loss', (_row, step) => step).logged!;
		expect(logged.head).toEqual(range(0, RAW_WINDOW));
		expect(logged.recent).toEqual(range(n - RAW_WINDOW, RAW_WINDOW));
		sampler.limit(1000);
		for (let i = n; i < n + 1500; i++) sampler.add(i, i, Number.NaN, i);
		const narrowed = sampler.series('loss', (_row, step) => step).logged!;
		expect(narrowed.head).toEqual(range(0, 1000));
		expect(narrowed.recent).toEqual(range(n + 1500 - 1000, 1000));
	});
});
