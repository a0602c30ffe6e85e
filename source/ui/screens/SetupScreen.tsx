/**
 * Setup: one text field per knob the level unlocks, checked as the player types (decimal comma
 * accepted), the allowed range beside each, and the slope felt under the start — on a blind
 * level that is all the player knows.
 */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import {formatNumber} from '../../i18n/format.js';
import {parseDecimal, resolveKnobs, unlockedKnobs, type KnobError} from '../../engine/knobs.js';
import {landscapeOf} from '../../engine/simulate.js';
import {newSample} from '../../engine/terrain.js';
import type {KnobName, Knobs, Language, Level} from '../../engine/types.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {type ScreenEnv, uiText} from '../env.js';
import {arrowFor} from '../theme.js';
import {editText, type EditKey} from '../editing.js';
import {Field} from '../components/Field.js';

/** What the player typed, per knob. */
export type KnobTexts = Partial<Record<KnobName, string>>;

/**
 * `pristine` lists the fields still holding the text they started with: typing a character at
 * the end of one replaces that text (as if it were selected), so the player can type a value
 * straight away; Backspace edits it instead.
 */
export type SetupState = {
	values: KnobTexts;
	focus: number;
	tried: boolean;
	pristine: KnobName[];
	/** counts Enter presses: the launch happens after every edit queued before it is applied */
	launches: number;
};
/** `edit`: one Ink input event for the focused field (typing, Backspace, Enter, or a burst of them). */
export type SetupAction =
	| {type: 'set'; knob: KnobName; value: string}
	| {type: 'edit'; input: string; key: EditKey}
	| {type: 'next'}
	| {type: 'prev'}
	| {type: 'launch'};

/** Field navigation (wrapping) and typing, for the knobs in `fields`. */
export function setupReducer(fields: readonly KnobName[]) {
	return (state: SetupState, action: SetupAction): SetupState => {
		const n = Math.max(1, fields.length);
		switch (action.type) {
			case 'set': {
				const before = state.values[action.knob] ?? '';
				const pristine = state.pristine.includes(action.knob);
				const typedOver = pristine && action.value.length > before.length && action.value.startsWith(before);
				const value = typedOver ? action.value.slice(before.length) : action.value;
				return {...state, values: {...state.values, [action.knob]: value}, pristine: state.pristine.filter((k) => k !== action.knob)};
			}

			case 'edit': {
				const knob = fields[state.focus];
				if (!knob) return action.key.return ? {...state, tried: true, launches: state.launches + 1} : state;
				const before = state.values[knob] ?? '';
				let edit = editText(before, action.input, action.key, 40);
				// typing into a field that still holds its starting text replaces that text
				if (state.pristine.includes(knob) && edit.typed) edit = editText('', action.input, action.key, 40);
				const changed = edit.value !== before || edit.typed;
				const next: SetupState = changed
					? {...state, values: {...state.values, [knob]: edit.value}, pristine: state.pristine.filter((k) => k !== knob)}
					: state;
				return edit.submit ? {...next, tried: true, launches: next.launches + 1} : next;
			}

			case 'next': {
				return {...state, focus: (state.focus + 1) % n};
			}

			case 'prev': {
				return {...state, focus: (state.focus + n - 1) % n};
			}

			case 'launch': {
				return {...state, tried: true, launches: state.launches + 1};
			}
		}
	};
}

/** A knob's default as the player would type it (decimal comma in Spanish). */
export function defaultText(level: Level, knob: KnobName, lang: Language): string {
	const spec = level.knobs[knob];
	if (!spec) return '';
	if ('allowed' in spec) return spec.default;
	if (knob === 'nesterov' && 'default' in spec && typeof spec.default === 'boolean') return spec.default ? (lang === 'es' ? 'sí' : 'yes') : 'no';
	const value = (spec as {default: number}).default;
	return lang === 'es' ? String(value).replace('.', ',') : String(value);
}

/** The fields' starting texts: what was typed last time, else the level's defaults. */
export function initialTexts(level: Level, lang: Language, previous?: KnobTexts): KnobTexts {
	const texts: KnobTexts = {};
	for (const knob of unlockedKnobs(level.knobs)) texts[knob] = previous?.[knob] ?? defaultText(level, knob, lang);
	return texts;
}

/** The message for one field's error, in the player's language. */
export function knobErrorText(error: KnobError, lang: Language): string {
	const t = uiText(lang);
	const value = cleanText(error.value, 24);
	switch (error.code) {
		case 'ERR_NOT_A_NUMBER': {
			return error.knob === 'nesterov' ? t('errSwitch', {value}) : t('errNotANumber', {value});
		}

		case 'ERR_OUT_OF_RANGE': {
			return t('errOutOfRange', {value});
		}

		case 'ERR_NOT_AN_INTEGER': {
			return t('errNotAnInteger', {value});
		}

		case 'ERR_BAD_SCHEDULE': {
			return t('errBadSchedule', {value});
		}

		case 'ERR_LOCKED': {
			return error.allowed;
		}
	}
}

/** Checks one field alone; null when it is fine. */
export function validateField(level: Level, knob: KnobName, text: string, lang: Language): string | null {
	const result = resolveKnobs(level, {[knob]: text});
	return result.ok ? null : knobErrorText(result.error, lang);
}

/** The run's knobs from every field, or the first error. */
export function resolveTexts(level: Level, texts: KnobTexts) {
	return resolveKnobs(level, texts);
}

/** What each field allows, as shown beside it. */
export function allowedText(level: Level, knob: KnobName, lang: Language): string {
	const t = uiText(lang);
	const spec = level.knobs[knob];
	if (!spec) return '';
	if ('allowed' in spec) return t('allowedValues', {values: spec.allowed.join(', ')});
	if (knob === 'nesterov') return t('allowedValues', {values: lang === 'es' ? 'sí, no' : 'yes, no'});
	const range = spec as {min: number; max: number};
	const vars = {min: formatNumber(range.min, lang, 4), max: formatNumber(range.max, lang, 4)};
	return knob === 'batchSize' || knob === 'restarts' ? t('rangeWhole', vars) : t('range', vars);
}

/** The slope under the start: |∇f| and the downhill direction (x right, y up). */
export function slopeAtStart(level: Level): {steepness: number; dx: number; dy: number} {
	return slopeAt(level, level.start[0], level.start[1]);
}

/** The slope felt at (x, y): |∇f| and the downhill direction (x right, y up). */
export function slopeAt(level: Level, x: number, y: number): {steepness: number; dx: number; dy: number} {
	const sample = newSample();
	landscapeOf(level).evaluate(x, y, sample);
	const gx = sample[1]!;
	const gy = sample[2]!;
	return {steepness: Math.hypot(gx, gy), dx: -gx, dy: -gy};
}

export type SetupScreenProps = {
	env: ScreenEnv;
	level: Level;
	/** what was typed on the last run of this level */
	previous?: KnobTexts;
	onLaunch: (knobs: Knobs, texts: KnobTexts) => void;
	onBack: () => void;
};

export function SetupScreen({env, level, previous, onLaunch, onBack}: SetupScreenProps) {
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	const fields = unlockedKnobs(level.knobs);
	const [state, dispatch] = useReducer(setupReducer(fields), undefined, () => ({
		values: initialTexts(level, lang, previous),
		focus: 0,
		tried: false,
		pristine: fields,
		launches: 0,
	}));
	const errors = Object.fromEntries(fields.map((knob) => [knob, validateField(level, knob, state.values[knob] ?? '', lang)]));
	useScreenInput((input, key) => {
		if (key.tab && key.shift) dispatch({type: 'prev'});
		else if (key.tab || key.downArrow) dispatch({type: 'next'});
		else if (key.upArrow) dispatch({type: 'prev'});
		else if (key.escape) onBack();
		else dispatch({type: 'edit', input, key});
	});
	useEffect(() => {
		if (state.launches === 0) return;
		const resolved = resolveTexts(level, state.values);
		if (resolved.ok) onLaunch(resolved.value, state.values);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [state.launches]);
	const slope = slopeAtStart(level);
	const eta = parseDecimal(state.values.learningRate ?? '');
	const labelWidth = Math.max(...fields.map((knob) => t(knob).length)) + 2;
	const wide = width >= 100;
	const formWidth = wide ? Math.min(64, Math.floor(width * 0.5)) : width;
	const flat = slope.steepness < 1e-12;
	// a bordered field takes five rows; below that room each takes two
	const blindRows = !wide && level.visibility === 'blind' ? 3 : 0;
	const compact = fields.length * 5 + 6 + 4 + blindRows > height;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${t('setupTitle')} · `)}
				{chalk.bold(cleanText(level.title[lang], width - 30))}
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} flexGrow={1} marginTop={1}>
				<Box flexDirection="column" width={formWidth} marginRight={wide ? 3 : 0}>
					{fields.map((knob, i) => {
						const focused = i === state.focus;
						const error = errors[knob];
						const label = (focused ? chalk.bold.cyan(`${theme.glyphs.pointer} `) : '  ') + chalk.bold(t(knob).padEnd(labelWidth));
						if (compact) {
							// two rows a field: the value between brackets, then its range or error
							const value = state.values[knob] ?? '';
							const mark = (text: string) => (theme.level === 0 ? text : error ? chalk.red(text) : focused ? chalk.cyan(text) : chalk.gray(text));
							return (
								<Box key={knob} flexDirection="column" flexShrink={0}>
									<Box>
										<Text>{`${label}${mark('[')} `}</Text>
										<Box width={15}>
											<Field value={value} focused={focused} theme={theme} />
										</Box>
										<Text>{mark(']')}</Text>
									</Box>
									<Text wrap="truncate-end">
										{'  '.padEnd(labelWidth + 2)}
										{error ? chalk.red(`${theme.glyphs.bad} ${error} · `) + chalk.dim(allowedText(level, knob, lang)) : chalk.dim(allowedText(level, knob, lang))}
									</Text>
								</Box>
							);
						}

						return (
							<Box key={knob} flexDirection="column" marginBottom={1} flexShrink={0}>
								<Box>
									<Text>{label}</Text>
									<Box borderStyle={theme.ascii ? 'classic' : 'round'} borderColor={theme.level === 0 ? undefined : error ? 'red' : focused ? 'cyan' : 'gray'} paddingX={1} width={18}>
										<Field value={state.values[knob] ?? ''} focused={focused} theme={theme} />
									</Box>
								</Box>
								<Text wrap="truncate-end">
									{'  '.padEnd(labelWidth + 2)}
									{error ? chalk.red(`${theme.glyphs.bad} ${error} · `) + chalk.dim(allowedText(level, knob, lang)) : chalk.dim(allowedText(level, knob, lang))}
								</Text>
							</Box>
						);
					})}
					<Box flexDirection="column" borderStyle={theme.ascii ? 'classic' : 'round'} paddingX={1} flexShrink={0} marginTop={compact ? 1 : 0}>
						<Text bold>{t('slopeFelt')}</Text>
						<Text>{t('steepness', {value: formatNumber(slope.steepness, lang)})}</Text>
						<Text>
							{flat ? t('flat') : t('downhill', {arrow: chalk.bold.yellow(arrowFor(slope.dx, slope.dy, theme.ascii))})}
						</Text>
						{eta !== null && !flat ? <Text>{chalk.dim(t('firstStep', {value: formatNumber(eta * slope.steepness, lang)}))}</Text> : null}
					</Box>
					{state.tried && Object.values(errors).some(Boolean) ? <Text>{chalk.red(t('fixFirst'))}</Text> : null}
				</Box>
				{wide && level.visibility !== 'blind' ? (
					<Box flexGrow={1} justifyContent="center" alignItems="center" overflow="hidden">
						<TerrainMap
							level={level}
							width={width - formWidth - 3}
							height={height - 4}
							view={view}
							color={theme.level}
							ascii={theme.ascii}
							fog={level.visibility === 'fog'}
						/>
					</Box>
				) : null}
				{level.visibility === 'blind' ? <Text wrap="wrap">{chalk.magenta(t('visibilityBlind'))}</Text> : null}
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['Tab/↑↓', t('keyField')],
					['Enter', t('keyLaunch')],
					['Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
