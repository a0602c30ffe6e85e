import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {TUTORIAL_TEXT} from '../../source/i18n/tutorial.js';
import {pageLines, wrapText} from '../../source/tutorial/layout.js';

describe('wrapText', () => {
	it('keeps every row within the width and loses no word', () => {
		for (const [key, text] of Object.entries(TUTORIAL_TEXT)) {
			for (const lang of ['es', 'en'] as const) {
				for (const width of [30, 79, 119]) {
					const lines = wrapText(text[lang], width);
					for (const line of lines) expect(stringWidth(line), `${key} ${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
					const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
					if (width > 40) expect(words(lines.join(' ')), `${key} ${lang} ${width}`).toEqual(words(text[lang]));
				}
			}
		}
	});

	it('keeps blank rows as a space and indents a continued bullet under its text', () => {
		expect(wrapText('a\n\nb', 10)).toEqual(['a', ' ', 'b']);
		expect(wrapText('  • one two three', 11)).toEqual(['  • one two', '    three']);
	});

	it('cuts a word wider than the row', () => {
		expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});
});

describe('pageLines', () => {
	it('splits into pages no taller than asked, preferring a blank row, none starting blank', () => {
		const lines = ['1', '2', '3', ' ', '5', '6', '7', '8'];
		const pages = pageLines(lines, 5);
		expect(pages).toEqual([['1', '2', '3'], ['5', '6', '7', '8']]);
		const long = Array.from({length: 23}, (_, i) => String(i));
		for (const page of pageLines(long, 4)) expect(page.length).toBeLessThanOrEqual(4);
		expect(pageLines(long, 4).flat()).toEqual(long);
	});
});
