/** Settings: language, colour, ASCII glyphs, map view, player name. Each change is saved at once. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import type {ColorMode, Settings, SettingsPatch} from '../../store/index.js';
import {cleanName} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {type ScreenEnv, uiText} from '../env.js';
import {Field} from '../components/Field.js';
import {editText, type EditKey} from '../editing.js';

export const SETTING_ITEMS = ['language', 'colour', 'glyphs', 'view', 'playerName'] as const;
export type SettingItem = (typeof SETTING_ITEMS)[number];

const COLOR_MODES: ColorMode[] = ['auto', 'truecolor', '256', '16', 'none'];

/** `saves` counts names submitted with Enter (the screen saves each one). */
export type SettingsState = {index: number; editing: boolean; draft: string; saves?: number};
export type SettingsAction = {type: 'up'} | {type: 'down'} | {type: 'edit'; draft: string} | {type: 'draft'; value: string} | {type: 'type'; input: string; key: EditKey} | {type: 'done'};

export function settingsReducer(state: SettingsState, action: SettingsAction): SettingsState {
	const n = SETTING_ITEMS.length;
	switch (action.type) {
		case 'up': {
			return state.editing ? state : {...state, index: (state.index + n - 1) % n};
		}

		case 'down': {
			return state.editing ? state : {...state, index: (state.index + 1) % n};
		}

		case 'edit': {
			return {...state, editing: true, draft: action.draft};
		}

		case 'draft': {
			return {...state, draft: action.value};
		}

		case 'type': {
			if (!state.editing) return state;
			const edit = editText(state.draft, action.input, action.key, 40);
			return edit.submit ? {...state, draft: edit.value, editing: false, saves: (state.saves ?? 0) + 1} : {...state, draft: edit.value};
		}

		case 'done': {
			return {...state, editing: false};
		}
	}
}

/** The change that cycling `item` one way (+1) or the other (−1) makes to `settings`. */
export function cycleSetting(settings: Settings, item: SettingItem, direction: 1 | -1, fallbackLang: 'es' | 'en'): SettingsPatch {
	const cycle = <T,>(values: readonly T[], current: T): T => values[(values.indexOf(current) + direction + values.length) % values.length]!;
	switch (item) {
		case 'language': {
			return {language: cycle(['es', 'en'] as const, settings.language ?? fallbackLang)};
		}

		case 'colour': {
			return {color: cycle(COLOR_MODES, settings.color ?? 'auto')};
		}

		case 'glyphs': {
			return {ascii: !(settings.ascii ?? false)};
		}

		case 'view': {
			return {view: cycle(['relief', 'contour'] as const, settings.view ?? 'relief')};
		}

		case 'playerName': {
			return {};
		}
	}
}

export type SettingsScreenProps = {
	env: ScreenEnv;
	settings: Settings;
	/** false under NO_COLOR / --no-color: the colour setting is shown but has no effect */
	colorAllowed: boolean;
	onChange: (patch: SettingsPatch) => void;
	onBack: () => void;
};

export function SettingsScreen({env, settings, colorAllowed, onChange, onBack}: SettingsScreenProps) {
	const {theme, lang, width, height} = env;
	const t = uiText(lang);
	const {chalk, glyphs} = theme;
	const [state, dispatch] = useReducer(settingsReducer, {index: 0, editing: false, draft: ''});
	const item = SETTING_ITEMS[state.index]!;
	useEffect(() => {
		if (state.saves) onChange({playerName: cleanName(state.draft)});
		// eslint-disable-next-line react-hooks/exhaustive-deps -- fires once per save request; onChange is a fresh closure each render
	}, [state.saves]);
	useScreenInput((input, key) => {
		if (state.editing) {
			if (key.escape) dispatch({type: 'done'});
			else dispatch({type: 'type', input, key});
			return;
		}

		if (key.upArrow || input === 'k') dispatch({type: 'up'});
		else if (key.downArrow || input === 'j') dispatch({type: 'down'});
		else if (key.return || input === ' ' || key.rightArrow || key.leftArrow) {
			if (item === 'playerName') dispatch({type: 'edit', draft: settings.playerName ?? ''});
			else onChange(cycleSetting(settings, item, key.leftArrow ? -1 : 1, lang));
		} else if (input === 'q' || key.escape) onBack();
	});
	const colorNames: Record<ColorMode, string> = {auto: t('colorAuto'), truecolor: 'truecolor', '256': '256', '16': '16', none: t('colorNone')};
	const values: Record<SettingItem, string> = {
		language: (settings.language ?? lang) === 'es' ? 'español' : 'English',
		colour: colorNames[settings.color ?? 'auto'] + (colorAllowed ? '' : ` ${t('colorForced')}`),
		glyphs: settings.ascii ? t('on') : t('off'),
		view: t(settings.view ?? 'relief'),
		playerName: settings.playerName ?? chalk.dim(t('anonymous')),
	};
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold>{t('settingsTitle')}</Text>
			<Box flexDirection="column" marginTop={1} flexGrow={1}>
				{SETTING_ITEMS.map((name, i) => {
					const selected = i === state.index;
					const label = t(name).padEnd(24);
					return (
						<Box key={name}>
							<Text>{selected ? chalk.bold.cyan(`${glyphs.pointer} ${label}`) : `  ${label}`}</Text>
							{selected && state.editing ? (
								<Field value={state.draft} focused theme={theme} />
							) : (
								<Text>{selected ? chalk.bold(theme.ascii ? `< ${values[name]} >` : `‹ ${values[name]} ›`) : `  ${values[name]}`}</Text>
							)}
						</Box>
					);
				})}
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={
					state.editing
						? [
								['Enter', t('keyChoose')],
								['Esc', t('keyBack')],
							]
						: [
								['↑↓', t('keyMove')],
								['←→/Enter', t('keyChange')],
								['q/Esc', t('keyBack')],
							]
				}
			/>
		</Box>
	);
}
