/**
 * Setup: one text field per knob the level unlocks, checked as the player types (decimal comma
 * accepted), the allowed range beside each, and the slope felt under the start — on a blind
 * level that is all the player knows.
 */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import {formatNumber} from '../../i18n/format.js';
import {say} from '../../i18n/index.js';
import {KNOB_ERROR_TEXT} from '../../i18n/knob-errors.js';
import {parseDecimal, parseSwitch, resolveKnobs, unlockedKnobs, type KnobError} from '../../engine/knobs.js';
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
import {Paragraph} from '../components/Paragraph.js';
import {
	choices,
	cycle,
	feltCurvature,
	isSelector,
	knobTexts,
	scheduleDefaults,
	scheduleKindOf,
	scheduleParamNames,
	setupFields,
	sparkline,
	splitSchedule,
	type FieldId,
	type SetupValues,
} from '../setup-fields.js';

/** What the player typed, per knob. */
export type KnobTexts = Partial<Record<KnobName, string>>;

/**
 * `pristine` lists the fields still holding the text they started with: typing a character at
 * the end of one replaces that text (as if it were selected), so the player can type a value
 * straight away; Backspace edits it instead.
 */
export type SetupState = {
	values: SetupValues;
	focus: number;
	tried: boolean;
	pristine: FieldId[];
	/** counts Enter presses: the launch happens after every edit queued before it is applied */
	launches: number;
};
/**
 * `edit`: one Ink input event for the focused field (typing, Backspace, Enter, or a burst of
 * them); `cycle`: ←/→ on a selector (schedule, look-ahead).
 */
export type SetupAction =
	| {type: 'set'; knob: FieldId; value: string}
	| {type: 'edit'; input: string; key: EditKey}
	| {type: 'cycle'; step: 1 | -1; level: Level; lang: Language}
	| {type: 'next'}
	| {type: 'prev'}
	| {type: 'launch'};

/** Field navigation (wrapping), typing and choosing, for the fields `fields` lists (fixed, or following the values). */
export function setupReducer(fields: readonly FieldId[] | ((values: SetupValues) => readonly FieldId[])) {
	const fieldsOf = typeof fields === 'function' ? fields : () => fields;
	return (state: SetupState, action: SetupAction): SetupState => {
		const list = fieldsOf(state.values);
		const n = Math.max(1, list.length);
		switch (action.type) {
			case 'set': {
				const before = state.values[action.knob] ?? '';
				const pristine = state.pristine.includes(action.knob);
				const typedOver = pristine && action.value.length > before.length && action.value.startsWith(before);
				const value = typedOver ? action.value.slice(before.length) : action.value;
				return {...state, values: {...state.values, [action.knob]: value}, pristine: state.pristine.filter((k) => k !== action.knob)};
			}

			case 'edit': {
				const knob = list[state.focus];
				if (!knob || isSelector(knob)) {
					const submit = action.key.return || action.input.includes('\r');
					return submit ? {...state, tried: true, launches: state.launches + 1} : state;
				}

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

			case 'cycle': {
				const knob = list[state.focus];
				if (!knob || !isSelector(knob)) return state;
				return {...state, values: cycle(action.level, state.values, knob, action.step, action.lang), pristine: state.pristine.filter((k) => k !== knob)};
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

/** The fields' starting values: the knob texts, a schedule split into its kind and parameters, look-ahead as a choice. */
export function initialValues(level: Level, lang: Language, previous?: KnobTexts): SetupValues {
	const texts = initialTexts(level, lang, previous);
	const values: SetupValues = {...texts};
	if (texts.schedule !== undefined) Object.assign(values, splitSchedule(texts.schedule));
	if (texts.nesterov !== undefined) values.nesterov = parseSwitch(texts.nesterov) ? (lang === 'es' ? 'sí' : 'yes') : 'no';
	return values;
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
			return say(KNOB_ERROR_TEXT.locked, lang);
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
	/** the field the cursor starts on (the knob a diagnosis advises changing) */
	focusKnob?: KnobName;
	onLaunch: (knobs: Knobs, texts: KnobTexts) => void;
	onBack: () => void;
};

export function SetupScreen({env, level, previous, focusKnob, onLaunch, onBack}: SetupScreenProps) {
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	const fieldsOf = (values: SetupValues) => setupFields(level, values);
	const [state, dispatch] = useReducer(setupReducer(fieldsOf), undefined, () => {
		const values = initialValues(level, lang, previous);
		const fields = setupFields(level, values);
		return {values, focus: Math.max(0, focusKnob ? fields.indexOf(focusKnob) : 0), tried: false, pristine: fields, launches: 0};
	});
	const fields = fieldsOf(state.values);
	const texts = knobTexts(level, state.values);
	const errors: Partial<Record<FieldId, string | null>> = {};
	for (const field of fields) {
		if (field.startsWith('schedule:')) continue;
		errors[field] = validateField(level, field as KnobName, texts[field as KnobName] ?? '', lang);
	}

	// a schedule's parameters are checked together: the error shows on the parameter fields
	const scheduleError = errors.schedule ?? null;
	if (scheduleError && fields.some((f) => f.startsWith('schedule:'))) {
		errors.schedule = null;
		for (const field of fields) if (field.startsWith('schedule:') && (state.values[field] ?? '') !== '') errors[field] = scheduleError;
		if (!fields.some((f) => errors[f])) errors.schedule = scheduleError;
	}

	useScreenInput((input, key) => {
		if (key.tab && key.shift) dispatch({type: 'prev'});
		else if (key.tab || key.downArrow) dispatch({type: 'next'});
		else if (key.upArrow) dispatch({type: 'prev'});
		else if (key.leftArrow) dispatch({type: 'cycle', step: -1, level, lang});
		else if (key.rightArrow || (input === ' ' && isSelector(fields[state.focus] ?? 'learningRate'))) dispatch({type: 'cycle', step: 1, level, lang});
		else if (key.escape) onBack();
		else dispatch({type: 'edit', input, key});
	});
	useEffect(() => {
		if (state.launches === 0) return;
		const typed = knobTexts(level, state.values);
		const resolved = resolveTexts(level, typed);
		if (resolved.ok) onLaunch(resolved.value, typed);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [state.launches]);
	const slope = slopeAtStart(level);
	const eta = parseDecimal(state.values.learningRate ?? '');
	const momentum = level.knobs.momentum ? parseDecimal(state.values.momentum ?? '') : 0;
	const nesterov = level.knobs.nesterov ? parseSwitch(state.values.nesterov ?? 'no') === true : false;
	const resolved = resolveTexts(level, texts);
	const labelOf = (field: FieldId): string => {
		if (!field.startsWith('schedule:')) return t(field as KnobName);
		const names = scheduleParamNames(scheduleKindOf(level, state.values));
		const name = names[Number(field.slice('schedule:'.length))];
		return name ? `  ${t(name)}` : field;
	};

	const labelWidth = Math.max(...fields.map((field) => labelOf(field).length)) + 2;
	const wide = width >= 100;
	const formWidth = wide ? Math.min(64, Math.floor(width * 0.5)) : width;
	const flat = slope.steepness < 1e-12;
	const showCurvature = level.visibility !== 'map';
	const felt = showCurvature ? feltCurvature(level, momentum ?? 0, nesterov) : null;
	const hasSchedule = level.knobs.schedule !== undefined;
	const panelRows = 5 + (felt ? 3 : 0) + (eta !== null && !flat ? 1 : 0);
	// a bordered field takes five rows; below that room each takes one
	const blindRows = !wide && level.visibility === 'blind' ? 3 : 0;
	const compact = fields.length * 5 + panelRows + (hasSchedule ? 1 : 0) + 4 + blindRows > height;
	const defaultsOf = scheduleDefaults(scheduleKindOf(level, state.values), level.budget, eta ?? level.knobs.learningRate.default);
	const hint = (field: FieldId): string => {
		if (field.startsWith('schedule:')) {
			const value = defaultsOf[Number(field.slice('schedule:'.length))];
			return value === undefined ? '' : t('paramDefault', {value: formatNumber(value, lang, 4)});
		}

		if (isSelector(field)) return t('selectorHint', {values: choices(level, field, lang).join(' · ')});
		return allowedText(level, field as KnobName, lang);
	};

	const valueOf = (field: FieldId, focused: boolean): React.ReactNode => {
		const value = state.values[field] ?? '';
		if (isSelector(field)) {
			const shown = field === 'schedule' ? scheduleKindOf(level, state.values) : value;
			const arrows = theme.ascii ? ['<', '>'] : ['◂', '▸'];
			return <Text>{focused ? `${chalk.bold.cyan(arrows[0])} ${chalk.bold(shown)} ${chalk.bold.cyan(arrows[1])}` : `  ${shown}`}</Text>;
		}

		const placeholder = field.startsWith('schedule:') ? formatNumber(defaultsOf[Number(field.slice('schedule:'.length))] ?? 0, lang, 4) : undefined;
		return <Field value={value} focused={focused} theme={theme} placeholder={placeholder} />;
	};

	const schedule = resolved.ok ? resolved.value.schedule : null;
	const sparkLabel = t('sparkline', {steps: level.budget});
	const sparkWidth = Math.max(8, Math.min(40, formWidth - labelWidth - 3 - sparkLabel.length));
	const spark = hasSchedule && schedule && eta !== null ? sparkline(schedule, eta, level.budget, sparkWidth, theme.ascii) : null;
	const lastScheduleField = fields.reduce((last, field, i) => (field === 'schedule' || field.startsWith('schedule:') ? i : last), -1);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${t('setupTitle')} · `)}
				{chalk.bold(cleanText(level.title[lang], width - 30))}
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} flexGrow={1} marginTop={1}>
				<Box flexDirection="column" width={formWidth} marginRight={wide ? 3 : 0}>
					{fields.map((field, i) => {
						const focused = i === state.focus;
						const error = errors[field];
						const label = (focused ? chalk.bold.cyan(`${theme.glyphs.pointer} `) : '  ') + chalk.bold(labelOf(field).padEnd(labelWidth));
						const note = error ? chalk.red(`${theme.glyphs.bad} ${error} · `) + chalk.dim(hint(field)) : chalk.dim(hint(field));
						const sparkRow =
							spark && i === lastScheduleField ? (
								<Text wrap="truncate-end">
									{'  '.padEnd(labelWidth + 2)}
									{chalk.cyan(spark)} {chalk.dim(sparkLabel)}
								</Text>
							) : null;
						if (compact) {
							// one row a field: the value between brackets, then its range or error
							const mark = (text: string) => (theme.level === 0 ? text : error ? chalk.red(text) : focused ? chalk.cyan(text) : chalk.gray(text));
							return (
								<Box key={field} flexDirection="column" flexShrink={0}>
									<Box>
										<Box flexShrink={0}>
											<Text>{`${label}${mark('[')} `}</Text>
										</Box>
										<Box width={17} flexShrink={0}>
											{valueOf(field, focused)}
										</Box>
										<Box flexShrink={0}>
											<Text>{mark(']')} </Text>
										</Box>
										<Box flexGrow={1} flexShrink={1}>
											<Text wrap="truncate-end">{note}</Text>
										</Box>
									</Box>
									{sparkRow}
								</Box>
							);
						}

						return (
							<Box key={field} flexDirection="column" marginBottom={1} flexShrink={0}>
								<Box>
									<Text>{label}</Text>
									<Box borderStyle={theme.ascii ? 'classic' : 'round'} borderColor={theme.level === 0 ? undefined : error ? 'red' : focused ? 'cyan' : 'gray'} paddingX={1} width={21}>
										{valueOf(field, focused)}
									</Box>
								</Box>
								<Text wrap="truncate-end">
									{'  '.padEnd(labelWidth + 2)}
									{note}
								</Text>
								{sparkRow}
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
						{felt ? (
							<Text wrap="truncate-end">{t('curvatureFelt', {high: formatNumber(felt.high, lang), low: formatNumber(felt.low, lang)})}</Text>
						) : null}
						{felt ? (
							<Paragraph
								width={Math.max(10, formWidth - 4)}
								spans={[
									{
										text: Number.isFinite(felt.limit)
											? t(nesterov && (momentum ?? 0) > 0 ? 'etaLimitAhead' : 'etaLimit', {
													momentum: formatNumber(momentum ?? 0, lang),
													formula: felt.formula,
													limit: formatNumber(felt.limit, lang),
												})
											: t('etaNoLimit'),
									},
									...(Number.isFinite(felt.limit) && eta !== null
										? [eta < felt.limit ? {text: `\u00A0${theme.glyphs.ok}`, paint: chalk.green} : {text: `\u00A0${theme.glyphs.bad}`, paint: chalk.red}]
										: []),
								]}
							/>
						) : null}
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
				{level.visibility === 'blind' ? <Paragraph width={wide ? width - formWidth - 3 : width} spans={[{text: t('visibilityBlind'), paint: chalk.magenta}]} /> : null}
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['Tab/↑↓', t('keyField')],
					...(fields.some((field) => isSelector(field)) ? [['←→', t('keyChoose')] as [string, string]] : []),
					['Enter', t('keyLaunch')],
					['Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
