/**
 * The nine lessons of the tutorial (README, “The tutorial”, the seed's chapters in order). A lesson is a
 * list of steps: narration pages, demonstrations run with fixed knobs, tasks gated on the
 * player's own run, the live saddle experiment, quiz questions and reflection questions.
 * Every visible text is a key of TUTORIAL_TEXT (source/i18n/tutorial.ts).
 */
import type {KnobInput, KnobName} from '../engine/index.js';
import type {TutorialTextKey} from '../i18n/tutorial.js';
import type {GateId} from './gates.js';
import type {TutorialLevelId} from './levels.js';
import {RAVINE_PLAIN_ETA} from './figures.js';

/** A run with fixed knobs, shown on the map with a caption filled from its own numbers. */
export type Demo = {level: TutorialLevelId; knobs: KnobInput; seed: number; caption: TutorialTextKey};

/** The four symptoms of the seed's table. */
export type Symptom = 'explodes' | 'slow' | 'oscillates' | 'stagnates';
/** The four fixes of the seed's table, in the same order. */
export type Fix = 'lower-lr' | 'raise-lr' | 'tune-momentum' | 'add-noise';

export const SYMPTOMS: readonly Symptom[] = ['explodes', 'slow', 'oscillates', 'stagnates'];
export const FIXES: readonly Fix[] = ['lower-lr', 'raise-lr', 'tune-momentum', 'add-noise'];

export type Step =
	| {kind: 'page'; text: TutorialTextKey}
	| {kind: 'demo'; demo: Demo}
	| {kind: 'task'; level: TutorialLevelId; fields: KnobName[]; prompt: TutorialTextKey; gate: GateId; passed: TutorialTextKey; seed: number}
	| {kind: 'experiment'; text: TutorialTextKey}
	/** a real training log shipped in examples/doctor/, read by `descenso doctor` */
	| {kind: 'doctor'; log: string; text: TutorialTextKey}
	| {kind: 'quiz'; run: Demo; reference: KnobInput}
	| {kind: 'reflection'; question: TutorialTextKey; answer: TutorialTextKey; demos: Demo[]};

export type Lesson = {
	/** the key progress is saved under */
	id: string;
	title: TutorialTextKey;
	steps: Step[];
};

const page = (text: TutorialTextKey): Step => ({kind: 'page', text});
const demo = (level: TutorialLevelId, knobs: KnobInput, caption: TutorialTextKey, seed = 1): Step => ({kind: 'demo', demo: {level, knobs, seed, caption}});

export const LESSONS: readonly Lesson[] = [
	{
		id: 'landscape',
		title: 'l1Title',
		steps: [
			page('l1p1'),
			page('l1p2'),
			demo('bowl', {learningRate: 0.1}, 'l1d1'),
			page('l1p3'),
			{kind: 'task', level: 'bowl', fields: ['learningRate'], prompt: 'l1t1', gate: 'reach-floor', passed: 'l1t1ok', seed: 1},
		],
	},
	{
		id: 'step-size',
		title: 'l2Title',
		steps: [
			page('l2p1'),
			demo('steep-bowl', {learningRate: 0.005}, 'l2d1'),
			demo('steep-bowl', {learningRate: 0.55}, 'l2d2'),
			page('l2p2'),
			{kind: 'task', level: 'steep-bowl', fields: ['learningRate'], prompt: 'l2t1', gate: 'explode', passed: 'l2t1ok', seed: 1},
			{kind: 'task', level: 'steep-bowl', fields: ['learningRate'], prompt: 'l2t2', gate: 'quick-floor', passed: 'l2t2ok', seed: 1},
		],
	},
	{
		id: 'momentum',
		title: 'l3Title',
		steps: [
			page('l3p1'),
			demo('ravine', {learningRate: RAVINE_PLAIN_ETA, momentum: 0}, 'l3d1'),
			demo('ravine', {learningRate: 0.061, momentum: 0.57}, 'l3d2'),
			page('l3p2'),
			demo('spring', {learningRate: 0.25, momentum: 0}, 'l3d3'),
			demo('spring', {learningRate: 0.25, momentum: 0.25}, 'l3d4'),
			demo('spring', {learningRate: 0.25, momentum: 0.9}, 'l3d5'),
			page('l3p3'),
			{kind: 'task', level: 'ravine', fields: ['learningRate', 'momentum'], prompt: 'l3t1', gate: 'ravine-momentum', passed: 'l3t1ok', seed: 1},
		],
	},
	{
		id: 'decay',
		title: 'l4Title',
		steps: [
			page('l4p1'),
			demo('offset-bowl', {learningRate: 0.2, decay: 0}, 'l4d1'),
			demo('offset-bowl', {learningRate: 0.2, decay: 0.1}, 'l4d2'),
			page('l4p2'),
			{kind: 'task', level: 'offset-bowl', fields: ['learningRate', 'momentum', 'decay'], prompt: 'l4t1', gate: 'decay-short', passed: 'l4t1ok', seed: 1},
			{kind: 'task', level: 'offset-bowl', fields: ['learningRate', 'momentum', 'decay'], prompt: 'l4t2', gate: 'decay-gentle', passed: 'l4t2ok', seed: 1},
		],
	},
	{
		id: 'schedules',
		title: 'l5Title',
		steps: [
			page('l5p1'),
			demo('ripples', {learningRate: 0.05, schedule: 'constant'}, 'l5d1'),
			demo('ripples', {learningRate: 0.5, schedule: 'constant'}, 'l5d2'),
			demo('ripples', {learningRate: 0.5, schedule: 'cosine'}, 'l5d3'),
			page('l5p2'),
			{kind: 'task', level: 'ripples', fields: ['learningRate', 'schedule'], prompt: 'l5t1', gate: 'schedule-floor', passed: 'l5t1ok', seed: 1},
		],
	},
	{
		id: 'valleys',
		title: 'l6Title',
		steps: [
			page('l6p1'),
			demo('two-valleys', {learningRate: 0.05}, 'l6d1'),
			demo('two-valleys', {learningRate: 0.1, momentum: 0.95}, 'l6d2'),
			demo('two-valleys', {learningRate: 0.05, restarts: 2}, 'l6d3'),
			page('l6p2'),
			{kind: 'task', level: 'two-valleys', fields: ['learningRate', 'momentum', 'schedule', 'restarts'], prompt: 'l6t1', gate: 'escape-local', passed: 'l6t1ok', seed: 1},
		],
	},
	{
		id: 'saddles',
		title: 'l7Title',
		steps: [
			page('l7p1'),
			{kind: 'experiment', text: 'l7e1'},
			page('l7p2'),
			demo('saddle', {learningRate: 0.1, momentum: 0}, 'l7d1'),
			{kind: 'task', level: 'saddle', fields: ['learningRate', 'momentum'], prompt: 'l7t1', gate: 'escape-saddle', passed: 'l7t1ok', seed: 1},
		],
	},
	{
		id: 'dance',
		title: 'ldTitle',
		steps: [
			page('ldp1'),
			demo('dance', {learningRate: 0.05, momentum: 0}, 'ldd1'),
			demo('dance', {learningRate: 2, momentum: 0.5}, 'ldd2'),
			page('ldp2'),
		],
	},
	{
		id: 'diagnoses',
		title: 'l8Title',
		steps: [
			page('l8p1'),
			// each curve is drawn beside a healthy run on the same terrain (the reference), on one fixed axis
			{kind: 'quiz', run: {level: 'bowl', knobs: {learningRate: 0.04}, seed: 1, caption: 'l8q1'}, reference: {learningRate: 0.2}},
			{kind: 'quiz', run: {level: 'ravine', knobs: {learningRate: 0.035, momentum: 0.97}, seed: 1, caption: 'l8q2'}, reference: {learningRate: 0.061, momentum: 0.57}},
			{kind: 'quiz', run: {level: 'steep-bowl', knobs: {learningRate: 0.55}, seed: 1, caption: 'l8q3'}, reference: {learningRate: 0.2}},
			{kind: 'quiz', run: {level: 'two-valleys', knobs: {learningRate: 0.05}, seed: 1, caption: 'l8q4'}, reference: {learningRate: 0.1, momentum: 0.95}},
			page('l8p2'),
		],
	},
	{
		id: 'reflection',
		title: 'l9Title',
		steps: [
			page('l9p1'),
			{
				kind: 'reflection',
				question: 'l9q1',
				answer: 'l9a1',
				demos: [
					{level: 'two-valleys', knobs: {learningRate: 0.3}, seed: 1, caption: 'l9d1a'},
					{level: 'two-valleys', knobs: {learningRate: 0.1, momentum: 0.95}, seed: 1, caption: 'l9d1b'},
				],
			},
			{
				kind: 'reflection',
				question: 'l9q2',
				answer: 'l9a2',
				demos: [
					{level: 'four-floors', knobs: {learningRate: 0.1}, seed: 1, caption: 'l9d2a'},
					{level: 'saddle', knobs: {learningRate: 0.2, momentum: 0.8}, seed: 1, caption: 'l9d2b'},
				],
			},
			{
				kind: 'reflection',
				question: 'l9q3',
				answer: 'l9a3',
				demos: [
					{level: 'batch', knobs: {learningRate: 0.3, batchSize: 1000}, seed: 2, caption: 'l9d3a'},
					{level: 'batch', knobs: {learningRate: 0.3, batchSize: 2}, seed: 2, caption: 'l9d3b'},
				],
			},
			{kind: 'doctor', log: 'cars-warmup.csv', text: 'l9doc'},
			page('l9p2'),
		],
	},
];

/** The symptom of the seed's table that a diagnosis code shows, or null for codes outside the table. */
export function symptomOf(code: string): Symptom | null {
	switch (code) {
		case 'diverged':
		case 'left-map': {
			return 'explodes';
		}

		case 'too-slow': {
			return 'slow';
		}

		case 'oscillating': {
			return 'oscillates';
		}

		case 'local-minimum':
		case 'saddle': {
			return 'stagnates';
		}

		default: {
			return null;
		}
	}
}

/** The fix the seed's table gives for each symptom. */
export function fixFor(symptom: Symptom): Fix {
	return FIXES[SYMPTOMS.indexOf(symptom)]!;
}
