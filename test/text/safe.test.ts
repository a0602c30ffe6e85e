import {describe, expect, it} from 'vitest';
import {line, safe, safeJson, safeTranslator} from '../../source/text/safe.js';
import {ATTACK, HUGE, isTerminalSafe} from '../helpers/hostile.js';

describe('the gate', () => {
	it('safe() leaves nothing a terminal acts on and cuts to the cap', () => {
		const out = safe(HUGE, 80);
		expect(isTerminalSafe(out)).toBe(true);
		expect(out.length).toBeLessThanOrEqual(80);
		expect(out).not.toMatch(/pwned|c1-title/);
	});

	it('a catalogue line takes safe vars only, and keeps its own text', () => {
		const t = safeTranslator({hi: {es: 'hola {who}', en: 'hello {who}'}}, 'en');
		expect(t('hi', {who: safe(`Ana${ATTACK}`)})).toBe('hello Anaevilx');
		// @ts-expect-error a raw string is not safe text
		t('hi', {who: 'raw'});
		// @ts-expect-error nor in a line
		expect(line`x ${'raw'}`).toBe('x raw');
	});

	it('safeJson escapes C1, bidi and zero-width characters and parses back exactly', () => {
		const value = {title: ATTACK, n: 1, nested: [HUGE.slice(0, 300)]};
		const text = safeJson(value);
		expect(isTerminalSafe(text)).toBe(true);
		expect(JSON.parse(text)).toEqual(value);
		expect(text).toContain('\\u009b');
		expect(text).toContain('\\u202e');
	});
});
