/**
 * From what a player typed to the knobs of a run: numbers with a decimal comma accepted, each
 * checked against the level's range, locked knobs held at their neutral values.
 */
import {defaultSchedule} from './schedule.js';
import {NEUTRAL_KNOBS} from './simulate.js';
import type {KnobName, KnobSpec, Knobs, Level, Range, Schedule, ScheduleKind} from './types.js';

export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['constant', 'step', 'cosine', 'warm-restarts'];

/** What the player may set, as typed (strings) or already numbers. */
export type KnobInput = Partial<Record<KnobName, string | number | boolean | undefined>>;

export type KnobError = {
	code: 'ERR_NOT_A_NUMBER' | 'ERR_OUT_OF_RANGE' | 'ERR_LOCKED' | 'ERR_NOT_AN_INTEGER' | 'ERR_BAD_SCHEDULE';
	knob: KnobName;
	/** what was given, as text */
	value: string;
	/**
	 * the allowed range (`min–max`) or values (schedule kinds, comma-separated), as data; '' for a
	 * switch and for a locked knob (the words for those are in `i18n/knob-errors.ts`)
	 */
	allowed: string;
};

export type Result<T, E> = {ok: true; value: T} | {ok: false; error: E};

/**
 * Reads a decimal number: "0.05", "0,05", "5e-2", " 1 ". Rejects empty text, NaN, ±Infinity,
 * overflow ("1e400"), hex and anything with trailing junk.
 */
export function parseDecimal(text: string | number): number | null {
	if (typeof text === 'number') return Number.isFinite(text) ? text : null;
	const clean = text.trim().replace(',', '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(clean)) return null;
	const value = Number(clean);
	return Number.isFinite(value) ? value : null;
}

/** The knobs a level unlocks, in the order the setup screen shows them. */
export function unlockedKnobs(spec: KnobSpec): KnobName[] {
	const order: KnobName[] = ['learningRate', 'momentum', 'decay', 'schedule', 'temperature', 'batchSize', 'restarts', 'nesterov'];
	return order.filter((name) => spec[name] !== undefined);
}

/** Knobs that take whole numbers. */
const INTEGER_KNOBS = new Set<KnobName>(['batchSize', 'restarts']);

/** True for the knobs that take whole numbers (batch size, restarts). */
export function isIntegerKnob(name: KnobName): boolean {
	return INTEGER_KNOBS.has(name);
}

function checkNumber(name: KnobName, raw: string | number | boolean, range: Range): Result<number, KnobError> {
	const text = String(raw);
	const allowed = `${range.min}–${range.max}`;
	const value = typeof raw === 'boolean' ? null : parseDecimal(raw);
	if (value === null) return {ok: false, error: {code: 'ERR_NOT_A_NUMBER', knob: name, value: text, allowed}};
	if (INTEGER_KNOBS.has(name) && !Number.isInteger(value)) {
		return {ok: false, error: {code: 'ERR_NOT_AN_INTEGER', knob: name, value: text, allowed}};
	}

	if (value < range.min || value > range.max) {
		return {ok: false, error: {code: 'ERR_OUT_OF_RANGE', knob: name, value: text, allowed}};
	}

	return {ok: true, value};
}

/**
 * Parses a schedule: a kind alone ("cosine") takes the defaults fitted to the budget; parameters
 * may follow after colons: `step:γ:every`, `cosine:η_min:period`, `warm-restarts:η_min:T₀:mult`.
 */
export function parseSchedule(text: string, allowed: readonly ScheduleKind[], budget: number, eta: number): Result<Schedule, KnobError> {
	const fail = (): Result<Schedule, KnobError> => ({
		ok: false,
		error: {code: 'ERR_BAD_SCHEDULE', knob: 'schedule', value: text, allowed: allowed.join(', ')},
	});
	const [kindText = '', ...rest] = text.trim().toLowerCase().split(':');
	const kind = SCHEDULE_KINDS.find((k) => k === kindText);
	if (!kind || !allowed.includes(kind)) return fail();
	const numbers = rest.map((part) => parseDecimal(part));
	if (numbers.some((n) => n === null || n < 0)) return fail();
	const base = defaultSchedule(kind, budget, eta);
	const [a, b, c] = numbers as number[];
	switch (base.kind) {
		case 'constant': {
			return rest.length === 0 ? {ok: true, value: base} : fail();
		}

		case 'step': {
			const schedule = {...base, gamma: a ?? base.gamma, every: b ?? base.every};
			return rest.length <= 2 && schedule.gamma > 0 && schedule.gamma <= 1 && Number.isInteger(schedule.every) && schedule.every >= 1
				? {ok: true, value: schedule}
				: fail();
		}

		case 'cosine': {
			const schedule = {...base, min: a ?? base.min, period: b ?? base.period};
			return rest.length <= 2 && schedule.period >= 1 ? {ok: true, value: schedule} : fail();
		}

		case 'warm-restarts': {
			const schedule = {...base, min: a ?? base.min, period: b ?? base.period, mult: c ?? base.mult};
			return rest.length <= 3 && schedule.period >= 1 && schedule.mult >= 1 ? {ok: true, value: schedule} : fail();
		}
	}
}

/** Reads a yes/no knob: true/false, yes/no, on/off, 1/0, sí/no. */
export function parseSwitch(raw: string | number | boolean): boolean | null {
	if (typeof raw === 'boolean') return raw;
	const text = String(raw).trim().toLowerCase();
	if (['true', 'yes', 'on', '1', 'si', 'sí', 'y', 's'].includes(text)) return true;
	if (['false', 'no', 'off', '0', 'n'].includes(text)) return false;
	return null;
}

/**
 * The run's knobs for a level: each given value checked against the level's range, absent ones
 * at the level's default, locked ones (not in the level) refused when given.
 */
export function resolveKnobs(level: Level, input: KnobInput): Result<Knobs, KnobError> {
	const spec = level.knobs;
	const knobs: Knobs = {...NEUTRAL_KNOBS, learningRate: spec.learningRate.default};
	for (const [name, raw] of Object.entries(input) as Array<[KnobName, string | number | boolean | undefined]>) {
		if (raw === undefined) continue;
		if (spec[name] === undefined) {
			return {ok: false, error: {code: 'ERR_LOCKED', knob: name, value: String(raw), allowed: ''}};
		}
	}

	const numeric = ['learningRate', 'momentum', 'decay', 'temperature', 'batchSize', 'restarts'] as const;
	for (const name of numeric) {
		const range = spec[name];
		if (!range) continue;
		const raw = input[name];
		const checked = checkNumber(name, raw ?? range.default, range);
		if (!checked.ok) return checked;
		if (name === 'batchSize') knobs.batchSize = checked.value;
		else knobs[name] = checked.value;
	}

	if (spec.nesterov) {
		const value = input.nesterov === undefined ? spec.nesterov.default : parseSwitch(input.nesterov);
		if (value === null) {
			return {ok: false, error: {code: 'ERR_NOT_A_NUMBER', knob: 'nesterov', value: String(input.nesterov), allowed: ''}};
		}

		knobs.nesterov = value;
	}

	if (spec.schedule) {
		const text = input.schedule === undefined ? spec.schedule.default : String(input.schedule);
		const schedule = parseSchedule(text, spec.schedule.allowed, level.budget, knobs.learningRate);
		if (!schedule.ok) return schedule;
		knobs.schedule = schedule.value;
	}

	return {ok: true, value: knobs};
}

/** Default knobs of a level (what a player gets by pressing Enter on every field). */
export function defaultKnobs(level: Level): Knobs {
	const resolved = resolveKnobs(level, {});
	if (!resolved.ok) throw new Error(`level ${level.id}: its default knobs are outside its ranges`);
	return resolved.value;
}
