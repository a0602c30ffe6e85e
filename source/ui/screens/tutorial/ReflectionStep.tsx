/** A reflection question of lesson 9: the player answers in words, then reads a worked answer and replays its runs. */
import {Box, Text} from 'ink';
import {useScreenInput, useTextFieldFocus} from '../../hooks/use-screen-input.js';
import {useEffect, useMemo, useReducer, useState} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {wrapText} from '../../../tutorial/layout.js';
import type {Step} from '../../../tutorial/lessons.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';
import {cleanText} from '../../../text/sanitize.js';
import {Field} from '../../components/Field.js';
import {editText, type Edit, type EditKey} from '../../editing.js';
import {makeTheme} from '../../theme.js';
import {RunView, legendLines, splitRow} from './RunView.js';

type Reflection = Extract<Step, {kind: 'reflection'}>;

/** The most rows the learner's own answer takes on screen; a longer one ends in an ellipsis. */
const ANSWER_ROWS = 4;

/** The most characters an answer keeps while it is typed. */
const ANSWER_LENGTH = 600;

/** One key or burst of keys applied to the answer being typed (as every text field does, `editText`); an empty answer is not sent. */
export function draftReducer(state: Edit, action: {input: string; key: EditKey}): Edit {
	const edit = editText(state.value, action.input, action.key, ANSWER_LENGTH);
	return {...edit, submit: edit.submit && edit.value.trim() !== ''};
}

export type ReflectionStepProps = {
	reflection: Reflection;
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the step, in columns and rows */
	width: number;
	height: number;
	/** rows of the map: the same for every run of a terrain at one terminal size */
	mapRows: number;
	animate: boolean;
	/** the answer given earlier in this visit, if any */
	answer: string | undefined;
	/** which part of an answered reflection to show, when it needs more than one (see reflectionLayout) */
	part: number;
	/** the run shown (an index into the reflection's demos) */
	shown: number;
	onAnswer: (answer: string) => void;
};

/** The rows an answered reflection takes: its texts, and whether the worked answer and the runs share a screen. */
export type ReflectionLayout = {
	question: string[];
	yours: string[];
	worked: string[];
	runs: string[];
	/** 1 when everything fits at once; 2 when the worked answer and the runs take a screen each */
	parts: number;
};

/** `lines` cut to `rows`, the last kept row ending in an ellipsis when something was cut. */
export function clip(lines: readonly string[], rows: number, width: number): string[] {
	if (lines.length <= rows) return [...lines];
	const kept = lines.slice(0, Math.max(1, rows));
	const last = kept.at(-1)!;
	kept[kept.length - 1] = `${last.length + 2 > width ? last.slice(0, Math.max(0, width - 2)) : last} …`;
	return kept;
}

/** How an answered reflection fits in `width` × `height` (pure: the screen also asks it how many parts there are). */
export function reflectionLayout(reflection: Reflection, lang: Language, answer: string, width: number, height: number, mapRows: number, legendRows: number): ReflectionLayout {
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const question = wrapText(t(reflection.question), width);
	const yours = clip(wrapText(t('reflectionYours', {answer: cleanText(answer, 2000)}), width), ANSWER_ROWS, width);
	const worked = wrapText(t(reflection.answer), width);
	const runs = wrapText(t('reflectionRuns'), width);
	const together = question.length + yours.length + worked.length + mapRows + legendRows;
	return {question, yours, worked, runs, parts: together <= height ? 1 : 2};
}

export function ReflectionStep({reflection, lang, color, ascii, width, height, mapRows, animate, answer, part, shown, onAnswer}: ReflectionStepProps) {
	const [draft, edit] = useReducer(draftReducer, {value: '', submit: false, typed: false});
	const theme = useMemo(() => makeTheme(color ? 1 : 0, ascii), [color, ascii]);
	const [replay, setReplay] = useState(0);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const submitted = answer !== undefined;
	// `?` is a character of the answer while it is typed, not the help key
	// (from the Enter that sends the answer on, as the answer is shown in the same turn)
	useTextFieldFocus(!submitted && !draft.submit);

	useScreenInput((input, key) => edit({input, key}), {isActive: !submitted});
	useEffect(() => {
		if (draft.submit && !submitted) onAnswer(draft.value.trim());
		// eslint-disable-next-line react-hooks/exhaustive-deps -- fires once per Enter; onAnswer is a fresh closure each render
	}, [draft]);

	useScreenInput(
		(input) => {
			const choice = Number(input) - 1;
			if (Number.isInteger(choice) && choice >= 0 && choice < reflection.demos.length) setReplay((n) => n + 1);
		},
		{isActive: submitted},
	);

	if (!submitted) {
		return (
			<Box flexDirection="column">
				{wrapText(t(reflection.question), width).map((line, i) => (
					<Text key={i} bold>
						{line}
					</Text>
				))}
				<Box>
					<Text>{`${t('reflectionPrompt')} `}</Text>
					<Field value={draft.value} focused theme={theme} />
				</Box>
			</Box>
		);
	}

	const legendRows = legendLines(lang, ascii, false, width).length;
	const layout = reflectionLayout(reflection, lang, answer, width, height, mapRows, legendRows);
	const showText = layout.parts === 1 || part === 0;
	const showRuns = layout.parts === 1 || part >= 1;
	const rows = (lines: readonly string[], prefix: string, style: {bold?: boolean; dimColor?: boolean} = {}) =>
		lines.map((line, i) => (
			<Text key={`${prefix}${i}`} {...style}>
				{line}
			</Text>
		));
	const demo = reflection.demos[shown] ?? reflection.demos[0]!;
	const outcome = runDemo(demo);
	const {panel} = splitRow(outcome, width, mapRows);
	const captionWidth = panel > 0 ? panel : width;
	const captions = reflection.demos.map((d, i) => wrapText(`${i === shown ? '›' : ' '} ${t(d.caption, captionVars(runDemo(d), lang))}`, captionWidth));
	return (
		<Box flexDirection="column">
			{rows(layout.question, 'q', {bold: true})}
			{showText ? rows(layout.yours, 'y', {dimColor: true}) : null}
			{showText ? rows(layout.worked, 'w') : null}
			{showRuns ? (
				<RunView
					outcome={outcome}
					lang={lang}
					width={width}
					height={mapRows}
					color={color}
					ascii={ascii}
					animate={animate}
					replay={replay}
					panel={
						<Box flexDirection="column">
							{rows(wrapText(t('reflectionRuns'), captionWidth), 'r')}
							{captions.map((lines, i) => rows(lines, `c${i}-`, {bold: i === shown}))}
						</Box>
					}
				/>
			) : null}
		</Box>
	);
}
