import {describe, expect, it} from 'vitest';
import {defaultKnobs} from '../../source/engine/knobs.js';
import {quickScore, searchBest} from '../../source/engine/search.js';
import {resolveLevelRef} from '../../source/share/level-ref.js';
import {parseLevel} from '../../source/levels/validate.js';
import {dailyDateOf, dailyLevel, dailySeed, isDailyDate, starsFromPar, todayUtc} from '../../source/share/daily.js';

describe('dailyLevel', () => {
	it('gives the same level for the same date (deep equal, same hash)', () => {
		const a = dailyLevel('2026-11-26');
		const b = dailyLevel('2026-11-26');
		// a fresh copy through the level format, not the cached object
		const again = parseLevel(JSON.stringify({...a, hash: undefined}), 'x');
		expect(b).toEqual(a);
		expect(again.ok && again.level.hash).toBe(a.hash);
		expect(a.id).toBe('daily-2026-11-26');
	});

	it('gives a different level on another date', () => {
		const a = dailyLevel('2026-11-26');
		const b = dailyLevel('2026-11-27');
		expect(b.hash).not.toBe(a.hash);
		expect(b.terrain).not.toEqual(a.terrain);
	});

	it('seeds from the date and the engine version', () => {
		expect(dailySeed('2026-11-26', '1')).toBe(dailySeed('2026-11-26', '1'));
		expect(dailySeed('2026-11-26', '1')).not.toBe(dailySeed('2026-11-26', '2'));
		expect(dailySeed('2026-11-26', '1')).not.toBe(dailySeed('2026-11-25', '1'));
	});

	it.each(['2026-01-01', '2026-02-28', '2026-07-04', '2027-10-31', '2028-02-29', '2030-12-25'])('%s is valid, solvable and not trivial', (date) => {
		const level = dailyLevel(date);
		const parsed = parseLevel(JSON.stringify({...level, hash: undefined}), 'daily.json');
		expect(parsed.ok).toBe(true);
		const par = searchBest(level).score;
		expect(par).toBeGreaterThanOrEqual(level.stars[2]);
		expect(level.stars).toEqual(starsFromPar(par));
		expect(quickScore(level, defaultKnobs(level), 1)).toBeLessThan(level.stars[2]);
	});

	it('offers several kinds of landscape over a few weeks', () => {
		const kinds = new Set<string>();
		for (let day = 1; day <= 12; day++) kinds.add(dailyLevel(`2026-05-${String(day).padStart(2, '0')}`).title.en.split(': ')[1]!);
		expect(kinds.size).toBeGreaterThanOrEqual(3);
	});

	it('reads dates strictly', () => {
		expect(isDailyDate('2026-02-29')).toBe(false);
		expect(isDailyDate('2028-02-29')).toBe(true);
		expect(isDailyDate('2026-13-01')).toBe(false);
		expect(isDailyDate('26-01-01')).toBe(false);
		expect(isDailyDate('2026-01-01T00:00')).toBe(false);
		expect(() => dailyLevel('tomorrow')).toThrow(RangeError);
		expect(dailyDateOf('daily-2026-01-31')).toBe('2026-01-31');
		expect(dailyDateOf('daily-2026-01-32')).toBeNull();
		expect(dailyDateOf('w1-01')).toBeNull();
		expect(todayUtc(Date.UTC(2026, 0, 31, 23, 59))).toBe('2026-01-31');
	});

	it('resolves as daily, daily:YYYY-MM-DD and daily-YYYY-MM-DD', async () => {
		const expected = dailyLevel('2026-04-01');
		for (const ref of ['daily:2026-04-01', 'daily-2026-04-01', 'daily']) {
			const result = await resolveLevelRef(ref, {today: '2026-04-01'});
			expect(result.ok && result.level.hash).toBe(expected.hash);
		}

		const bad = await resolveLevelRef('daily:2026-02-30', {today: '2026-04-01'});
		expect(bad.ok).toBe(false);
	});
});
