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
 * Held-out runs the doctor gets wrong, with what it says instead. The misses of `heldout` and
 * `heldout-2` (small-η runs that had slowed down, a μ = 0.95 ravine whose swings had died out, a
 * softmax thrown ×9.5 by η = 50) were studied and the rules changed for them (half-time, early
 * swing, jumps above the running best), so those two sets are no longer a clean estimate.
 *
 * `heldout-3` was made before those changes and run once after them (12/17 before, 14/17 after):
 * a softmax with η = 30 reads as oscillating (its loss rocks between two large values instead of
 * running off), a tanh network on iris with η = 8 and μ = 0.5 reads as overfitting (with a
 * validation curve) or plateau (without), and a 48-unit network on 7 irises reads as healthy (its
 * validation loss did not turn up by ×1.25).
 */
const HELD_OUT_MISSES: Record<string, Record<string, string>> = {
	heldout: {},
	'heldout-2': {},
	'heldout-3': {
		'softmax-lr-30': 'oscillating',
		'mlp-iris-lr-8': 'overfitting or plateau',
		'mlp-iris-7': 'healthy',
	},
};

describe('doctor fixtures from real training', () => {
	it('has every code in the tuning set and in the held-out set', () => {
		for (const set of ['tuning', 'heldout', 'heldout-2', 'heldout-3']) expect(new Set(manifest(set).map((r) => r.code))).toEqual(new Set(DOCTOR_CODES));
	});

	for (const run of manifest('tuning')) {
		it(`tuning/${run.name} is ${run.code} in every format (${run.why})`, () => {
			for (const file of run.formats) expect({file, ...diagnose('tuning', run.name, file)}).toEqual({file, format: FORMAT_OF[file], code: run.code});
		});
	}

	for (const set of ['heldout', 'heldout-2', 'heldout-3']) {
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
