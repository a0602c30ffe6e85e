/**
 * A diagnosis in words: the engine's evidence (numbers, reason keys, a tried suggestion) put into
 * the sentences of `diagnosis-text.ts`, in both languages.
 */
import {TRIED, type Diagnosis, type EvidenceValue, type KnobChange, type Suggestion} from '../engine/diagnosis/index.js';
import {mapScheduleNumbers} from '../engine/schedule.js';
import type {Language, Text} from '../engine/types.js';
import {DIAGNOSIS_TEXT} from './diagnosis-text.js';
import {formatNumber, formatPoint} from './format.js';
import {say} from './index.js';

export {DIAGNOSIS_TEXT} from './diagnosis-text.js';

type DiagnosisKey = keyof typeof DIAGNOSIS_TEXT;

/** A diagnosis in words, both languages: what the screens and the report show. */
export type DiagnosisText = {title: Text; analogy: Text; evidence: Text; why: Text; advice: Text};

function line(key: string, lang: Language, vars: Record<string, string>): string {
	const text = (DIAGNOSIS_TEXT as Record<string, Text>)[key];
	return text ? say(text, lang, vars) : key;
}

function formatValue(value: EvidenceValue, lang: Language): string {
	if (typeof value === 'number') return formatNumber(value, lang);
	if ('digits' in value) return formatNumber(value.value, lang, value.digits);
	return Number.isNaN(value.x) ? '—' : formatPoint(value.x, value.y, lang);
}

/** A suggested value as the advice names it: every digit that was re-simulated. */
export function formatKnobValue(value: KnobChange['value'], lang: Language): string {
	if (typeof value === 'boolean') return say(DIAGNOSIS_TEXT[value ? 'yes' : 'no'], lang);
	// a schedule (`cosine:0.015:300`): its numbers in the reader's style, as every other value here
	if (typeof value === 'string') return mapScheduleNumbers(value, (n) => formatNumber(n, lang, 8));
	return formatNumber(value, lang, 8);
}

/** "η = 0.05, μ = 0.9": the knobs a suggestion changes. */
export function formatChanges(changes: readonly KnobChange[], lang: Language): string {
	return changes.map(({knob, value}) => `${say(DIAGNOSIS_TEXT[`knob.${knob}` as DiagnosisKey], lang)} = ${formatKnobValue(value, lang)}`).join(', ');
}

/** The sentence of a tried suggestion, or '' when there is none. */
export function suggestionText(suggestion: Suggestion | null, lang: Language): string {
	if (!suggestion) return '';
	return say(DIAGNOSIS_TEXT.tried, lang, {knobs: formatChanges(suggestion.changes, lang), score: suggestion.score, from: suggestion.from});
}

/**
 * The advice of a tried suggestion: the knobs it turns, each in the way it turns it and to its
 * value ("Raise η to 0.05 and lower the momentum to μ = 0.5"), then the scores the engine saw.
 */
export function triedAdvice(suggestion: Suggestion, lang: Language): string {
	const moves = suggestion.moves.map((move) => line(`move.${move.knob}.${move.direction}`, lang, {value: formatKnobValue(move.value, lang)}));
	const list = new Intl.ListFormat(lang, {type: 'conjunction'}).format(moves);
	const sentence = say(DIAGNOSIS_TEXT['advice.tried'], lang, {moves: list, score: suggestion.score, from: suggestion.from});
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function render(d: Diagnosis, lang: Language): Record<keyof DiagnosisText, string> {
	const vars: Record<string, string> = {};
	for (const [name, value] of Object.entries(d.values)) vars[name] = formatValue(value, lang);
	for (const [name, keys] of Object.entries(d.lists ?? {})) {
		vars[name] = keys.map((key) => line(`${d.code}.option.${key}`, lang, vars)).join(say(DIAGNOSIS_TEXT.or, lang));
	}

	for (const [name, key] of Object.entries(d.phrases ?? {})) vars[name] = key === null ? '' : line(`phrase.${key}`, lang, vars);
	const tried = d.reasons.advice === TRIED && d.suggestion !== null;
	return {
		title: line(`${d.code}.title`, lang, vars),
		analogy: line(`${d.code}.analogy`, lang, vars),
		evidence: line(`${d.code}.evidence.${d.reasons.evidence}`, lang, vars),
		why: line(`${d.code}.why.${d.reasons.why}`, lang, vars),
		advice: tried ? (d.suggestion!.moves.length > 0 ? triedAdvice(d.suggestion!, lang) : suggestionText(d.suggestion, lang)) : line(`${d.code}.advice.${d.reasons.advice}`, lang, vars),
	};
}

/** The words of a diagnosis in both languages, its numbers formatted for each. */
export function describeDiagnosis(d: Diagnosis): DiagnosisText {
	const es = render(d, 'es');
	const en = render(d, 'en');
	return {
		title: {es: es.title, en: en.title},
		analogy: {es: es.analogy, en: en.analogy},
		evidence: {es: es.evidence, en: en.evidence},
		why: {es: es.why, en: en.why},
		advice: {es: es.advice, en: en.advice},
	};
}
