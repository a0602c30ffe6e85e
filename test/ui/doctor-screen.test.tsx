/**
 * The doctor's screen: both curves, the learning rate and the card fit 80×24 and 120×40 in both
 * languages without colour; a log that grows is drawn again (q is played in tmux: see the report).
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {render, cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {readTrainingLog, type ReadResult} from '../../source/doctor/report.js';
import {DoctorScreen} from '../../source/ui/doctor/DoctorScreen.js';
import {doctorFrame} from '../../source/ui/doctor/frame.js';
import {makeTheme} from '../../source/ui/theme.js';
import {frame, waitForFrame} from '../helpers/ink.js';

afterEach(cleanup);

const fixture = (run: string, file: string) => readFileSync(fileURLToPath(new URL(`../fixtures/doctor/tuning/${run}/${file}`, import.meta.url)), 'utf8');
const theme = makeTheme(0, false);

describe('doctorFrame', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		for (const lang of ['en', 'es'] as const) {
			it(`shows both curves, η and the card at ${columns}×${rows} in ${lang}`, () => {
				const result = readTrainingLog(fixture('mlp-small-split', 'metrics.csv'), {file: 'metrics.csv', lang});
				const lines = doctorFrame({result, file: 'metrics.csv', lang, watching: false, columns, rows, chalk: theme.chalk, ascii: false}).map((l) => stripAnsi(l));
				expect(lines.length).toBeLessThanOrEqual(rows - 1);
				for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(columns);
				const text = lines.join('\n');
				expect(text).toContain('(train_loss)');
				expect(text).toContain('(val_loss)');
				// η is constant in this run: one number on the step line
				expect(text).toMatch(/η = 0[.,]05/);
				// both curves are drawn, not only named
				expect(text.match(/•/g)?.length ?? 0).toBeGreaterThan(20);
				expect(text.match(/∘/g)?.length ?? 0).toBeGreaterThan(20);
				expect(text).toContain(lang === 'es' ? 'Sobreajuste [overfitting]' : 'Overfitting [overfitting]');
				expect(text).toContain(lang === 'es' ? 'Mundo 3 · 3, Ni tanta ni tan poca' : 'World 3 · 3, Just enough friction');
			});
		}
	}

	it('at 80 columns the title keeps the whole format; a long file name gives way (its last part, then its end)', () => {
		for (const lang of ['en', 'es'] as const) {
			const result = readTrainingLog(fixture('mlp-small-split', 'metrics.csv'), {file: 'metrics.csv', lang});
			const format = lang === 'es' ? '(metrics.csv de PyTorch Lightning)' : '(PyTorch Lightning metrics.csv)';
			const shown = (file: string) => {
				const [header = ''] = doctorFrame({result, file, lang, watching: false, columns: 80, rows: 24, chalk: theme.chalk, ascii: false});
				expect(stringWidth(header)).toBeLessThanOrEqual(80);
				const line = header.trimEnd();
				expect(line.startsWith('descenso doctor · '), line).toBe(true);
				expect(line.endsWith(` ${format}`), line).toBe(true);
				return line.slice('descenso doctor · '.length, -format.length - 1);
			};

			expect(shown('metrics.csv')).toBe('metrics.csv');
			expect(shown('/home/someone/experiments/2026-11-30/run-0042/metrics.csv')).toBe('metrics.csv');
			for (const file of ['examples/doctor/cars-small-split-metrics.csv', 'a-file-name-much-too-long-to-fit-on-one-line-of-eighty-columns-at-all.csv']) {
				const name = shown(file);
				const base = file.split('/').at(-1)!;
				// the whole last part when it fits, else its end (at least ten characters of it) after an ellipsis
				expect(name === base || (name.startsWith('…') && base.endsWith(name.slice(1)) && name.length > 10), `${lang}: ${name}`).toBe(true);
			}
		}
	});

	it('draws η under the curves when it changes', () => {
		const result = readTrainingLog(fixture('linreg-warmup-blows-up', 'keras.csv'), {file: 'keras.csv', lang: 'en'});
		const text = doctorFrame({result, file: 'keras.csv', lang: 'en', watching: false, columns: 80, rows: 24, chalk: theme.chalk, ascii: false}).join('\n');
		expect(text).toContain('learning rate η (learning_rate)');
		expect(text.match(/·/g)?.length ?? 0).toBeGreaterThan(20);
	});

	it('marks a blow-up beyond the chart on its top row', () => {
		const result = readTrainingLog(fixture('mlp-lr-too-large', 'loss.txt'), {file: 'loss.txt', lang: 'en'});
		const lines = doctorFrame({result, file: 'loss.txt', lang: 'en', watching: false, columns: 100, rows: 30, chalk: theme.chalk, ascii: true});
		expect(lines[2]).toContain('X');
	});
});

describe('DoctorScreen', () => {
	it('draws a new reading of the log as it grows', async () => {
		let push: ((result: ReadResult) => void) | undefined;
		const first = readTrainingLog(fixture('linreg-warmup-blows-up', 'loss.txt').split('\n').slice(0, 120).join('\n'), {file: 'log', lang: 'en'});
		const r = render(<DoctorScreen initial={first} file="log" lang="en" theme={theme} subscribe={(listener) => ((push = listener), () => undefined)} />);
		await waitForFrame(r, 'following the file (120 points)');
		expect(frame(r)).not.toContain('[exploding]');
		push!(readTrainingLog(fixture('linreg-warmup-blows-up', 'loss.txt'), {file: 'log', lang: 'en'}));
		await waitForFrame(r, '[exploding]');
	});

	it('leaves with 130 on Ctrl+C (an interrupt) and with 0 on q', async () => {
		const result = readTrainingLog(fixture('linreg-good', 'loss.txt'), {file: 'log', lang: 'en'});
		for (const [key, expected] of [
			['\u0003', 130],
			['q', 0],
		] as const) {
			const left: number[] = [];
			const r = render(<DoctorScreen initial={result} file="log" lang="en" theme={theme} onLeave={(code) => left.push(code)} />);
			await waitForFrame(r, '[healthy]');
			r.stdin.write(key);
			await vi.waitFor(() => expect(left).toEqual([expected]));
			r.unmount();
		}
	});
});
