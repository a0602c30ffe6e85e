/**
 * The doctor's report: the parsed log and its diagnosis in words (es or en), as the JSON object of
 * README, “Reading your own training run: `descenso doctor`” and as text for people. Pure: every string that came from the log (file name,
 * column names) is sanitized here, before it can reach any output.
 *
 * The one-call API for other parts of the game (the tutorial's last lesson reads a bundled log
 * with it): `readTrainingLog(text, {file, lang})` → a report, or the reason it is not a log.
 */
import {formatNumber} from '../i18n/format.js';
import type {Language} from '../engine/types.js';
import {DOCTOR_TEXT} from '../i18n/doctor.js';
import {translator} from '../i18n/index.js';
import {cleanText} from '../text/sanitize.js';
import {diagnoseTraining, REBOUND_RISE, SWING_CORRELATION, type DoctorCode, type DoctorDiagnosis} from './diagnose.js';
import {PASS_FALL} from './features.js';
import {parseTrainingLog, pointCount, type LogFormat, type ParseErrorCode, type ParseResult, type Point, type Series, type TrainingLog} from './parse.js';

/** The campaign level that teaches each code (its title is in DOCTOR_TEXT.practise_*; a test checks both against levels/). */
export const PRACTISE_LEVEL: Record<DoctorCode, string> = {
	exploding: 'w1-03-bouncing-ball',
	'too-slow': 'w1-02-flat-ground',
	oscillating: 'w2-01-rocking-ball',
	plateau: 'w5-03-warm-restarts',
	noisy: 'w6-04-batch',
	overfitting: 'w3-03-just-enough',
	healthy: 'w1-04-just-right',
};

export type ReportSeries = {name: string; role: 'train' | 'validation' | 'learningRate'; points: Array<{step: number; value: number | null}>};

/** README, “Reading your own training run: `descenso doctor`”: `{file, format, series: [{name, points}], diagnosis: {code, title, analogy, evidence, advice, practise}}`. */
export type DoctorReport = {
	file: string;
	format: LogFormat;
	series: ReportSeries[];
	/** the series' names and point counts, without the points (not part of the JSON) */
	seriesSummary?: Array<{name: string; points: number}>;
	diagnosis: {
		code: DoctorCode;
		title: string;
		analogy: string;
		evidence: string;
		advice: string;
		practise: string;
		/** the level id of `practise`, for `descenso play` */
		practiseLevel: string;
	};
};

/** Widest a column or file name is printed, in columns. */
const NAME_WIDTH = 60;

type Say = ReturnType<typeof translator<typeof DOCTOR_TEXT>>;

function key(code: DoctorCode): string {
	return code.replace('-', '_');
}

/** A loss or η for reading: 3 significant digits in the game's style (no e-notation, the minus sign −), NaN and ∞ spelled out. */
function num(value: number, lang: Language): string {
	if (Number.isNaN(value)) return 'NaN';
	return formatNumber(value, lang, 3).replace(/^-/, '−');
}

function pct(share: number, lang: Language): string {
	return formatNumber(Math.round(share * 100), lang, 3);
}

/** The evidence, what made the diagnosis first (a screen that must cut it keeps that), then the curve in numbers. */
function evidence(d: DoctorDiagnosis, lang: Language, t: Say): string[] {
	const n = (v: number) => num(v, lang);
	const {train} = d;
	const lines: string[] = [];
	if (train.blowUp) lines.push(t('evidenceBlowUp', {step: train.blowUp.at.step, before: n(train.blowUp.before.value), beforeStep: train.blowUp.before.step}));
	else if (train.explodedAt) lines.push(t('evidenceRise', {step: train.explodedAt.step, ratio: n(train.explodedAt.value / train.first.value)}));
	else if (d.code === 'exploding' && d.validation && (d.validation.blowUp || d.validation.explodedAt)) {
		const at = d.validation.blowUp?.at ?? d.validation.explodedAt!;
		lines.push(t('evidenceValidationRise', {ratio: n(at.value / d.validation.first.value), step: at.step}));
	} else if (d.code === 'exploding' && train.logScale && Math.max(train.rebound.rise, train.jump.rise) > 0) {
		const rise = train.rebound.rise >= REBOUND_RISE ? train.rebound : train.jump;
		lines.push(t('evidenceJump', {step: rise.at.step, ratio: n(Math.exp(rise.rise)), lowStep: rise.low.step}));
	}
	if (d.code === 'exploding' && d.learningRate?.atBlowUp && d.learningRate.changes) lines.push(t('evidenceBlowUpLr', {after: d.learningRate.atBlowUp.stepsAfter, lr: n(d.learningRate.atBlowUp.value)}));
	if (d.code === 'oscillating') lines.push(t('evidenceSwing', {period: formatNumber(train.swing.correlation <= SWING_CORRELATION ? train.swing.period : train.earlySwing.period, lang, 2)}));
	if (d.code === 'too-slow' && train.halfTime > 0) lines.push(t('evidenceHalfTime', {share: pct(train.halfTime, lang), fall: n(Math.exp(train.drop))}));
	if (d.code === 'noisy') lines.push(t('evidenceNoise', {factor: n(Math.exp(train.roughness))}));
	if (d.code === 'plateau' && train.flat) {
		lines.push(t('evidencePlateau', {from: train.flat.from.step, to: train.flat.to.step, share: pct(train.flat.length, lang), level: n(train.flat.from.value)}));
		if (train.flat.fallAfter >= PASS_FALL) lines.push(t('evidencePass', {fall: n(Math.exp(train.flat.fallAfter))}));
		else lines.push(t('evidencePit', {fall: n(Math.exp(Math.max(0, train.drop)))}));
	}
	const turn = d.validation?.turn;
	if (turn && d.code === 'overfitting') {
		lines.push(t('evidenceGap', {valBest: n(turn.at.value), valStep: turn.at.step, valEnd: n(turn.valEnd), trainThen: n(turn.trainThen), trainEnd: n(turn.trainEnd), gap: n(turn.valEnd / turn.trainEnd)}));
	}
	if (d.code === 'too-slow' || d.code === 'healthy') lines.push(t('evidenceTail', {slope: signed(train.tailSlope * 100, lang)}));
	lines.push(t('evidenceCurve', {first: n(train.first.value), firstStep: train.first.step, best: n(train.best.value), bestStep: train.best.step, last: n(train.last.value), lastStep: train.last.step, up: pct(train.upShare, lang)}));
	if (d.code !== 'too-slow' && d.code !== 'healthy' && d.code !== 'exploding') lines.push(t('evidenceTail', {slope: signed(train.tailSlope * 100, lang)}));
	if (!(turn && d.code === 'overfitting') && d.validation && d.validation.points > 0) {
		lines.push(t('evidenceValidation', {valFirst: n(d.validation.first.value), valEnd: n(d.validation.last.value), trainEnd: n(train.last.value)}));
	}
	const lr = d.learningRate;
	if (lr) lines.push(lr.changes ? t('evidenceLr', {first: n(lr.first), last: n(lr.last), max: n(lr.max)}) : t('evidenceLrConstant', {lr: n(lr.first)}));
	return lines;
}

function signed(value: number, lang: Language): string {
	const text = num(value, lang);
	return value > 0 ? `+${text}` : text;
}

function advice(d: DoctorDiagnosis, lang: Language, t: Say): string {
	const n = (v: number) => num(v, lang);
	const lr = d.learningRate;
	switch (d.code) {
		case 'exploding': {
			const at = lr?.atBlowUp?.value ?? lr?.last;
			return at === undefined ? t('advice_exploding') : t('advice_exploding_lr', {lr: n(at), safe: n(at / 3)});
		}
		case 'too-slow': {
			const perPoint = -d.train.tailSlope;
			const more = perPoint > 0 ? formatNumber(Math.ceil(Math.log(10) / perPoint), lang, 2) : '∞';
			return lr ? t('advice_too_slow_lr', {lr: n(lr.last), faster: n(lr.last * 3), more}) : t('advice_too_slow', {more});
		}
		case 'oscillating':
			return t('advice_oscillating', {lrNote: lr ? t('lrNote', {lr: n(lr.last)}) : ''});
		case 'plateau': {
			const flat = d.train.flat;
			return flat && flat.fallAfter >= PASS_FALL ? t('advice_plateau_pass', {steps: flat.to.step - flat.from.step}) : t('advice_plateau');
		}
		case 'noisy':
			return t('advice_noisy', {lrNote: lr ? t('lrNoteNoisy', {lr: n(lr.last)}) : ''});
		case 'overfitting':
			return t('advice_overfitting', {step: d.validation?.turn?.at.step ?? d.train.best.step, low: n(1e-4), high: n(1e-3)});
		case 'healthy':
			return t('advice_healthy', {fall: n(Math.exp(Math.max(0, d.train.drop)))});
	}
}

function reportSeries(series: Series, role: ReportSeries['role']): ReportSeries {
	return {name: cleanText(series.name, NAME_WIDTH), role, points: series.points.map((p: Point) => ({step: p.step, value: Number.isFinite(p.value) ? p.value : null}))};
}

/** The report of a parsed, diagnosed log in `lang`; `file` is printed as given, sanitized. */
export function buildDoctorReport(file: string, log: TrainingLog, diagnosis: DoctorDiagnosis, lang: Language): DoctorReport {
	const t = translator(DOCTOR_TEXT, lang);
	const code = key(diagnosis.code);
	const sources: Array<[Series, ReportSeries['role']]> = [[log.train, 'train']];
	if (log.validation) sources.push([log.validation, 'validation']);
	if (log.learningRate) sources.push([log.learningRate, 'learningRate']);
	const report: DoctorReport = {
		file: cleanText(file, 200),
		format: log.format,
		series: [],
		diagnosis: {
			code: diagnosis.code,
			title: t(`title_${code}` as keyof typeof DOCTOR_TEXT),
			analogy: t(`analogy_${code}` as keyof typeof DOCTOR_TEXT),
			evidence: evidence(diagnosis, lang, t).join(' '),
			advice: advice(diagnosis, lang, t),
			practise: t(`practise_${code}` as keyof typeof DOCTOR_TEXT),
			practiseLevel: PRACTISE_LEVEL[diagnosis.code],
		},
	};
	// The points are copied only when someone reads them (the JSON): a 100 MB log has millions,
	// and the text report and the screen need only the names and counts.
	let built: ReportSeries[] | undefined;
	Object.defineProperty(report, 'series', {enumerable: true, get: () => (built ??= sources.map(([series, role]) => reportSeries(series, role)))});
	Object.defineProperty(report, 'seriesSummary', {enumerable: false, value: sources.map(([series]) => ({name: cleanText(series.name, NAME_WIDTH), points: pointCount(series)}))});
	return report;
}

export type ReadResult = {ok: true; log: TrainingLog; diagnosis: DoctorDiagnosis; report: DoctorReport} | {ok: false; code: ParseErrorCode; columns: string[]; emptyLoss?: string};

/** Parse, diagnose and word a log's text in one call; never throws. */
export function readTrainingLog(text: string, options: {file: string; lang: Language; column?: string}): ReadResult {
	return diagnoseParsed(parseTrainingLog(text, options.column === undefined ? {} : {column: options.column}), options);
}

/** Diagnose and word a log already read (by a LogReader fed as it streamed); never throws. */
export function diagnoseParsed(parsed: ParseResult, options: {file: string; lang: Language}): ReadResult {
	if (!parsed.ok) return parsed;
	const diagnosis = diagnoseTraining(parsed.log);
	return {ok: true, log: parsed.log, diagnosis, report: buildDoctorReport(options.file, parsed.log, diagnosis, options.lang)};
}

/** The report for people: a header, the series, the card (title, analogy, evidence, advice) and the level to practise. */
export function formatDoctorReport(report: DoctorReport, lang: Language, style: {bold: (s: string) => string; dim: (s: string) => string} = {bold: (s) => s, dim: (s) => s}): string {
	const t = translator(DOCTOR_TEXT, lang);
	const d = report.diagnosis;
	return [
		style.dim(t('header', {file: report.file, format: t(`formatName_${report.format}` as keyof typeof DOCTOR_TEXT)})),
		style.dim(t('series', {names: (report.seriesSummary ?? report.series.map((s) => ({name: s.name, points: s.points.length}))).map((s) => `${s.name} (${s.points})`).join(', ')})),
		'',
		style.bold(`${d.title} [${d.code}]`),
		d.analogy,
		'',
		`${t('evidenceHeading')}: ${d.evidence}`,
		'',
		`${t('adviceHeading')}: ${d.advice}`,
		'',
		t('practiseLine', {level: d.practise, id: d.practiseLevel}),
	].join('\n');
}
