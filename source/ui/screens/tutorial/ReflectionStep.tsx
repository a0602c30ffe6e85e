/** A reflection question of lesson 9: the player answers in words, then reads a worked answer and replays its runs. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../../hooks/use-screen-input.js';
import TextInput from 'ink-text-input';
import {useState} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {clamp, wrapText} from '../../../tutorial/layout.js';
import type {Step} from '../../../tutorial/lessons.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';
import {cleanText} from '../../../text/sanitize.js';
import {RunView} from './RunView.js';

type Reflection = Extract<Step, {kind: 'reflection'}>;

/** A map shorter than this is shown on a part of its own. */
const MIN_MAP = 6;

export type ReflectionStepProps = {
	reflection: Reflection;
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the step, in columns and rows */
	width: number;
	height: number;
	/** the tallest the map may be */
	mapHeight: number;
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
	captions: string[][];
	/** 1 when everything fits at once; 2 when the worked answer and the runs take a screen each */
	parts: number;
	/** rows of the map */
	map: number;
};

/** How an answered reflection fits in `width` × `height` (pure: the screen also asks it how many parts there are). */
export function reflectionLayout(reflection: Reflection, lang: Language, answer: string, shown: number, width: number, height: number, mapHeight: number): ReflectionLayout {
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const question = wrapText(t(reflection.question), width);
	const yours = wrapText(t('reflectionYours', {answer: cleanText(answer, Math.max(20, width - 12))}), width);
	const worked = wrapText(t(reflection.answer), width);
	const runs = wrapText(t('reflectionRuns'), width);
	const captions = reflection.demos.map((demo, i) => wrapText(`${i === shown ? '›' : ' '} ${t(demo.caption, captionVars(runDemo(demo), lang))}`, width));
	const captionRows = captions.reduce((sum, lines) => sum + lines.length, 0);
	const together = height - question.length - yours.length - worked.length - runs.length - captionRows;
	if (together >= MIN_MAP) return {question, yours, worked, runs, captions, parts: 1, map: Math.min(together, mapHeight)};
	return {question, yours, worked, runs, captions, parts: 2, map: clamp(height - question.length - runs.length - captionRows, 1, mapHeight)};
}

export function ReflectionStep({reflection, lang, color, ascii, width, height, mapHeight, animate, answer, part, shown, onAnswer}: ReflectionStepProps) {
	const [draft, setDraft] = useState('');
	const [replay, setReplay] = useState(0);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const submitted = answer !== undefined;

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
					// eslint-disable-next-line react/no-array-index-key
					<Text key={i} bold>
						{line}
					</Text>
				))}
				<Box>
					<Text>{`${t('reflectionPrompt')} `}</Text>
					<TextInput
						value={draft}
						onChange={setDraft}
						onSubmit={(value) => {
							if (value.trim() !== '') onAnswer(value.trim());
						}}
					/>
				</Box>
			</Box>
		);
	}

	const layout = reflectionLayout(reflection, lang, answer, shown, width, height, mapHeight);
	const showText = layout.parts === 1 || part === 0;
	const showRuns = layout.parts === 1 || part >= 1;
	const rows = (lines: readonly string[], prefix: string, style: {bold?: boolean; dimColor?: boolean} = {}) =>
		lines.map((line, i) => (
			<Text key={`${prefix}${i}`} {...style}>
				{line}
			</Text>
		));
	const demo = reflection.demos[shown] ?? reflection.demos[0]!;
	return (
		<Box flexDirection="column">
			{rows(layout.question, 'q', {bold: true})}
			{showText ? rows(layout.yours, 'y', {dimColor: true}) : null}
			{showText ? rows(showRuns ? layout.worked : layout.worked.slice(0, Math.max(1, height - layout.question.length - layout.yours.length)), 'w') : null}
			{showRuns ? (
				<RunView outcome={runDemo(demo)} width={width} height={layout.map} color={color} ascii={ascii} animate={animate} replay={replay} />
			) : null}
			{showRuns ? rows(layout.runs, 'r') : null}
			{showRuns ? layout.captions.map((lines, i) => rows(lines, `c${i}-`, {bold: i === shown})) : null}
		</Box>
	);
}
