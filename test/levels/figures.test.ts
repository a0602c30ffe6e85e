/**
 * The figures the campaign's texts quote about a landscape's shape — κ, a curvature, the parameter
 * count — recomputed from the level by the engine (the Hessian of the terrain or of the model), in
 * every text that quotes them: the level's briefing and lesson (es, en), its row in
 * levels/LESSONS.md and in levels/world-7/README.md. A text whose number drifts from its level, or a
 * level changed under its text, fails here. Each number is read from the text and held to the
 * digits it shows (κ ≈ 8000: one significant digit; curvature 1.0: two).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {criticalPoints, play, defaultKnobs, type Level} from '../../source/engine/index.js';
import {modelOf} from '../../source/engine/model/critical.js';
import {quickScore} from '../../source/engine/search.js';
import {Model} from '../../source/engine/model/model.js';
import {spectrumAt} from '../../source/engine/model/hessian.js';
import {levelCurvatures} from '../../source/engine/stability.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';

const {levels} = await loadLevelDir(CAMPAIGN_DIR);
const lessonsTable = await readFile(path.join(CAMPAIGN_DIR, 'LESSONS.md'), 'utf8');
const worldSeven = await readFile(path.join(CAMPAIGN_DIR, 'world-7', 'README.md'), 'utf8');

function level(id: string): Level {
	const found = levels.find((l) => l.id === id);
	expect(found, id).toBeDefined();
	return found!;
}

/** Every text that speaks of a level: its briefing and lesson in both languages, its rows in the two tables. */
function textsOf(l: Level): string[] {
	const rows = [lessonsTable, worldSeven].flatMap((table) => table.split('\n').filter((line) => line.includes(`\`${l.id}\``)));
	return [l.briefing.es, l.briefing.en, l.lesson?.es ?? '', l.lesson?.en ?? '', ...rows];
}

/**
 * A number as a text writes it (decimal comma, minus sign), with the significant digits it shows:
 * "8000" one, "1.0" two, "−0.079" two.
 */
function literal(text: string): {value: number; digits: number} {
	const plain = text.replace(',', '.').replace('−', '-');
	const mantissa = plain.replace('-', '').replace('.', '').replace(/^0+/, '');
	const digits = plain.includes('.') ? mantissa.length : mantissa.replace(/0+$/, '').length;
	return {value: Number(plain), digits: Math.max(1, digits)};
}

/** True when `value` rounds to the literal at the digits it shows. */
function shows(written: string, value: number): boolean {
	const {value: quoted, digits} = literal(written);
	return Number(value.toPrecision(digits)) === quoted;
}

/** Every match of `pattern` (its first group the number) in the texts of a level. */
function quoted(l: Level, pattern: RegExp): string[] {
	return textsOf(l).flatMap((text) => [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[1]!));
}

describe('the campaign’s figures, recomputed by the engine', () => {
	it('every κ a text quotes for a level is λmax/λmin of that level’s valley', () => {
		let seen = 0;
		for (const l of levels) {
			for (const written of quoted(l, /κ\s*[=≈]\s*(−?\d[\d.,]*\d|\d)/)) {
				const curvatures = levelCurvatures(l);
				expect(curvatures, `${l.id} quotes κ ${written} but is not one quadratic valley`).not.toBeNull();
				const kappa = curvatures!.high / curvatures!.low;
				expect(shows(written, kappa), `${l.id}: κ ${written} against ${kappa}`).toBe(true);
				seen++;
			}
		}

		// w7-01 (briefing es/en, LESSONS.md, README), w7-02 (the same), w2-03 (LESSONS.md)
		expect(seen).toBeGreaterThanOrEqual(9);
	});

	it('every parameter count a world-7 text gives is the model’s own', () => {
		for (const l of levels.filter((x) => x.model)) {
			for (const written of quoted(l, /(\d+) (?:parámetros|parameters)/)) expect(Number(written), l.id).toBe(modelOf(l).n);
		}

		expect(quoted(level('w7-06-wide-network'), /(\d+) (?:parámetros|parameters)/).length).toBeGreaterThanOrEqual(3);
	});

	it('w7-03 (softmax): the start’s steepest curvature, the η it allows and the floor’s flat directions are the model’s', () => {
		const l = level('w7-03-many-climbers');
		const model = modelOf(l);
		const start = spectrumAt(model, model.initial())!;
		const floor = spectrumAt(model, criticalPoints(l).global[0]!.theta!)!;
		const steepest = [...quoted(l, /(?:curvature|curvatura) (\d[.,]\d+)/), ...quoted(l, /(\d[.,]\d+) at the start/)];
		expect(steepest.length).toBeGreaterThanOrEqual(3);
		for (const written of steepest) expect(shows(written, start.high), `curvature ${written} against ${start.high}`).toBe(true);
		// "so η stops at 2": the stability limit 2/λ at the start, and the level's own top of the range
		const stops = quoted(l, /η (?:stops at|no pasa de) (\d+)/);
		expect(stops.length).toBeGreaterThanOrEqual(3);
		for (const written of stops) {
			expect(shows(written, 2 / start.high)).toBe(true);
			expect(l.knobs.learningRate.max).toBe(Number(written));
		}

		// "a few thousandths" / "unas milésimas": the flattest directions at the floor
		expect(textsOf(l).filter((text) => /a few thousandths|unas milésimas/.test(text)).length).toBeGreaterThanOrEqual(3);
		expect(floor.values[0]).toBeGreaterThanOrEqual(0.001);
		expect(floor.values[0]).toBeLessThan(0.01);
	});

	it('w7-04: the pass the symmetric network stalls on curves down as the README says', () => {
		const l = level('w7-04-symmetric-start');
		const outcome = play(l, defaultKnobs(l), 1);
		expect(outcome.diagnosis.code).toBe('saddle');
		const pass = spectrumAt(modelOf(l), outcome.facts.nearest!.theta!)!;
		const written = quoted(l, /(?:curvature|curvatura) (−\d[.,]\d+)/);
		expect(written.length).toBeGreaterThanOrEqual(1);
		for (const w of written) expect(shows(w, pass.low), `${w} against ${pass.low}`).toBe(true);
	});

	it('w7-06: the random starts its briefing counts (η, steps, how many of 20 get within the tolerance and within 0.05) are the engine’s', () => {
		const l = level('w7-06-wide-network');
		const en = l.briefing.en;
		const figures = (pattern: RegExp): string[] => {
			const match = pattern.exec(en);
			expect(match, String(pattern)).not.toBeNull();
			return match!.slice(1).map(String);
		};

		const [eta = '', steps] = figures(/With η = ([\d.]+) and (\d+) steps/);
		const [within, of] = figures(/(\d+) of (\d+) random starts like this one get within/);
		const [all, loose] = figures(/all (\d+) within (\d[\d.]*\d)/);
		const tolerance = Number(figures(/get within (\d[\d.]*\d)/)[0]);
		expect(tolerance).toBe(l.tolerance);
		expect(Number(steps)).toBe(l.budget);
		expect(Number(all)).toBe(Number(of));
		const floor = criticalPoints(l).global[0]!.loss;
		const init = l.model!.init as {seed: number; scale: number};
		// plain descent (the level has no momentum) from θ₀ drawn with seeds 1…20 at the level's scale
		const gaps = Array.from({length: Number(of)}, (_, i) => {
			const model = new Model({...l.model!, init: {seed: i + 1, scale: init.scale}});
			const theta = model.initial();
			const g = new Float64Array(model.n);
			for (let t = 0; t < Number(steps); t++) {
				model.evaluate(theta, g);
				for (let k = 0; k < model.n; k++) theta[k] = theta[k]! - Number(eta) * g[k]!;
			}

			return model.evaluate(theta, null) - floor;
		});
		expect(gaps.filter((gap) => gap <= l.tolerance).length).toBe(Number(within));
		expect(gaps.filter((gap) => gap <= Number(loose)).length).toBe(Number(all));
		// the Spanish briefing gives the same figures
		for (const figure of [eta.replace('.', ','), steps, within, of, String(l.tolerance).replace('.', ',')]) expect(l.briefing.es).toContain(figure);
	});

	it('w7-06: three stars are a band of η with one climber (2.3 to 3.1, as its README says), not only the par search’s point', () => {
		const l = level('w7-06-wide-network');
		const band = /every η from (\d[\d.]*) to (\d[\d.]*\d) wins three stars/.exec(worldSeven);
		expect(band).not.toBeNull();
		const [low, high] = [Number(band![1]), Number(band![2])];
		const base = {...defaultKnobs(l), restarts: 1};
		for (let i = 0; i <= 8; i++) {
			const eta = low * (high / low) ** (i / 8);
			expect(quickScore(l, {...base, learningRate: eta}, 1), `η ${eta}`).toBeGreaterThanOrEqual(l.stars[2]);
		}
	});
});
