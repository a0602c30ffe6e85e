/** A reflection question of lesson 9: the player answers in words, then reads a worked answer and replays its runs. */
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {useState} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import type {Step} from '../../../tutorial/lessons.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';
import {cleanText} from '../../../text/sanitize.js';
import {RunView} from './RunView.js';

type Reflection = Extract<Step, {kind: 'reflection'}>;

export type ReflectionStepProps = {
	reflection: Reflection;
	lang: Language;
	color: boolean;
	ascii: boolean;
	width: number;
	mapHeight: number;
	animate: boolean;
	/** the answer given earlier in this visit, if any */
	answer: string | undefined;
	onAnswer: (answer: string) => void;
};

export function ReflectionStep({reflection, lang, color, ascii, width, mapHeight, animate, answer, onAnswer}: ReflectionStepProps) {
	const [draft, setDraft] = useState('');
	const [shown, setShown] = useState(0);
	const [replay, setReplay] = useState(0);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const submitted = answer !== undefined;

	useInput(
		(input) => {
			const choice = Number(input) - 1;
			if (Number.isInteger(choice) && choice >= 0 && choice < reflection.demos.length) {
				setShown(choice);
				setReplay((n) => n + 1);
			}
		},
		{isActive: submitted},
	);

	if (!submitted) {
		return (
			<Box flexDirection="column">
				<Text bold wrap="wrap">
					{t(reflection.question)}
				</Text>
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

	const demo = reflection.demos[shown]!;
	const outcome = runDemo(demo);
	return (
		<Box flexDirection="column">
			<Text bold wrap="wrap">
				{t(reflection.question)}
			</Text>
			<Text dimColor wrap="wrap">
				{t('reflectionYours', {answer: cleanText(answer, Math.max(20, width - 12))})}
			</Text>
			<Text wrap="wrap">{t(reflection.answer)}</Text>
			<RunView outcome={outcome} width={width} height={mapHeight} color={color} ascii={ascii} animate={animate} replay={replay} />
			<Text>{t('reflectionRuns')}</Text>
			{reflection.demos.map((d, i) => (
				<Text key={d.caption} wrap="wrap" bold={i === shown}>
					{t(d.caption, captionVars(runDemo(d), lang))}
				</Text>
			))}
		</Box>
	);
}
