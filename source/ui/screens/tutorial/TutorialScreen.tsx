/**
 * The guided lessons, as one screen: the lesson list, then a lesson's steps (narration pages,
 * demonstrations, tasks, the saddle experiment, quiz, reflection). Navigation is the pure
 * reducer in source/tutorial/navigation.ts; progress is saved per lesson after every move.
 */
import {Box, Text, useInput} from 'ink';
import {useCallback, useEffect, useReducer, useRef, useState, type ReactNode} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import {loadProgress, saveLessonProgress, type LessonProgress} from '../../../store/index.js';
import {cleanText} from '../../../text/sanitize.js';
import {LESSONS} from '../../../tutorial/lessons.js';
import {canAdvance, initialTutorialState, tutorialReducer, type TutorialState} from '../../../tutorial/navigation.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';
import {ExperimentStep} from './ExperimentStep.js';
import {QuizStep} from './QuizStep.js';
import {ReflectionStep} from './ReflectionStep.js';
import {RunView} from './RunView.js';
import {TaskStep} from './TaskStep.js';

export type TutorialScreenProps = {
	lang: Language;
	/** where progress is saved (lesson and step) */
	dataDir: string;
	color: boolean;
	ascii: boolean;
	/** terminal size available to the screen */
	width: number;
	height: number;
	onExit: () => void;
	/** animate runs and the experiment (default true; tests turn it off) */
	animate?: boolean;
};

/** The smallest terminal the tutorial lays out in. */
export const MIN_WIDTH = 60;
export const MIN_HEIGHT = 20;

export function TutorialScreen({lang, dataDir, color, ascii, width, height, onExit, animate = true}: TutorialScreenProps) {
	const [state, dispatch] = useReducer(tutorialReducer, initialTutorialState);
	const [lessons, setLessons] = useState<Record<string, LessonProgress>>({});
	const [answers, setAnswers] = useState<Record<string, string>>({});
	const [replay, setReplay] = useState(0);
	const [saveError, setSaveError] = useState<string | null>(null);
	const saving = useRef<Promise<unknown>>(Promise.resolve());
	// Read by the key handler: the progress may arrive between a render and the handler's refresh.
	const saved = useRef(lessons);
	saved.current = lessons;
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);

	useEffect(() => {
		let live = true;
		void loadProgress(dataDir).then((result) => {
			if (live && result.ok) setLessons((old) => ({...result.value.tutorial.lessons, ...old}));
		});
		return () => {
			live = false;
		};
	}, [dataDir]);

	const save = useCallback(
		(lessonId: string, progress: LessonProgress) => {
			setLessons((old) => ({...old, [lessonId]: {done: progress.done || old[lessonId]?.done === true, step: progress.step}}));
			saving.current = saving.current.then(async () => {
				const result = await saveLessonProgress(dataDir, lessonId, progress);
				setSaveError(result.ok ? null : 'message' in result ? `${result.code}: ${cleanText(result.message, 80)}` : result.code);
			});
		},
		[dataDir],
	);

	// Save where the player is after every move inside a lesson.
	const where = state.view === 'lesson' ? `${state.lesson}:${state.reached}:${state.finished}` : 'menu';
	useEffect(() => {
		if (state.view !== 'lesson') return;
		const id = LESSONS[state.lesson]!.id;
		save(id, state.finished ? {done: true, step: 0} : {done: false, step: state.reached});
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [where]);

	const step = state.view === 'lesson' && !state.finished ? LESSONS[state.lesson]!.steps[state.step] : undefined;
	const typing = step?.kind === 'task' || (step?.kind === 'reflection' && answers[answerKey(state)] === undefined);

	useInput((input, key) => {
		if (state.view === 'menu') {
			if (key.upArrow) dispatch({type: 'select', delta: -1});
			else if (key.downArrow) dispatch({type: 'select', delta: 1});
			else if (key.return) {
				const lesson = LESSONS[state.selected]!;
				const progress = saved.current[lesson.id];
				dispatch({type: 'open', lesson: state.selected, step: progress && !progress.done ? progress.step : 0});
			} else if (input === 'q' || key.escape) {
				void saving.current.then(onExit);
			}

			return;
		}

		if (key.escape || (!typing && input === 'q')) {
			dispatch({type: 'leave'});
			return;
		}

		if (key.pageUp || (!typing && key.leftArrow)) {
			dispatch({type: 'back'});
			setReplay((n) => n + 1);
		} else if (key.pageDown || (!typing && (key.rightArrow || key.return))) {
			dispatch({type: 'next'});
		} else if (!typing && input === 'r') {
			setReplay((n) => n + 1);
		}
	});

	if (width < MIN_WIDTH || height < MIN_HEIGHT) {
		return <Text>{t('tooSmall', {width: String(MIN_WIDTH), height: String(MIN_HEIGHT)})}</Text>;
	}

	const mapWidth = Math.min(width - 2, 72);
	const mapHeight = Math.max(6, Math.min(16, height - 16));

	if (state.view === 'menu') {
		return (
			<Box flexDirection="column" width={width}>
				<Text bold>{t('menuTitle')}</Text>
				<Text> </Text>
				{LESSONS.map((lesson, i) => {
					const saved = lessons[lesson.id];
					const mark = saved?.done ? (ascii ? '[x]' : '✓') : ascii ? '[ ]' : '·';
					const resume = saved && !saved.done && saved.step > 0 ? `  (${t('menuResume', {step: String(saved.step + 1)})})` : '';
					const selected = i === state.selected;
					return (
						<Text key={lesson.id} color={color && selected ? 'cyan' : undefined} bold={selected}>
							{`${selected ? '›' : ' '} ${mark} ${i + 1}. ${t(lesson.title)}${resume}`}
						</Text>
					);
				})}
				<Text> </Text>
				<Text dimColor>{t('menuKeys')}</Text>
				{saveError ? <Text color={color ? 'red' : undefined}>{t('saveFailed', {reason: saveError})}</Text> : null}
			</Box>
		);
	}

	const lesson = LESSONS[state.lesson]!;
	const header = t('header', {lesson: String(state.lesson + 1), title: t(lesson.title), step: String(state.step + 1), steps: String(lesson.steps.length)});
	const pass = () => dispatch({type: 'pass'});
	const next = () => dispatch({type: 'next'});
	let body: ReactNode;
	let keys: TutorialTextKey = 'keysPage';
	if (!step) {
		body = <Text color={color ? 'green' : undefined}>{t('lessonComplete')}</Text>;
	} else {
		switch (step.kind) {
			case 'page': {
				body = <Text wrap="wrap">{t(step.text)}</Text>;
				break;
			}

			case 'demo': {
				const outcome = runDemo(step.demo);
				const vars = captionVars(outcome, lang);
				body = (
					<Box flexDirection="column">
						<Text bold>{t('demoLabel', vars)}</Text>
						<RunView outcome={outcome} width={mapWidth} height={mapHeight} color={color} ascii={ascii} animate={animate} replay={replay} caption={t(step.demo.caption, vars)} />
					</Box>
				);
				keys = 'keysDemo';
				break;
			}

			case 'task': {
				const passed = canAdvance(state);
				body = (
					<TaskStep
						key={`${state.lesson}:${state.step}`}
						task={step}
						lang={lang}
						color={color}
						ascii={ascii}
						width={mapWidth}
						mapHeight={mapHeight}
						animate={animate}
						passed={passed}
						onPass={pass}
						onNext={next}
					/>
				);
				keys = passed ? 'keysTaskPassed' : 'keysTask';
				break;
			}

			case 'experiment': {
				body = <ExperimentStep text={step.text} lang={lang} ascii={ascii} animate={animate} />;
				break;
			}

			case 'quiz': {
				const passed = canAdvance(state);
				body = <QuizStep key={`${state.lesson}:${state.step}`} quiz={step} lang={lang} color={color} ascii={ascii} width={width} passed={passed} onPass={pass} />;
				keys = passed ? 'keysQuizDone' : 'keysQuiz';
				break;
			}

			case 'reflection': {
				const answer = answers[answerKey(state)];
				body = (
					<ReflectionStep
						key={`${state.lesson}:${state.step}`}
						reflection={step}
						lang={lang}
						color={color}
						ascii={ascii}
						width={mapWidth}
						mapHeight={Math.max(6, mapHeight - 4)}
						animate={animate}
						answer={answer}
						onAnswer={(text) => {
							setAnswers((old) => ({...old, [answerKey(state)]: text}));
							pass();
						}}
					/>
				);
				keys = answer === undefined ? 'keysReflection' : 'keysReflectionDone';
				break;
			}
		}
	}

	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{header}</Text>
			<Text> </Text>
			{body}
			<Text> </Text>
			<Text dimColor>{t(keys)}</Text>
			{saveError ? <Text color={color ? 'red' : undefined}>{t('saveFailed', {reason: saveError})}</Text> : null}
		</Box>
	);
}

function answerKey(state: TutorialState): string {
	return state.view === 'lesson' ? `${state.lesson}:${state.step}` : '';
}
