/** Asks the player's name once; it is kept in the settings. */
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {useState} from 'react';
import {cleanName} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText} from '../env.js';
import {applyEditing} from '../editing.js';

export type NameScreenProps = {
	env: ScreenEnv;
	/** called with the cleaned name ("" when the player typed nothing printable) */
	onDone: (name: string) => void;
};

export function NameScreen({env, onDone}: NameScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	const [value, setValue] = useState('');
	useInput((_input, key) => {
		if (key.return) onDone(cleanName(value));
		else if (key.escape) onDone('');
	});
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box flexDirection="column" flexGrow={1} alignItems="center" justifyContent="center">
				<Text bold>{t('nameTitle')}</Text>
				<Box borderStyle={theme.ascii ? 'classic' : 'round'} paddingX={1} width={30} marginTop={1}>
					<TextInput value={value} onChange={(typed) => setValue(applyEditing(typed))} placeholder={t('anonymous')} />
				</Box>
				<Box width={Math.min(width - 4, 70)} marginTop={1}>
					<Text wrap="wrap">{theme.chalk.dim(t('nameHint'))}</Text>
				</Box>
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['Enter', t('keyChoose')],
					['Esc', t('anonymous')],
				]}
			/>
		</Box>
	);
}
