/**
 * Where the player is in the tutorial, as a pure reducer: the lesson list, or a lesson at a
 * step. A gated step (a task, a quiz question, a reflection) lets the player past only once
 * passed; steps before the furthest one reached stay open.
 */
import {LESSONS} from './lessons.js';

export type TutorialState =
	| {view: 'menu'; selected: number}
	| {
			view: 'lesson';
			lesson: number;
			step: number;
			/** the furthest step reached in this visit (or resumed at) */
			reached: number;
			/** gated steps passed in this visit */
			passed: readonly number[];
			/** the last step was completed */
			finished: boolean;
			/** a lesson finished before, opened again to re-read: no gate holds the learner back */
			review: boolean;
	  };

export type TutorialAction =
	| {type: 'select'; delta: number}
	| {type: 'open'; lesson: number; step: number; review?: boolean}
	| {type: 'focus'; lesson: number}
	| {type: 'pass'}
	| {type: 'next'}
	| {type: 'back'}
	| {type: 'leave'};

/** The steps that need the player's own answer before the lesson goes on. */
export function isGated(lesson: number, step: number): boolean {
	const kind = LESSONS[lesson]?.steps[step]?.kind;
	return kind === 'task' || kind === 'quiz' || kind === 'reflection';
}

/** Whether "next" is allowed now. */
export function canAdvance(state: TutorialState): boolean {
	if (state.view !== 'lesson') return false;
	if (state.finished || state.review) return true;
	return !isGated(state.lesson, state.step) || state.step < state.reached || state.passed.includes(state.step);
}

export const initialTutorialState: TutorialState = {view: 'menu', selected: 0};

/**
 * The lesson the list's cursor starts on: the first lesson left half-way (a saved step past the
 * first), else the first lesson not done, else the first.
 */
export function resumeLesson(progress: Readonly<Record<string, {done: boolean; step: number} | undefined>>): number {
	const started = LESSONS.findIndex((lesson) => {
		const saved = progress[lesson.id];
		return saved !== undefined && !saved.done && saved.step > 0;
	});
	if (started >= 0) return started;
	const open = LESSONS.findIndex((lesson) => progress[lesson.id]?.done !== true);
	return Math.max(0, open);
}

export function tutorialReducer(state: TutorialState, action: TutorialAction): TutorialState {
	switch (action.type) {
		case 'select': {
			if (state.view !== 'menu') return state;
			const selected = Math.min(LESSONS.length - 1, Math.max(0, state.selected + action.delta));
			return {...state, selected};
		}

		case 'open': {
			const steps = LESSONS[action.lesson]?.steps.length ?? 0;
			if (steps === 0) return state;
			const step = Math.min(Math.max(0, Math.floor(action.step)), steps - 1);
			return {view: 'lesson', lesson: action.lesson, step, reached: step, passed: [], finished: false, review: action.review === true};
		}

		case 'focus': {
			if (state.view !== 'menu') return state;
			return {...state, selected: Math.min(LESSONS.length - 1, Math.max(0, Math.floor(action.lesson)))};
		}

		case 'pass': {
			if (state.view !== 'lesson' || state.passed.includes(state.step)) return state;
			return {...state, passed: [...state.passed, state.step]};
		}

		case 'next': {
			if (state.view !== 'lesson' || !canAdvance(state)) return state;
			if (state.finished) return {view: 'menu', selected: Math.min(LESSONS.length - 1, state.lesson + 1)};
			const last = LESSONS[state.lesson]!.steps.length - 1;
			if (state.step >= last) return {...state, finished: true};
			const step = state.step + 1;
			return {...state, step, reached: Math.max(state.reached, step)};
		}

		case 'back': {
			if (state.view !== 'lesson') return state;
			if (state.finished) return {...state, finished: false};
			return {...state, step: Math.max(0, state.step - 1)};
		}

		case 'leave': {
			if (state.view !== 'lesson') return state;
			return {view: 'menu', selected: state.lesson};
		}
	}
}
