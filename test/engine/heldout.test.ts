/**
 * An outside check of the diagnoses (README, “How a step works” and README, “Diagnoses”) on held-out level files written to README, “Level files”
 * (test/fixtures/heldout/, none of them from the campaign). Each case states the code the theory
 * predicts and why, then checks what `descenso run <file> --json` reports: the code, evidence with
 * this run's numbers in both languages, advice that names a knob the level unlocks with values
 * inside its ranges, the score rules, `final.loss` null when not finite, and `outcome` success
 * exactly when the code is reached-global. The last block runs the real command on every case and
 * checks it prints the same report.
 */
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {play, resolveKnobs, type DiagnosisCode, type KnobInput, type Outcome} from '../../source/engine/index.js';
import {formatNumber} from '../../source/i18n/format.js';
import {scoreRun} from '../../source/engine/score.js';
import {criticalMomentum, decayRestingPoint} from '../../source/engine/theory.js';
import type {Language, Level} from '../../source/engine/types.js';
import {loadLevelFile} from '../../source/levels/load.js';
import {buildReport, type Report} from '../../source/report.js';
import runCommand from '../../source/commands/run.js';
import {runCli} from '../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/heldout/${name}.json`, import.meta.url));

type Case = {
	name: string;
	file: string;
	knobs: KnobInput;
	seed?: number;
	expect: DiagnosisCode;
	/** numbers the evidence must show, in both languages (beyond the ones every code shows) */
	evidence?: (o: Outcome) => number[];
	/** the advice (en) must match this */
	advice?: RegExp;
	/** anything else the case checks */
	check?: (o: Outcome, report: Report) => void;
};

/** η·λ of a run on a bowl of curvature k. */
const product = (eta: number, k: number) => eta * k;

const CASES: Case[] = [
	// ---- diverged: η·λ past 2 (plain) or 2 + 2μ (heavy ball) -------------------------------------
	{
		// bowl k = 4: η·λ = 0.505·4 = 2.02 > 2, the error grows by |1 − 2.02| = 1.02 a step; the loss
		// (∝ error²) passes 10× its start when 1.02^(2t) > 10, t ≈ 58: before the budget of 100 ends.
		name: 'η·λ = 2.02, just over 2, explodes',
		file: 'bowl',
		knobs: {learningRate: 0.505},
		expect: 'diverged',
		evidence: () => [product(0.505, 4), 2],
		check(o) {
			expect(o.diagnosis.step).toBeGreaterThanOrEqual(55);
			expect(o.diagnosis.step).toBeLessThanOrEqual(62);
			suggestsBelow(o, 'learningRate', 2 / 4);
		},
	},
	{
		// μ = 0.5 allows η·λ < 2 + 2μ = 3; η·λ = 0.775·4 = 3.1 is past it.
		name: 'μ = 0.5 and η·λ = 3.1, just over 2 + 2μ, explodes',
		file: 'bowl',
		knobs: {learningRate: 0.775, momentum: 0.5},
		expect: 'diverged',
		evidence: () => [3.1, 3],
		check: (o) => suggestsBelow(o, 'learningRate', 3 / 4),
	},
	{
		// budget 3, η·λ = 2.5: the error grows ×1.5 a step, the loss ×2.25: 2.25³ = 11.4 > 10 at step 3.
		name: 'a 3-step budget: η·λ = 2.5 passes 10× the start loss on the last step',
		file: 'bowl-three-steps',
		knobs: {learningRate: 0.625},
		expect: 'diverged',
		evidence: () => [2.5, 3],
	},
	{
		// η = 10⁶ on k = 4: each step multiplies the distance by 4·10⁶; past 1e150 the engine stops it.
		name: 'a huge η (10⁶) flies off to infinity: final.loss null, score 0',
		file: 'bowl-huge-rate',
		knobs: {learningRate: 1e6},
		expect: 'diverged',
		evidence: () => [4e6],
		check(o, report) {
			expect(o.facts.blewUp).toBe(true);
			expect(report.final.loss).toBeNull();
			expect(o.diagnosis.step).toBe(1);
		},
	},
	{
		// k = 1e100: one step of η = 10⁶ lands 2.5e106 away where the loss is 1e100·1e212 = ∞.
		name: 'a cliff of curvature 1e100 overflows to Infinity on step 1',
		file: 'cliff',
		knobs: {learningRate: 1e6},
		expect: 'diverged',
		evidence: () => [1e106],
		check(o, report) {
			expect(o.run.climbers[0]!.blewUpAt).toBe(1);
			expect(report.final.loss).toBeNull();
			expect(report.steps).toBe(1);
			suggestsBelow(o, 'learningRate', 2e-100);
		},
	},
	{
		// Rosenbrock at (−1.5, 2): ∂²f/∂x² = 2 − 400(y − 3x²) = 1902, plus the cross term: the steepest
		// curvature is ≈ 2090, so η = 0.01 gives η·λ ≈ 21 ≫ 2.
		name: 'Rosenbrock: η = 0.01 against curvature ≈ 2090 at the start',
		file: 'banana',
		knobs: {learningRate: 0.01},
		expect: 'diverged',
		evidence: () => [2090],
		check: (o) => suggestsBelow(o, 'learningRate', 2 / 2090),
	},
	{
		// Look-ahead changes the limit: Nesterov's iteration r² − (1+μ)(1−ηλ)r + μ(1−ηλ) = 0 hits
		// r = −1 at ηλ = (2 + 2μ)/(1 + 2μ) = 3.9/2.9 = 1.34 for μ = 0.95; η·λ = 0.0015·2090 = 3.14 is
		// below the heavy ball's 3.9 but far past Nesterov's limit, and the evidence must say so.
		name: 'Nesterov has its own limit (2 + 2μ)/(1 + 2μ): η·λ = 3.14 with μ = 0.95 explodes',
		file: 'banana',
		knobs: {learningRate: 0.0015, momentum: 0.95, nesterov: true},
		expect: 'diverged',
		evidence: () => [3.9 / 2.9],
		check(o) {
			expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/Nesterov/);
			suggestsBelow(o, 'learningRate', 3.9 / 2.9 / 2090);
		},
	},

	// ---- left-map: out of the bounds without diverging -------------------------------------------
	{
		// k = 1, η = 1.9: x₁ = 3 − 1.9·3 = −2.7, outside x ≥ −1 on step 1; |1 − 1.9| = 0.9 < 1, so it
		// converges afterwards (the final loss is within tolerance) — left-map still comes first.
		name: 'η·λ = 1.9 jumps past the near edge on step 1 (and left-map beats the later success)',
		file: 'edge',
		knobs: {learningRate: 1.9},
		expect: 'left-map',
		evidence: () => [1, -2.7],
		check(o) {
			expect(o.facts.endGap).toBeLessThanOrEqual(o.run.level.tolerance);
			suggestsBelow(o, 'learningRate', 1.9);
		},
	},
	{
		// μ = 0.5, η·λ = 2.98 < 3 converges in the end, but the heavy ball's first swings overshoot
		// the ±6 map: x₂ ≈ 6.6.
		name: 'a heavy ball just under 2 + 2μ swings off a small map',
		file: 'bowl',
		knobs: {learningRate: 0.745, momentum: 0.5},
		expect: 'left-map',
		evidence: () => [2],
		check: (o) => suggestsBelow(o, 'learningRate', 0.745),
	},
	{
		// step schedule η = 0.6 (η·λ = 2.4) for 10 steps: the error grows ×1.4 a step and crosses the
		// edge at step 3 (3 − 2.5·(1 − (−1.4)³)… ≈ −6.4) before the halving would have saved it.
		name: 'a step schedule that starts past the limit leaves the map before it halves',
		file: 'schedules',
		knobs: {learningRate: 0.6, schedule: 'step:0.5:10'},
		expect: 'left-map',
		evidence: () => [3],
	},

	// ---- reached-global ------------------------------------------------------------------------------
	{
		// μ = 0.5 lets η·λ = 2.9 (> 2!) converge: complex roots of modulus √0.5 = 0.71 a step.
		name: 'μ = 0.5 makes η·λ = 2.9 converge, past the plain limit of 2',
		file: 'bowl-wide',
		knobs: {learningRate: 0.725, momentum: 0.5},
		expect: 'reached-global',
	},
	{
		// critical damping: η·λ = 0.2, μ = (1 − √0.2)² = 0.3056, rate 1 − √0.2 = 0.553 a step.
		name: 'critical damping μ = (1 − √(ηλ))² settles fast',
		file: 'bowl',
		knobs: {learningRate: 0.05, momentum: criticalMomentum(0.05, 4)},
		expect: 'reached-global',
		check(o) {
			expect(o.facts.arrivedAt!).toBeLessThan(25);
		},
	},
	{
		// η = 1/λ = 0.25 lands on the centre in one step: a one-step budget is enough.
		name: 'a one-step budget with η = 1/λ',
		file: 'bowl-one-step',
		knobs: {learningRate: 0.25},
		expect: 'reached-global',
		check(o, report) {
			expect(report.arrivedAt).toBe(1);
			// nothing can be faster: the advice must not ask for a sooner arrival
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/sooner, raise|arrive even sooner/);
		},
	},
	{
		name: 'a start exactly on the minimum: arrived at step 0, full score',
		file: 'bowl-at-floor',
		knobs: {learningRate: 0.3},
		expect: 'reached-global',
		check(o, report) {
			expect(report.arrivedAt).toBe(0);
			expect(report.score).toBe(1000);
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/arrive even sooner/);
		},
	},
	{
		// decay centred at the origin: θ* = η·k·c(1−λ)/(…) = 0 for c = 0: the resting point IS the
		// minimum, so decay 0.1 does not stop it short.
		name: 'decay on a bowl centred at the origin is harmless',
		file: 'decay-at-origin',
		knobs: {learningRate: 0.25, decay: 0.1},
		expect: 'reached-global',
	},
	{
		// θ* = 0.5·2·(1 − 1e-6)/(0.5(1 − 1e-6) + 1e-6) ≈ 2 − 4e-6: gap ≈ (4e-6)² ≪ 0.001.
		name: 'decay 1e-6 off the origin: the pull is too weak to matter',
		file: 'decay-off-origin',
		knobs: {learningRate: 0.25, decay: 1e-6},
		expect: 'reached-global',
		check(o) {
			const rest = decayRestingPoint(0.25, 0, 1e-6, 2, 2);
			expect(rest).toBeGreaterThan(2 - 1e-5);
			expect(o.facts.endGap).toBeLessThan(1e-9);
		},
	},
	...(
		[
			['ne', [3, 2]],
			['nw', [-2.805118, 3.131312]],
			['sw', [-3.77931, -3.283186]],
			['se', [3.584428, -1.848126]],
		] as const
	).map(
		([corner, floor]): Case => ({
			// Himmelblau's four minima all have loss 0: each is "the" global minimum.
			name: `Himmelblau, four tied floors: the ${corner} one counts as global`,
			file: `four-floors-${corner}`,
			knobs: {learningRate: 0.01},
			expect: 'reached-global',
			check(o, report) {
				expect(o.run.critical.global.length).toBe(4);
				expect(Math.hypot(report.final.x! - floor[0], report.final.y! - floor[1])).toBeLessThan(0.05);
			},
		}),
	),
	{
		// off the saddle's stable manifold (x = 0.3 ≠ 0) plain descent rolls into one of the two tied wells
		name: 'a pass approached off its ridge: the nudge grows and it rolls into a well',
		file: 'pass-off',
		knobs: {learningRate: 0.1},
		expect: 'reached-global',
	},
	{
		name: 'a saddle term approached 0.05 off its stable manifold falls into a well',
		file: 'saddle-term-off',
		knobs: {learningRate: 0.1},
		expect: 'reached-global',
	},
	{
		// seed 2 with 4 climbers: the first is trapped in the shallow well, a later one finds the deep one
		name: 'restarts: a later climber wins; arrival counts the steps of those before it',
		file: 'two-wells',
		knobs: {learningRate: 0.1, restarts: 4},
		seed: 2,
		expect: 'reached-global',
		check(o, report) {
			expect(o.run.best).toBeGreaterThan(0);
			expect(report.arrivedAt).toBe(o.facts.arrivedAt! + o.run.best * o.run.stepsEach);
			expect(describeDiagnosis(o.diagnosis).why.en).toMatch(new RegExp(`Climber ${o.run.best + 1} of 4`));
			// lucky: the advice is more restarts, unless the engine tried something that scores higher
			expect(describeDiagnosis(o.diagnosis).advice.en).toMatch(o.diagnosis.suggestion ? /the engine tried it/ : /restarts/);
		},
	},
	{
		// Nesterov with μ = 0.9, η·λ = 0.4: r² − 1.14r + 0.54 = 0, |r| = √0.54 = 0.73 a step (the
		// heavy ball rocks at √0.9 = 0.95 a step: see the oscillating case on the same level)
		name: 'look-ahead brakes the rocking ball: Nesterov converges where the heavy ball rocks',
		file: 'look-ahead',
		knobs: {learningRate: 0.1, momentum: 0.9, nesterov: true},
		expect: 'reached-global',
	},
	{
		name: 'Rosenbrock with μ = 0.9 rolls down the banana',
		file: 'banana',
		knobs: {learningRate: 0.001, momentum: 0.9},
		expect: 'reached-global',
	},
	{
		// cosine anneals η from 0.49 (η·λ = 1.96, rocking) down to 0.0049: the rocking dies
		name: 'a cosine schedule ends the rocking of η·λ = 1.96',
		file: 'schedules',
		knobs: {learningRate: 0.49, schedule: 'cosine'},
		expect: 'reached-global',
	},
	{
		// ravine λ = 1 and 100 (κ = 100): best pair η = (2/(1 + 10))² = 0.0331, μ = (9/11)² = 0.669,
		// rate 9/11 = 0.82 a step. These are the values the too-slow advice below gives.
		name: "the ravine's best pair (the too-slow advice) gets there",
		file: 'rotated-ravine',
		knobs: {learningRate: 0.0331, momentum: 0.669},
		expect: 'reached-global',
	},
	{
		name: 'the full batch has no gradient noise',
		file: 'batch-bowl',
		knobs: {learningRate: 0.1, batchSize: 1000},
		expect: 'reached-global',
	},

	// ---- local-minimum ---------------------------------------------------------------------------------
	{
		name: 'plain descent from beside the shallow well stays in it',
		file: 'two-wells',
		knobs: {learningRate: 0.1},
		expect: 'local-minimum',
		advice: /momentum|restarts/,
	},
	{
		// the level start IS the local minimum: the gradient is zero and nothing moves
		name: 'a start exactly on a local minimum',
		file: 'local-floor',
		knobs: {learningRate: 0.1},
		expect: 'local-minimum',
		advice: /momentum/,
	},
	{
		name: 'ripples on a bowl trap plain descent in a bump',
		file: 'bumps',
		knobs: {learningRate: 0.05},
		expect: 'local-minimum',
	},
	{
		name: 'restarts where no climber finds the deep well',
		file: 'two-wells',
		knobs: {learningRate: 0.1, restarts: 4},
		seed: 1,
		expect: 'local-minimum',
		advice: /momentum|restarts/,
	},

	// ---- saddle ----------------------------------------------------------------------------------------
	{
		// the start is the saddle itself: ∇f = 0 exactly, by symmetry, and nothing ever moves
		name: 'a start exactly on a saddle',
		file: 'on-the-pass',
		knobs: {learningRate: 0.1, momentum: 0.5},
		expect: 'saddle',
		check(o) {
			// momentum cannot amplify a nudge that is exactly zero: the advice must not promise it
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/^Raise the momentum/);
		},
	},
	{
		// start (0, 3) on the line x = 0, the pass's stable manifold (symmetry): it slides onto the pass
		name: 'a start on the stable manifold of the pass between two wells',
		file: 'pass',
		knobs: {learningRate: 0.1},
		expect: 'saddle',
		advice: /noise|temperature/,
	},
	{
		// f = ½(x² − y²) + two wells at (0, ±2.5): the x axis leads into the saddle at the origin
		name: 'a saddle term approached along its stable manifold',
		file: 'saddle-term',
		knobs: {learningRate: 0.1},
		expect: 'saddle',
		advice: /temperature/,
	},
	{
		// a hill at the origin between two tied wells: ∇f(0, 0) = 0 exactly and both curvatures are
		// negative; a summit balances the climber like a pass (the Hessian has negative eigenvalues)
		name: 'a start exactly on a summit (a maximum) is balanced, not "walking on flat ground"',
		file: 'summit',
		knobs: {learningRate: 0.1, momentum: 0.9},
		expect: 'saddle',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/summit/);
		},
	},

	// ---- decay-pulled: θ* = η·k·c(1−λ) / (η·k(1−λ) + (1−μ)λ) ---------------------------------------------
	{
		// η·k = 0.5, λ = 0.05, c = 2: θ* = 0.5·2·0.95/(0.475 + 0.05) = 1.81; gap ½·2·0.19² = 0.036 > 0.001
		name: 'decay 0.05 parks the climber at θ* = 1.81, short of the floor at 2',
		file: 'decay-off-origin',
		knobs: {learningRate: 0.25, decay: 0.05},
		expect: 'decay-pulled',
		evidence: () => [decayRestingPoint(0.25, 0, 0.05, 2, 2)],
		check: (o) => suggestsBelow(o, 'decay', 0.05),
	},
	{
		// with μ = 0.5 the pull weakens: θ* = 0.475·2/(0.475 + 0.5·0.05) = 1.9, gap 0.01 > 0.001
		name: 'decay with momentum: θ* = 1.9',
		file: 'decay-off-origin',
		knobs: {learningRate: 0.25, momentum: 0.5, decay: 0.05},
		expect: 'decay-pulled',
		evidence: () => [decayRestingPoint(0.25, 0.5, 0.05, 2, 2)],
	},
	{
		// bowl k = 2 at the origin plus tilt p = (−3, 1): floor at −p/k = (1.5, −0.5); the fixed point of
		// θ ← (θ − η(kθ + p))(1 − λ) is θ* = −ηp(1−λ)/(ηk(1−λ) + λ) = (1.357, −0.452)
		name: 'decay on a tilted bowl: the fixed point of the tilt',
		file: 'tilted-bowl',
		knobs: {learningRate: 0.25, decay: 0.05},
		expect: 'decay-pulled',
		evidence: () => [(0.25 * 3 * 0.95) / (0.5 * 0.95 + 0.05), (-0.25 * 0.95) / (0.5 * 0.95 + 0.05)],
	},

	// ---- oscillating ---------------------------------------------------------------------------------
	{
		// η·λ = 1.98: the error flips sign every step and shrinks by only 0.98: 0.98^100 = 0.13 of the
		// distance is left, loss 25·0.98^200 = 0.44 > 0.001
		name: 'η·λ = 1.98, just under 2, zigzags through the budget',
		file: 'bowl',
		knobs: {learningRate: 0.495},
		expect: 'oscillating',
		check(o) {
			expect(o.facts.flips).toBe(50);
			suggestsBelow(o, 'learningRate', 0.495);
			expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(0.25, 'en'));
		},
	},
	{
		// μ = 0.5, η·λ = 2.98 < 3: real negative root, rate (1.48 + √0.19)/2 = 0.958 a step: 80 steps
		// leave 0.958^160 of the loss, 25·0.001 = 0.03 > 0.001
		name: 'μ = 0.5, η·λ = 2.98, just under 2 + 2μ, rocks through the budget',
		file: 'bowl-wide',
		knobs: {learningRate: 0.745, momentum: 0.5},
		expect: 'oscillating',
	},
	{
		// under-damped: μ = 0.95 > (1 − √0.2)² = 0.306, the error shrinks by √0.95 = 0.975 a step
		// whatever η; the advice is the critical μ = 0.306
		name: 'under-damped μ = 0.95 rocks; the advice is critical damping μ ≈ 0.306',
		file: 'bowl',
		knobs: {learningRate: 0.05, momentum: 0.95},
		expect: 'oscillating',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(criticalMomentum(0.05, 4), 'en'));
			expect(describeDiagnosis(o.diagnosis).advice.es).toContain(formatNumber(criticalMomentum(0.05, 4), 'es'));
		},
	},
	{
		// μ = 0.999 for 5000 steps: √0.999^5000 = 0.08 of the distance left, loss ≈ 0.16
		name: 'momentum 0.999 with a long budget still rocks at the end',
		file: 'bowl-long',
		knobs: {learningRate: 0.05, momentum: 0.999},
		expect: 'oscillating',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(criticalMomentum(0.05, 4), 'en'));
		},
	},
	{
		// 5 steps at η·λ = 1.9: every step flips, the loss keeps 0.9^10 = 0.35 of 25
		name: 'a 5-step budget at η·λ = 1.9 flips every step',
		file: 'bowl-five-steps',
		knobs: {learningRate: 0.475},
		expect: 'oscillating',
	},
	{
		// rotated ravine λ = 100 / 1: η·λ_max = 1.99 zigzags across the walls (rate 0.99) while the
		// floor direction shrinks 0.98 a step; lowering η alone would crawl: the advice must add inertia
		name: 'a rotated ravine at η·λ_max = 1.99 zigzags; the advice adds momentum',
		file: 'rotated-ravine',
		knobs: {learningRate: 0.0199},
		expect: 'oscillating',
		advice: /momentum/,
	},
	{
		// the heavy ball of the Nesterov case above, without look-ahead: √0.9 = 0.95 a step is too slow;
		// the advice tried (lower μ toward critical damping, or look-ahead) names what it turns
		name: 'the rocking heavy ball on a level that unlocks look-ahead is told to damp the swing',
		file: 'look-ahead',
		knobs: {learningRate: 0.1, momentum: 0.9},
		expect: 'oscillating',
		advice: /Lower the momentum|Nesterov/,
	},
	{
		// Langevin at T: E[f − f*] ≈ T (two coordinates × T/2); T = 0.05 keeps it 0.05 above the floor.
		name: 'temperature 0.05 keeps the ball shaking: cool down',
		file: 'hot-bowl',
		knobs: {learningRate: 0.1, temperature: 0.05},
		expect: 'oscillating',
		advice: /lower the temperature/i,
	},
	{
		// T = 0.002: E[f − f*] ≈ 0.002; this seed ends 0.00124 above, just over the 0.001 tolerance. The
		// lesson is "too hot" (rocking), not "too slow" — more η would not help, less noise would.
		name: 'a noisy run ending just above the tolerance is rocking, with advice to cool down',
		file: 'hot-bowl',
		knobs: {learningRate: 0.1, temperature: 0.002},
		seed: 4,
		expect: 'oscillating',
		advice: /lower the temperature/i,
		check(o) {
			expect(o.facts.endGap).toBeGreaterThan(0.001);
			expect(o.facts.endGap).toBeLessThan(0.002);
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/raise/i);
		},
	},
	{
		// batch noise σ·√(1/B − 1/N) = √0.999 ≈ 1 per step: the noise scale η·N/B is hot (Smith & Le)
		name: 'a batch of 1 runs hot: a bigger batch',
		file: 'batch-bowl',
		knobs: {learningRate: 0.1, batchSize: 1},
		expect: 'oscillating',
		advice: /raise the batch/i,
	},

	{
		// B = N: σ·√(1/N − 1/N) = 0, no noise at all; η·λ = 0.995·2 = 1.99 rocks like the plain bowl:
		// loss 5·0.99^600 = 0.012 > 0.001 after 300 steps. The advice is η, not "a bigger batch" (there
		// is none bigger, and heat is not the cause).
		name: 'a full batch rocking at η·λ = 1.99 is told to lower η, not to enlarge the batch',
		file: 'batch-bowl',
		knobs: {learningRate: 0.995, batchSize: 1000},
		expect: 'oscillating',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/batch|Cool/);
			suggestsBelow(o, 'learningRate', 0.995);
		},
	},

	// ---- too-slow ----------------------------------------------------------------------------------
	{
		// k = 0.01, η = 0.1: the error shrinks by 1 − 0.001 a step: 0.999^100 = 0.9 left
		name: 'a plateau (curvature 0.01) with a small η crawls',
		file: 'plateau',
		knobs: {learningRate: 0.1},
		expect: 'too-slow',
		check: (o) => suggestsAbove(o, 'learningRate', 0.1),
	},
	{
		// a well of width 0.5 seen from 3·√2 away: slope ≈ e^(−36)·… ≈ 4e-15; even η = 2 (the level's
		// maximum) moves 1e-14 a step: flat ground, and the advice must not repeat η = 2
		name: 'far from a narrow well the ground is flat even at the largest η',
		file: 'far-well',
		knobs: {learningRate: 2},
		expect: 'too-slow',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).advice.en).not.toMatch(/try η ≈ 2\b/);
			expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/hardly moved/);
		},
	},
	{
		name: 'a one-step budget with a small η',
		file: 'bowl-one-step',
		knobs: {learningRate: 0.01},
		expect: 'too-slow',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).evidence.en).toMatch(/After 1 step /);
			suggestsAbove(o, 'learningRate', 0.01);
		},
	},
	{
		// decay 0.001 at the origin, η·k = 0.002: the factor per step is 0.998·0.999 ≈ 0.997: the decay
		// is not to blame (its resting point is the floor); the step is too small
		name: 'decay at the origin with a tiny η: too slow, decay not blamed',
		file: 'decay-at-origin',
		knobs: {learningRate: 0.001, decay: 0.001},
		expect: 'too-slow',
		check: (o) => suggestsAbove(o, 'learningRate', 0.001),
	},
	{
		// Rosenbrock with η = 0.001 < 2/2090: stable, but the banana's floor (curvature ≈ 1) needs
		// thousands of steps
		name: 'Rosenbrock with a stable η crawls along the banana',
		file: 'banana',
		knobs: {learningRate: 0.001},
		expect: 'too-slow',
		advice: /momentum|μ/,
	},
	{
		// ravine κ = 100, η·λ_max = 1.5: the walls settle, the floor shrinks by 1 − 0.015 a step:
		// 0.985^150 = 0.1 of the distance left; the advice is the best pair (η 0.0331, μ 0.669)
		name: 'a rotated ravine crawls along the floor; the advice is the best heavy-ball pair',
		file: 'rotated-ravine',
		knobs: {learningRate: 0.015},
		expect: 'too-slow',
		check(o) {
			expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(0.669, 'en'));
			expect(describeDiagnosis(o.diagnosis).advice.en).toContain(formatNumber(0.0331, 'en'));
		},
	},
	{
		// step:0.1:5 multiplies η by 0.1 every 5 steps: 1e-22 by the end; the schedule is the culprit
		name: 'a step schedule that shrinks η to nothing: the advice is about the schedule',
		file: 'schedules',
		knobs: {learningRate: 0.01, schedule: 'step:0.1:5'},
		expect: 'too-slow',
		advice: /schedule/,
	},
	{
		// k = 1e100, η = 1e-101: η·λ = 0.1, rate 0.9: 0.9^100 leaves 3e-5 of the distance, but the
		// loss is 1e100-sized: the right η is 1/λ = 1e-100
		name: 'a cliff with η·λ = 0.1: too slow, and the suggested η scales with the curvature',
		file: 'cliff',
		knobs: {learningRate: 1e-101},
		expect: 'too-slow',
		check: (o) => suggestsAbove(o, 'learningRate', 1e-101),
	},
];

// ---------------------------------------------------------------------------------------------------

const levels = new Map<string, Level>();
const outcomes = new Map<Case, Outcome>();

async function level(file: string): Promise<Level> {
	const cached = levels.get(file);
	if (cached) return cached;
	const loaded = await loadLevelFile(fixture(file));
	if (!loaded.ok) throw new Error(`${file}: ${loaded.error.code} ${loaded.error.message}`);
	levels.set(file, loaded.level);
	return loaded.level;
}

async function outcomeOf(c: Case): Promise<Outcome> {
	const cached = outcomes.get(c);
	if (cached) return cached;
	const l = await level(c.file);
	const knobs = resolveKnobs(l, c.knobs);
	if (!knobs.ok) throw new Error(`${c.name}: ${JSON.stringify(knobs.error)}`);
	const o = play(l, knobs.value, c.seed ?? 1);
	outcomes.set(c, o);
	return o;
}

const LANGS: Language[] = ['es', 'en'];
type Numeric = 'learningRate' | 'momentum' | 'decay';

/** The values the diagnosis's tried suggestion sets, knob by knob. */
function suggestions(o: Outcome): Array<{knob: Numeric; value: number}> {
	return (o.diagnosis.suggestion?.changes ?? []).flatMap(({knob, value}) =>
		typeof value === 'number' && (knob === 'learningRate' || knob === 'momentum' || knob === 'decay') ? [{knob, value}] : [],
	);
}

function suggested(o: Outcome, knob: Numeric): number[] {
	return suggestions(o)
		.filter((s) => s.knob === knob)
		.map((s) => s.value);
}

/** The advice suggests a value of `knob` below `bound` (and at least one). */
function suggestsBelow(o: Outcome, knob: Numeric, bound: number) {
	const values = suggested(o, knob);
	expect(values.length, describeDiagnosis(o.diagnosis).advice.en).toBeGreaterThan(0);
	for (const v of values) expect(v, describeDiagnosis(o.diagnosis).advice.en).toBeLessThan(bound);
}

function suggestsAbove(o: Outcome, knob: Numeric, bound: number) {
	const values = suggested(o, knob);
	expect(values.length, describeDiagnosis(o.diagnosis).advice.en).toBeGreaterThan(0);
	for (const v of values) expect(v, describeDiagnosis(o.diagnosis).advice.en).toBeGreaterThan(bound);
}

/** Numbers every diagnosis code shows from its own run. */
function ownNumbers(o: Outcome, report: Report): number[] {
	const {facts, diagnosis, run} = o;
	switch (diagnosis.code) {
		case 'diverged':
		case 'left-map': {
			return [diagnosis.step!];
		}

		case 'reached-global': {
			return [report.arrivedAt!, run.level.budget];
		}

		case 'local-minimum': {
			// the pit it settled in: the non-global minimum nearest the final point
			const pits = run.critical.minima.filter((m) => !m.global);
			const x = report.final.x!;
			const y = report.final.y!;
			const pit = pits.reduce((a, b) => (Math.hypot(a.x - x, a.y - y) <= Math.hypot(b.x - x, b.y - y) ? a : b));
			return [pit.loss, pit.loss - facts.minLoss];
		}

		case 'saddle': {
			const pass = [...run.critical.saddles, ...run.critical.maxima].find((p) => Math.hypot(p.x - report.final.x!, p.y - report.final.y!) < 0.1)!;
			return [pass.curvature[0], pass.curvature[1]];
		}

		case 'decay-pulled': {
			return [run.knobs.decay];
		}

		case 'oscillating': {
			return [facts.flips, facts.endGap];
		}

		case 'too-slow': {
			return [facts.startGap, facts.endGap];
		}
	}
}

/** Words that name each locked knob; advice must not send the player to a knob they cannot turn. */
const LOCKED_WORDS: Array<[keyof Level['knobs'], RegExp]> = [
	['momentum', /momentum/i],
	['decay', /decay|friction/i],
	['temperature', /temperature/i],
	['batchSize', /batch/i],
	['restarts', /restart/i],
	['schedule', /schedule/i],
	['nesterov', /Nesterov|look-ahead/i],
];

describe('held-out levels get the diagnosis the theory predicts', () => {
	beforeAll(async () => {
		for (const c of CASES) await outcomeOf(c);
	});

	it('covers every code with at least 30 cases', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(30);
		const codes = new Set(CASES.map((c) => c.expect));
		expect([...codes].sort()).toEqual(['decay-pulled', 'diverged', 'left-map', 'local-minimum', 'oscillating', 'reached-global', 'saddle', 'too-slow']);
	});

	for (const c of CASES) {
		it(`${c.expect}: ${c.name}`, async () => {
			const o = await outcomeOf(c);
			const report = buildReport(o, 'en');
			const d = {code: o.diagnosis.code, ...describeDiagnosis(o.diagnosis)};
			expect(d.code, `${d.evidence.en} | ${d.advice.en}`).toBe(c.expect);
			expect(report.diagnosis.code).toBe(c.expect);

			// outcome, score, stars, final loss
			expect(report.outcome).toBe(c.expect === 'reached-global' ? 'success' : 'failure');
			expect(Number.isInteger(report.score)).toBe(true);
			expect(report.score).toBeGreaterThanOrEqual(0);
			expect(report.score).toBeLessThanOrEqual(1000);
			if (c.expect === 'diverged' || c.expect === 'left-map') expect(report.score).toBe(0);
			if (c.expect !== 'reached-global') {
				expect(report.stars).toBe(0);
				expect(report.arrivedAt).toBeNull();
			}

			const lastLoss = o.facts.trajectory.loss[o.facts.trajectory.steps]!;
			if (o.facts.blewUp || !Number.isFinite(lastLoss)) expect(report.final.loss).toBeNull();
			else expect(report.final.loss).toBe(lastLoss);

			// a complete explanation in both languages, with this run's numbers
			const numbers = [...ownNumbers(o, report), ...(c.evidence?.(o) ?? [])];
			for (const lang of LANGS) {
				for (const part of [d.title, d.analogy, d.evidence, d.why, d.advice]) expect(part[lang].trim().length).toBeGreaterThan(3);
				for (const n of numbers) expect(d.evidence[lang], `${lang}: ${n}`).toContain(formatNumber(n, lang));
			}

			expect(d.evidence.es).not.toMatch(/\d\.\d/);
			expect(d.advice.es).not.toMatch(/\d\.\d/);
			expect(d.evidence.es).not.toBe(d.evidence.en);

			// advice: names a knob the level unlocks, only those, and suggests values inside its ranges
			const spec = o.run.level.knobs;
			expect(d.advice.en).toMatch(/η|learning rate|momentum|μ|decay|friction|temperature|noise|batch|restart|schedule|Nesterov/);
			for (const [knob, words] of LOCKED_WORDS) if (!spec[knob]) expect(d.advice.en, `locked ${knob}`).not.toMatch(words);
			for (const {knob, value} of suggestions(o)) {
				const range = spec[knob];
				expect(range, `${knob} suggested but locked`).toBeDefined();
				expect(value, `${knob} ${value}`).toBeGreaterThanOrEqual(range!.min);
				expect(value, `${knob} ${value}`).toBeLessThanOrEqual(range!.max);
				// the advice names the value that was re-simulated
				expect(d.advice.en).toContain(formatNumber(value, 'en', 8));
			}

			if (c.advice) expect(d.advice.en).toMatch(c.advice);
			c.check?.(o, report);
		});
	}
});

describe('the score rule (README "Score and stars")', () => {
	const SUCCESS = CASES.find((c) => c.name.startsWith('critical damping'))!;

	/** The score of `o`'s level for a made-up ending. */
	const scoreFor = (o: Outcome, code: DiagnosisCode, endGap: number, arrivedAt: number | null) =>
		scoreRun(o.run.level, code, {...o.facts, endGap, arrivedAt, stepsBefore: 0}).total;

	it('grows as the final gap shrinks (log scale) and as the arrival comes sooner', async () => {
		const o = await outcomeOf(SUCCESS);
		const tolerance = o.run.level.tolerance;
		let previous = -1;
		for (let gap = 100; gap >= tolerance * 2; gap /= 3) {
			const score = scoreFor(o, 'too-slow', gap, null);
			expect(score).toBeGreaterThanOrEqual(previous);
			previous = score;
		}

		expect(previous).toBeGreaterThan(0);
		previous = Infinity;
		for (let arrival = 0; arrival <= o.run.level.budget; arrival += 7) {
			const score = scoreFor(o, 'reached-global', tolerance / 2, arrival);
			expect(score).toBeLessThanOrEqual(previous);
			previous = score;
		}

		expect(scoreFor(o, 'reached-global', tolerance / 2, 0)).toBeGreaterThan(scoreFor(o, 'reached-global', tolerance / 2, o.run.level.budget));
	});

	it('is 0 for diverged and left-map whatever the ending, and gives stars only for success', async () => {
		const o = await outcomeOf(SUCCESS);
		for (const code of ['diverged', 'left-map'] as const) {
			const score = scoreRun(o.run.level, code, o.facts);
			expect(score.total).toBe(0);
			expect(score.stars).toBe(0);
		}

		// a failure that ends very close still gets no stars, though its points pass the thresholds
		const close = scoreRun(o.run.level, 'oscillating', {...o.facts, endGap: o.run.level.tolerance * 1.01});
		expect(close.total).toBeGreaterThanOrEqual(o.run.level.stars[0]);
		expect(close.stars).toBe(0);
		expect(o.score.stars).toBeGreaterThan(0);
	});

	it('measures closeness from the level start, so restarts do not move the yardstick', async () => {
		// seed 1, 4 climbers: all end in the shallow pit, like the single climber; the winner may be
		// a random climber that started lower, but the same ending must score the same
		const trapped = CASES.find((c) => c.name.startsWith('restarts where no climber'))!;
		const single = CASES.find((c) => c.name.startsWith('plain descent from beside'))!;
		const a = await outcomeOf(trapped);
		const b = await outcomeOf(single);
		expect(Math.abs(a.facts.endGap - b.facts.endGap)).toBeLessThan(1e-6);
		expect(Math.abs(a.score.closeness - b.score.closeness)).toBeLessThanOrEqual(1);
		expect(b.score.closeness).toBeGreaterThan(0);
	});
});

describe('`descenso run <file> --json` prints the same report', () => {
	const FLAG: Record<string, string> = {learningRate: '--lr', momentum: '--momentum', decay: '--decay', schedule: '--schedule', temperature: '--temperature', batchSize: '--batch', restarts: '--restarts'};
	const flagsOf = (c: Case): string[] => {
		const args = ['run', fixture(c.file), '--json', '--seed', String(c.seed ?? 1)];
		for (const [knob, value] of Object.entries(c.knobs)) {
			if (knob === 'nesterov') {
				if (value) args.push('--nesterov');
			} else args.push(FLAG[knob]!, String(value));
		}

		return args;
	};

	// the first case of each diagnosis code, and the first to use each knob: every code's report and
	// every flag's parsing, without re-running all the cases the theory tests above already run
	const seenCodes = new Set<string>();
	const seenKnobs = new Set<string>();
	const representative = CASES.filter((c) => {
		const fresh = !seenCodes.has(c.expect) || Object.keys(c.knobs).some((k) => !seenKnobs.has(k));
		seenCodes.add(c.expect);
		for (const k of Object.keys(c.knobs)) seenKnobs.add(k);
		return fresh;
	});

	const expectSameReport = async (c: Case, stdout: string) => {
		const printed = JSON.parse(stdout) as Report;
		expect(printed.diagnosis.code, c.name).toBe(c.expect);
		expect(printed, c.name).toEqual(JSON.parse(JSON.stringify(buildReport(await outcomeOf(c), 'en'))));
	};

	it.each(representative.map((c) => [c.name, c] as const))('in process: %s', async (_, c) => {
		let stdout = '';
		let stderr = '';
		const [, ...args] = flagsOf(c);
		const parsed = parseRunArgs(args);
		const code = await runCommand({
			command: 'run',
			args: parsed.args,
			flags: {...parsed.flags, color: false, ascii: false, json: true},
			lang: 'en',
			langExplicit: true,
			color: false,
			ascii: false,
			json: true,
			env: {},
			dataDir: '/nonexistent/descenso-heldout',
			now: () => new Date(0),
			stdout: {write: (text: string) => ((stdout += text), true), isTTY: false} as unknown as NodeJS.WriteStream,
			stderr: {write: (text: string) => ((stderr += text), true), isTTY: false} as unknown as NodeJS.WriteStream,
			stdin: process.stdin,
			terminal: process.stdout,
		});
		expect(code, `${c.name}: ${stderr}`).toBe(0);
		await expectSameReport(c, stdout);
	});

	it('through the built binary, for the case with the most knobs', async () => {
		const c = [...CASES].sort((a, b) => Object.keys(b.knobs).length - Object.keys(a.knobs).length)[0]!;
		const {code, stdout, stderr} = await runCli(flagsOf(c), {timeoutMs: 60_000});
		expect(code, `${c.name}: ${stderr}`).toBe(0);
		await expectSameReport(c, stdout);
	});
});

/** The command line's `run` arguments as the CLI hands them to the command: the file, then `--flag value` pairs. */
function parseRunArgs(argv: string[]): {args: string[]; flags: Record<string, string | boolean>} {
	const args: string[] = [];
	const flags: Record<string, string | boolean> = {};
	const names: Record<string, string> = {'--lr': 'lr', '--momentum': 'momentum', '--decay': 'decay', '--schedule': 'schedule', '--temperature': 'temperature', '--batch': 'batch', '--restarts': 'restarts', '--seed': 'seed'};
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i]!;
		if (word === '--json') continue;
		if (word === '--nesterov') flags['nesterov'] = true;
		else if (names[word]) flags[names[word]] = argv[++i]!;
		else args.push(word);
	}

	return {args, flags};
}
