import {describe, expect, it} from 'vitest';
import {TUTORIAL_TEXT} from '../../source/i18n/tutorial.js';
import {DIAGNOSIS_TEXT} from '../../source/i18n/diagnosis-text.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {say} from '../../source/i18n/index.js';
import {GATES} from '../../source/tutorial/gates.js';
import {FIXES, LESSONS, SYMPTOMS, fixFor, symptomOf, type Demo} from '../../source/tutorial/lessons.js';
import {TUTORIAL_LEVEL_IDS, tutorialLevel} from '../../source/tutorial/levels.js';
import {canAdvance, initialTutorialState, resumeLesson, tutorialReducer, type TutorialAction, type TutorialState} from '../../source/tutorial/navigation.js';
import {captionVars, runDemo} from '../../source/tutorial/run.js';

function demosOf(step: (typeof LESSONS)[number]['steps'][number]): Demo[] {
	if (step.kind === 'demo') return [step.demo];
	if (step.kind === 'quiz') return [step.run];
	if (step.kind === 'reflection') return step.demos;
	return [];
}

describe('the lessons', () => {
	it('follow the order of README, “The tutorial”, with the dance of the parameters (world 7) between saddles and the quiz', () => {
		expect(LESSONS.map((l) => l.id)).toEqual(['landscape', 'step-size', 'momentum', 'decay', 'schedules', 'valleys', 'saddles', 'dance', 'diagnoses', 'reflection']);
	});

	it('name the mountain pass with the saddle diagnosis\'s word (DESIGN: "paso de montaña"), in the text and in the captions', () => {
		const term = 'paso de montaña';
		expect(DIAGNOSIS_TEXT['saddle.analogy'].es.toLowerCase()).toContain(term);
		const spanish = Object.values(TUTORIAL_TEXT).map((text) => text.es);
		expect(spanish.filter((text) => /\bpuerto\b/i.test(text))).toEqual([]);
		expect(spanish.filter((text) => text.includes(term)).length).toBeGreaterThanOrEqual(2);
		// a caption that quotes a saddle run's diagnosis quotes it as the result screen shows it
		let saddles = 0;
		for (const lesson of LESSONS) {
			for (const step of lesson.steps) {
				for (const demo of demosOf(step)) {
					const outcome = runDemo(demo);
					if (outcome.diagnosis.code !== 'saddle') continue;
					saddles++;
					expect(captionVars(outcome, 'es')['Analogy']).toBe(describeDiagnosis(outcome.diagnosis).analogy.es);
				}
			}
		}

		expect(saddles).toBeGreaterThan(0);
	});

	it('load every tutorial terrain through the level validator', () => {
		for (const id of TUTORIAL_LEVEL_IDS) expect(tutorialLevel(id).id).toBe(id === 'dance' ? 'w7-03-many-climbers' : `tutorial-${id}`);
	});

	it('fill every placeholder of every caption from the run it describes', () => {
		for (const lesson of LESSONS) {
			for (const step of lesson.steps) {
				for (const demo of demosOf(step)) {
					const outcome = runDemo(demo);
					for (const lang of ['es', 'en'] as const) {
						const text = say(TUTORIAL_TEXT[demo.caption], lang, captionVars(outcome, lang));
						expect(text, `${lesson.id} ${demo.caption} ${lang}`).not.toMatch(/\{\w+\}/);
					}
				}
			}
		}
	});

	it('demonstrate what their captions claim', () => {
		const codes = LESSONS.flatMap((lesson) => lesson.steps.flatMap((step) => demosOf(step).map((d) => [d.caption, runDemo(d).diagnosis.code] as const)));
		const code = Object.fromEntries(codes);
		expect(code['l2d1']).toBe('too-slow');
		expect(code['l2d2']).toBe('diverged');
		expect(code['l4d2']).toBe('decay-pulled');
		expect(code['l5d1']).toBe('local-minimum');
		expect(code['l5d3']).toBe('reached-global');
		expect(code['l6d1']).toBe('local-minimum');
		expect(code['l6d2']).toBe('reached-global');
		expect(code['l7d1']).toBe('saddle');
		expect(code['l9d1a']).toBe('local-minimum');
		expect(code['l9d1b']).toBe('reached-global');
	});

	it('show the momentum demos arriving sooner than plain descent', () => {
		const arrived = (caption: string) => {
			const step = LESSONS.flatMap((l) => l.steps).find((s) => s.kind === 'demo' && s.demo.caption === caption);
			return step?.kind === 'demo' ? runDemo(step.demo).facts.arrivedAt! : Number.NaN;
		};

		expect(arrived('l3d2')).toBeLessThan(arrived('l3d1'));
		expect(arrived('l3d4')).toBeLessThan(arrived('l3d3'));
	});

	it('quiz the four symptoms of the seed, each from a real run', () => {
		const quizzes = LESSONS.flatMap((l) => l.steps).filter((s) => s.kind === 'quiz');
		expect(quizzes.length).toBeGreaterThanOrEqual(4);
		const symptoms = quizzes.map((q) => (q.kind === 'quiz' ? symptomOf(runDemo(q.run).diagnosis.code) : null));
		expect(new Set(symptoms)).toEqual(new Set(SYMPTOMS));
		expect(SYMPTOMS.map(fixFor)).toEqual(FIXES);
	});

	it('gate every task with a known gate on a terrain that has the task knobs', () => {
		for (const step of LESSONS.flatMap((l) => l.steps)) {
			if (step.kind !== 'task') continue;
			expect(GATES[step.gate]).toBeTypeOf('function');
			for (const field of step.fields) expect(tutorialLevel(step.level).knobs[field], `${step.level} ${field}`).toBeDefined();
		}
	});
});

describe('navigation', () => {
	const run = (actions: TutorialAction[], from: TutorialState = initialTutorialState) => actions.reduce(tutorialReducer, from);

	it('pages forward and back inside a lesson', () => {
		const state = run([{type: 'open', lesson: 0, step: 0}, {type: 'next'}, {type: 'next'}, {type: 'back'}]);
		expect(state).toMatchObject({view: 'lesson', lesson: 0, step: 1, reached: 2});
	});

	it('stops at a gated step until it is passed', () => {
		const task = LESSONS[0]!.steps.findIndex((s) => s.kind === 'task');
		let state = run([{type: 'open', lesson: 0, step: task}]);
		expect(canAdvance(state)).toBe(false);
		state = run([{type: 'next'}], state);
		expect(state).toMatchObject({step: task, finished: false});
		state = run([{type: 'pass'}, {type: 'next'}], state);
		expect(state).toMatchObject({finished: true});
		state = run([{type: 'next'}], state);
		expect(state).toEqual({view: 'menu', selected: 1});
	});

	it('lets the player go back past a passed gate and forward again', () => {
		// lesson 2 ends with two tasks (steps 4 and 5): resume at the last, go back two, forward one
		const state = run([{type: 'open', lesson: 1, step: 5}, {type: 'back'}, {type: 'back'}, {type: 'next'}]);
		expect(state).toMatchObject({step: 4, reached: 5});
		expect(canAdvance(state)).toBe(true);
	});

	it('leaves to the menu with the lesson selected', () => {
		expect(run([{type: 'open', lesson: 3, step: 2}, {type: 'leave'}])).toEqual({view: 'menu', selected: 3});
	});

	it('re-reads a finished lesson to its end with no gate in the way', () => {
		const lesson = LESSONS.findIndex((l) => l.steps.some((s) => s.kind === 'task'));
		let state = run([{type: 'open', lesson, step: 0, review: true}]);
		for (let i = 0; i < LESSONS[lesson]!.steps.length; i++) state = run([{type: 'next'}], state);
		expect(state).toMatchObject({finished: true});
		// a first visit stops at the first task
		let fresh = run([{type: 'open', lesson, step: 0}]);
		for (let i = 0; i < LESSONS[lesson]!.steps.length; i++) fresh = run([{type: 'next'}], fresh);
		expect(fresh).toMatchObject({finished: false, step: LESSONS[lesson]!.steps.findIndex((s) => s.kind === 'task')});
	});

	it('opens the list on the lesson left half-way, else the first not done', () => {
		expect(resumeLesson({})).toBe(0);
		expect(resumeLesson({landscape: {done: true, step: 0}, 'step-size': {done: true, step: 0}})).toBe(2);
		expect(resumeLesson({landscape: {done: true, step: 0}, decay: {done: false, step: 3}})).toBe(LESSONS.findIndex((l) => l.id === 'decay'));
		expect(resumeLesson({landscape: {done: false, step: 0}})).toBe(0);
	});
});
