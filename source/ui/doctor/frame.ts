/**
 * The doctor's screen as lines of text: the loss curves (training and validation) on a log
 * scale, the learning rate under them, the diagnosis card and the level to practise. Pure: the
 * component only prints these lines. Side by side from 110 columns, stacked below; never more
 * than `rows − 1` lines, never wider than `columns`.
 */
import type {ChalkInstance} from 'chalk';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {formatNumber} from '../../i18n/format.js';
import type {Language} from '../../engine/types.js';
import type {DoctorCode} from '../../doctor/diagnose.js';
import {pointCount} from '../../doctor/parse.js';
import {plotCurves, pointsToDraw, type Plot, type PlotCell, type PlotCurve} from '../../doctor/plot.js';
import type {ReadResult} from '../../doctor/report.js';
import {DOCTOR_TEXT} from '../../i18n/doctor.js';
import {translator} from '../../i18n/index.js';
import {cleanText} from '../../text/sanitize.js';
import {wrapText} from '../../text/wrap.js';

/** Below this the screen says the terminal is too small. */
export const MIN_SIZE = {columns: 60, rows: 16} as const;
/** From this width the card stands beside the curves. */
const WIDE = 110;

export type DoctorView = {
	result: ReadResult | undefined;
	/** the file as the user named it (sanitized here) */
	file: string;
	lang: Language;
	watching: boolean;
	columns: number;
	rows: number;
	chalk: ChalkInstance;
	ascii: boolean;
};

function codeColour(code: DoctorCode, chalk: ChalkInstance): (s: string) => string {
	if (code === 'healthy') return chalk.green.bold;
	if (code === 'exploding') return chalk.red.bold;
	return chalk.yellow.bold;
}

function paintCell(cell: PlotCell, chalk: ChalkInstance): string {
	switch (cell.kind) {
		case 'train':
			return chalk.cyan(cell.ch);
		case 'validation':
			return chalk.magenta(cell.ch);
		case 'lr':
			return chalk.yellow(cell.ch);
		case 'blow':
			return chalk.red.bold(cell.ch);
		case 'none':
			return cell.ch;
	}
}

/** `text` cut or padded to exactly `width` columns (ANSI-aware for the padding). */
function fit(text: string, width: number): string {
	const visible = stringWidth(stripAnsi(text));
	if (visible <= width) return text + ' '.repeat(width - visible);
	return cleanText(stripAnsi(text), width).padEnd(width);
}

function chart(plot: Plot, labelWidth: number, lang: Language, chalk: ChalkInstance): string[] {
	return plot.rows.map((cells, i) => {
		const label = i === 0 ? formatNumber(plot.top, lang, 2) : i === plot.rows.length - 1 ? formatNumber(plot.bottom, lang, 2) : '';
		return `${chalk.dim(label.padStart(labelWidth - 1))}${chalk.dim('│')}${cells.map((c) => paintCell(c, chalk)).join('')}`;
	});
}

/** The chart block: legend, loss curves, step axis and (when the log has it) the learning rate. */
function chartBlock(result: Extract<ReadResult, {ok: true}>, width: number, height: number, view: DoctorView): string[] {
	const t = translator(DOCTOR_TEXT, view.lang);
	const {chalk, ascii} = view;
	const {log} = result;
	const labelWidth = 8;
	const plotWidth = Math.max(10, width - labelWidth);
	// a constant η is one number on the step line, not a chart
	const lrValues = log.learningRate?.points.map((p) => p.value).filter((v) => Number.isFinite(v)) ?? [];
	const lrMin = lrValues.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
	const lrMax = lrValues.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
	const lrChanges = lrValues.length > 0 && lrMax > lrMin * 1.001;
	const lrRows = !lrChanges ? 0 : height >= 12 ? 3 : height >= 9 ? 2 : 0;
	const lossRows = Math.max(3, height - 2 - (lrRows > 0 ? lrRows + 1 : 0));
	// validation first: training is drawn over it where they meet
	const curves: PlotCurve[] = [...(log.validation ? [{kind: 'validation' as const, points: pointsToDraw(log.validation)}] : []), {kind: 'train', points: pointsToDraw(log.train)}];
	const glyph = ascii ? {train: '*', validation: 'o', lr: '.'} : {train: '•', validation: '∘', lr: '·'};
	const legend = [
		chalk.cyan(`${glyph.train} ${t('legendTrain')} (${cleanText(log.train.name, 24)})`),
		...(log.validation ? [chalk.magenta(`${glyph.validation} ${t('legendValidation')} (${cleanText(log.validation.name, 24)})`)] : []),
		chalk.dim(t('lossAxis')),
	].join('  ');
	const loss = plotCurves(curves, plotWidth, lossRows, ascii);
	const lines = [fit(legend, width), ...chart(loss, labelWidth, view.lang, chalk)];
	const axis = `${formatNumber(loss.first, view.lang, 6)} … ${formatNumber(loss.last, view.lang, 6)}`;
	const constantLr = lrValues.length > 0 && !lrChanges ? chalk.yellow(`   η = ${formatNumber(lrValues[0]!, view.lang, 3)}`) : '';
	lines.push(`${' '.repeat(labelWidth)}${chalk.dim(view.lang === 'es' ? `paso ${axis}` : `step ${axis}`)}${constantLr}`);
	if (log.learningRate && lrRows > 0) {
		const lr = plotCurves([{kind: 'lr', points: pointsToDraw(log.learningRate)}], plotWidth, lrRows, ascii);
		lines.push(chalk.yellow(`${glyph.lr} ${t('lrAxis')} (${cleanText(log.learningRate.name, 24)})`), ...chart(lr, labelWidth, view.lang, chalk));
	}

	return lines.map((l) => fit(l, width));
}

/** The diagnosis card, wrapped to `width`, cut to `height` lines (evidence gives way first). */
function card(result: Extract<ReadResult, {ok: true}>, width: number, height: number, view: DoctorView): string[] {
	const t = translator(DOCTOR_TEXT, view.lang);
	const {chalk} = view;
	const d = result.report.diagnosis;
	const wrap = (text: string) => wrapText(text, width);
	const title = [codeColour(d.code, chalk)(`${d.title} [${d.code}]`)];
	const analogy = wrap(d.analogy).map((l) => chalk.italic(l));
	const evidence = wrap(`${t('evidenceHeading')}: ${d.evidence}`);
	const advice = wrap(`${t('adviceHeading')}: ${d.advice}`);
	const practise = wrap(t('practiseLine', {level: d.practise, id: d.practiseLevel})).map((l) => chalk.green(l));
	const blocks = [title, analogy, evidence, advice, practise];
	const withGaps = () => blocks.flatMap((b, i) => (i === 0 || i === 1 ? b : ['', ...b]));
	if (withGaps().length <= height) return withGaps();
	// no blank lines, then evidence cut (its first lines kept, an ellipsis at the cut), then advice
	const tight = () => blocks.flat();
	const cut = (lines: string[], keep: number) => (lines.length <= keep ? lines : [...lines.slice(0, Math.max(0, keep - 1)), `${stripAnsi(lines[Math.max(0, keep - 1)] ?? '').slice(0, Math.max(0, width - 1))}…`].slice(0, Math.max(0, keep)));
	let over = tight().length - height;
	if (over > 0) {
		blocks[2] = cut(evidence, Math.max(1, evidence.length - over));
		over = tight().length - height;
	}
	if (over > 0) {
		blocks[1] = cut(analogy, Math.max(1, analogy.length - over));
		over = tight().length - height;
	}
	if (over > 0) {
		blocks[3] = cut(advice, Math.max(1, advice.length - over));
	}
	return tight().slice(0, height);
}

/**
 * "descenso doctor · <file> (<format>)" in `columns`: the format is never cut (it says how the
 * log was read); a file name too long for the line gives way first, to its last path part, then
 * to its end after an ellipsis.
 */
export function headerText(file: string, format: string, columns: number, t: (key: 'header', vars: Record<string, string>) => string): string {
	const line = (name: string) => t('header', {file: name, format});
	const full = cleanText(file, 120);
	if (stringWidth(line(full)) <= columns) return line(full);
	const base = full.split(/[/\\]/).findLast((part) => part !== '') ?? full;
	if (stringWidth(line(base)) <= columns) return line(base);
	const room = columns - stringWidth(line('…'));
	let tail = '';
	for (const ch of [...base].reverse()) {
		if (stringWidth(ch + tail) > room) break;
		tail = ch + tail;
	}

	return line(`…${tail}`);
}

/** The whole screen for `view`. */
export function doctorFrame(view: DoctorView): string[] {
	const t = translator(DOCTOR_TEXT, view.lang);
	const {chalk, columns, rows} = view;
	if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) {
		return wrapText(t('tooSmall', {cols: MIN_SIZE.columns, rows: MIN_SIZE.rows}), Math.max(10, columns - 1)).slice(0, Math.max(1, rows - 1));
	}

	const result = view.result;
	const format = result?.ok ? t(`formatName_${result.log.format}` as keyof typeof DOCTOR_TEXT) : '…';
	const header = chalk.bold(fit(headerText(view.file, format, columns, t), columns));
	const points = result?.ok ? pointCount(result.log.train) : 0;
	const keys = chalk.dim(fit(view.watching ? t('keysWatch', {points}) : t('keys'), columns));
	const body = rows - 1 - 2;
	if (!result?.ok) return [header, fit(chalk.dim(t('waiting')), columns), ...Array.from({length: Math.max(0, body - 1)}, () => ''), keys];

	if (columns >= WIDE) {
		const left = Math.floor(columns * 0.55);
		const right = columns - left - 2;
		const chartLines = chartBlock(result, left, body, view);
		const cardLines = card(result, right, body, view);
		const lines = Array.from({length: Math.max(chartLines.length, cardLines.length)}, (_, i) => `${fit(chartLines[i] ?? '', left)}  ${fit(cardLines[i] ?? '', right)}`);
		return [header, ...lines.slice(0, body), keys];
	}

	// stacked: the card takes what it needs, down to a chart of 6 loss rows (and 2 for η when it changes)
	const lr = result.log.learningRate?.points.map((p) => p.value).filter((v) => Number.isFinite(v)) ?? [];
	const lrChanges = lr.length > 0 && lr.reduce((a, b) => Math.max(a, b), 0) > lr.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY) * 1.001;
	const cardLines = card(result, columns, Math.max(5, body - (lrChanges ? 12 : 9)), view);
	const chartLines = chartBlock(result, columns, body - cardLines.length - 1, view);
	return [header, ...chartLines, '', ...cardLines.map((l) => fit(l, columns))].slice(0, rows - 2).concat(keys);
}
