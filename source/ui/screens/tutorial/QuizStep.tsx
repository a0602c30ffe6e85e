/** A quiz question of lesson 8: a real run's loss curve; the player names the symptom, then the fix. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../../hooks/use-screen-input.js';
import {useState} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {describeDiagnosis} from '../../../i18n/diagnosis.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {FIXES, SYMPTOMS, fixFor, symptomOf, type Fix, type Step, type Symptom} from '../../../tutorial/lessons.js';
import {clamp, wrapText} from '../../../tutorial/layout.js';
import {learnerText} from '../../../tutorial/format.js';
import {lossCurve} from '../../../tutorial/plot.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';

type Quiz = Extract<Step, {kind: 'quiz'}>;

export type QuizStepProps = {
	quiz: Quiz;
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the step, in columns and rows: the curve shrinks so everything fits */
	width: number;
	height: number;
	passed: boolean;
	onPass: () => void;
};

const SYMPTOM_TEXT: Record<Symptom, TutorialTextKey> = {
	explodes: 'symptomExplodes',
	slow: 'symptomSlow',
	oscillates: 'symptomOscillates',
	stagnates: 'symptomStagnates',
};

const FIX_TEXT: Record<Fix, TutorialTextKey> = {
	'lower-lr': 'fixLowerLr',
	'raise-lr': 'fixRaiseLr',
	'tune-momentum': 'fixTuneMomentum',
	'add-noise': 'fixAddNoise',
};

/** What each symptom would look like on the curve: said when the player picks it wrongly. */
const LOOKS: Record<Symptom, TutorialTextKey> = {
	explodes: 'looksExplodes',
	slow: 'looksSlow',
	oscillates: 'looksOscillates',
	stagnates: 'looksStagnates',
};

/** Rows of the curve at most. */
const CURVE_ROWS = 12;
/** The one axis every quiz curve is drawn on (log10 of the gap to the floor): 10⁻⁶ to 10³. */
export const QUIZ_RANGE = [-6, 3] as const;

type Stage = 'symptom' | 'fix' | 'done';

export function QuizStep({quiz, lang, color, ascii, width, height, passed, onPass}: QuizStepProps) {
	const outcome = runDemo(quiz.run);
	const symptom = symptomOf(outcome.diagnosis.code);
	const [stage, setStage] = useState<Stage>(passed ? 'done' : 'symptom');
	const [wrong, setWrong] = useState<string | null>(null);
	const glyphs = ascii ? {dot: '*', faint: '.', up: '^'} : {dot: '•', faint: '∘', up: '↑'};
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, {...glyphs, ...vars});

	useScreenInput(
		(input) => {
			const choice = Number(input) - 1;
			if (!Number.isInteger(choice) || choice < 0 || choice > 3) return;
			if (stage === 'symptom') {
				if (SYMPTOMS[choice] === symptom) {
					setStage('fix');
					setWrong(null);
				} else setWrong(t('quizWrongSymptom', {looks: t(LOOKS[SYMPTOMS[choice]!])}));
			} else if (stage === 'fix' && symptom) {
				if (FIXES[choice] === fixFor(symptom)) {
					setStage('done');
					setWrong(null);
					onPass();
				} else setWrong(t('quizWrongFix'));
			}
		},
		{isActive: stage !== 'done'},
	);

	const vars = captionVars(outcome, lang);
	const caption = wrapText(t(quiz.run.caption, vars), width);
	const label = [...wrapText(t('quizCurve'), width), ...wrapText(t('quizReference'), width)];
	const reference = runDemo({level: quiz.run.level, knobs: quiz.reference, seed: quiz.run.seed});
	const right = wrapText(learnerText(t('quizRight', {analogy: vars['analogy']!, advice: describeDiagnosis(outcome.diagnosis).advice[lang]}), lang), width);
	const choices = (asking: 'symptom' | 'fix') => [
		...wrapText(t(asking === 'symptom' ? 'quizPickSymptom' : 'quizPickFix'), width),
		...(asking === 'symptom' ? SYMPTOMS.map((s) => t(SYMPTOM_TEXT[s])) : FIXES.map((f) => t(FIX_TEXT[f]))).flatMap((option, i) => wrapText(`  ${i + 1}. ${option}`, width)),
	];
	const below = stage === 'done' ? right : choices(stage);
	// the curve keeps one size through the question (the longest of its stages, with room for the
	// longest "not that one"), so it does not jump while the learner answers
	const wrongRows = 3;
	const tallest = Math.max(right.length, choices('symptom').length + wrongRows, choices('fix').length + wrongRows);
	const rows = clamp(height - caption.length - label.length - tallest, 3, CURVE_ROWS);
	const curve = lossCurve(outcome.facts.trajectory.loss, outcome.facts.minLoss, Math.max(20, Math.min(100, width - 12)), rows, ascii, lang, {
		range: QUIZ_RANGE,
		reference: reference.facts.trajectory.loss,
	});
	const lines = (texts: readonly string[], prefix: string, bold = false, tint?: string) =>
		texts.map((line, i) => (
			<Text key={`${prefix}${i}`} bold={bold} color={color ? tint : undefined}>
				{line}
			</Text>
		));
	return (
		<Box flexDirection="column">
			{lines(caption, 'c')}
			{lines(label, 'l')}
			<Text>{curve.join('\n')}</Text>
			{stage === 'done' ? lines(below, 'd', false, 'green') : lines(below, 'b')}
			{wrong && stage !== 'done' ? lines(wrapText(wrong, width), 'w', false, 'yellow') : null}
		</Box>
	);
}
