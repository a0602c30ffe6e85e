/** The keys at the bottom of every screen; it also tells the `?` overlay what they are. */
import {Box, Text} from 'ink';
import {useContext, useEffect} from 'react';
import stringWidth from 'string-width';
import {HelpContext, type HelpState} from '../hooks/use-screen-input.js';
import type {Theme} from '../theme.js';

/** A key and what it does; an empty key is a hint with no key of its own ("type the values"). */
export type KeyEntry = [key: string, label: string];

export type KeyBarProps = {
	/** [key, what it does] pairs, in the order shown */
	keys: KeyEntry[];
	theme: Theme;
	width: number;
};

/** What one entry reads as. */
function entryText([key, label]: KeyEntry): string {
	return key === '' ? label : `${key} ${label}`;
}

/**
 * The key bar's rows at `width` columns: one row when every entry fits on it (with ` · ` between
 * them, else with two spaces), otherwise as many rows as it takes, broken between entries (an
 * entry is never split, so no key is ever cut off the edge). Pure; the screens that lay out
 * their height read the number of rows through `useKeyBarRows`.
 */
export function keyBarRows(keys: readonly KeyEntry[], width: number): {rows: KeyEntry[][]; separator: string} {
	const texts = keys.map(entryText);
	for (const separator of [' · ', '  ']) if (stringWidth(texts.join(separator)) <= width) return {rows: [[...keys]], separator};
	const rows: KeyEntry[][] = [];
	let row: KeyEntry[] = [];
	let used = 0;
	for (const [i, entry] of keys.entries()) {
		const wide = stringWidth(texts[i]!);
		if (row.length > 0 && used + 3 + wide > width) {
			rows.push(row);
			row = [];
			used = 0;
		}

		used += (row.length > 0 ? 3 : 0) + wide;
		row.push(entry);
	}

	if (row.length > 0) rows.push(row);
	return {rows, separator: ' · '};
}

/** The keys as shown: the screen's, then `?` where it opens the help overlay. */
function shownKeys(keys: readonly KeyEntry[], help: HelpState): KeyEntry[] {
	return help.enabled ? [...keys, ['?', help.label]] : [...keys];
}

/** How many rows the key bar of `keys` takes at `width` (for screens that size their map to the rows left). */
export function useKeyBarRows(keys: readonly KeyEntry[], width: number): number {
	const help = useContext(HelpContext);
	return keyBarRows(shownKeys(keys, help), width).rows.length;
}

export function KeyBar({keys, theme, width}: KeyBarProps) {
	const help = useContext(HelpContext);
	const signature = JSON.stringify(keys);
	useEffect(() => {
		help.setKeys(keys);
		// a screen without a key bar must not show the last screen's keys in its overlay
		return () => help.setKeys([]);
		// the keys' content, not the array's identity, is what changes
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [signature, help.setKeys]);
	const {rows, separator} = keyBarRows(shownKeys(keys, help), width);
	const {chalk} = theme;
	const paint = ([key, label]: KeyEntry) => (key === '' ? label : `${chalk.bold.cyan(key)} ${label}`);
	const gap = separator === ' · ' ? chalk.dim(separator) : separator;
	return (
		<Box width={width} flexShrink={0} flexDirection="column">
			{rows.map((row, i) => (
				<Text key={i} wrap="truncate-end">
					{row.map(paint).join(gap)}
				</Text>
			))}
		</Box>
	);
}
