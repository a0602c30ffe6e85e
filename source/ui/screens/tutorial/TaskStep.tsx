/**
 * A task: the learner types knobs and launches a run; every try stays on the map as a faint trail
 * and in a list beside it (the last few, with their knobs and result), so two tries can be
 * compared. The lesson goes on once the gate passes.
 */
import {Box, Text} from 'ink';
import {useScreenInput, useTextFieldFocus} from '../../hooks/use-screen-input.js';
import {useEffect, useMemo, useReducer, useState} from 'react';
import type {KnobInput, KnobName, Outcome} from '../../../engine/index.js';
import {knobAllowedText} from '../../../i18n/knob-errors.js';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {taskHint} from '../../../tutorial/advice.js';
import {pageVars} from '../../../tutorial/figures.js';
import {learnerNumber} from '../../../tutorial/format.js';
import {passes} from '../../../tutorial/gates.js';
import {wrapText} from '../../../tutorial/layout.js';
import type {Step} from '../../../tutorial/lessons.js';
import {tutorialLevel} from '../../../tutorial/levels.js';
import {captionVars, runTask} from '../../../tutorial/run.js';
import {MARKS} from '../../map/render.js';
import {Field} from '../../components/Field.js';
import {editText, type EditKey} from '../../editing.js';
import {makeTheme} from '../../theme.js';
import {RunView, legendLines, splitRow, type Ghost} from './RunView.js';

type Task = Extract<Step, {kind: 'task'}>;

export type TaskStepProps = {
	task: Task;
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the step, in columns and rows */
	width: number;
	height: number;
	/** rows of the map: the same for every run of a terrain at one terminal size */
	mapRows: number;
	animate: boolean;
	passed: boolean;
	onPass: () => void;
	onNext: () => void;
};

const LABELS: Partial<Record<KnobName, TutorialTextKey>> = {
	learningRate: 'knobLearningRate',
	momentum: 'knobMomentum',
	decay: 'knobDecay',
	schedule: 'knobSchedule',
	restarts: 'knobRestarts',
};

/** How many earlier tries stay on screen. */
export const KEPT_TRIES = 3;

/**
 * The fields as the task opens: η empty (the learner chooses it), the other knobs at their
 * neutral value (no momentum, no friction, constant, one climber), which pass no task on their own.
 */
export function initialFields(task: Task, lang: Language): Record<string, string> {
	const values: Record<string, string> = {};
	for (const name of task.fields) {
		if (name === 'learningRate') values[name] = '';
		else if (name === 'schedule') values[name] = 'constant';
		else if (name === 'nesterov') values[name] = 'off';
		else if (name === 'restarts' || name === 'batchSize') values[name] = String(tutorialLevel(task.level).knobs[name]?.min ?? 1);
		else values[name] = learnerNumber(0, lang);
	}

	return values;
}

/** One try: what was typed and what the engine made of it. */
export type Try = {typed: Record<string, string>; outcome: Outcome};

/** A try as one short line: its knobs and its result. */
export function tryLine(attempt: Try, task: Task, lang: Language): string {
	const {knobs} = attempt.outcome.run;
	const num = (value: number) => learnerNumber(value, lang, 3);
	const parts: string[] = [];
	for (const name of task.fields) {
		if (name === 'learningRate') parts.push(`η = ${num(knobs.learningRate)}`);
		else if (name === 'momentum') parts.push(`μ = ${num(knobs.momentum)}`);
		else if (name === 'decay') parts.push(`λ = ${num(knobs.decay)}`);
		else if (name === 'schedule') parts.push(knobs.schedule.kind);
		else if (name === 'restarts') parts.push(`K = ${knobs.restarts}`);
	}

	const {arrivedAt} = attempt.outcome.facts;
	const result =
		arrivedAt === null
			? say(TUTORIAL_TEXT.tryNot, lang, {analogy: captionVars(attempt.outcome, lang)['analogy']!})
			: say(TUTORIAL_TEXT.tryArrived, lang, {arrived: String(arrivedAt)});
	return `${parts.join(', ')}: ${result}`;
}

/** How a failed try is told: what it did, in the task's own terms when it reached the floor anyway. */
export function missKey(task: Task, outcome: Outcome): TutorialTextKey {
	if (outcome.diagnosis.code !== 'reached-global') return 'taskNotYet';
	switch (task.gate) {
		case 'explode': {
			return 'taskNoExplosion';
		}

		case 'decay-short': {
			return 'taskNotStopped';
		}

		case 'quick-floor':
		case 'ravine-momentum': {
			return outcome.run.knobs.momentum <= 0 && task.gate === 'ravine-momentum' ? 'taskNotYet' : 'taskLate';
		}

		default: {
			return 'taskNotYet';
		}
	}
}

/** The earlier tries' points, one after another, for the map's faint trail. */
function ghostOf(tries: readonly Try[]): Ghost | undefined {
	if (tries.length === 0) return undefined;
	const xs: number[] = [];
	const ys: number[] = [];
	for (const attempt of tries) {
		const t = attempt.outcome.facts.trajectory;
		for (let i = 0; i <= t.steps; i++) {
			if (Number.isFinite(t.x[i]!) && Number.isFinite(t.y[i]!)) {
				xs.push(t.x[i]!);
				ys.push(t.y[i]!);
			}
		}
	}

	return xs.length > 0 ? {x: Float64Array.from(xs), y: Float64Array.from(ys)} : undefined;
}

/**
 * The fields as the learner edits them. Every key (or burst of keys: a paste, fast typing) is
 * applied to the current text here, as on the campaign's setup screen (`editText`), so nothing
 * typed in one chunk is lost or reordered. `pristine` lists the fields still holding their
 * starting text: typing replaces it, Backspace edits it.
 */
export type TaskFieldsState = {
	values: Record<string, string>;
	focus: number;
	pristine: string[];
	/** a value was edited since the last run (a passed task re-read goes on with Enter until then) */
	dirty: boolean;
	/** counts Enter presses: the run starts once every edit queued before it is applied */
	launches: number;
};

export type TaskFieldsAction = {type: 'edit'; input: string; key: EditKey} | {type: 'focus'; step: 1 | -1} | {type: 'ran'};

/** The most characters a task field keeps. */
const FIELD_LENGTH = 40;

export function taskFieldsReducer(fields: readonly string[]) {
	return (state: TaskFieldsState, action: TaskFieldsAction): TaskFieldsState => {
		const n = Math.max(1, fields.length);
		switch (action.type) {
			case 'focus': {
				return {...state, focus: (state.focus + n + action.step) % n};
			}

			case 'ran': {
				return {...state, dirty: false};
			}

			case 'edit': {
				const name = fields[state.focus];
				if (name === undefined) return state;
				const before = state.values[name] ?? '';
				let edit = editText(before, action.input, action.key, FIELD_LENGTH);
				if (state.pristine.includes(name) && edit.typed) edit = editText('', action.input, action.key, FIELD_LENGTH);
				const changed = edit.value !== before || edit.typed;
				const next = changed ? {...state, values: {...state.values, [name]: edit.value}, pristine: state.pristine.filter((f) => f !== name), dirty: true} : state;
				return edit.submit ? {...next, launches: next.launches + 1} : next;
			}
		}
	};
}

export function TaskStep({task, lang, color, ascii, width, height, mapRows, animate, passed, onPass, onNext}: TaskStepProps) {
	const reducer = useMemo(() => taskFieldsReducer(task.fields), [task.fields]);
	const [state, dispatch] = useReducer(reducer, undefined, (): TaskFieldsState => {
		const values = initialFields(task, lang);
		return {values, focus: 0, pristine: task.fields.filter((name) => values[name] !== ''), dirty: !passed, launches: 0};
	});
	const {values, focus, dirty} = state;
	const theme = useMemo(() => makeTheme(color ? 1 : 0, ascii), [color, ascii]);
	const [tries, setTries] = useState<Try[]>([]);
	const [error, setError] = useState<string | null>(null);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const latest = tries[0];
	// a task always has a field in focus: `?` is typed into it (and refused as a value), not the help key
	useTextFieldFocus(true);

	useScreenInput((input, key) => {
		if (key.tab || key.downArrow) dispatch({type: 'focus', step: key.shift ? -1 : 1});
		else if (key.upArrow) dispatch({type: 'focus', step: -1});
		else dispatch({type: 'edit', input, key});
	});

	const launch = () => {
		if (passed && !dirty) {
			onNext();
			return;
		}

		const empty = task.fields.find((name) => (values[name] ?? '').trim() === '');
		if (empty) {
			const label = LABELS[empty];
			setError(t('taskEmpty', {knob: label ? t(label) : empty}));
			return;
		}

		const result = runTask(task.level, values as KnobInput, task.seed);
		if (!result.ok) {
			const {knob, value} = result.error;
			const label = LABELS[knob];
			const allowed = knobAllowedText(result.error, tutorialLevel(task.level).knobs, lang);
			setError(t('taskBadKnob', {knob: label ? t(label) : knob, value, allowed}));
			return;
		}

		setError(null);
		setTries((old) => [{typed: {...values}, outcome: result.value}, ...old].slice(0, KEPT_TRIES + 1));
		dispatch({type: 'ran'});
		if (passes(task.gate, result.value)) onPass();
	};

	useEffect(() => {
		if (state.launches > 0) launch();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- fires once per Enter, after the edits queued before it
	}, [state.launches]);

	const verdict = useMemo(() => {
		if (!latest) return null;
		const vars = {...captionVars(latest.outcome, lang), ...pageVars(task.passed, lang)};
		return passes(task.gate, latest.outcome)
			? {ok: true, text: t(task.passed, vars)}
			: {ok: false, text: t(missKey(task, latest.outcome), {...vars, hint: t(taskHint(task, latest.typed as KnobInput, latest.outcome))})};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [latest, lang, task]);

	const prompt = wrapText(t(task.prompt, pageVars(task.prompt, lang)), width);
	const split = latest ? splitRow(latest.outcome, width, mapRows) : null;
	const panelWidth = split && split.panel > 0 ? split.panel : width;
	// a bad entry's error takes the place of the last run's verdict
	const message = error ? {ok: false, text: error, error: true} : verdict ? {...verdict, error: false} : null;
	const messageLines = message ? wrapText(message.text, panelWidth) : [];
	const earlier = tries.slice(1);
	const ghostGlyph = ascii ? MARKS.ascii.ghost : MARKS.unicode.ghost;
	const allTries = earlier.length > 0 ? [t('triesTitle', {ghost: ghostGlyph}), ...earlier.flatMap((attempt) => wrapText(`${ascii ? '-' : '•'} ${tryLine(attempt, task, lang)}`, panelWidth))] : [];
	// the panel keeps within the step's rows: the oldest tries go first
	const legendRows = legendLines(lang, ascii, true, width).length;
	const panelRoom = height - 1 - prompt.length - (split && split.panel > 0 ? legendRows : legendRows + (split?.mapRows ?? 0));
	const tryLines = allTries.length > 0 && panelRoom - task.fields.length - messageLines.length >= 2 ? allTries.slice(0, panelRoom - task.fields.length - messageLines.length) : [];
	const fields = task.fields.map((name, index) => {
		const label = LABELS[name];
		return (
			<Box key={name}>
				<Text color={color && index === focus ? 'cyan' : undefined}>{`${index === focus ? '›' : ' '} ${label ? t(label) : name}: `}</Text>
				<Field value={values[name] ?? ''} focused={index === focus} theme={theme} />
			</Box>
		);
	});
	const tint = message ? (message.error ? 'red' : message.ok ? 'green' : 'yellow') : undefined;
	const panel = (
		<Box flexDirection="column">
			{fields}
			{messageLines.map((line, i) => (
				<Text key={`m${i}`} color={color ? tint : undefined}>
					{line}
				</Text>
			))}
			{tryLines.map((line, i) => (
				<Text key={`t${i}`} dimColor>
					{line}
				</Text>
			))}
		</Box>
	);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold>{t('taskLabel')}</Text>
			{prompt.map((line, i) => (
				<Text key={i}>{line}</Text>
			))}
			{latest ? (
				<RunView
					outcome={latest.outcome}
					lang={lang}
					width={width}
					height={mapRows}
					color={color}
					ascii={ascii}
					animate={animate}
					replay={tries.length}
					ghost={ghostOf(earlier)}
					panel={panel}
				/>
			) : (
				panel
			)}
		</Box>
	);
}
