/** The line of keys at the bottom of every screen. */
import {Box, Text} from 'ink';
import type {Theme} from '../theme.js';

export type KeyBarProps = {
	/** [key, what it does] pairs, in the order shown */
	keys: Array<[string, string]>;
	theme: Theme;
	width: number;
};

export function KeyBar({keys, theme, width}: KeyBarProps) {
	const plain = keys.map(([key, label]) => `${key} ${label}`);
	// narrow terminals: a tighter separator before anything is cut
	const separator = plain.join(' · ').length <= width ? ' · ' : plain.join('  ').length <= width ? '  ' : ' ';
	const text = keys.map(([key, label]) => `${theme.chalk.bold.cyan(key)} ${label}`).join(separator === ' · ' ? theme.chalk.dim(separator) : separator);
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate-end">{text}</Text>
		</Box>
	);
}
