/**
 * Numbers shown to people are rounded for reading: every campaign level's text report, at its
 * default knobs and at the mistake its lesson is about (levels/LESSONS.md, lessons.json), in both
 * languages, has no e-notation and no negative zero.
 */
import {readFile} from 'node:fs/promises';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {LossPlot} from '../../source/ui/components/LossPlot.js';
import {makeTheme} from '../../source/ui/theme.js';
import {play, resolveKnobs, type KnobInput} from '../../source/engine/index.js';
import {formatNumber} from '../../source/i18n/format.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';
import {formatReport} from '../../source/report.js';

type Lesson = {id: string; mistake: KnobInput};
const {levels} = await loadLevelDir(CAMPAIGN_DIR);
const lessons = JSON.parse(await readFile(new URL('../levels/lessons.json', import.meta.url), 'utf8')) as Lesson[];

/** e-notation (`1.2e-7`, `3E+5`) or a negative zero (`-0`, `−0,000`, not `-0.5`). */
const RAW = /\d[eE][+-]?\d|[-−]0(?:[.,]0*)?(?![\d.,])/;

afterEach(cleanup);

describe('numbers for people', () => {
	it('labels the loss curve\'s log axis as powers of ten, not 1e19', () => {
		const loss = Float64Array.from({length: 30}, (_, i) => 10 ** (i - 3));
		for (const ascii of [false, true]) {
			const {lastFrame} = render(<LossPlot loss={loss} minLoss={1e-3} width={40} height={5} theme={makeTheme(0, ascii)} title="loss" lang="en" />);
			const frame = lastFrame() ?? '';
			expect(frame).not.toMatch(RAW);
			expect(frame).toContain(ascii ? '10^' : '10');
		}
	});

	it('labels a curve that stays inside one decade with its two values, not 10⁰ twice', () => {
		// 1.29 → 0.38 above the floor (a w7-07 run): both ends round to the decade 10⁰
		const loss = Float64Array.from({length: 30}, (_, i) => 1 + 1.29 * (0.38 / 1.29) ** (i / 29));
		const {lastFrame} = render(<LossPlot loss={loss} minLoss={1} width={40} height={5} theme={makeTheme(0, false)} title="loss" lang="es" />);
		const labels = (lastFrame() ?? '').split('\n').slice(1).map((line) => line.slice(0, 6).trim()).filter(Boolean);
		expect(labels).toEqual(['1,3', '0,38']);
	});

	it('formats without e-notation, with ·10ⁿ for the very large and very small, and 0 for rounding noise', () => {
		expect(formatNumber(-4.440892098500626e-16, 'en')).toBe('0');
		expect(formatNumber(-0, 'es')).toBe('0');
		expect(formatNumber(1.2345678e-7, 'en')).toBe('1.23·10⁻⁷');
		expect(formatNumber(1.2345678e-7, 'es')).toBe('1,23·10⁻⁷');
		expect(formatNumber(-2.5e12, 'en', 2)).toBe('-2.5·10¹²');
		expect(formatNumber(0.000123456, 'es')).toBe('0,000123');
		expect(formatNumber(9.99996e-5, 'en')).toBe('0.0001');
		expect(formatNumber(-0.0004, 'en', 3)).toBe('-0.0004');
	});

	const cases = levels.flatMap((level) => {
		const lesson = lessons.find((l) => l.id === level.id);
		const knobSets: Array<[string, KnobInput]> = [['default', {}]];
		if (lesson) knobSets.push(['mistake', lesson.mistake]);
		return knobSets.map(([which, input]) => ({level, which, input}));
	});

	it.each(cases.map((c) => [`${c.level.id} at ${c.which} knobs`, c] as const))('%s: the text report reads without raw floats', (_, {level, input}) => {
		const knobs = resolveKnobs(level, input);
		if (!knobs.ok) throw new Error(`${level.id}: ${JSON.stringify(input)} does not resolve`);
		const outcome = play(level, knobs.value, 1);
		for (const lang of ['es', 'en'] as const) {
			const text = String(formatReport(outcome, lang, {ascii: false}));
			const line = text.split('\n').find((l) => RAW.test(l));
			expect(line, `${lang} report of ${level.id}`).toBeUndefined();
		}
	});
});
