import {describe, expect, it} from 'vitest';
import type {KnobInput} from '../../source/engine/index.js';
import {say} from '../../source/i18n/index.js';
import {TUTORIAL_TEXT} from '../../source/i18n/tutorial.js';
import {hintWitness, taskHint, type Move} from '../../source/tutorial/advice.js';
import {passes} from '../../source/tutorial/gates.js';
import {LESSONS, type Step} from '../../source/tutorial/lessons.js';
import {runTask} from '../../source/tutorial/run.js';

type Task = Extract<Step, {kind: 'task'}>;
const TASKS = LESSONS.flatMap((lesson) => lesson.steps).filter((s): s is Task => s.kind === 'task');
const task = (prompt: string) => TASKS.find((t) => t.prompt === prompt)!;

function run(t: Task, knobs: KnobInput) {
	const result = runTask(t.level, knobs, t.seed);
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.value;
}

const RULES = new Set(['hintNeedMomentum', 'hintNeedDecay', 'hintNeedSchedule', 'hintNone']);
/** The knob a hint text names: the symbol the learner sees in its field. */
const NAMES: Record<string, RegExp> = {learningRate: /η/, momentum: /μ/, decay: /λ|decay/, schedule: /schedule/, restarts: /\bK\b/};

/** Failing tries a learner might make on each task (a few per task, from timid to wild). */
const TRIES: Record<string, KnobInput[]> = {
	l1t1: [{learningRate: 0.001}, {learningRate: 2}, {learningRate: 3}],
	l2t1: [{learningRate: 0.1}, {learningRate: 0.3}],
	l2t2: [{learningRate: 0.01}, {learningRate: 0.45}, {learningRate: 0.9}],
	l3t1: [{learningRate: 0.035, momentum: 0.97}, {learningRate: 0.0005, momentum: 0.5}, {learningRate: 0.05, momentum: 0.9}],
	l4t1: [{learningRate: 0.2, momentum: 0, decay: 0.001}],
	l4t2: [{learningRate: 0.2, momentum: 0, decay: 0.1}, {learningRate: 0.2, momentum: 0, decay: 0.3}],
	l5t1: [{learningRate: 0.05, schedule: 'cosine'}, {learningRate: 0.05, schedule: 'warm-restarts'}],
	l6t1: [
		{learningRate: 0.05, momentum: 0, schedule: 'constant', restarts: 1},
		{learningRate: 0.05, momentum: 0.9, schedule: 'constant', restarts: 1},
		{learningRate: 0.05, momentum: 0, schedule: 'warm-restarts', restarts: 1},
		{learningRate: 0.05, momentum: 0, schedule: 'constant', restarts: 8},
	],
	l7t1: [{learningRate: 0.01, momentum: 0.5}, {learningRate: 0.1, momentum: 0.99}],
};

describe('task hints the engine has tried', () => {
	for (const [prompt, tries] of Object.entries(TRIES)) {
		for (const knobs of tries) {
			it(`${prompt} ${JSON.stringify(knobs)}: the hint names a knob of the task and a value that way passes`, () => {
				const t = task(prompt);
				const outcome = run(t, knobs);
				expect(passes(t.gate, outcome)).toBe(false);
				const hint = taskHint(t, knobs, outcome);
				const text = say(TUTORIAL_TEXT[hint], 'en');
				// never a knob the task does not show
				for (const [name, pattern] of Object.entries(NAMES)) if (!t.fields.includes(name as never)) expect(text, hint).not.toMatch(pattern);
				// never a number: the learner chooses the value
				expect(text).not.toMatch(/\d/);
				if (RULES.has(hint)) return;
				const witness = hintWitness(t, knobs, outcome, hint as Move);
				expect(witness, hint).not.toBeNull();
				// the witness is the learner's knobs with one knob moved the named way, and it passes
				const changed = Object.keys(witness!).filter((k) => JSON.stringify(witness![k as keyof KnobInput]) !== JSON.stringify(knobs[k as keyof KnobInput]));
				expect(changed).toHaveLength(1);
				expect(passes(t.gate, run(t, witness!))).toBe(true);
			});
		}
	}

	it('lesson 1 at η = 2 does not talk about momentum', () => {
		const t = task('l1t1');
		const hint = taskHint(t, {learningRate: 2}, run(t, {learningRate: 2}));
		expect(hint).toBe('hintLowerEta');
	});

	it('the saddle at μ = 0.99 is not told to raise μ', () => {
		const t = task('l7t1');
		const knobs = {learningRate: 0.1, momentum: 0.99};
		expect(taskHint(t, knobs, run(t, knobs))).not.toBe('hintRaiseMomentum');
	});

	it('a learner already on warm restarts is not told to use a schedule again', () => {
		const t = task('l6t1');
		const knobs = {learningRate: 0.05, momentum: 0, schedule: 'warm-restarts', restarts: 1};
		expect(taskHint(t, knobs, run(t, knobs))).not.toBe('hintUseSchedule');
	});

	it('a task is hinted with the knob it teaches when that knob can pass it', () => {
		const t = task('l4t1');
		const knobs = {learningRate: 0.2, momentum: 0, decay: 0.001};
		expect(taskHint(t, knobs, run(t, knobs))).toBe('hintRaiseDecay');
	});
});
