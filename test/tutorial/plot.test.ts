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
});
