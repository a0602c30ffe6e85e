/**
 * On model levels the diagnosis reads the model's own curvature, in its full parameter space
 * (README, “How a step works”): cases built from the stability limit η·λmax < 2 with λmax from a
 * closed form (a linear model's XᵀX/N + l2·I) or from the model's Hessian, and the map's slice
 * reading beside them to show what it misses.
 */
import {describe, expect, it} from 'vitest';
import {play, type Knobs, type Level, type Outcome} from '../../source/engine/index.js';
import {defaultKnobs} from '../../source/engine/knobs.js';
import {landscapeOf} from '../../source/engine/landscape.js';
import {criticalPoints} from '../../source/engine/critical.js';
import {modelOf} from '../../source/engine/model/critical.js';
import {spectrumAt, symmetricEigen} from '../../source/engine/model/hessian.js';
import {eigenvalues} from '../../source/engine/terrain.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {formatNumber} from '../../source/i18n/format.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';
import {buildReport, formatReport} from '../../source/report.js';
import {fourParameterLevel} from '../helpers/model-levels.js';

async function campaignLevel(file: string): Promise<Level> {
	const result = await loadLevelFile(`${CAMPAIGN_DIR}/world-7/${file}.json`);
	if (!result.ok) throw new Error(result.error.message);
	return result.level;
}

function run(level: Level, given: Partial<Knobs>): Outcome {
	return play(level, {...defaultKnobs(level), ...given}, 1);
}

/** The card's words in both languages. */
function card(o: Outcome) {
	const d = describeDiagnosis(o.diagnosis);
	return {es: `${d.evidence.es} ${d.why.es} ${d.advice.es}`, en: `${d.evidence.en} ${d.why.en} ${d.advice.en}`};
}

describe('the stability limit read in the full parameter space', () => {
	it('two parameters (w7-01, raw cars): the map is the whole space, λmax is the top eigenvalue of XᵀX/N + l2·I', async () => {
		const level = await campaignLevel('w7-01-unscaled-ravine');
		const data = level.model!;
		let sx = 0;
		let sxx = 0;
		for (let i = 0; i < data.rows; i++) {
			sx += data.x[i]!;
			sxx += data.x[i]! * data.x[i]!;
		}

		const [, top] = eigenvalues(sxx / data.rows + data.l2, sx / data.rows, 1 + data.l2);
		const above = run(level, {learningRate: (1.02 * 2) / top});
		expect(above.diagnosis.code).toBe('diverged');
		const lambda = above.diagnosis.values['curvature'] as number;
		expect(Math.abs(lambda - top)).toBeLessThan(1e-6 * top);
		const words = card(above);
		for (const lang of ['es', 'en'] as const) {
			expect(words[lang]).toContain(formatNumber(top, lang));
			// two parameters: no words about directions the map does not show
			expect(words[lang]).not.toMatch(/directions|direcciones/);
		}

		expect(run(level, {learningRate: (0.98 * 2) / top}).diagnosis.code).not.toBe('diverged');
	});

	it('four parameters (a linear model): the card quotes λmax of XᵀX/N + l2·I and names the steepest of the four directions', () => {
		const level = fourParameterLevel();
		const data = level.model!;
		const n = 4;
		const exact = new Float64Array(n * n);
		for (let r = 0; r < data.rows; r++) {
			const row = [...data.x.subarray(r * 3, r * 3 + 3), 1];
			for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) exact[i * n + j] = exact[i * n + j]! + row[i]! * row[j]!;
		}

		for (let i = 0; i < n * n; i++) exact[i] = exact[i]! / data.rows + (i % (n + 1) === 0 ? data.l2 : 0);
		const top = symmetricEigen(exact, n).values[n - 1]!;
		const above = run(level, {learningRate: (1.02 * 2) / top});
		expect(above.diagnosis.code).toBe('diverged');
		expect(Math.abs((above.diagnosis.values['curvature'] as number) - top)).toBeLessThan(1e-6 * top);
		expect(above.diagnosis.values['product']).toBeGreaterThan(2);
		const words = card(above);
		expect(words.en).toContain(`λ = ${formatNumber(top, 'en')} (the steepest of all 4 directions`);
		expect(words.es).toContain(`λ = ${formatNumber(top, 'es')} (la más empinada de las 4 direcciones`);
		expect(run(level, {learningRate: (0.98 * 2) / top}).diagnosis.code).not.toBe('diverged');
	});

	it('four parameters, η near its limit and too few steps: the card names the steepest and the flattest of the four directions and κ', () => {
		const level = fourParameterLevel({budget: 12});
		const {values: spectrum} = spectrumAt(modelOf(level), modelOf(level).initial())!;
		const [low, top] = [spectrum[0]!, spectrum[3]!];
		const slow = run(level, {learningRate: (0.55 * 2) / top});
		expect(slow.diagnosis.code).toBe('too-slow');
		const words = card(slow);
		expect(words.en).toContain(`Of its 4 directions the steepest curves λ = ${formatNumber(top, 'en')} and the flattest (at the end) only ${formatNumber(low, 'en')}: κ = ${formatNumber(top / low, 'en')}.`);
		expect(words.es).toContain(`De sus 4 direcciones, la más empinada curva λ = ${formatNumber(top, 'es')} y la más llana (al final) solo ${formatNumber(low, 'es')}: κ = ${formatNumber(top / low, 'es')}.`);
	});

	it('softmax on iris (w7-03, 15 parameters): above 2/λmax of the floor it never settles, below it does; the map’s slice reads η·λ < 2 there', async () => {
		const level = await campaignLevel('w7-03-many-climbers');
		const floor = criticalPoints(level).global[0]!;
		const top = spectrumAt(modelOf(level), floor.theta!)!.high;
		expect(run(level, {learningRate: (0.95 * 2) / top}).diagnosis.code).toBe('reached-global');
		const eta = (1.2 * 2) / top;
		const above = run(level, {learningRate: eta});
		expect(above.diagnosis.code).toBe('oscillating');
		const lambda = above.diagnosis.values['curvature'] as number;
		const t = above.facts.trajectory;
		const n = modelOf(level).n;
		const end = spectrumAt(modelOf(level), t.theta!.subarray(t.steps * n, (t.steps + 1) * n))!.high;
		expect(lambda).toBeCloseTo(Math.max(top, end), 9);
		expect(eta * lambda).toBeGreaterThan(2);
		const words = card(above);
		expect(words.en).toContain(`the steepest of all 15 directions curves λ = ${formatNumber(lambda, 'en')}, so η·λ = ${formatNumber(eta * lambda, 'en')} ≥ 2`);
		expect(words.es).toContain(`la más empinada de las 15 direcciones curva λ = ${formatNumber(lambda, 'es')}, así que η·λ = ${formatNumber(eta * lambda, 'es')} ≥ 2`);
		// the old reading: the curvature of the map's slice where it ended says this η is stable
		const [a, b, c] = landscapeOf(above.run.level).hessian(t.x[t.steps]!, t.y[t.steps]!);
		const slice = Math.max(...eigenvalues(a, b, c).map(Math.abs));
		expect(eta * slice).toBeLessThan(2);
	});
	it('a narrow network past 2 + 2μ (w7-07, η 2.3, μ 0.99): λ is the steepest over every state it passed below its start, so η·λ is past the limit it broke', async () => {
		const level = await campaignLevel('w7-07-narrow-network');
		const mu = 0.99;
		const o = run(level, {learningRate: 2.3, momentum: mu});
		expect(o.diagnosis.code).toBe('diverged');
		// the model's whole Hessian at each state up to the step quoted whose loss was not above the start's
		const model = modelOf(level);
		const t = o.facts.trajectory;
		let steepest = o.facts.curvatureStart;
		for (let k = 1; k <= o.diagnosis.step!; k++) {
			if (!(t.loss[k]! <= t.loss[0]!)) continue;
			const spectrum = spectrumAt(model, t.theta!.subarray(k * model.n, (k + 1) * model.n));
			if (spectrum) steepest = Math.max(steepest, Math.abs(spectrum.low), Math.abs(spectrum.high));
		}

		const lambda = o.diagnosis.values['curvature'] as number;
		expect(lambda).toBe(steepest);
		expect(2.3 * lambda).toBeGreaterThan(2 + 2 * mu);
		expect(o.diagnosis.values['bound']).toBeCloseTo(2 + 2 * mu, 12);
	});
});

describe('the report of a model run', () => {
	it('gives the curvature over all parameters: the closed form of a linear model, the symmetric start’s ways down (card and report), κ at the minimum', async () => {
		const ravine = await campaignLevel('w7-01-unscaled-ravine');
		const data = ravine.model!;
		let sx = 0;
		let sxx = 0;
		for (let i = 0; i < data.rows; i++) {
			sx += data.x[i]!;
			sxx += data.x[i]! * data.x[i]!;
		}

		const [low, high] = eigenvalues(sxx / data.rows + data.l2, sx / data.rows, 1 + data.l2);
		const linear = buildReport(run(ravine, {learningRate: 0.004, momentum: 0.95}), 'en').model!.curvature!;
		for (const at of [linear.start, linear.end, linear.minimum]) {
			expect(at!.lowest).toBeCloseTo(low, 12);
			expect(at!.highest).toBeCloseTo(high, 9);
			expect(at!.kappa).toBeCloseTo(high / low, 6);
		}

		const symmetric = await campaignLevel('w7-04-symmetric-start');
		const outcome = run(symmetric, {});
		const network = buildReport(outcome, 'es');
		const curvature = network.model!.curvature!;
		expect(curvature.start!.lowest).toBeLessThan(0);
		expect(curvature.start!.kappa).toBeNull();
		expect(curvature.minimum!.lowest).toBeGreaterThan(0);
		expect(curvature.minimum!.kappa).toBeCloseTo(curvature.minimum!.highest / curvature.minimum!.lowest, 9);
		// the card: how many of the pass's directions go down, from its whole spectrum
		expect(outcome.diagnosis.code).toBe('saddle');
		const pass = outcome.facts.nearest!;
		const spectrum = spectrumAt(modelOf(symmetric), pass.theta!)!;
		const down = [...spectrum.values].filter((value) => value < -1e-6).length;
		expect(down).toBeGreaterThanOrEqual(1);
		const words = card(outcome);
		expect(words.en).toContain(`of its 27 directions, ${down === 1 ? 'just one goes down' : `${down} go down (the steepest with curvature ${formatNumber(spectrum.low, 'en')})`}`);
		expect(words.es).toContain(`de sus 27 direcciones, ${down === 1 ? 'una sola baja' : `${down} bajan (la más empinada con curvatura ${formatNumber(spectrum.low, 'es')})`}`);
		const text = String(formatReport(outcome, 'es'));
		expect(text).toContain(`al inicio λ de ${formatNumber(curvature.start!.lowest, 'es')} a ${formatNumber(curvature.start!.highest, 'es')}`);
	});
});
