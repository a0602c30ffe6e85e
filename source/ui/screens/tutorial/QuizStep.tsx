/** A quiz question of lesson 8: a real run's loss curve; the player names the symptom, then the fix. */
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {FIXES, SYMPTOMS, fixFor, symptomOf, type Fix, type Step, type Symptom} from '../../../tutorial/lessons.js';
import {lossCurve} from '../../../tutorial/plot.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';

type Quiz = Extract<Step, {kind: 'quiz'}>;

export type QuizStepProps = {
	quiz: Quiz;
	lang: Language;
	color: boolean;
	ascii: boolean;
	width: number;
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

type Stage = 'symptom' | 'fix' | 'done';

export function QuizStep({quiz, lang, color, ascii, width, passed, onPass}: QuizStepProps) {
	const outcome = runDemo(quiz.run);
	const symptom = symptomOf(outcome.diagnosis.code);
	const [stage, setStage] = useState<Stage>(passed ? 'done' : 'symptom');
	const [wrong, setWrong] = useState<TutorialTextKey | null>(null);
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);

	useInput(
		(input) => {
			const choice = Number(input) - 1;
			if (!Number.isInteger(choice) || choice < 0 || choice > 3) return;
			if (stage === 'symptom') {
				if (SYMPTOMS[choice] === symptom) {
					setStage('fix');
					setWrong(null);
				} else setWrong('quizWrongSymptom');
			} else if (stage === 'fix' && symptom) {
				if (FIXES[choice] === fixFor(symptom)) {
					setStage('done');
					setWrong(null);
					onPass();
				} else setWrong('quizWrongFix');
			}
		},
		{isActive: stage !== 'done'},
	);

	const curve = lossCurve(outcome.facts.trajectory.loss, outcome.facts.minLoss, Math.max(20, Math.min(70, width - 12)), 8, ascii);
	const options = stage === 'symptom' ? SYMPTOMS.map((s) => t(SYMPTOM_TEXT[s])) : FIXES.map((f) => t(FIX_TEXT[f]));
	return (
		<Box flexDirection="column">
			<Text>{t(quiz.run.caption, captionVars(outcome, lang))}</Text>
			<Text>{t('quizCurve')}</Text>
			<Text>{curve.join('\n')}</Text>
			{stage === 'done' ? (
				<Text wrap="wrap" color={color ? 'green' : undefined}>
					{t('quizRight', {analogy: captionVars(outcome, lang)['analogy']!, advice: outcome.diagnosis.advice[lang]})}
				</Text>
			) : (
				<Box flexDirection="column">
					<Text bold>{t(stage === 'symptom' ? 'quizPickSymptom' : 'quizPickFix')}</Text>
					{options.map((option, i) => (
						<Text key={option}>{`  ${i + 1}. ${option}`}</Text>
					))}
					{wrong ? <Text color={color ? 'yellow' : undefined}>{t(wrong)}</Text> : null}
				</Box>
			)}
		</Box>
	);
}
