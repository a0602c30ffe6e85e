/**
 * Setup: one text field per knob the level unlocks, checked as the player types (decimal comma
 * accepted), the allowed range beside each, and the slope felt under the start — on a blind
 * level that is all the player knows. The form's state and checks are in `ui/setup-state.ts`,
 * the slope panel in `components/SlopePanel.tsx`.
 */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import {readableNumber} from '../../i18n/format.js';
import {parseDecimal, parseSwitch} from '../../engine/knobs.js';
import {isModelLevel} from '../../engine/model/critical.js';
import type {KnobName, Knobs, Level} from '../../engine/types.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {SlopePanel, slopePanelParagraphs, slopePanelRows, slopePanelWidth} from '../components/SlopePanel.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {type ScreenEnv, uiText} from '../env.js';
import {Field} from '../components/Field.js';
import {Paragraph} from '../components/Paragraph.js';
import {wrapSpans, type Span} from '../../text/wrap.js';
import {
	choices,
	feltCurvature,
	isSelector,
	knobTexts,
	scheduleDefaults,
	scheduleKindOf,
	scheduleParamNames,
	setupFields,
	sparkline,
	type FieldId,
	type SetupValues,
} from '../setup-fields.js';
import {allowedText, initialValues, resolveTexts, setupReducer, slopeAtStart, validateField, type KnobTexts} from '../setup-state.js';

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
	const baseFormWidth = wide ? Math.min(64, Math.floor(width * 0.5)) : width;
	const flat = slope.steepness < 1e-12;
	// a model level's map is a slice: the curvature of the directions it does not show is told
	const showCurvature = level.visibility !== 'map' || isModelLevel(level);
	const felt = showCurvature ? feltCurvature(level, momentum ?? 0, nesterov) : null;
	const hasSchedule = level.knobs.schedule !== undefined;
	const panelProps = {theme, lang, slope, flat, eta, felt, momentum, nesterov};
	const paragraphs = slopePanelParagraphs(panelProps);
	// below 100 columns the map sits beside the slope panel, under the fields, when there is room
	// for both: the panel as wide as its lines (up to what leaves the map 24 columns), the map
	// the rest of the width and every row down to the key bar
	const mapBeside = !wide && level.visibility !== 'blind';
	const basePanelWidth = mapBeside ? Math.max(30, Math.min(width - 26, slopePanelWidth(paragraphs))) : baseFormWidth;
	// a bordered field takes five rows; below that room each takes one
	const blindRows = !wide && level.visibility === 'blind' ? 3 : 0;
	const compact = fields.length * 5 + slopePanelRows(paragraphs, basePanelWidth) + (hasSchedule ? 1 : 0) + 4 + blindRows > height;
	// one-row fields beside the map (100 columns and more, few rows) want room for their label,
	// the value and 28 columns of range: the form widens, the map gives way
	const formWidth = compact && wide ? Math.min(width - 30, Math.max(baseFormWidth, labelWidth + 23 + 28)) : baseFormWidth;
	const panelWidth = mapBeside ? basePanelWidth : formWidth;
	const defaultsOf = scheduleDefaults(scheduleKindOf(level, state.values), level.budget, eta ?? level.knobs.learningRate.default);
	const hint = (field: FieldId): string => {
		if (field.startsWith('schedule:')) {
			const value = defaultsOf[Number(field.slice('schedule:'.length))];
			return value === undefined ? '' : t('paramDefault', {value: readableNumber(value, lang, 4)});
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

		const placeholder = field.startsWith('schedule:') ? readableNumber(defaultsOf[Number(field.slice('schedule:'.length))] ?? 0, lang, 4) : undefined;
		return <Field value={value} focused={focused} theme={theme} placeholder={placeholder} />;
	};

	const schedule = resolved.ok ? resolved.value.schedule : null;
	const sparkLabel = t('sparkline', {steps: level.budget});
	const sparkWidth = Math.max(8, Math.min(40, formWidth - labelWidth - 3 - sparkLabel.length));
	const spark = hasSchedule && schedule && eta !== null ? sparkline(schedule, eta, level.budget, sparkWidth, theme.ascii) : null;
	const lastScheduleField = fields.reduce((last, field, i) => (field === 'schedule' || field.startsWith('schedule:') ? i : last), -1);
	// a one-row field's range, choices or error: beside the value, on a second row when it does not fit on one
	const noteSpans = (field: FieldId): Span[] => [
		...(errors[field] ? [{text: `${theme.glyphs.bad} ${errors[field]} · `, paint: chalk.red}] : []),
		{text: hint(field), paint: chalk.dim},
	];
	const noteWidth = Math.max(10, formWidth - labelWidth - 23);
	const compactRows = fields.reduce((rows, field) => rows + Math.min(2, wrapSpans(noteSpans(field), noteWidth).length), 0);
	// the title, the gap under it and the key bar; the fields (a bordered one is five rows); the panel's gap in compact form
	const belowFields = height - 3 - (compact ? compactRows : fields.length * 5) - (spark ? 1 : 0) - (compact ? 1 : 0);
	const mapWidth = width - panelWidth - 2;
	const showMapBeside = mapBeside && belowFields >= 5 && mapWidth >= 20;
	const fixFirst = state.tried && Object.values(errors).some(Boolean) ? <Text>{chalk.red(t('fixFirst'))}</Text> : null;
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
						const notes = noteSpans(field);
						const note = notes.map(({text, paint}) => (paint ? paint(text) : text)).join('');
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
											<Paragraph width={noteWidth} spans={notes} maxLines={2} />
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
					{showMapBeside ? (
						<Box flexDirection="row" height={belowFields + (compact ? 1 : 0)} flexShrink={0}>
							<Box flexDirection="column" width={panelWidth} flexShrink={0}>
								<SlopePanel {...panelProps} width={panelWidth} compact={compact} />
								{fixFirst}
							</Box>
							<Box flexGrow={1} marginLeft={2} marginTop={compact ? 1 : 0} justifyContent="center" alignItems="center" overflow="hidden">
								<TerrainMap
									level={level}
									width={mapWidth}
									height={belowFields}
									view={view}
									color={theme.level}
									ascii={theme.ascii}
									fog={level.visibility === 'fog'}
								/>
							</Box>
						</Box>
					) : (
						<>
							<SlopePanel {...panelProps} width={formWidth} compact={compact} />
							{fixFirst}
						</>
					)}
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
