import {describe, expect, it} from 'vitest';
import {lossCurve} from '../../source/tutorial/plot.js';

describe('lossCurve', () => {
	it('draws a falling loss from the top left to the bottom right', () => {
		const loss = Float64Array.from({length: 50}, (_, i) => 10 * 0.8 ** i);
		const lines = lossCurve(loss, 0, 40, 6, true);
		expect(lines).toHaveLength(6);
		const body = (line: string) => line.slice(line.indexOf('|') + 1);
		expect(body(lines[0]!).indexOf('*')).toBe(0);
		expect(body(lines[5]!).trimEnd().endsWith('*')).toBe(true);
	});

	it('marks a loss that stopped being finite with an arrow at the top', () => {
		const loss = Float64Array.of(1, 2, 4, 16, Infinity);
		const lines = lossCurve(loss, 0, 5, 4, true);
		expect(lines[0]).toContain('^');
		expect(lossCurve(loss, 0, 5, 4, false)[0]).toContain('↑');
	});

	it('on a fixed axis a slow run and a ten times faster one are drawn differently, with a faint reference', () => {
		const slow = Float64Array.from({length: 80}, (_, i) => 6.5 * 0.96 ** i);
		const fast = Float64Array.from({length: 80}, (_, i) => 6.5 * 0.96 ** (10 * i));
		const range = [-6, 1] as const;
		const a = lossCurve(slow, 0, 40, 8, true, 'en', {range});
		const b = lossCurve(fast, 0, 40, 8, true, 'en', {range});
		expect(a.join('\n')).not.toBe(b.join('\n'));
		// the slow run never reaches the bottom rows; the fast one does
		expect(a.at(-1)).not.toContain('*');
		expect(b.at(-1)).toContain('*');
		const both = lossCurve(slow, 0, 40, 8, true, 'es', {range, reference: fast});
		expect(both.at(-1)).toContain('.');
		expect(both.join('\n')).toContain('1·10⁻⁶');
		expect(both.join('\n')).not.toMatch(/\de-?\d/);
	});
});
