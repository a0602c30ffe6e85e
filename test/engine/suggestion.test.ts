/**
 * Advice the engine has tried (README, “Command line”): over a few hundred seeded random runs below three
 * stars across every campaign level, each suggestion re-run as a whole scores higher than the run
 * it came from, stays inside the level's ranges and unlocked knobs, is named by the advice, and a
 * suggestion is given for at least 90% of the runs.
 */
import {describe, expect, it} from 'vitest';
import {NEUTRAL_KNOBS, play, type Knobs, type Level} from '../../source/engine/index.js';
import {Prng} from '../../source/engine/math.js';
import {formatSchedule} from '../../source/engine/schedule.js';
import {quickScore, randomKnobs} from '../../source/engine/search.js';
import {describeDiagnosis, formatKnobValue} from '../../source/i18n/diagnosis.js';
import {applyChanges} from '../../source/engine/diagnosis/suggest.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';

const {levels} = await loadLevelDir(CAMPAIGN_DIR);
/** Model terrains (world 7) cost a data set per step: they get a smaller share of the sample. */
const isModel = (level: Level) => level.terrain.some((term) => (term.type as string) === 'model');
const planar = levels.filter((level) => !isModel(level));
const models = levels.filter((level) => isModel(level));

/** Every knob of `knobs` inside the level's range, or at its neutral value when the level locks it. */
function insideLevel(level: Level, knobs: Knobs): string[] {
	const spec = level.knobs;
	const problems: string[] = [];
	for (const name of ['learningRate', 'momentum', 'decay', 'temperature', 'batchSize', 'restarts'] as const) {
		const range = spec[name];
		const value = knobs[name];
		if (range) {
			if (value === null || value < range.min || value > range.max) problems.push(`${name} ${value} outside ${range.min}–${range.max}`);
		} else if (value !== NEUTRAL_KNOBS[name]) {
			problems.push(`${name} ${value} is locked`);
		}
	}

	if (!spec.schedule && knobs.schedule.kind !== 'constant') problems.push('schedule is locked');
	if (spec.schedule && !spec.schedule.allowed.includes(knobs.schedule.kind)) problems.push(`schedule ${formatSchedule(knobs.schedule)} not allowed`);
	if (!spec.nesterov && knobs.nesterov) problems.push('look-ahead is locked');
	return problems;
}

/** The words that turn each number knob up or down, as a player reads them (lower case). */
const TURN: Record<'es' | 'en', Record<string, [raise: string, lower: string]>> = {
	en: {
		learningRate: ['raise η to', 'lower η to'],
		momentum: ['raise the momentum to μ =', 'lower the momentum to μ ='],
		decay: ['raise the friction (decay) to', 'lower the friction (decay) to'],
		temperature: ['raise the temperature to t =', 'lower the temperature to t ='],
		batchSize: ['raise the batch to', 'lower the batch to'],
		restarts: ['raise the restarts to k =', 'lower the restarts to k ='],
	},
	es: {
		learningRate: ['sube η a', 'baja η a'],
		momentum: ['sube el momentum a μ =', 'baja el momentum a μ ='],
		decay: ['sube la fricción (decay) a', 'baja la fricción (decay) a'],
		temperature: ['sube la temperatura a t =', 'baja la temperatura a t ='],
		batchSize: ['sube el batch a', 'baja el batch a'],
		restarts: ['sube los reinicios a k =', 'baja los reinicios a k ='],
	},
};

/**
 * Where the advice's words disagree with the knobs the suggestion changed: every knob the tried set
 * moves is named in the way it moved, with its new value; no knob is named the other way, or at all
 * when it did not move.
 */
function disagreements(before: Knobs, after: Knobs, text: string, lang: 'es' | 'en'): string[] {
	const found: string[] = [];
	for (const [knob, [raise, lower]] of Object.entries(TURN[lang])) {
		const from = (before[knob as keyof Knobs] as number | null) ?? Number.POSITIVE_INFINITY;
		const to = (after[knob as keyof Knobs] as number | null) ?? Number.POSITIVE_INFINITY;
		const said = `${to > from ? raise : lower} ${formatKnobValue(to, lang)}`;
		if (to !== from && !text.includes(said.toLowerCase())) found.push(`${knob} ${from} → ${to} but no "${said}"`);
		if (to <= from && text.includes(raise)) found.push(`${knob} ${from} → ${to} but "${raise}"`);
		if (to >= from && text.includes(lower)) found.push(`${knob} ${from} → ${to} but "${lower}"`);
	}

	const schedule = formatSchedule(after.schedule);
	const switched = lang === 'en' ? 'switch the schedule to' : 'cambia el schedule a';
	// the schedule's numbers in the reader's style: a decimal comma in Spanish
	const named = lang === 'es' ? schedule.replaceAll('.', ',') : schedule;
	if (schedule !== formatSchedule(before.schedule) ? !text.includes(`${switched} ${named}`) : text.includes(switched)) found.push(`schedule ${formatSchedule(before.schedule)} → ${schedule}`);
	const on = lang === 'en' ? ['turn on look-ahead', 'turn off look-ahead'] : ['activa la mirada adelante', 'quita la mirada adelante'];
	for (const [i, phrase] of on.entries()) {
		const wanted = before.nesterov !== after.nesterov && after.nesterov === (i === 0);
		if (wanted !== text.includes(phrase)) found.push(`look-ahead ${before.nesterov} → ${after.nesterov} but "${phrase}" ${wanted ? 'missing' : 'said'}`);
	}

	return found;
}

describe('tried suggestions over random runs of the campaign', () => {
	it('score higher when re-run, stay inside the level, are named by the advice, and come for ≥ 90% of the runs', () => {
		const rng = new Prng(2026);
		let below = 0;
		let given = 0;
		for (let i = 0; i < 320; i++) {
			const pool = i % 80 === 79 && models.length > 0 ? models : planar;
			const level = pool[Math.floor(rng.next() * pool.length)]!;
			const knobs = randomKnobs(level, rng);
			const seed = 1 + Math.floor(rng.next() * 1000);
			const o = play(level, knobs, seed);
			// every reason the engine gives has its sentence in both languages (no raw key shows)
			for (const part of Object.values(describeDiagnosis(o.diagnosis))) {
				for (const lang of ['es', 'en'] as const) expect(part[lang], `${level.id}: ${JSON.stringify(o.diagnosis.reasons)}`).not.toMatch(/[a-z-]+\.(title|analogy|evidence|why|advice|option)\b/);
			}

			if (o.score.stars >= 3) {
				expect(o.diagnosis.suggestion).toBeNull();
				continue;
			}

			below++;
			const s = o.diagnosis.suggestion;
			if (!s) continue;
			given++;
			const where = `${level.id} seed ${seed} ${JSON.stringify(knobs)} → ${JSON.stringify(s.changes)}`;
			expect(insideLevel(level, s.knobs), where).toEqual([]);
			// the whole engine (diagnosis and all) on every tenth, its scoring path on the rest
			const again = given % 10 === 1 ? play(level, s.knobs, seed).score.total : quickScore(level, s.knobs, seed);
			expect(again, where).toBe(s.score);
			expect(again, where).toBeGreaterThan(o.score.total);
			expect(s.from, where).toBe(o.score.total);
			expect(o.diagnosis.reasons.advice, where).toBe('tried');
			const advice = describeDiagnosis(o.diagnosis).advice;
			for (const lang of ['es', 'en'] as const) {
				const problems = disagreements(o.run.knobs, s.knobs, advice[lang].toLowerCase(), lang);
				expect(problems, `${where}: ${advice[lang]}`).toEqual([]);
			}
		}

		expect(below).toBeGreaterThan(200);
		expect(given / below).toBeGreaterThanOrEqual(0.9);
	});
});

describe('a suggested schedule', () => {
	it('has its numbers rounded like any suggested number, and is the schedule re-run: η = 0.7 gives a floor of 0.007, not 0.006999999999999999', () => {
		const level = levels.find((l) => l.id === 'w5-02-cosine')!;
		const knobs: Knobs = {...NEUTRAL_KNOBS, learningRate: 0.7};
		const applied = applyChanges(level, knobs, [{knob: 'schedule', value: 'cosine'}])!;
		const text = applied.changes[0]!.value as string;
		const numbers = text.split(':').slice(1).map(Number);
		expect(numbers[0]).toBeCloseTo(0.7 / 100, 12);
		for (const n of numbers) expect(n).toBe(Number(n.toPrecision(3)));
		// the knobs re-run are the ones the advice names
		expect(formatSchedule(applied.knobs.schedule)).toBe(text);
		// and the advice reads them in the player's numbers
		expect(formatKnobValue(text, 'es')).toBe(text.replaceAll('.', ','));
	});
});
