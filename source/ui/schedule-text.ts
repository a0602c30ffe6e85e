/**
 * A schedule as the player reads it on the screens: its kind, then each parameter named as the
 * setup fields name it, numbers in the player's style (decimal comma in Spanish):
 * `cosine (η mínima 0,001, periodo T₀ 400)`. Machine forms (`--schedule`, `--json`, share codes,
 * CSV) keep `formatSchedule`'s `cosine:0.001:400`.
 */
import type {Language, Schedule} from '../engine/types.js';
import {readableNumber} from '../i18n/format.js';
import {uiText} from './env.js';
import {scheduleParamNames} from './setup-fields.js';

export function readableSchedule(schedule: Schedule, lang: Language): string {
	const t = uiText(lang);
	const values = schedule.kind === 'step' ? [schedule.gamma, schedule.every] : schedule.kind === 'cosine' ? [schedule.min, schedule.period] : schedule.kind === 'warm-restarts' ? [schedule.min, schedule.period, schedule.mult] : [];
	const params = scheduleParamNames(schedule.kind).map((name, i) => `${t(name)} ${readableNumber(values[i] ?? 0, lang, 4)}`);
	return params.length > 0 ? `${schedule.kind} (${params.join(', ')})` : schedule.kind;
}
