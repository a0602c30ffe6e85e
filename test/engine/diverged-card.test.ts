/**
 * The diverged card quotes a step and a ratio from the run, and says what they are (README,
 * “Diagnoses”). Built from the heavy ball's theory on a bowl with curvatures [3.75, 4], μ = 0.9,
 * η = 3.81/4: along y, η·λ = 3.81 is just past the limit 2 + 2μ = 3.8, and the error grows by the
 * step matrix's real root r (z² + (η·λ − 1 − μ)·z + μ = 0, |z| > 1) a step, the height above the
 * floor by r²; along x, η·λ = 3.5719 is inside the limit with complex roots (|z| = √μ), so the
 * first swing overshoots far — past 10× the start at step 2 — and then dies away.
 */
import {describe, expect, it} from 'vitest';
import {play, type Outcome} from '../../source/engine/index.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {formatNumber} from '../../source/i18n/format.js';
import {buildLevel, knobs} from './build-level.js';

const mu = 0.9;
const eta = 3.81 / 4;
/** the growing root along y: the largest |z| of z² + (η·λ − 1 − μ)·z + μ = 0 */
const b = eta * 4 - 1 - mu;
const r = (b + Math.sqrt(b * b - 4 * mu)) / 2;

function run(y0: number): Outcome {
	const level = buildLevel([{type: 'bowl', center: [0, 0], curvature: [3.75, 4]}], {start: [1, y0], bounds: {x: [-40, 40], y: [-40, 40]}, budget: 100});
	return play(level, knobs({learningRate: eta, momentum: mu}), 1);
}

describe('the diverged card: the step it quotes is the step its sentence names', () => {
	it('the heavy ball’s first overshoot passes 10× at step 2 and dies; the x-part alone says so', () => {
		// θ₁ = (1 − a)·θ₀, v₁ = a·θ₀; v₂ = μ·v₁ + a·θ₁, θ₂ = θ₁ − v₂ with a = η·λₓ: the height ratio is (θ₂/θ₀)²
		const a = eta * 3.75;
		const theta1 = 1 - a;
		const theta2 = theta1 - (mu * a + a * theta1);
		expect(theta2 * theta2).toBeGreaterThan(10);
		expect(r).toBeGreaterThan(1);
		expect(run(0.0005).facts.explodedAt).toBe(2);
	});

	it('a run that ends between 1× and 10× its start speaks of its end and its noise-free continuation, not of step 2', () => {
		for (const y0 of [0.0003, 0.0005]) {
			const o = run(y0);
			const ratio = o.facts.endGap / o.facts.startGap;
			expect(ratio).toBeGreaterThan(1);
			expect(ratio).toBeLessThan(10);
			expect(o.diagnosis.code).toBe('diverged');
			expect(o.diagnosis.step).toBe(100);
			expect(o.diagnosis.reasons.evidence).toBe('carried.momentum');
			// carried on, the height grows by r² a step: it passes 10× after ⌈ln(10/ratio)/ln r²⌉ steps
			const beyond = o.diagnosis.values['beyond'] as {value: number};
			expect(Math.abs(beyond.value - Math.log(10 / ratio) / Math.log(r * r))).toBeLessThan(1);
			const card = describeDiagnosis(o.diagnosis);
			expect(card.evidence.en).toContain(`At step 100, the last, its height above the floor was ${formatNumber(ratio, 'en')}× the start's`);
			expect(card.evidence.es).toContain(`En el paso 100, el último, su altura sobre el fondo era ${formatNumber(ratio, 'es')}× la inicial`);
			expect(card.evidence.en).not.toMatch(/step 2\b/);
		}
	});

	it('a run that ends far above 10× quotes where it passed 10× for good, as r² a step predicts back from its end, not the overshoot at step 2', () => {
		const o = run(0.003);
		const ratio = o.facts.endGap / o.facts.startGap;
		expect(ratio).toBeGreaterThan(100);
		expect(o.diagnosis.reasons.evidence).toBe('ended.momentum');
		// the height at step t is ratio·r^(−2(100 − t)): above 10× from t = 100 − ⌊ln(ratio/10)/ln r²⌋
		const predicted = 100 - Math.floor(Math.log(ratio / 10) / Math.log(r * r));
		expect(Math.abs(o.diagnosis.step! - predicted)).toBeLessThanOrEqual(1);
		const card = describeDiagnosis(o.diagnosis);
		expect(card.evidence.en).toContain(`From step ${o.diagnosis.step} on, its height above the floor stayed over 10× the start's; it ended at ${formatNumber(ratio, 'en')}×.`);
		expect(card.evidence.es).toContain(`Desde el paso ${o.diagnosis.step}, su altura sobre el fondo ya no bajó de 10× la inicial; terminó en ${formatNumber(ratio, 'es')}×.`);
		expect(card.evidence.en).toContain(`η·λ = ${formatNumber(3.81, 'en')}, and the limit is 2 + 2μ = ${formatNumber(3.8, 'en')}`);
	});
});

describe('the diverged card with friction: the limit it names is the one the run broke', () => {
	// θ ← (1 − d)(θ − v): the step matrix has the eigenvalue −1 at η·λ = (1 + μ)(2 − d)/(1 − d),
	// 2 + 2μ only without decay (μ 0.5, d 0.1: 3.1667 instead of 3; μ 0, d 0.2: 2.25 instead of 2)
	const bowl = buildLevel([{type: 'bowl', center: [0, 0], curvature: [4, 4]}], {start: [1, 1], bounds: {x: [-1e3, 1e3], y: [-1e3, 1e3]}, budget: 300});
	for (const [momentum, decay, en, es] of [
		[0.5, 0.1, 'with μ = 0.5 and decay 0.1', 'con μ = 0,5 y fricción (decay) 0,1'],
		[0, 0.2, 'with decay 0.2', 'con fricción (decay) 0,2'],
	] as const) {
		it(`μ ${momentum}, decay ${decay}: diverges just past (1 + μ)(2 − d)/(1 − d), not just below, and quotes that limit without the formula that leaves decay out`, () => {
			const bound = ((1 + momentum) * (2 - decay)) / (1 - decay);
			expect(play(bowl, knobs({learningRate: (0.98 * bound) / 4, momentum, decay}), 1).diagnosis.code).not.toBe('diverged');
			const o = play(bowl, knobs({learningRate: (1.02 * bound) / 4, momentum, decay}), 1);
			expect(o.diagnosis.code).toBe('diverged');
			expect(o.diagnosis.values['bound']).toBeCloseTo(bound, 12);
			const card = describeDiagnosis(o.diagnosis);
			expect(card.evidence.en).toContain(`and the limit is η·λ < ${formatNumber(bound, 'en')} ${en}.`);
			expect(card.evidence.es).toContain(`y el límite es η·λ < ${formatNumber(bound, 'es')} ${es}.`);
			expect(card.evidence.en).not.toContain('2 + 2μ');
		});
	}
});
