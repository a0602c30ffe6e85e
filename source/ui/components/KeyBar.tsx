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
	const text = keys.map(([key, label]) => `${theme.chalk.bold.cyan(key)} ${label}`).join(theme.chalk.dim(' · '));
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate-end">{text}</Text>
		</Box>
	);
}
