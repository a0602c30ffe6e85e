/**
 * The guided lessons, as one screen: the lesson list, then a lesson's steps (narration pages,
 * demonstrations, tasks, the saddle experiment, quiz, reflection). Navigation is the pure
 * reducer in source/tutorial/navigation.ts; progress is saved per lesson after every move.
 */
import {Box, Text} from 'ink';
import {HelpContext, useScreenInput} from '../../hooks/use-screen-input.js';
import {KeyBar, type KeyEntry, keyBarRows} from '../../components/KeyBar.js';
import {makeTheme} from '../../theme.js';
import {tutorialKeys, type StepKeys, type TutorialKeys} from './keys.js';
import {useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode} from 'react';
import type {Language} from '../../../engine/types.js';
import {say} from '../../../i18n/index.js';
import {TUTORIAL_TEXT, type TutorialTextKey} from '../../../i18n/tutorial.js';
import type {LessonProgress} from '../../../store/index.js';
import {useServices} from '../../services.js';
import {cleanText} from '../../../text/sanitize.js';
import type {Demo} from '../../../tutorial/lessons.js';
import {clamp, pageLines, wrapText} from '../../../tutorial/layout.js';
import {learnerNumber} from '../../../tutorial/format.js';
import {MIN_COLUMNS, MIN_ROWS} from '../../env.js';
import {LESSONS} from '../../../tutorial/lessons.js';
import {canAdvance, initialTutorialState, resumeLesson, tutorialReducer, type TutorialState} from '../../../tutorial/navigation.js';
import {captionVars, runDemo} from '../../../tutorial/run.js';
import {DoctorStep} from './DoctorStep.js';
import {ExperimentStep} from './ExperimentStep.js';
import {QuizStep} from './QuizStep.js';
import {ReflectionStep, reflectionLayout} from './ReflectionStep.js';
import {RunView, legendLines, otherClimbers, splitRow} from './RunView.js';
import {pageVars} from '../../../tutorial/figures.js';
import {TaskStep} from './TaskStep.js';

export type TutorialScreenProps = {
	lang: Language;
	color: boolean;
	ascii: boolean;
	/** room for the screen: the terminal's columns, and its rows − 1 (a full-height frame makes Ink flicker) */
	width: number;
	height: number;
	onExit: () => void;
	/** animate runs and the experiment (default true; tests turn it off) */
	animate?: boolean;
};

/** The smallest room the tutorial lays out in: the game's minimum terminal (80×24) less the row Ink keeps free. */
export const MIN_WIDTH = MIN_COLUMNS;
export const MIN_HEIGHT = MIN_ROWS - 1;
/** The tallest a map gets (the width follows from the terrain's aspect and the panel beside it). */
const MAX_MAP_ROWS = 40;
/** Rows a task's prompt may take above its map. */
const PROMPT_ROWS = 3;

export function TutorialScreen({lang, color, ascii, width, height, onExit, animate = true}: TutorialScreenProps) {
	const [state, dispatch] = useReducer(tutorialReducer, initialTutorialState);
	const [lessons, setLessons] = useState<Record<string, LessonProgress>>({});
	const [answers, setAnswers] = useState<Record<string, string>>({});
	const [replay, setReplay] = useState(0);
	// the page of a long step (narration split to fit, or an answered reflection's two halves)
	const [part, setPart] = useState(0);
	const [shown, setShown] = useState(0);
	const parts = useRef(1);
	const [saveError, setSaveError] = useState<string | null>(null);
	const saving = useRef<Promise<unknown>>(Promise.resolve());
	// Read by the key handler: the progress may arrive between a render and the handler's refresh.
	const saved = useRef(lessons);
	const touched = useRef(false);
	const latest = useRef(state);
	latest.current = state;
	saved.current = lessons;
	const t = (key: TutorialTextKey, vars?: Record<string, string>) => say(TUTORIAL_TEXT[key], lang, vars);
	// the key bar paints keys as every other screen's does
	const theme = useMemo(() => makeTheme(color ? 1 : 0, ascii), [color, ascii]);
	const help = useContext(HelpContext);

	// progress is read and saved through the game's services (lesson and step)
	const {loadProgress, saveLesson} = useServices();
	useEffect(() => {
		let live = true;
		void loadProgress().then((result) => {
			if (!live || !result.ok) return;
			setLessons((old) => ({...result.value.tutorial.lessons, ...old}));
			// the cursor goes to the lesson to resume, unless the learner has already moved it
			if (!touched.current) dispatch({type: 'focus', lesson: resumeLesson(result.value.tutorial.lessons)});
		});
		return () => {
			live = false;
		};
	}, [loadProgress]);

	const save = useCallback(
		(lessonId: string, progress: LessonProgress) => {
			setLessons((old) => ({...old, [lessonId]: {done: progress.done || old[lessonId]?.done === true, step: progress.step}}));
			saving.current = saving.current.then(async () => {
				const result = await saveLesson(lessonId, progress);
				setSaveError(result.ok ? null : 'message' in result ? `${result.code}: ${cleanText(result.message, 80)}` : result.code);
			});
		},
		[saveLesson],
	);

	// Save where the player is after every move inside a lesson.
	const where = state.view === 'lesson' ? `${state.lesson}:${state.reached}:${state.finished}` : 'menu';
	useEffect(() => {
		if (state.view !== 'lesson') return;
		const id = LESSONS[state.lesson]!.id;
		save(id, state.finished ? {done: true, step: 0} : {done: false, step: state.reached});
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `where` sums up the state that is saved; save is stable per data folder
	}, [where]);

	const step = state.view === 'lesson' && !state.finished ? LESSONS[state.lesson]!.steps[state.step] : undefined;
	const stepKey = state.view === 'lesson' ? `${state.lesson}:${state.step}:${state.finished}` : 'menu';
	useEffect(() => {
		setPart(0);
		setShown(0);
	}, [stepKey]);
	const typing = step?.kind === 'task' || (step?.kind === 'reflection' && answers[answerKey(state)] === undefined);

	useScreenInput((input, key) => {
		touched.current = true;
		if (state.view === 'menu') {
			if (key.upArrow) dispatch({type: 'select', delta: -1});
			else if (key.downArrow) dispatch({type: 'select', delta: 1});
			else if (key.return) {
				// the cursor may have just moved to the lesson to resume: read it from the latest render
				const selected = latest.current.view === 'menu' ? latest.current.selected : state.selected;
				const lesson = LESSONS[selected]!;
				const progress = saved.current[lesson.id];
				// a finished lesson opens from the start to re-read, with no gate in the way
				dispatch({type: 'open', lesson: selected, step: progress && !progress.done ? progress.step : 0, review: progress?.done === true});
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
			if (part > 0) setPart(part - 1);
			else {
				dispatch({type: 'back'});
				setReplay((n) => n + 1);
			}
		} else if (key.pageDown || (!typing && (key.rightArrow || key.return))) {
			if (part < parts.current - 1) setPart(part + 1);
			else dispatch({type: 'next'});
		} else if (!typing && input === 'r') {
			setReplay((n) => n + 1);
		} else if (!typing && step?.kind === 'reflection' && /^[1-9]$/.test(input) && Number(input) <= step.demos.length) {
			setShown(Number(input) - 1);
			setPart(parts.current - 1);
		}
	});

	if (width < MIN_WIDTH || height < MIN_HEIGHT) {
		const size = {columns: String(width), rows: String(height + 1), width: String(MIN_COLUMNS), height: String(MIN_ROWS)};
		return (
			<Box flexDirection="column" width={Math.max(1, width)}>
				{wrapText(t('tooSmall', size), Math.max(1, width - 1)).map((line, i) => (
					<Text key={i}>{line}</Text>
				))}
			</Box>
		);
	}

	// Text is wrapped one column short of the edge: a row that fills the terminal exactly
	// leaves some terminals' cursor in the pending-wrap state.
	const textWidth = width - 1;

	if (state.view === 'menu') {
		return (
			<Box flexDirection="column" width={width} height={height}>
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
				{/* the key bar at the foot of the screen, as on every other one; a save error just above it */}
				<Box flexGrow={1} minHeight={1} />
				{saveError ? <Text color={color ? 'red' : undefined}>{t('saveFailed', {reason: saveError})}</Text> : null}
				<KeyBar keys={tutorialKeys({kind: 'menu'}, t)} theme={theme} width={textWidth} />
			</Box>
		);
	}

	const lesson = LESSONS[state.lesson]!;
	const header = t('header', {lesson: String(state.lesson + 1), lessons: String(LESSONS.length), title: t(lesson.title), step: String(state.step + 1), steps: String(lesson.steps.length)});
	const pass = () => dispatch({type: 'pass'});
	const next = () => dispatch({type: 'next'});
	let body: ReactNode;
	let keys: StepKeys = 'page';
	let stepParts = 1;
	const saveLines = saveError ? wrapText(t('saveFailed', {reason: saveError}), textWidth) : [];
	// the key bar's rows (with `?`, and the longest key line of this step kind, a long page's "more", is assumed)
	const keyRows = (keys: TutorialKeys, withHelp = true) => keyBarRows([...tutorialKeys(keys, t), ...(withHelp ? [['?', help.label] as KeyEntry] : [])], textWidth).rows.length;
	// header, blank, body, blank, save error, keys
	const chrome = (kind: StepKeys) => 1 + 1 + 1 + Math.max(keyRows({kind}), keyRows({kind: 'more', part: 9, parts: 9})) + saveLines.length;
	const room = (kind: StepKeys) => Math.max(1, height - chrome(kind));
	// One map height for every demonstration, task and reflection at this terminal size, so the
	// runs of one terrain are drawn at the same scale: the room a task leaves (label, prompt, legend).
	const legendRows = legendLines(lang, ascii, true, textWidth).length;
	const mapRows = clamp(room('taskPassed') - 1 - PROMPT_ROWS - legendRows, 4, MAX_MAP_ROWS);
	const lines = (texts: readonly string[], prefix = '') =>
		texts.map((line, i) => (
			<Text key={`${prefix}${i}`}>{line}</Text>
		));
	if (!step) {
		body = <Text color={color ? 'green' : undefined}>{t('lessonComplete')}</Text>;
	} else {
		switch (step.kind) {
			case 'page': {
				const pages = pageLines(wrapText(t(step.text, pageVars(step.text, lang)), textWidth), room('page'));
				stepParts = pages.length;
				body = <Box flexDirection="column">{lines(pages[Math.min(part, pages.length - 1)]!)}</Box>;
				break;
			}

			case 'demo': {
				const outcome = runDemo(step.demo);
				const vars = captionVars(outcome, lang);
				const {panel} = splitRow(outcome, textWidth, mapRows);
				const caption = wrapText(t(step.demo.caption, vars), panel > 0 ? panel : textWidth);
				body = (
					<Box flexDirection="column">
						<Text bold>{t('demoLabel', {knobs: demoKnobs(step.demo, outcome.run.knobs, lang, t)})}</Text>
						<RunView
							outcome={outcome}
							lang={lang}
							width={textWidth}
							height={mapRows}
							color={color}
							ascii={ascii}
							animate={animate}
							replay={replay}
							ghost={otherClimbers(outcome)}
							ghostIs="climbers"
							panel={lines(caption, 'c')}
						/>
					</Box>
				);
				keys = 'demo';
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
						width={textWidth}
						height={room(passed ? 'taskPassed' : 'task')}
						mapRows={mapRows}
						animate={animate}
						passed={passed}
						onPass={pass}
						onNext={next}
					/>
				);
				keys = passed ? 'taskPassed' : 'task';
				break;
			}

			case 'experiment': {
				body = <ExperimentStep text={step.text} lang={lang} ascii={ascii} animate={animate} width={textWidth} height={room('page')} />;
				break;
			}

			case 'doctor': {
				body = <DoctorStep log={step.log} text={step.text} lang={lang} color={color} ascii={ascii} width={textWidth} height={room('page')} />;
				break;
			}

			case 'quiz': {
				const passed = canAdvance(state);
				body = (
					<QuizStep
						key={`${state.lesson}:${state.step}`}
						quiz={step}
						lang={lang}
						color={color}
						ascii={ascii}
						width={textWidth}
						height={room(passed ? 'quizDone' : 'quiz')}
						passed={passed}
						onPass={pass}
					/>
				);
				keys = passed ? 'quizDone' : 'quiz';
				break;
			}

			case 'reflection': {
				const answer = answers[answerKey(state)];
				const height = room(answer === undefined ? 'reflection' : 'reflectionDone');
				if (answer !== undefined) stepParts = reflectionLayout(step, lang, answer, textWidth, height, mapRows, legendLines(lang, ascii, false, textWidth).length).parts;
				body = (
					<ReflectionStep
						key={`${state.lesson}:${state.step}`}
						reflection={step}
						lang={lang}
						color={color}
						ascii={ascii}
						width={textWidth}
						height={height}
						mapRows={mapRows}
						animate={animate}
						answer={answer}
						part={part}
						shown={shown}
						onAnswer={(text) => {
							setAnswers((old) => ({...old, [answerKey(state)]: text}));
							pass();
						}}
					/>
				);
				keys = answer === undefined ? 'reflection' : 'reflectionDone';
				break;
			}
		}
	}

	parts.current = stepParts;
	const keysShown: TutorialKeys = stepParts > 1 && part < stepParts - 1 ? {kind: 'more', part: part + 1, parts: stepParts} : {kind: keys};
	const bodyRows = Math.max(1, height - 3 - keyRows(keysShown, help.enabled) - saveLines.length);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">
				{header}
			</Text>
			<Text> </Text>
			{/* the body is laid out to fit; the clip is only a guard against a frame taller than the terminal */}
			<Box flexDirection="column" height={bodyRows} overflow="hidden" flexShrink={0}>
				{body}
			</Box>
			<Text> </Text>
			{/* a save error above the key bar, which stays on the last row as on every other screen */}
			{saveLines.map((line, i) => (
				<Text key={`s${i}`} color={color ? 'red' : undefined}>
					{line}
				</Text>
			))}
			<KeyBar keys={tutorialKeys(keysShown, t)} theme={theme} width={textWidth} />
		</Box>
	);
}

/** The knobs a demonstration sets, as "η = 0,1, μ = 0,57": only those it names, so λ (decay) never mixes with λ (curvature). */
function demoKnobs(demo: Demo, knobs: {learningRate: number; momentum: number; decay: number; schedule: {kind: string}; restarts: number; batchSize: number | null}, lang: Language, t: (key: TutorialTextKey, vars?: Record<string, string>) => string): string {
	const number = (value: number) => learnerNumber(value, lang, 3);
	const parts = [`η = ${number(knobs.learningRate)}`];
	if (demo.knobs.momentum !== undefined) parts.push(`μ = ${number(knobs.momentum)}`);
	if (demo.knobs.decay !== undefined) parts.push(`λ = ${number(knobs.decay)}`);
	if (demo.knobs.schedule !== undefined) parts.push(`schedule ${knobs.schedule.kind}`);
	if (demo.knobs.restarts !== undefined) parts.push(t('demoRestarts', {restarts: String(knobs.restarts)}));
	if (demo.knobs.batchSize !== undefined && knobs.batchSize !== null) parts.push(`B = ${knobs.batchSize}`);
	return parts.join(', ');
}

function answerKey(state: TutorialState): string {
	return state.view === 'lesson' ? `${state.lesson}:${state.step}` : '';
}
