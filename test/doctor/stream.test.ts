/**
 * The doctor reads a log as it streams, in bounded memory (source/doctor/parse.ts, sample.ts):
 * - cut into chunks anywhere (inside a number, a UTF-8 character, a CRLF), every log reads exactly as
 *   it does given whole;
 * - however long the log, a series keeps at most SAMPLE_CAP points, while what one point decides
 *   (first, last, lowest, where it blew up) is read over every point;
 * - a curve logged 50 times finer, so long that only a sample of it is kept, gets the diagnosis of
 *   the short log: built from the theory for each code.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {StringDecoder} from 'node:string_decoder';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {diagnoseTraining, type DoctorCode} from '../../source/doctor/diagnose.js';
import {LogReader, parseTrainingLog, pointCount, type ParseResult} from '../../source/doctor/parse.js';
import {plotCurves, pointsToDraw} from '../../source/doctor/plot.js';
import {SAMPLE_CAP, Sampler} from '../../source/doctor/sample.js';
import {random} from '../helpers/random.js';

/** Reads `bytes` as the command does: in chunks of the given sizes, decoded as they come. */
function streamed(bytes: Buffer, sizes: () => number, column?: string): ParseResult {
	const reader = new LogReader(column === undefined ? {} : {column});
	const decoder = new StringDecoder('utf8');
	for (let at = 0; at < bytes.length; ) {
		const size = Math.max(1, sizes());
		reader.write(decoder.write(bytes.subarray(at, at + size)));
		at += size;
	}
	reader.write(decoder.end());
	return reader.end();
}

const fixtures = fileURLToPath(new URL('../fixtures/doctor', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/doctor', import.meta.url));
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

describe('a log cut into chunks reads as it does whole', () => {
	it('every fixture and example, cut at random places', () => {
		const rand = random(7);
		const all = [...files(fixtures), ...files(examples)];
		expect(all.length).toBeGreaterThan(300);
		for (const file of all) {
			const bytes = readFileSync(file);
			const whole = parseTrainingLog(bytes.toString('utf8'));
			const cut = streamed(bytes, () => Math.floor(rand() ** 3 * 5000));
			expect(cut, path.relative(fixtures, file)).toEqual(whole);
		}
	});

	it('the places a reader can trip on: a BOM, CRLF, a lone CR, a character of several bytes, a quote, a half-written line', () => {
		const logs = [
			'\uFEFFepoch,learning_rate,loss,val_loss\r\n0,0.01,2.5,2.7\r\n1,0.01,1.5,1.9\r\n2,0.01,nan,inf\r\n\r\n',
			'époque;pérte «train»;val_loss\n0;"2,5";2.7\n1;1.5;\n2;1.0;1.2\n',
			'loss\r3.5\r\r2.25\rinf\rnan\r',
			'{"step": 1, "loss": 3, "note": "ünïcödé 🚀"}\r\n{"step": 2, "loss": 2, "val_loss": 2.5}\n{"step": 3, "loss": NaN}\n{"step": 4, "lo',
			'{\n  "log_history": [\n    {"loss": 2.1, "step": 10},\n    {"loss": 1.5, "step": 20}\n  ]\n}\n',
			'epoch,step,train_loss_step,val/loss\n0,0,2.0,\n0,1,1.8,\n0,1,,1.9\n1,2,1.2,\n',
		];
		for (const text of logs) {
			const bytes = Buffer.from(text, 'utf8');
			const whole = parseTrainingLog(text);
			expect(whole.ok, text).toBe(true);
			expect(streamed(bytes, () => 1), text).toEqual(whole);
			expect(streamed(bytes, () => 2), text).toEqual(whole);
			expect(streamed(bytes, () => 7), text).toEqual(whole);
		}
	});
});

describe('memory stays bounded however long the log', () => {
	it('a sampler fed fifty times its cap keeps at most the cap, evenly spaced, and the exact extremes', () => {
		const sampler = new Sampler();
		const n = 50 * SAMPLE_CAP;
		for (let i = 0; i < n; i++) {
			// a slow descent with one deep dip and one spike, off any sampled position, and NaN near the end
			const value = i === 1_234_567 ? 0.001 : i === 2_345_679 ? 1e6 : i >= n - 1001 ? Number.NaN : 2 - i / n;
			sampler.add(i, i * 10, Number.NaN, value);
			if (i % 100_000 === 0) expect(sampler.kept).toBeLessThanOrEqual(SAMPLE_CAP);
		}
		const series = sampler.series('loss', (_row, step) => step);
		expect(series.points.length).toBeLessThanOrEqual(SAMPLE_CAP);
		expect(series.points.length).toBeGreaterThan(SAMPLE_CAP / 2);
		const stride = series.logged!.stride;
		expect(series.points.every((p, k) => p.step === k * stride * 10)).toBe(true);
		expect(series.logged).toMatchObject({
			count: n,
			best: {step: 12_345_670, value: 0.001},
			peak: {step: 23_456_790, value: 1e6},
			blowUp: {index: n - 1001, at: {step: (n - 1001) * 10}, before: {step: (n - 1002) * 10}},
			last: {step: (n - 1) * 10},
		});
		// the chart spans the whole run and reaches the spike the sample stepped over
		expect(series.points.some((p) => p.value === 1e6)).toBe(false);
		const drawn = pointsToDraw(series);
		expect(drawn.some((p) => p.value === 1e6)).toBe(true);
		expect(plotCurves([{kind: 'train', points: series.points}], 100, 10).last).toBeLessThan((n - 1) * 10);
		expect(plotCurves([{kind: 'train', points: drawn}], 100, 10).last).toBe((n - 1) * 10);
	});

	it('a long CSV and a long JSON-lines log keep at most the cap of each series, and count every point', () => {
		const n = 2 * SAMPLE_CAP + 17;
		const csv = ['step,loss,val_loss,lr'];
		const jsonl: string[] = [];
		for (let i = 0; i < n; i++) {
			const loss = 0.1 + 2 * 0.9999 ** i;
			csv.push(i % 100 === 0 ? `${i},${loss},${loss * 1.1},0.001` : `${i},${loss},,0.001`);
			jsonl.push(JSON.stringify(i % 100 === 0 ? {step: i, loss, eval_loss: loss * 1.1, learning_rate: 1e-3} : {step: i, loss, learning_rate: 1e-3}));
		}
		for (const text of [csv.join('\n'), jsonl.join('\n')]) {
			const result = parseTrainingLog(text);
			if (!result.ok) throw new Error(result.code);
			const {train, validation, learningRate} = result.log;
			expect(validation!.points.length).toBeLessThanOrEqual(SAMPLE_CAP);
			expect(train.points.length).toBeLessThanOrEqual(SAMPLE_CAP);
			expect(learningRate!.points.length).toBeLessThanOrEqual(SAMPLE_CAP);
			expect(pointCount(train)).toBe(n);
			expect(train.logged?.last).toEqual({step: n - 1, value: 0.1 + 2 * 0.9999 ** (n - 1)});
		}
		// the CSV's empty val_loss cells are NaN (a Keras-like log), the JSON lines' absent keys are gaps
		const fromCsv = parseTrainingLog(csv.join('\n'));
		const fromJsonl = parseTrainingLog(jsonl.join('\n'));
		expect(fromCsv.ok && pointCount(fromCsv.log.validation!)).toBe(n);
		expect(fromJsonl.ok && pointCount(fromJsonl.log.validation!)).toBe(Math.ceil(n / 100));
	});
});

/**
 * Curves built from the theory, as functions of the run's progress u ∈ [0, 1], logged at n
 * points: the same run logged 50 times finer is the same curve with 50 times as many points, each
 * with its own batch noise.
 */
const CASES: Array<{code: DoctorCode; why: string; loss: (u: number, noise: number) => number; validation?: (u: number) => number; lr?: (u: number) => number}> = [
	{code: 'healthy', why: 'fast fall to a floor: a good η', loss: (u, z) => (0.1 + 2 * Math.exp(-u * 25)) * Math.exp(0.01 * z)},
	{code: 'too-slow', why: 'a steady walk down that has not slowed (ηλ ≪ 1): loss ∝ e^(−2ηλt)', loss: (u, z) => 2 * Math.exp(-1.5 * u) * Math.exp(0.002 * z)},
	{code: 'noisy', why: 'batch noise: each logged loss ×e^(±1)', loss: (u, z) => (0.3 + 2 * Math.exp(-u * 10)) * Math.exp(z)},
	{code: 'exploding', why: 'ηλ > 2: |1 − ηλ| > 1 grows the loss geometrically until it overflows', loss: (u, z) => (u < 0.6 ? 2 * Math.exp(-3 * u) : u < 0.8 ? 2 * Math.exp(-1.8 + 60 * (u - 0.6)) : Number.NaN) * Math.exp(0.01 * z)},
	{code: 'plateau', why: 'balanced on a pass for 40 % of the run, then falling off it ×10', loss: (u, z) => (u < 0.45 ? 2 - 0.02 * u : 0.2 + 1.79 * Math.exp(-(u - 0.45) * 40)) * Math.exp(0.002 * z)},
	{
		code: 'overfitting',
		why: 'training keeps falling while validation turns back up',
		loss: (u, z) => (0.02 + 2 * Math.exp(-u * 8)) * Math.exp(0.01 * z),
		validation: (u) => 0.6 + 1.6 * Math.exp(-u * 12) + 1.2 * Math.max(0, u - 0.35) ** 1.5,
	},
];

function logOf(c: (typeof CASES)[number], n: number, seed: number): string {
	const rand = random(seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
	// PyTorch Lightning's metrics.csv: validation on rows of its own
	const lines = ['epoch,step,train_loss,val_loss'];
	const every = Math.max(1, Math.round(n / 100));
	for (let i = 0; i < n; i++) {
		const u = i / (n - 1);
		const epoch = Math.floor(u * 10);
		const loss = c.loss(u, normal());
		lines.push(`${epoch},${i},${Number.isNaN(loss) ? 'nan' : loss},`);
		if (c.validation && i % every === 0) lines.push(`${epoch},${i},,${c.validation(u)}`);
	}
	return lines.join('\n');
}

describe('batch noise ×e^±1 is noisy whatever the noise drawn', () => {
	it('the noisy case with the noise of seeds 1–8, logged 2000 and 100000 times: a point ten times its start is a lucky draw, not a blow-up', () => {
		// over a hundred thousand draws of e^z, z ≥ 4 comes a few times: one point ×10 over the start
		const c = CASES.find((k) => k.code === 'noisy')!;
		const codes = [];
		for (let seed = 1; seed <= 8; seed++) {
			for (const n of [2000, 100_000]) {
				const parsed = parseTrainingLog(logOf(c, n, seed));
				if (!parsed.ok) throw new Error(parsed.code);
				codes.push(`${seed}/${n}: ${diagnoseTraining(parsed.log).code}`);
			}
		}
		expect(codes.filter((code) => !code.endsWith(': noisy'))).toEqual([]);
	});
});

describe('a curve logged 50 times finer, sampled, gets the same diagnosis', () => {
	for (const c of CASES) {
		it(`${c.code}: ${c.why}`, () => {
			const codes = [2000, 100_000].map((n) => {
				const parsed = parseTrainingLog(logOf(c, n, 3));
				if (!parsed.ok) throw new Error(parsed.code);
				return {sampled: parsed.log.train.logged !== undefined, code: diagnoseTraining(parsed.log).code};
			});
			expect(codes).toEqual([
				{sampled: false, code: c.code},
				{sampled: true, code: c.code},
			]);
		});
	}
});
