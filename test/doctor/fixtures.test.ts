/**
 * The doctor on real training runs (scripts/doctor-fixtures.mjs): every run of the tuning set in
 * every format it was written in gets the code its knobs were set to produce; the held-out set
 * (other seeds, knobs and models, never used to choose thresholds) is checked the same way, with
 * its known misses listed here so that a new miss, or a fixed one, fails the test.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {diagnoseTraining, DOCTOR_CODES} from '../../source/doctor/diagnose.js';
import {parseTrainingLog} from '../../source/doctor/parse.js';

const base = fileURLToPath(new URL('../fixtures/doctor', import.meta.url));

type Run = {name: string; code: string; why: string; formats: string[]};

const FORMAT_OF: Record<string, string> = {
	'keras.csv': 'keras',
	'metrics.csv': 'lightning',
	'trainer_state.json': 'huggingface',
	'tensorboard.csv': 'tensorboard',
	'log.jsonl': 'jsonl',
	'loss.txt': 'plain',
};

function manifest(set: string): Run[] {
	return JSON.parse(readFileSync(join(base, set, 'manifest.json'), 'utf8')) as Run[];
}

function diagnose(set: string, run: string, file: string): {format: string; code: string} {
	const parsed = parseTrainingLog(readFileSync(join(base, set, run, file), 'utf8'));
	if (!parsed.ok) return {format: '-', code: parsed.code};
	return {format: parsed.log.format, code: diagnoseTraining(parsed.log).code};
}

/**
 * Held-out runs the doctor gets wrong, with what it says instead (see the report in the commit
 * that added them): a decelerating small-η network and a small-η mini-batch regression read as
 * healthy (they had slowed down by the end), and a μ = 0.95 ravine whose swings had died out by
 * the second half reads as healthy too.
 */
const HELD_OUT_MISSES: Record<string, Record<string, string>> = {
	heldout: {
		'mlp-lr-0.005': 'healthy',
		'linreg-lr-0.005-batch-64': 'healthy',
		'linreg-unscaled-0.95': 'healthy',
		'softmax-lr-huge-batch-10': 'noisy (in the formats without validation)',
	},
	/**
	 * The second held-out set was made after the thresholds were frozen and run once: a softmax
	 * regression with η = 50 whose loss jumped ×9.5 (the line is ×10) and then settled reads as
	 * healthy, and a small-η network that had slowed to a stop reads as healthy.
	 */
	'heldout-2': {
		'softmax-lr-50': 'healthy',
		'mlp-cars-lr-0.002': 'healthy',
	},
};

describe('doctor fixtures from real training', () => {
	it('has every code in the tuning set and in the held-out set', () => {
		for (const set of ['tuning', 'heldout', 'heldout-2']) expect(new Set(manifest(set).map((r) => r.code))).toEqual(new Set(DOCTOR_CODES));
	});

	for (const run of manifest('tuning')) {
		it(`tuning/${run.name} is ${run.code} in every format (${run.why})`, () => {
			for (const file of run.formats) expect({file, ...diagnose('tuning', run.name, file)}).toEqual({file, format: FORMAT_OF[file], code: run.code});
		});
	}

	for (const set of ['heldout', 'heldout-2']) {
		for (const run of manifest(set)) {
			const miss = HELD_OUT_MISSES[set]![run.name];
			it(`${set}/${run.name} is ${run.code}${miss ? ` (known miss: ${miss})` : ''}`, () => {
				const got = run.formats.map((file) => ({file, ...diagnose(set, run.name, file)}));
				for (const g of got) expect(g.format).toBe(FORMAT_OF[g.file]);
				const wrong = got.filter((g) => g.code !== run.code);
				if (miss) expect(wrong.length).toBeGreaterThan(0);
				else expect(wrong).toEqual([]);
			});
		}
	}
});
