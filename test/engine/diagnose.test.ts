/**
 * Each diagnosis code of README, “Diagnoses” from a case built with the theory of §2, and the explanation
 * that comes with it: evidence with this run's numbers in both languages, advice naming a knob.
 */
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {describe, expect, it} from 'vitest';
import {play, type DiagnosisCode, type Outcome} from '../../source/engine/index.js';
import {formatNumber} from '../../source/i18n/format.js';
import {criticalMomentum} from '../../source/engine/theory.js';
import type {Knobs, Level} from '../../source/engine/types.js';
import {buildLevel, knobs} from './build-level.js';

function outcome(level: Level, given: Partial<Knobs>, seed = 1): Outcome {
	return play(level, knobs(given), seed);
}

/** The diagnosis is complete, in both languages, and its advice names one of `knobWords`. */
function expectExplained(o: Outcome, code: DiagnosisCode, numbers: number[], knobWords: {es: RegExp; en: RegExp}) {
	const d = {code: o.diagnosis.code, ...describeDiagnosis(o.diagnosis)};
	expect(d.code).toBe(code);
	for (const lang of ['es', 'en'] as const) {
		for (const part of [d.title, d.analogy, d.evidence, d.why, d.advice]) expect(part[lang].length).toBeGreaterThan(3);
		for (const n of numbers) expect(d.evidence[lang]).toContain(formatNumber(n, lang));
		expect(d.advice[lang]).toMatch(knobWords[lang]);
	}

	expect(d.evidence.es).not.toBe(d.evidence.en);
	expect(d.advice.es).not.toBe(d.advice.en);
	// Spanish numbers use the decimal comma
	expect(d.evidence.es).not.toMatch(/\d\.\d/);
}

const ETA = {es: /η|tasa de aprendizaje/, en: /η|learning rate/};
const MOMENTUM = {es: /momentum/, en: /momentum/};
const DECAY = {es: /decay|fricción/, en: /decay|friction/};

const bowl = (curvature: number, extra = {}) =>
	buildLevel([{type: 'bowl', center: [0, 0], curvature: [curvature, curvature]}], {start: [1, 1], ...extra});

describe('every diagnosis code from a case the theory predicts', () => {
	it('diverged: η·λ > 2 + 2μ', () => {
		const level = bowl(4, {budget: 300, bounds: {x: [-50, 50], y: [-50, 50]}});
		const o = outcome(level, {learningRate: 2.2 / 4});
		expectExplained(o, 'diverged', [2.2, 2], ETA);
		expect(o.diagnosis.step).toBeGreaterThan(0);
		expect(describeDiagnosis(o.diagnosis).evidence.en).toContain(`step ${o.diagnosis.step}`);
		expect(o.score.total).toBe(0);
		// the tried advice lowers η under the limit 2/λ = 0.5 and names the rate it tried
		const tried = o.diagnosis.suggestion!;
		expect(tried.knobs.learningRate).toBeLessThan(0.5);
		expect(describeDiagnosis(o.diagnosis).advice.en).toContain(`Lower η to ${formatNumber(tried.knobs.learningRate, 'en', 8)}`);
		const heavy = outcome(level, {learningRate: 3.2 / 4, momentum: 0.5});
		expectExplained(heavy, 'diverged', [3.2, 3], ETA);
	});

	it('diverged: a run that overflows ends with a non-finite loss, not a crash', () => {
		const level = bowl(10, {budget: 5000, bounds: {x: [-50, 50], y: [-50, 50]}});
		const o = outcome(level, {learningRate: 5});
		expect(o.diagnosis.code).toBe('diverged');
		expect(o.facts.blewUp).toBe(true);
		expect(o.run.climbers[0]!.blewUpAt).not.toBeNull();
		expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/infinite|over 10×/);
	});

	it('left-map: a heavy ball overshoots off the edge though η·λ is far from the limit', () => {
		const level = bowl(1, {start: [3, 0], budget: 200, bounds: {x: [-1.5, 4], y: [-2, 2]}});
		const o = outcome(level, {learningRate: 0.5, momentum: 0.95});
		expectExplained(o, 'left-map', [o.diagnosis.step!], {es: /η|momentum/, en: /η|momentum/});
		expect(describeDiagnosis(o.diagnosis).advice.en).toMatch(/momentum/);
		expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/step \d+/);
		expect(o.score.total).toBe(0);
		// without the inertia the same η walks straight down
		expect(outcome(level, {learningRate: 0.5}).diagnosis.code).toBe('reached-global');
	});

	it('reached-global: η = 1/λ lands on the floor at once', () => {
		const o = outcome(bowl(2, {budget: 100}), {learningRate: 0.5});
		expectExplained(o, 'reached-global', [], {es: /η|momentum|rapidez/, en: /η|momentum|speed/});
		expect(o.facts.arrivedAt).toBe(1);
		expect(describeDiagnosis(o.diagnosis).evidence.en).toContain('step 1 of 100');
		expect(o.score.total).toBeGreaterThan(900);
	});

	const twoWells = buildLevel(
		[
			{type: 'bowl', center: [0, 0], curvature: [0.05, 0.05]},
			{type: 'well', center: [-2, 0], depth: 1, width: 0.6},
			{type: 'well', center: [2, 0], depth: 2, width: 0.6},
		],
		{start: [-2.5, 0.3], budget: 300},
	);

	it('local-minimum: a small η from inside the shallow well settles there', () => {
		const o = outcome(twoWells, {learningRate: 0.05});
		const pit = o.facts.lookahead.basin!;
		expect(pit.global).toBe(false);
		expect(pit.x).toBeCloseTo(-2, 0);
		expectExplained(o, 'local-minimum', [pit.loss], MOMENTUM);
		expect(describeDiagnosis(o.diagnosis).evidence.en).toContain('(1.98, 0)');
		expect(describeDiagnosis(o.diagnosis).evidence.es).toContain('(1,98; 0)');
	});

	it('local-minimum: with decay, still the pit (not decay) when it rests in a non-global basin', () => {
		const o = outcome(twoWells, {learningRate: 0.05, decay: 0.001});
		expect(o.diagnosis.code).toBe('local-minimum');
	});

	/** A pass at the origin between two equal wells on the y axis; y = 0 is its stable manifold. */
	const pass = buildLevel(
		[
			{type: 'hill', center: [0, 0], height: 2, width: 1},
			{type: 'bowl', center: [0, 0], curvature: [3, 0.1]},
		],
		{start: [3, 0], budget: 300},
	);

	it('saddle: starting on the stable manifold of a pass, the climber balances on it', () => {
		expect(pass.hash).toBeTruthy();
		const o = outcome(pass, {learningRate: 0.1});
		const point = o.facts.nearest!;
		expect(point.kind).toBe('saddle');
		expect(point.x).toBeCloseTo(0, 6);
		expect(point.y).toBeCloseTo(0, 6);
		// the Hessian at the pass: 3 − 2 = 1 across, 0.1 − 2 = −1.9 along
		expectExplained(o, 'saddle', [-1.9, 1], MOMENTUM);
		// one step off the manifold and it rolls down into a valley
		const off = buildLevel(pass.terrain, {start: [3, 0.01], budget: 300});
		expect(outcome(off, {learningRate: 0.1}).diagnosis.code).toBe('reached-global');
	});

	it('saddle: a saddle term with two equal wells, likewise', () => {
		const level = buildLevel(
			[
				{type: 'saddle', center: [0, 0], curvature: [1, 0.5]},
				{type: 'bowl', center: [0, 0], curvature: [0, 0.3]},
				{type: 'well', center: [0, 2], depth: 2, width: 0.8},
				{type: 'well', center: [0, -2], depth: 2, width: 0.8},
			],
			{start: [3, 0], budget: 300},
		);
		expect(outcome(level, {learningRate: 0.1}).diagnosis.code).toBe('saddle');
	});

	it('decay-pulled: a bowl off the origin with strong decay rests at θ*, short of the centre', () => {
		const level = buildLevel([{type: 'bowl', center: [2, 1], curvature: [1, 1]}], {start: [-1, -1], budget: 300});
		const o = outcome(level, {learningRate: 0.1, decay: 0.1});
		// θ* = η·k·c·(1−λ)/(η·k·(1−λ)+λ) = 0.09c/0.19
		expectExplained(o, 'decay-pulled', [0.1, (0.09 * 2) / 0.19, (0.09 * 1) / 0.19], DECAY);
	});

	it('oscillating: μ = 0.99 under-damped, short budget', () => {
		const level = bowl(1, {start: [2, 1], budget: 150});
		const o = outcome(level, {learningRate: 0.1, momentum: 0.99});
		expectExplained(o, 'oscillating', [o.facts.flips], MOMENTUM);
		// the advice gives the critically damped momentum
		expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(criticalMomentum(0.1, 1), 'en'));
	});

	it('oscillating: η·λ ≈ 1.97 zigzags across the floor', () => {
		const o = outcome(bowl(4, {budget: 60}), {learningRate: 1.97 / 4});
		expect(o.facts.flipShare).toBe(1);
		expectExplained(o, 'oscillating', [o.facts.flips], ETA);
		// the advice gives η = 1/λ, the step that lands on the floor
		expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(0.25, 'en'));
	});

	it('oscillating: a ravine with η·λ_max ≈ 1.99 keeps zigzagging across it', () => {
		const ravine = buildLevel([{type: 'bowl', center: [0, 0], curvature: [0.1, 10]}], {start: [3, 1], budget: 300});
		expect(outcome(ravine, {learningRate: 0.199}).diagnosis.code).toBe('oscillating');
		// and momentum at the best pair gets there
		expect(outcome(ravine, {learningRate: 0.19, momentum: 0.8}).diagnosis.code).toBe('reached-global');
	});

	it('too-slow: a tiny η on a gentle bowl is still walking when the budget ends', () => {
		const level = bowl(0.2, {start: [3, 2], budget: 100});
		const o = outcome(level, {learningRate: 0.001});
		expectExplained(o, 'too-slow', [100, 0.001], ETA);
		// advice: a bigger η that is still stable
		expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(0.01, 'en'));
	});

	it('too-slow, not oscillating: a heavy ball with a tiny η has not turned once', () => {
		const level = bowl(0.2, {start: [3, 2], budget: 100});
		expect(outcome(level, {learningRate: 0.001, momentum: 0.99}).diagnosis.code).toBe('too-slow');
	});
});
