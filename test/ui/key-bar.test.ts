/** The key bar's layout: one row while everything fits, else rows broken between entries, never inside one. */
import {expect, test} from 'vitest';
import {keyBarRows, type KeyEntry} from '../../source/ui/components/KeyBar.js';

const keys: KeyEntry[] = [
	['e', 'tweak knobs'],
	['r', 'same knobs again'],
	['n', 'next'],
	['p', 'replay'],
	['d', 'dashboard'],
	['g', 'ghost'],
	['v', 'view'],
	['q', 'back'],
	['?', 'help'],
];
const text = (row: KeyEntry[], separator: string) => row.map(([key, label]) => (key === '' ? label : `${key} ${label}`)).join(separator);

test('one row with " · " when it fits, two spaces when only that fits', () => {
	const wide = keyBarRows(keys, 120);
	expect(wide.rows).toEqual([keys]);
	expect(wide.separator).toBe(' · ');
	const full = text(keys, '  ').length;
	expect(keyBarRows(keys, full).separator).toBe('  ');
	expect(keyBarRows(keys, full).rows).toHaveLength(1);
});

test('too long for one row: every entry whole, in order, each row within the width', () => {
	for (const width of [80, 60, 40, 20]) {
		const {rows, separator} = keyBarRows(keys, width);
		expect(rows.length).toBeGreaterThan(1);
		expect(rows.flat()).toEqual(keys);
		for (const row of rows) expect(text(row, separator).length).toBeLessThanOrEqual(width);
	}
});

test('a hint without a key reads as its label alone', () => {
	expect(keyBarRows([['', 'type the values'], ['Enter', 'launch']], 80).rows).toEqual([[['', 'type the values'], ['Enter', 'launch']]]);
});
