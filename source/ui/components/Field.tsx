/** A one-line text field drawn from its value: the text, then a block cursor when focused. */
import {Text} from 'ink';
import type {Theme} from '../theme.js';

export type FieldProps = {
	value: string;
	focused: boolean;
	theme: Theme;
	/** shown dimmed while the value is empty */
	placeholder?: string;
};

export function Field({value, focused, theme, placeholder}: FieldProps) {
	const {chalk} = theme;
	// without colour the inverse block is gone too: an underscore marks the cursor
	const cursor = focused ? (theme.level === 0 ? '_' : chalk.inverse(' ')) : '';
	if (value === '' && placeholder) return <Text>{cursor + chalk.dim(placeholder)}</Text>;
	return <Text>{value + cursor}</Text>;
}
