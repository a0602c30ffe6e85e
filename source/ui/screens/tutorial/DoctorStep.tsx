/** The last lesson's close: a real training log read by `descenso doctor`, its curve and what the doctor says. */
import {Box, Text} from 'ink';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {readExampleLog, seriesValues} from './doctor-log.js';
import {learnerText} from '../../../tutorial/format.js';
import {clamp, wrapText} from '../../../tutorial/layout.js';
import {lossCurve} from '../../../tutorial/plot.js';

export type DoctorStepProps = {
	log: string;
	text: TutorialTextKey;
	lang: Language;
	color: boolean;
	ascii: boolean;
	width: number;
	height: number;
};

/** Rows of the curve at most. */
const CURVE_ROWS = 12;

export function DoctorStep({log, text, lang, color, ascii, width, height}: DoctorStepProps) {
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	const read = readExampleLog(log, lang);
	const intro = wrapText(t(text, {file: `examples/doctor/${log}`}), width);
	if (!read?.ok) {
		return (
			<Box flexDirection="column">
				{[...intro, ...wrapText(t('l9docUnreadable', {file: `examples/doctor/${log}`}), width)].map((line, i) => (
					<Text key={i}>{line}</Text>
				))}
			</Box>
		);
	}

	const d = read.report.diagnosis;
	const glyphs = ascii ? {dot: '*', faint: '.'} : {dot: '•', faint: '∘'};
	const legend = wrapText(t('l9docLegend', glyphs), width);
	const says = wrapText(learnerText(t('l9docSays', {title: d.title, analogy: d.analogy, evidence: d.evidence}), lang), width);
	const yours = wrapText(t('l9docYours'), width);
	const rows = clamp(height - intro.length - legend.length - says.length - yours.length, 3, CURVE_ROWS);
	const train = seriesValues(read.log.train.points);
	const validation = read.log.validation ? seriesValues(read.log.validation.points) : undefined;
	const curve = lossCurve(train, 0, Math.max(20, Math.min(100, width - 12)), rows, ascii, lang, validation ? {reference: validation} : {});
	const lines = (texts: readonly string[], prefix: string, tint?: string) =>
		texts.map((line, i) => (
			<Text key={`${prefix}${i}`} color={color ? tint : undefined}>
				{line}
			</Text>
		));
	return (
		<Box flexDirection="column">
			{lines(intro, 'i')}
			{lines(legend, 'l')}
			<Text>{curve.join('\n')}</Text>
			{lines(says, 's', 'yellow')}
			{lines(yours, 'y')}
		</Box>
	);
}
