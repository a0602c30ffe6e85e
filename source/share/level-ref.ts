/**
 * What `<level>` on the command line can name: a campaign id, a `.json` file, or the daily
 * challenge (`daily` for today, `daily:YYYY-MM-DD`, and the level's own id `daily-YYYY-MM-DD`).
 */
import {resolveLevel} from '../levels/load.js';
import type {LevelResult} from '../levels/validate.js';

/** Resolves a level reference; `today` is the UTC date `daily` means (YYYY-MM-DD). Never throws. */
export async function resolveLevelRef(ref: string, options: {levelsDir?: string | undefined; today: string}): Promise<LevelResult> {
	const daily = await resolveDaily(ref, options.today);
	return daily ?? resolveLevel(ref, options.levelsDir);
}

/** The daily challenge's level for a daily reference; null for any other reference. */
async function resolveDaily(ref: string, today: string): Promise<LevelResult | null> {
	if (ref !== 'daily' && !/^daily[:-]/.test(ref)) return null;
	// the daily generator (and the par search it needs) is loaded only when asked for
	const {dailyLevel, DAILY_PREFIX, isDailyDate} = await import('./daily.js');
	const date = ref === 'daily' ? today : ref.slice(6);
	if (!isDailyDate(date)) {
		return {ok: false, error: {code: 'ERR_NOT_FOUND', file: ref.slice(0, 40), path: '', message: `not a daily challenge; use daily, daily:YYYY-MM-DD or ${DAILY_PREFIX}YYYY-MM-DD`}};
	}

	return {ok: true, level: dailyLevel(date)};
}
