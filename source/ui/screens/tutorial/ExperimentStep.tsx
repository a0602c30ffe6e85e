/** Lesson 7's live experiment: the share of random critical points that are minima, dimension by dimension. */
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {formatPercent} from '../../../engine/format.js';
import {Prng} from '../../../engine/math.js';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
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
};

export function ExperimentStep({text, lang, ascii, animate}: ExperimentStepProps) {
	const [rows, setRows] = useState<ExperimentRow[]>(() =>
		animate ? [] : saddleExperiment({maxDimension: MAX_DIMENSION, samples: EXPERIMENT_SAMPLES, seed: EXPERIMENT_SEED}),
	);
	useEffect(() => {
		if (rows.length >= MAX_DIMENSION) return;
		const timer = setTimeout(() => {
			const n = rows.length + 1;
			setRows((old) => [...old, experimentRow(n, EXPERIMENT_SAMPLES, new Prng(rowSeed(EXPERIMENT_SEED, n)))]);
		}, 20);
		return () => clearTimeout(timer);
	}, [rows]);

	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const share = (n: number) => formatPercent(rows[n - 1]?.share ?? 0);
	const done = rows.length >= MAX_DIMENSION;
	return (
		<Box flexDirection="column">
			<Text>{t('experimentAxis')}</Text>
			<Text>{shareChart(rows, 8, ascii).join('\n')}</Text>
			{done ? (
				<Text wrap="wrap">
					{t(text, {samples: String(EXPERIMENT_SAMPLES), n1: share(1), n2: share(2), n3: share(3), n10: share(10), n50: share(50)})}
				</Text>
			) : (
				<Text dimColor>{t('experimentRunning', {dimension: String(rows.length)})}</Text>
			)}
		</Box>
	);
}
