/**
 * The setup screen's fields as data: which fields a level shows (a schedule's parameters appear
 * under it, by kind), which are chosen with ←/→ rather than typed, how the schedule's fields
 * combine into the `--schedule` text, the η(t) sparkline, and the curvature felt at the start.
 */
import {parseDecimal, SCHEDULE_KINDS, unlockedKnobs} from '../engine/knobs.js';
import {defaultSchedule, etaAt} from '../engine/schedule.js';
import {startCurvature} from '../engine/curvature.js';
import {maxStableEta, stableProductFormula} from '../engine/theory.js';
import type {KnobName, Language, Level, Schedule, ScheduleKind} from '../engine/types.js';

/** A schedule parameter field: the n-th number after the kind in `kind:a:b:c`. */
export type ScheduleParam = 'schedule:0' | 'schedule:1' | 'schedule:2';
export type FieldId = KnobName | ScheduleParam;
/** What the player typed or chose, per field. */
export type SetupValues = Partial<Record<FieldId, string>>;

const PARAMS: readonly ScheduleParam[] = ['schedule:0', 'schedule:1', 'schedule:2'];

/** The catalogue keys naming a kind's parameters, in `kind:a:b:c` order. */
export function scheduleParamNames(kind: ScheduleKind): Array<'paramGamma' | 'paramEvery' | 'paramMin' | 'paramPeriod' | 'paramMult'> {
	switch (kind) {
		case 'constant': {
			return [];
		}

		case 'step': {
			return ['paramGamma', 'paramEvery'];
		}

		case 'cosine': {
			return ['paramMin', 'paramPeriod'];
		}

		case 'warm-restarts': {
			return ['paramMin', 'paramPeriod', 'paramMult'];
		}
	}
}

/** The kind a schedule field holds (an unknown text reads as the level's default). */
export function scheduleKindOf(level: Level, values: SetupValues): ScheduleKind {
	const text = (values.schedule ?? '').trim().toLowerCase();
	const kind = SCHEDULE_KINDS.find((k) => k === text);
	return kind ?? level.knobs.schedule?.default ?? 'constant';
}

/** The fields a level shows, in order: its unlocked knobs, a schedule followed by its kind's parameters. */
export function setupFields(level: Level, values: SetupValues): FieldId[] {
	const fields: FieldId[] = [];
	for (const knob of unlockedKnobs(level.knobs)) {
		fields.push(knob);
		if (knob === 'schedule') fields.push(...PARAMS.slice(0, scheduleParamNames(scheduleKindOf(level, values)).length));
	}

	return fields;
}

/** Fields chosen with ←/→ (and Space), not typed. */
export function isSelector(field: FieldId): boolean {
	return field === 'schedule' || field === 'nesterov';
}

/** The choices of a selector, as shown and as the knob reads them. */
export function choices(level: Level, field: FieldId, lang: Language): string[] {
	if (field === 'schedule') return [...(level.knobs.schedule?.allowed ?? ['constant'])];
	if (field === 'nesterov') return lang === 'es' ? ['no', 'sí'] : ['no', 'yes'];
	return [];
}

/** The next (`step` 1) or previous (−1) choice of a selector; a schedule's parameters go back to their defaults. */
export function cycle(level: Level, values: SetupValues, field: FieldId, step: 1 | -1, lang: Language): SetupValues {
	const options = choices(level, field, lang);
	if (options.length === 0) return values;
	const current = field === 'nesterov' ? (isYes(values.nesterov ?? '') ? 1 : 0) : Math.max(0, options.indexOf(scheduleKindOf(level, values)));
	const next = options[(current + step + options.length) % options.length]!;
	if (field !== 'schedule') return {...values, [field]: next};
	const cleared: SetupValues = {...values, schedule: next};
	for (const param of PARAMS) delete cleared[param];
	return cleared;
}

function isYes(text: string): boolean {
	return ['yes', 'sí', 'si', 'y', 's', 'true', 'on', '1'].includes(text.trim().toLowerCase());
}

/** The parameters a kind takes by default on this level, at base rate `eta`, in `kind:a:b:c` order. */
export function scheduleDefaults(kind: ScheduleKind, budget: number, eta: number): number[] {
	const schedule = defaultSchedule(kind, budget, eta);
	switch (schedule.kind) {
		case 'constant': {
			return [];
		}

		case 'step': {
			return [schedule.gamma, schedule.every];
		}

		case 'cosine': {
			return [schedule.min, schedule.period];
		}

		case 'warm-restarts': {
			return [schedule.min, schedule.period, schedule.mult];
		}
	}
}

/**
 * The `--schedule` text of the schedule fields: the kind alone while every parameter is left at
 * its default, else the kind and each parameter (an empty one at its default).
 */
export function scheduleText(level: Level, values: SetupValues): string {
	const kind = scheduleKindOf(level, values);
	const given = PARAMS.slice(0, scheduleParamNames(kind).length).map((param) => (values[param] ?? '').trim());
	if (given.every((text) => text === '')) return kind;
	const eta = parseDecimal(values.learningRate ?? '') ?? level.knobs.learningRate.default;
	const defaults = scheduleDefaults(kind, level.budget, eta);
	// trailing defaults may be left out; an earlier empty one is written as its default
	let last = given.length - 1;
	while (last >= 0 && given[last] === '') last--;
	const parts = given.slice(0, last + 1).map((text, i) => (text === '' ? String(defaults[i]) : text.replace(',', '.')));
	return [kind, ...parts].join(':');
}

/** Splits a `--schedule` text into the schedule fields (the kind, then its parameters). */
export function splitSchedule(text: string): SetupValues {
	const [kind = '', ...rest] = text.split(':');
	const values: SetupValues = {schedule: kind};
	rest.slice(0, PARAMS.length).forEach((part, i) => {
		values[PARAMS[i]!] = part;
	});
	return values;
}

/** The knob texts the fields stand for (the schedule's fields joined into one text). */
export function knobTexts(level: Level, values: SetupValues): Partial<Record<KnobName, string>> {
	const texts: Partial<Record<KnobName, string>> = {};
	for (const knob of unlockedKnobs(level.knobs)) texts[knob] = knob === 'schedule' ? scheduleText(level, values) : (values[knob] ?? '');
	return texts;
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const SPARKS_ASCII = ['_', '.', '-', '=', '+', '*', '#', '#'];

/** η(t) over the whole budget as `width` bar glyphs, from 0 (lowest) to the base η (tallest). */
export function sparkline(schedule: Schedule, eta: number, budget: number, width: number, ascii = false): string {
	const glyphs = ascii ? SPARKS_ASCII : SPARKS;
	const n = Math.max(1, Math.min(width, budget));
	let line = '';
	for (let i = 0; i < n; i++) {
		const t = Math.floor((i * budget) / n);
		const value = etaAt(schedule, eta, t);
		const level = eta > 0 && Number.isFinite(value) ? Math.max(0, Math.min(1, value / eta)) : 0;
		line += glyphs[Math.min(glyphs.length - 1, Math.round(level * (glyphs.length - 1)))];
	}

	return line;
}

/** The curvature felt at the start and the η it allows. */
export type FeltCurvature = {
	/** Hessian eigenvalues at the start, smallest then largest (in every parameter's direction) */
	low: number;
	high: number;
	/** parameters of the level: 2 on a map terrain, n on a model terrain (whose map is a slice) */
	parameters: number;
	/** the largest stable η for the largest curvature under the run's rule (∞ when nothing curves up) */
	limit: number;
	/** how the limit is written: η < (2 + 2μ)/λ and so on */
	formula: string;
};

/**
 * The curvatures under the start (eigenvalues of the Hessian, in the full parameter space of a
 * model level) and the η limit they set for momentum μ, with look-ahead when on:
 * η·λ_max < 2 + 2μ (heavy ball), (2 + 2μ)/(1 + 2μ) (look-ahead).
 */
export function feltCurvature(level: Level, momentum: number, nesterov: boolean): FeltCurvature {
	const {low, high, parameters} = startCurvature(level);
	const rule = {momentum, nesterov};
	const limit = high > 0 ? maxStableEta(high, rule) : Number.POSITIVE_INFINITY;
	const product = stableProductFormula(rule);
	const formula = product === '2' ? '2/λ' : product.includes('/') ? `${product}/λ` : `(${product})/λ`;
	return {low, high, parameters, limit, formula};
}
