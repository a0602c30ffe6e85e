/** A task: the player types knobs, launches a run, and the lesson goes on once the gate passes. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../../hooks/use-screen-input.js';
import TextInput from 'ink-text-input';
import {useMemo, useState} from 'react';
import type {KnobInput, KnobName, Outcome} from '../../../engine/index.js';
import {formatNumber} from '../../../i18n/format.js';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {gateHint, passes} from '../../../tutorial/gates.js';
import {clamp, wrapText} from '../../../tutorial/layout.js';
import type {Step} from '../../../tutorial/lessons.js';
import {tutorialLevel} from '../../../tutorial/levels.js';
import {captionVars, runTask} from '../../../tutorial/run.js';
import {RunView} from './RunView.js';

type Task = Extract<Step, {kind: 'task'}>;

export type TaskStepProps = {
	task: Task;
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the step, in columns and rows: the map shrinks (or hides) so everything fits */
	width: number;
	height: number;
	/** the tallest the map may be */
	mapHeight: number;
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

function defaults(task: Task, lang: Language): Record<string, string> {
	const spec = tutorialLevel(task.level).knobs;
	const values: Record<string, string> = {};
	for (const name of task.fields) {
		if (name === 'schedule') values[name] = spec.schedule?.default ?? 'constant';
		else if (name === 'nesterov') values[name] = spec.nesterov?.default ? 'on' : 'off';
		else values[name] = formatNumber(spec[name]?.default ?? 0, lang, 6);
	}

	return values;
}

/** A map shorter than this is not worth drawing: the task shows its text only. */
const MIN_MAP = 4;

export function TaskStep({task, lang, color, ascii, width, height, mapHeight, animate, passed, onPass, onNext}: TaskStepProps) {
	const [values, setValues] = useState(() => defaults(task, lang));
	const [focus, setFocus] = useState(0);
	const [outcome, setOutcome] = useState<Outcome | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [dirty, setDirty] = useState(true);
	const [runs, setRuns] = useState(0);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);

	useScreenInput((_input, key) => {
		if (key.tab || key.downArrow) setFocus((f) => (f + (key.shift ? task.fields.length - 1 : 1)) % task.fields.length);
		else if (key.upArrow) setFocus((f) => (f + task.fields.length - 1) % task.fields.length);
	});

	const launch = () => {
		if (passed && !dirty) {
			onNext();
			return;
		}

		const result = runTask(task.level, values as KnobInput, task.seed);
		if (!result.ok) {
			const {knob, value, allowed} = result.error;
			const label = LABELS[knob];
			setError(t('taskBadKnob', {knob: label ? t(label) : knob, value, allowed}));
			return;
		}

		setError(null);
		setOutcome(result.value);
		setDirty(false);
		setRuns((n) => n + 1);
		if (passes(task.gate, result.value)) onPass();
	};

	const verdict = useMemo(() => {
		if (!outcome) return null;
		const vars = captionVars(outcome, lang);
		return passes(task.gate, outcome)
			? {ok: true, text: t(task.passed, vars)}
			: {ok: false, text: t('taskNotYet', {...vars, hint: t(gateHint(task.gate, outcome))})};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [outcome, lang, task]);

	const prompt = wrapText(t(task.prompt), width);
	const errorLines = error ? wrapText(error, width) : [];
	const verdictLines = verdict ? wrapText(verdict.text, width) : [];
	const room = clamp(height - 1 - prompt.length - task.fields.length - errorLines.length - verdictLines.length, 0, mapHeight);
	return (
		<Box flexDirection="column">
			<Text bold>{t('taskLabel')}</Text>
			{prompt.map((line, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={i}>{line}</Text>
			))}
			{outcome && room >= MIN_MAP ? (
				<RunView outcome={outcome} width={width} height={room} color={color} ascii={ascii} animate={animate} replay={runs} />
			) : null}
			{task.fields.map((name, index) => {
				const label = LABELS[name];
				return (
					<Box key={name}>
						<Text color={color && index === focus ? 'cyan' : undefined}>{`${index === focus ? '›' : ' '} ${label ? t(label) : name}: `}</Text>
						<TextInput
							value={values[name] ?? ''}
							focus={index === focus}
							onChange={(value) => {
								setValues((old) => ({...old, [name]: value}));
								setDirty(true);
							}}
							onSubmit={launch}
						/>
					</Box>
				);
			})}
			{errorLines.map((line, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={`e${i}`} color={color ? 'red' : undefined}>
					{line}
				</Text>
			))}
			{verdictLines.map((line, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={`v${i}`} color={color && verdict ? (verdict.ok ? 'green' : 'yellow') : undefined}>
					{line}
				</Text>
			))}
		</Box>
	);
}
