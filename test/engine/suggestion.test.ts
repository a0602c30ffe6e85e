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
import {describeDiagnosis, formatChanges} from '../../source/i18n/diagnosis.js';
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
			const advice = describeDiagnosis(o.diagnosis).advice;
			for (const lang of ['es', 'en'] as const) expect(advice[lang], where).toContain(formatChanges(s.changes, lang));
		}

		expect(below).toBeGreaterThan(200);
		expect(given / below).toBeGreaterThanOrEqual(0.9);
	});
});
