/** The line of keys at the bottom of every screen; it also tells the `?` overlay what they are. */
import {Box, Text} from 'ink';
import {useContext, useEffect} from 'react';
import {HelpContext} from '../hooks/use-screen-input.js';
import type {Theme} from '../theme.js';

export type KeyBarProps = {
	/** [key, what it does] pairs, in the order shown */
	keys: Array<[string, string]>;
	theme: Theme;
	width: number;
};

export function KeyBar({keys, theme, width}: KeyBarProps) {
	const help = useContext(HelpContext);
	const signature = JSON.stringify(keys);
	useEffect(() => {
		help.setKeys(keys);
		// the keys' content, not the array's identity, is what changes
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [signature, help.setKeys]);
	const helpKey: Array<[string, string]> = help.enabled ? [['?', help.label]] : [];
	const all = [...keys, ...helpKey];
	// `?` must never be the part that is cut: when the bar is too long it comes first
	const fits = all.map(([key, label]) => `${key} ${label}`).join('  ').length <= width;
	const shown: Array<[string, string]> = fits ? all : [...helpKey, ...keys];
	const plain = shown.map(([key, label]) => `${key} ${label}`);
	// narrow terminals: a tighter separator before anything is cut
	const separator = plain.join(' · ').length <= width ? ' · ' : plain.join('  ').length <= width ? '  ' : ' ';
	const text = shown.map(([key, label]) => `${theme.chalk.bold.cyan(key)} ${label}`).join(separator === ' · ' ? theme.chalk.dim(separator) : separator);
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate-end">{text}</Text>
		</Box>
	);
}
