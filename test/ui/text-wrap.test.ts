import {describe, expect, test} from 'vitest';
import stringWidth from 'string-width';
import {packEntries, wrapSpans, wrapText} from '../../source/text/wrap.js';
import {UI_TEXT} from '../../source/i18n/ui.js';

describe('wrapText', () => {
	test('no line starts or ends with a break space, and every line fits', () => {
		const text = 'You stand blindfolded on the side of a bowl. With η = 0.05 you will get there, but late: lengthen your step and find the bottom.';
		for (let width = 12; width <= 60; width++) {
			const lines = wrapText(text, width);
			for (const line of lines) {
				expect(line.startsWith(' ')).toBe(false);
				expect(line.endsWith(' ')).toBe(false);
				expect(stringWidth(line)).toBeLessThanOrEqual(width);
			}
			// nothing but break spaces is lost
			expect(lines.join(' ').replaceAll(/\s+/g, ' ')).toBe(text);
		}
	});

	test('formulas stay whole: "η = 1/λ", "η·λ < 2 + 2μ" and "(2; 1)" are never split', () => {
		const text = 'Keep the step below the limit η·λ < 2 + 2μ, aim at η = 1/λ and start from (2; 1) as said.';
		for (let width = 14; width <= 50; width++) {
			const joined = wrapText(text, width).join('\n');
			for (const formula of ['η·λ < 2 + 2μ', 'η = 1/λ', '(2; 1)']) expect(joined).toContain(formula);
		}
	});

	test('a limit inside parentheses stays whole: the words around it may break', () => {
		const text = 'Raise the learning rate (the stability limit here is η < 0.4), or add momentum to speed up.';
		for (let width = 16; width <= 60; width++) expect(wrapText(text, width).join('\n')).toContain('η < 0.4');
	});

	test('a formula wider than the line is cut, not lost', () => {
		const lines = wrapText('a = b + c + d + e', 5);
		expect(lines.join('').replaceAll(' ', '')).toBe('a=b+c+d+e');
		for (const line of lines) expect(line.startsWith(' ')).toBe(false);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(5);
	});

	test('paragraphs (newlines) are kept', () => {
		expect(wrapText('one two\nthree', 20)).toEqual(['one two', 'three']);
	});

	test('spans keep their painting across a break', () => {
		const lines = wrapSpans([{text: 'Why: ', paint: (s) => `<${s}>`}, {text: 'it bounced out of the bowl'}], 12);
		expect(lines[0]).toBe('<Why: >it');
		expect(lines.join('|')).toBe('<Why: >it|bounced out|of the bowl');
	});

	test('the legend of both languages wraps at a space between entries', () => {
		for (const lang of ['en', 'es'] as const) {
			const legend = UI_TEXT.legend[lang].replaceAll(/\{\w+\}/g, '●');
			for (const line of wrapText(legend, 50)) expect(line.startsWith(' ')).toBe(false);
		}
	});
});

describe('packEntries', () => {
	test('breaks between entries, never inside one; the lead starts the first line; a lone long entry wraps', () => {
		const entries = ['learning rate η 0.05', 'momentum μ 0.9', 'schedule cosine:0.001:400', 'look-ahead yes'];
		// from the width of the lead and the longest entry
		for (let width = 27; width <= 90; width++) {
			const lines = packEntries(entries, width, ' · ', 'Knobs: ');
			for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
			expect(lines[0]!.startsWith('Knobs: ')).toBe(true);
			// every entry is on one line, whole
			for (const entry of entries) expect(lines.some((line) => line.includes(entry)), `${width}: ${entry}`).toBe(true);
			expect(lines.join(' · ')).toBe(`Knobs: ${entries.join(' · ')}`);
		}
		expect(packEntries(['one entry wider than the line'], 10, ' · ')).toEqual(wrapText('one entry wider than the line', 10));
	});
});
