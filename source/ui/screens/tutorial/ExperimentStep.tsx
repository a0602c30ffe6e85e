/** Lesson 7's live experiment: the share of random critical points that are minima, dimension by dimension. */
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {Prng} from '../../../engine/math.js';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {learnerPercent} from '../../../tutorial/format.js';
import {clamp, wrapText} from '../../../tutorial/layout.js';
import {experimentRow, rowSeed, saddleExperiment, shareChart, type ExperimentRow} from '../../../tutorial/saddle-experiment.js';

/** Matrices drawn per dimension. */
export const EXPERIMENT_SAMPLES = 200;
export const EXPERIMENT_SEED = 7;
const MAX_DIMENSION = 50;

export type ExperimentStepProps = {
	text: TutorialTextKey;
	lang: Language;
	ascii: boolean;
	animate: boolean;
	/** room for the step, in columns and rows: the chart shrinks so everything fits */
	width: number;
	height: number;
};

/** Rows of the chart's bars at most (the axis takes three more). */
const CHART_ROWS = 8;


/** The whole experiment, computed once (it is the same every time: a fixed seed). */
let whole: ExperimentRow[] | undefined;
const wholeExperiment = () => (whole ??= saddleExperiment({maxDimension: MAX_DIMENSION, samples: EXPERIMENT_SAMPLES, seed: EXPERIMENT_SEED}));

export function ExperimentStep({text, lang, ascii, animate, width, height}: ExperimentStepProps) {
	const [rows, setRows] = useState<ExperimentRow[]>(() => (animate ? [] : wholeExperiment()));
	useEffect(() => {
		if (rows.length >= MAX_DIMENSION) return;
		const timer = setTimeout(() => {
			const n = rows.length + 1;
			setRows((old) => [...old, experimentRow(n, EXPERIMENT_SAMPLES, new Prng(rowSeed(EXPERIMENT_SEED, n)))]);
		}, 20);
		return () => clearTimeout(timer);
	}, [rows]);

	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const share = (n: number) => learnerPercent(rows[n - 1]?.share ?? 0, lang);
	const done = rows.length >= MAX_DIMENSION;
	const axis = wrapText(t('experimentAxis'), width);
	const result = wrapText(t(text, {samples: String(EXPERIMENT_SAMPLES), n1: share(1), n2: share(2), n3: share(3), n10: share(10), n50: share(50)}), width);
	// the chart keeps the size it will have once the result shows, so it does not jump
	const bars = clamp(height - axis.length - 3 - result.length, 3, CHART_ROWS);
	return (
		<Box flexDirection="column">
			{axis.map((line, i) => (
				<Text key={`a${i}`}>{line}</Text>
			))}
			<Text>{shareChart(rows, bars, ascii, lang).join('\n')}</Text>
			{done ? (
				result.map((line, i) => (
					<Text key={`r${i}`}>{line}</Text>
				))
			) : (
				<Text dimColor>{t('experimentRunning', {dimension: String(rows.length)})}</Text>
			)}
		</Box>
	);
}
