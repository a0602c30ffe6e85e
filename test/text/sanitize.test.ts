import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {NAME_MAX_WIDTH, cleanName, cleanNameInput, cleanText, isCleanName} from '../../source/text/sanitize.js';

/** Every character class that must never reach the terminal. */
const FORBIDDEN =
	/[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\p{Cs}/u;

describe('cleanText', () => {
	it('removes an OSC 0 title change, BEL- or ST-terminated', () => {
		expect(cleanText('Ana\x1b]0;pwned\x07 Ruiz')).toBe('Ana Ruiz');
		expect(cleanText('Ana\x1b]0;pwned\x1b\\ Ruiz')).toBe('Ana Ruiz');
		expect(cleanText('Ana\x9d0;pwned\x9c Ruiz')).toBe('Ana Ruiz');
	});

	it('removes an OSC 52 clipboard write with its base64 payload', () => {
		const payload = Buffer.from([0xfb, 0xff, 0xbf, 0x41]).toString('base64');
		expect(payload).toMatch(/[+=/]/);
		expect(cleanText(`x\x1b]52;c;${payload}\x07y`)).toBe('xy');
		expect(cleanText(`x\x1b]52;c;${payload}\x1b\\y`)).toBe('xy');
	});

	it('drops the rest of an unterminated OSC, as a terminal would swallow it', () => {
		expect(cleanText('Bob\x1b]52;c;aGVsbG8=')).toBe('Bob');
	});

	it('removes CSI, DCS, APC and single ESC sequences and a lone ESC', () => {
		expect(cleanText('\x1b[31mred\x1b[0m \x1b[2J\x1b[1;1Hhome')).toBe('red home');
		expect(cleanText('a\x1bP1$r0m\x1b\\b\x1b_apc\x1b\\c')).toBe('abc');
		expect(cleanText('\x1bcreset\x1b7\x1b(0x')).toBe('resetx');
		expect(cleanText('a\x1b')).toBe('a');
		expect(cleanText('a\x9b31mb')).toBe('ab');
	});

	it('turns a bare CR (which would overwrite the line) and other breaks into a space', () => {
		expect(cleanText('winner\rloser')).toBe('winner loser');
		expect(cleanText('a\r\n\tb\u2028c')).toBe('a b c');
	});

	it('removes a bidi override', () => {
		expect(cleanText('abc\u202Egnp.exe')).toBe('abcgnp.exe');
		expect(cleanText('\u2066x\u2069\u200e\u200f\u061c')).toBe('x');
	});

	it('removes zero-width characters, joiners included', () => {
		expect(cleanText('a\u200bd\u200cm\u200di\u2060n\ufeff')).toBe('admin');
		expect(cleanText('👨\u200d👩\u200d👧')).toBe('👨👩👧');
	});

	it('removes C0, DEL and C1 controls', () => {
		expect(cleanText('a\x00b\x07c\x08d\x7fe\x85f\x9ag')).toBe('abcde fg');
		expect(cleanText('a\x9fapc payload\x9cb')).toBe('ab');
	});

	it('collapses whitespace and trims', () => {
		expect(cleanText('  many   \u00a0 spaces  ')).toBe('many spaces');
	});

	it('gives "" for anything that is not a string', () => {
		for (const value of [undefined, null, 42, {}, ['a'], Symbol('s')]) expect(cleanText(value)).toBe('');
	});

	it('cuts CJK wide characters on whole characters', () => {
		expect(cleanText('漢字テスト', 5)).toBe('漢字');
		expect(stringWidth(cleanText('漢字テスト', 5))).toBe(4);
		expect(cleanText('a漢字', 2)).toBe('a');
	});

	it('never splits a surrogate pair or a grapheme cluster', () => {
		expect(cleanText('😀😀😀', 3)).toBe('😀');
		expect(cleanText('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301');
		expect(cleanText('🇪🇸🇪🇸', 3)).toBe('🇪🇸');
	});

	it('limits stacked combining marks', () => {
		expect(cleanText(`Z${'\u0336'.repeat(200)}`)).toBe(`Z${'\u0336'.repeat(6)}`);
	});

	it('treats a bad width as 0', () => {
		expect(cleanText('abc', Number.NaN)).toBe('');
		expect(cleanText('abc', -3)).toBe('');
		expect(cleanText('abc', 2.9)).toBe('ab');
	});
});

describe('cleanName', () => {
	it('cuts a 500-character name to 24 columns', () => {
		const name = cleanName('x'.repeat(500));
		expect(name).toBe('x'.repeat(24));
		expect(NAME_MAX_WIDTH).toBe(24);
	});

	it('does not leave a trailing space after the cut', () => {
		expect(cleanName(`${'a'.repeat(23)} bcd`)).toBe('a'.repeat(23));
	});

	it('cleans a hostile name', () => {
		expect(cleanName('\x1b]0;hacked\x07\u202eEve\r\x1b[2K')).toBe('Eve');
	});

	it('lets a space be typed between words while the name is being typed', () => {
		expect(cleanNameInput('  Ana ')).toBe('Ana ');
		expect(cleanNameInput('Ana\t\r  ')).toBe('Ana ');
		expect(cleanNameInput('Ana \u001b[D')).toBe('Ana ');
		expect(cleanNameInput('x'.repeat(30))).toBe('x'.repeat(24));
		expect(cleanName(cleanNameInput('Ana '))).toBe('Ana');
	});

	it('tells a clean name from one that needs cleaning', () => {
		expect(isCleanName('Ana Ruiz')).toBe(true);
		expect(isCleanName('Ana  Ruiz')).toBe(false);
		expect(isCleanName('x'.repeat(25))).toBe(false);
		expect(isCleanName(7)).toBe(false);
	});
});

/** Strings rich in escape sequences, controls and wide characters. */
const hostile = fc
	.array(
		fc.oneof(
			fc.string({unit: 'grapheme'}),
			fc.string({unit: 'binary'}),
			fc.constantFrom(
				'\x1b', '\x1b[', '\x1b]0;', '\x1b]52;c;', '\x07', '\x1b\\', '\x9b', '\x9c', '\x9d', '\r', '\n', '\t',
				'\u202e', '\u2066', '\u200d', '\ufeff', '\u061c', '\ud800', '\udc00', '漢', '😀', '\u0301', ' ',
			),
		),
		{maxLength: 30},
	)
	.map((parts) => parts.join(''));

describe('cleanText properties', () => {
	it('never lets a forbidden character through and respects the width', () => {
		fc.assert(
			fc.property(hostile, fc.nat(40), (text, max) => {
				const out = cleanText(text, max);
				expect(out).not.toMatch(FORBIDDEN);
				expect(stringWidth(out)).toBeLessThanOrEqual(max);
				expect(out).toBe(out.trim());
				expect(out).not.toMatch(/\s\s/);
			}),
			{numRuns: 2000},
		);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(hostile, fc.nat(40), (text, max) => {
				const out = cleanText(text, max);
				expect(cleanText(out, max)).toBe(out);
			}),
			{numRuns: 1000},
		);
	});
});
