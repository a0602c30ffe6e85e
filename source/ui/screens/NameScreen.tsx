/** Asks the player's name once; it is kept in the settings. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import {cleanName} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText} from '../env.js';
import {Field} from '../components/Field.js';
import {editText, type Edit, type EditKey} from '../editing.js';

export type NameScreenProps = {
	env: ScreenEnv;
	/** called with the cleaned name ("" when the player typed nothing printable) */
	onDone: (name: string) => void;
};

export function NameScreen({env, onDone}: NameScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	// edits apply to the current text in a reducer: several in one tick all count
	const [edit, dispatch] = useReducer((state: Edit, action: {input: string; key: EditKey}) => (state.submit ? state : editText(state.value, action.input, action.key, 40)), {
		value: '',
		submit: false,
		typed: false,
	});
	useEffect(() => {
		if (edit.submit) onDone(cleanName(edit.value));
		// eslint-disable-next-line react-hooks/exhaustive-deps -- fires once per submit; onDone is a fresh closure each render
	}, [edit.submit]);
	useScreenInput((input, key) => {
		if (key.escape) onDone('');
		else dispatch({input, key});
	});
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box flexDirection="column" flexGrow={1} alignItems="center" justifyContent="center">
				<Text bold>{t('nameTitle')}</Text>
				<Box borderStyle={theme.ascii ? 'classic' : 'round'} paddingX={1} width={30} marginTop={1}>
					<Field value={edit.value} focused theme={theme} placeholder={t('anonymous')} />
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
