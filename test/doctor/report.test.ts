/**
 * The doctor's words use the game's number style (no e-notation, the minus sign −, the decimal
 * comma in Spanish) on every run of the tuning set, while `--json` keeps its points as numbers.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {readTrainingLog} from '../../source/doctor/report.js';

const base = fileURLToPath(new URL('../fixtures/doctor/tuning', import.meta.url));
const runs = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8')) as Array<{name: string; formats: string[]}>;

test('evidence and advice read as the rest of the game: no 1e-4, no hyphen for minus, es decimal commas', () => {
	const seen = {negative: 0, small: 0};
	for (const run of runs) {
		const file = run.formats.includes('keras.csv') ? 'keras.csv' : run.formats[0]!;
		const text = readFileSync(join(base, run.name, file), 'utf8');
		for (const lang of ['en', 'es'] as const) {
			const result = readTrainingLog(text, {file, lang});
			if (!result.ok) throw new Error(`${run.name}/${file}: ${result.code}`);
			const {evidence, advice} = result.report.diagnosis;
			for (const words of [evidence, advice]) {
				expect(words, `${run.name} ${lang}`).not.toMatch(/\d(?:[.,]\d+)?e[-+]?\d/i);
				expect(words, `${run.name} ${lang}`).not.toMatch(/(?:^|[\s(;=:→×≈])-\d/);
				if (lang === 'es') expect(words, run.name).not.toMatch(/\d\.\d/);
				if (/−\d/.test(words)) seen.negative++;
				if (/0[.,]000\d/.test(words)) seen.small++;
			}
			expect(typeof result.report.series[0]!.points[0]!.value).toBe('number');
		}
	}
	// the cases that were written 1e-4 and -0.843 are among them
	expect(seen.negative).toBeGreaterThan(0);
	expect(seen.small).toBeGreaterThan(0);
});
