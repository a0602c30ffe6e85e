/** The report of a run: the JSON object of README, “Command line”, and the same for people, in either language. */
import {ENGINE_VERSION, type Outcome} from './engine/index.js';
import {formatNumber as num, formatPoint as pt} from './i18n/format.js';
import {runCurvature, type CurvatureReading, type RunCurvature} from './engine/curvature.js';
import {modelSummary, type ModelSummary} from './engine/model/summary.js';
import {formatSchedule, mapScheduleNumbers} from './engine/schedule.js';
import type {Knobs, Language, Level} from './engine/types.js';
import {describeDiagnosis} from './i18n/diagnosis.js';
import {say} from './i18n/index.js';
import {PARAM_SYMBOLS, REPORT_TEXT} from './i18n/report.js';
import {encodeShareCode, shareKnobs} from './share/code.js';
import {CAPS, line, lines, safe, safeSay, type SafeText} from './text/safe.js';

export type Report = {
	level: string;
	levelHash: string;
	engine: string;
	params: Record<string, number | string | boolean | null>;
	outcome: 'success' | 'failure';
	diagnosis: {code: string; title: string; analogy: string; evidence: string; advice: string; suggestion: Report['params'] | null};
	score: number;
	stars: number;
	steps: number;
	arrivedAt: number | null;
	/** on model terrains also `theta`, the full parameter vector (x, y are its slice coordinates) */
	final: {x: number | null; y: number | null; loss: number | null; theta?: number[] | null};
	globalMinimum: {x: number; y: number; loss: number; theta?: number[]} | null;
	shareCode: string;
	/**
	 * model terrains only: the model, its parameter count, how well the final point and the minimum
	 * predict the data, and the Hessian's lowest and highest eigenvalues (κ where all are positive)
	 * at the start, the end and the minimum, over all the parameters
	 */
	model?: {kind: string; parameters: number; measure: 'accuracy' | 'r2'; final: number | null; minimum: number | null; curvature: RunCurvature | null};
};

const finite = (n: number) => (Number.isFinite(n) ? n : null);

/** The share code of a run for a player name. */
export function shareCodeOf(outcome: Outcome, name: string): string {
	const {run, score} = outcome;
	return encodeShareCode({
		level: run.level.id,
		levelHash: run.level.hash,
		engine: ENGINE_VERSION,
		knobs: shareKnobs(run.knobs),
		seed: run.seed,
		name,
		score: score.total,
	});
}

/** The knobs the level unlocks, with their values; the four basic ones always. */
export function reportParams(outcome: Outcome): Report['params'] {
	const {knobs, level, seed} = outcome.run;
	return paramsOf(level, knobs, seed);
}

/**
 * The diagnosis's suggestion in the form of `params` (README, “Command line”), or null: the knob set the
 * engine re-ran and saw score higher.
 */
export function suggestionParams(outcome: Outcome): Report['params'] | null {
	const {suggestion} = outcome.diagnosis;
	return suggestion ? paramsOf(outcome.run.level, suggestion.knobs, outcome.run.seed) : null;
}

function paramsOf(level: Level, knobs: Knobs, seed: number): Report['params'] {
	const params: Report['params'] = {learningRate: knobs.learningRate, momentum: knobs.momentum, decay: knobs.decay};
	if (level.knobs.schedule) params['schedule'] = formatSchedule(knobs.schedule);
	if (level.knobs.temperature) params['temperature'] = knobs.temperature;
	if (level.knobs.batchSize) params['batchSize'] = knobs.batchSize;
	if (level.knobs.restarts) params['restarts'] = knobs.restarts;
	if (level.knobs.nesterov) params['nesterov'] = knobs.nesterov;
	params['seed'] = seed;
	return params;
}

/** The JSON report (README, “Command line”). */
export function buildReport(outcome: Outcome, lang: Language, name = ''): Report {
	const {run, facts, diagnosis, score} = outcome;
	const words = describeDiagnosis(diagnosis);
	const t = facts.trajectory;
	const n = t.steps;
	const floor = run.critical.global[0];
	const summary = modelSummary(run);
	const report: Report = {
		level: run.level.id,
		levelHash: run.level.hash,
		engine: ENGINE_VERSION,
		params: reportParams(outcome),
		outcome: diagnosis.code === 'reached-global' ? 'success' : 'failure',
		diagnosis: {
			code: diagnosis.code,
			title: words.title[lang],
			analogy: words.analogy[lang],
			evidence: words.evidence[lang],
			advice: words.advice[lang],
			suggestion: suggestionParams(outcome),
		},
		score: score.total,
		stars: score.stars,
		steps: n + facts.stepsBefore,
		arrivedAt: diagnosis.code === 'reached-global' && facts.arrivedAt !== null ? facts.arrivedAt + facts.stepsBefore : null,
		final: facts.blewUp ? {x: finite(t.x[n]!), y: finite(t.y[n]!), loss: null} : {x: t.x[n]!, y: t.y[n]!, loss: finite(t.loss[n]!)},
		globalMinimum: floor ? {x: floor.x, y: floor.y, loss: floor.loss} : null,
		shareCode: shareCodeOf(outcome, name),
	};
	return summary ? withModel(report, summary, runCurvature(run)) : report;
}

/** The report of a model terrain: θ beside x, y, the model's accuracy (or R²) and its curvature at the end and at the minimum. */
function withModel(report: Report, summary: ModelSummary, curvature: RunCurvature | null): Report {
	return {
		...report,
		final: {...report.final, theta: summary.final.theta},
		globalMinimum: report.globalMinimum && summary.minimum ? {...report.globalMinimum, theta: summary.minimum.theta} : report.globalMinimum,
		model: {kind: summary.kind, parameters: summary.parameters, measure: summary.measure, final: summary.final.score, minimum: summary.minimum?.score ?? null, curvature},
	};
}



/** A schedule's text with its numbers rounded for reading (`warm-restarts:0.022:58:2`); the JSON keeps them exact. */
function readableSchedule(text: string, lang: Language): string {
	return mapScheduleNumbers(text, (value) => num(value, lang, 4));
}

/** `softmax, 15 parameters; accuracy at the end 96 %, at the minimum 97 %` */
function modelLine(model: NonNullable<Report['model']>, lang: Language): string {
	const show = (value: number | null) => (value === null ? '—' : model.measure === 'accuracy' ? `${num(100 * value, lang, 3)} %` : num(value, lang, 3));
	const measure = say(REPORT_TEXT[model.measure], lang);
	return say(REPORT_TEXT.modelLine, lang, {kind: model.kind, parameters: model.parameters, measure, final: show(model.final), minimum: show(model.minimum)});
}

/** `start λ -0.442 to 0.637 · end -0.0795 to 1.02 · minimum 0.000694 to 1.12 (κ = 1610)` */
function curvatureLine(curvature: RunCurvature, lang: Language): string {
	const part = (key: 'curvatureStart' | 'curvatureEnd' | 'curvatureMinimum' | 'curvatureEverywhere', at: CurvatureReading | null) => {
		if (!at) return '';
		const kappa = at.kappa === null ? '' : say(REPORT_TEXT.curvatureKappa, lang, {kappa: num(at.kappa, lang)});
		return say(REPORT_TEXT[key], lang, {lowest: num(at.lowest, lang), highest: num(at.highest, lang), kappa});
	};

	const {start, end, minimum} = curvature;
	// a quadratic (a linear model) curves the same everywhere: say it once
	const same = (a: CurvatureReading | null, b: CurvatureReading | null) => !a || !b || (a.lowest === b.lowest && a.highest === b.highest);
	if (start && same(start, end) && same(start, minimum)) return part('curvatureEverywhere', start);
	return [part('curvatureStart', start), part('curvatureEnd', end), part('curvatureMinimum', minimum)].filter(Boolean).join(' · ');
}

/** A one-line sparkline of the log of the loss gap, `width` characters. */
export function sparkline(values: Float64Array, minLoss: number, width: number, ascii: boolean): string {
	const glyphs = ascii ? ' .:-=+*#' : '▁▂▃▄▅▆▇█';
	const n = values.length;
	if (n === 0) return '';
	const points: number[] = [];
	for (let i = 0; i < width; i++) {
		const v = values[Math.min(n - 1, Math.floor((i * n) / width))]! - minLoss;
		points.push(Number.isFinite(v) ? Math.log10(Math.max(v, 1e-12)) : Number.NaN);
	}

	const finitePoints = points.filter((p) => Number.isFinite(p));
	const lo = Math.min(...finitePoints);
	const hi = Math.max(...finitePoints);
	return points
		.map((p) => {
			if (!Number.isFinite(p)) return ascii ? '!' : '↑';
			const level = hi > lo ? (p - lo) / (hi - lo) : 0;
			return glyphs[Math.min(glyphs.length - 1, Math.floor(level * glyphs.length))]!;
		})
		.join('');
}

/** Styles for the report's words; they only add their own codes to safe text. */
export type TextStyle = {bold: (s: SafeText) => SafeText; dim: (s: SafeText) => SafeText; good: (s: SafeText) => SafeText; bad: (s: SafeText) => SafeText};

const plain: TextStyle = {bold: (s) => s, dim: (s) => s, good: (s) => s, bad: (s) => s};

/**
 * The report for people. The level's title and id and the player's name come from files and
 * arguments: they reach the text only through the sanitizer.
 */
export function formatReport(outcome: Outcome, lang: Language, options: {ascii?: boolean; style?: TextStyle; name?: string} = {}): SafeText {
	const style = options.style ?? plain;
	const ascii = options.ascii ?? false;
	const report = buildReport(outcome, lang, options.name);
	const {run, facts, diagnosis, score} = outcome;
	const t = (key: keyof typeof REPORT_TEXT, vars?: Record<string, SafeText | number>) => safeSay(REPORT_TEXT[key], lang, vars);
	const label = (key: keyof typeof REPORT_TEXT) => style.bold(t(key));
	const star = ascii ? '*' : '★';
	const noStar = ascii ? '.' : '☆';
	const stars = safe(star.repeat(score.stars) + noStar.repeat(3 - score.stars));
	const params = safe(
		Object.entries(report.params)
			.map(([key, value]) => `${PARAM_SYMBOLS[key]?.[lang] ?? key} ${typeof value === 'number' ? num(value, lang, 4) : typeof value === 'boolean' ? t(value ? 'yes' : 'no') : readableSchedule(String(value), lang)}`)
			.join(' · '),
		Number.POSITIVE_INFINITY,
	);
	const success = report.outcome === 'success';
	const floor = report.globalMinimum;
	// the engine's own words and numbers: cleaned anyway (it costs nothing and keeps one rule)
	const words = (text: string) => safe(text, Number.POSITIVE_INFINITY);
	const said = describeDiagnosis(diagnosis);
	const finalPoint = report.final.x === null || report.final.y === null ? safe('—') : words(pt(report.final.x, report.final.y, lang));
	const finalLoss = report.final.loss === null ? safe('∞') : words(num(report.final.loss, lang, 4));
	const floorText = floor ? line`${words(pt(floor.x, floor.y, lang))}, ${t('loss')} ${words(num(floor.loss, lang, 4))}` : safe('—');
	const out = [
		line`${label('level')}: ${safe(run.level.title[lang], CAPS.title)} (${safe(run.level.id, CAPS.id)})`,
		line`${label('knobs')}: ${params}`,
		line`${label('result')}: ${success ? style.good(t('success')) : style.bad(t('failure'))} — ${style.bold(words(said.analogy[lang]))} [${safe(diagnosis.code, CAPS.id)}]`,
		line`${label('score')}: ${score.total}/1000 ${stars}  (${t('breakdown', {closeness: score.closeness, speed: score.speed})})`,
		line`${label('steps')}: ${report.steps}/${run.level.budget}${report.arrivedAt === null ? safe('') : line`, ${t('arrived', {step: report.arrivedAt})}`}`,
		line`${label('final')}: ${finalPoint}, ${t('loss')} ${finalLoss}`,
		line`${label('floor')}: ${floorText}`,
		...(report.model ? [line`${label('model')}: ${words(modelLine(report.model, lang))}`] : []),
		...(report.model?.curvature ? [line`${label('curvature')}: ${words(curvatureLine(report.model.curvature, lang))}`] : []),
		line`${label('curve')}: ${safe(sparkline(facts.trajectory.loss, facts.minLoss, 48, ascii), Number.POSITIVE_INFINITY)}`,
		line``,
		line`${label('what')}: ${words(said.evidence[lang])}`,
		line`${label('why')}: ${words(said.why[lang])}`,
		line`${label('advice')}: ${words(said.advice[lang])}`,
		line``,
		line`${label('share')}: ${safe(report.shareCode, Number.POSITIVE_INFINITY)}`,
	];
	return lines(out);
}
