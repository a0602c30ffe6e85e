/**
 * Reading a training log from its text. The format is told from the content, never from the
 * file name: a Hugging Face `trainer_state.json`, JSON lines, a TensorBoard scalar exported as
 * CSV, a PyTorch Lightning `metrics.csv`, a Keras `CSVLogger` file (or any CSV with a loss
 * column), or plain text with one number per line.
 *
 * Pure: text in, a result out (never a throw). `nan`, `inf` and empty loss cells are kept as
 * points (NaN, ±Infinity): they are the log of an explosion, not a broken file.
 */
import {parse as parseCsv} from 'csv-parse/sync';

/** Where a log came from, as detected from its content. */
export type LogFormat = 'huggingface' | 'keras-history' | 'jsonl' | 'tensorboard' | 'lightning' | 'keras' | 'csv' | 'plain';

/** One logged value: `step` as the log counts them (or the row number), `value` possibly NaN or ±Infinity. */
export type Point = {step: number; value: number};

/** One numeric column of the log, under its name in the file (untrusted text: sanitize before printing). */
export type Series = {name: string; points: Point[]};

export type TrainingLog = {
	format: LogFormat;
	/** every column or key the log has, in file order (untrusted text) */
	columns: string[];
	/** the training loss (or the `--column` chosen) */
	train: Series;
	validation?: Series;
	learningRate?: Series;
};

export type ParseErrorCode = 'ERR_EMPTY' | 'ERR_BINARY' | 'ERR_NO_SERIES' | 'ERR_NO_COLUMN';

export type ParseResult = {ok: true; log: TrainingLog} | {ok: false; code: ParseErrorCode; columns: string[]};

export type ParseOptions = {
	/** a column to read as the training loss instead of the one found by name */
	column?: string;
};

/** A cell: a number (NaN and ±Infinity included), absent, or text that is not a number. */
type Cell = number | 'missing' | 'text';

const NUMBER = 0;
const MISSING = 1;
const TEXT = 2;

/**
 * One column of the table: `values[i]` is the number in row i when `kinds[i]` is NUMBER (NaN and
 * ±Infinity included), for i < `length`. Two typed arrays that double as they fill, not an array
 * of cells: a 100 MB log has millions of them (9 bytes a cell).
 */
type Column = {values: Float64Array; kinds: Uint8Array; length: number};

/** The log as columns of equal `length`, in file order (`data` may hold only some of `columns`). */
type Table = {format: LogFormat; columns: string[]; length: number; data: Map<string, Column>};

function newColumn(): Column {
	return {values: new Float64Array(256), kinds: new Uint8Array(256), length: 0};
}

function pushRaw(column: Column, value: number, kind: number): void {
	if (column.length === column.values.length) {
		const values = new Float64Array(column.length * 2);
		values.set(column.values);
		const kinds = new Uint8Array(column.length * 2);
		kinds.set(column.kinds);
		column.values = values;
		column.kinds = kinds;
	}
	column.values[column.length] = value;
	column.kinds[column.length] = kind;
	column.length++;
}

function push(column: Column, c: Cell): void {
	if (typeof c === 'number') pushRaw(column, c, NUMBER);
	else pushRaw(column, Number.NaN, c === 'missing' ? MISSING : TEXT);
}

/** Reads a training log; see the module comment for the formats. */
export function parseTrainingLog(text: string, options: ParseOptions = {}): ParseResult {
	const body = text.replace(/^\uFEFF/, '');
	if (isBinary(body)) return {ok: false, code: 'ERR_BINARY', columns: []};
	if (body.trim() === '') return {ok: false, code: 'ERR_EMPTY', columns: []};
	const table = readJson(body) ?? readCsv(body, options) ?? readPlain(body);
	if (!table) return {ok: false, code: 'ERR_NO_SERIES', columns: []};
	return pickSeries(table, options);
}

/** NUL bytes or many control characters: not a text log. */
function isBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g)?.length ?? 0;
	return controls > Math.max(8, sample.length * 0.05);
}

// ---------------------------------------------------------------------------------------------
// Cells

const MISSING_WORDS = new Set(['', 'na', 'n/a', 'none', 'null']);

/** A CSV or plain-text cell: Python's and JavaScript's spellings of NaN and infinity are numbers. */
function cell(raw: string): Cell {
	// the common case first: a plain decimal number
	if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
	const s = raw.trim();
	const lower = s.toLowerCase();
	if (MISSING_WORDS.has(lower)) return 'missing';
	if (/^[+-]?nan$/.test(lower)) return Number.NaN;
	if (/^\+?inf(inity)?$/.test(lower)) return Number.POSITIVE_INFINITY;
	if (/^-inf(inity)?$/.test(lower)) return Number.NEGATIVE_INFINITY;
	// tensor(0.53) or tensor(0.53, device='cuda:0'): what print(loss) writes in PyTorch
	const tensor = /^tensor\(\s*([^,)]+)/.exec(s);
	const number = tensor ? tensor[1]!.trim() : s;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(number)) return 'text';
	return Number(number);
}

function jsonCell(value: unknown): Cell {
	if (typeof value === 'number') return value;
	if (value === null) return Number.NaN; // a logger that wrote NaN as null
	if (typeof value === 'string') return cell(value);
	if (typeof value === 'boolean') return 'text';
	return value === undefined ? 'missing' : 'text';
}

// ---------------------------------------------------------------------------------------------
// JSON: trainer_state.json, JSON lines, or an array of records.

/** Python's json module writes NaN, Infinity and -Infinity as bare words: turn them into strings outside strings. */
function pythonJson(text: string): unknown {
	const fixed = text.replace(/("(?:[^"\\]|\\.)*")|(-?)\b(Infinity|NaN)\b/g, (_whole, quoted: string | undefined, sign: string, word: string) =>
		quoted ?? `"${sign}${word}"`,
	);
	return JSON.parse(fixed);
}

function tryJson(text: string): unknown {
	try {
		return pythonJson(text);
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(text: string): Table | undefined {
	const start = text.trimStart()[0];
	if (start !== '{' && start !== '[') return undefined;
	const whole = tryJson(text);
	if (isRecord(whole) && Array.isArray(whole['log_history'])) return recordsTable('huggingface', whole['log_history'].filter(isRecord));
	if (Array.isArray(whole) && whole.length > 0 && whole.every(isRecord)) return recordsTable('jsonl', whole);
	// Keras's History.history saved as JSON: {"loss": [...], "val_loss": [...]}, one list per metric
	if (isRecord(whole) && Object.values(whole).some(Array.isArray) && Object.values(whole).every((v) => Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))) {
		const lists = Object.entries(whole) as Array<[string, unknown[]]>;
		const length = lists.reduce((a, [, list]) => Math.max(a, list.length), 0);
		return recordsTable('keras-history', Array.from({length}, (_, i) => Object.fromEntries(lists.filter(([, list]) => i < list.length).map(([key, list]) => [key, list[i]]))));
	}
	const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	const records: Array<Record<string, unknown>> = [];
	for (const line of lines) {
		const value = tryJson(line);
		if (isRecord(value)) records.push(value);
	}
	// A half-written last line (a run still logging) is forgiven; anything more is not JSON lines.
	if (records.length === 0 || records.length < lines.length - 1) return isRecord(whole) ? recordsTable('jsonl', [whole]) : undefined;
	return recordsTable('jsonl', records);
}

function recordsTable(format: LogFormat, records: Array<Record<string, unknown>>): Table {
	const columns: string[] = [];
	const data = new Map<string, Column>();
	records.forEach((record, i) => {
		for (const [key, value] of Object.entries(record)) {
			let column = data.get(key);
			if (!column) {
				column = newColumn();
				for (let k = 0; k < i; k++) pushRaw(column, Number.NaN, MISSING);
				data.set(key, column);
				columns.push(key);
			}
			if (column.length === i) push(column, jsonCell(value));
		}
		for (const column of data.values()) if (column.length === i) push(column, 'missing');
	});
	return {format, columns, length: records.length, data};
}

// ---------------------------------------------------------------------------------------------
// CSV: TensorBoard, Lightning, Keras, any CSV with a header.

/**
 * Which columns of a CSV to keep, from its header: the step and epoch counters and every column
 * whose name can be a loss or a learning rate (and `--column`): the only ones pickSeries can use.
 * A wide Lightning log has dozens of metrics; reading only these keeps a 100 MB log's memory
 * and time down. A header with no such name (a CSV of anything, TensorBoard's three columns)
 * keeps every column: the choice is then made from the numbers.
 */
function keptColumns(columns: string[], options: ParseOptions): boolean[] {
	const wanted = columns.map((c) => ['step', 'global_step', 'epoch'].includes(norm(c)) || isLoss(c) || isLearningRate(c) || (options.column !== undefined && norm(c) === norm(options.column)));
	return columns.length <= 3 || !columns.some((c, i) => wanted[i] && !['step', 'global_step', 'epoch'].includes(norm(c))) ? columns.map(() => true) : wanted;
}

function readCsv(text: string, options: ParseOptions = {}): Table | undefined {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const delimiter = [',', '\t', ';'].map((d) => ({d, count: firstLine.split(d).length - 1})).sort((a, b) => b.count - a.count)[0]!;
	if (delimiter.count === 0) return undefined;
	let columns: string[] | undefined;
	let data: Column[] = [];
	let kept: number[] = [];
	let length = 0;
	const addRow = (values: string[]) => {
		for (let k = 0; k < kept.length; k++) push(data[k]!, cell(values[kept[k]!] ?? ''));
		length++;
	};

	try {
		// Each record goes straight into the columns (returning null keeps csv-parse from holding it).
		parseCsv(text, {
			delimiter: delimiter.d,
			bom: true,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true,
			trim: true,
			on_record(record: string[]) {
				if (columns === undefined) {
					const headerless = record.every((value) => typeof cell(value) === 'number');
					columns = headerless ? record.map((_, i) => `column ${i + 1}`) : uniqueNames(record);
					const keep = keptColumns(columns, options);
					kept = columns.flatMap((_, j) => (keep[j] ? [j] : []));
					data = kept.map(() => newColumn());
					if (headerless) addRow(record);
				} else {
					addRow(record);
				}
				return null;
			},
		});
	} catch {
		return undefined;
	}

	if (!columns || columns.length < 2) return undefined;
	const names = columns;
	const table: Table = {format: 'csv', columns, length, data: new Map(kept.map((j, k) => [names[j]!, data[k]!]))};
	const lower = columns.map((c) => c.toLowerCase());
	if (lower.length === 3 && norm(lower[0]!) === 'wall_time' && lower[1] === 'step' && lower[2] === 'value') table.format = 'tensorboard';
	else if (lower.includes('step') && lower.includes('epoch') && isInterleaved(table)) table.format = 'lightning';
	else if (lower[0] === 'epoch') table.format = 'keras';
	// Outside Lightning's interleaved rows, an empty cell in a row that has numbers is a value the
	// logger could not write: NaN (an explosion), not a gap.
	if (table.format !== 'lightning') {
		const rowHasNumber = new Uint8Array(length);
		for (const column of data) for (let i = 0; i < length; i++) if (column.kinds[i] === NUMBER) rowHasNumber[i] = 1;
		for (const column of data) {
			for (let i = 0; i < length; i++) if (column.kinds[i] === MISSING && rowHasNumber[i] === 1) column.kinds[i] = NUMBER;
		}
	}

	return table;
}

/** Lightning writes training and validation metrics on different rows: each leaves the others' cells empty. */
function isInterleaved(table: Table): boolean {
	return table.columns.some((name) => !/^(epoch|step)$/i.test(name) && (table.data.get(name)?.kinds.subarray(0, table.length).includes(MISSING) ?? false));
}

function uniqueNames(head: string[]): string[] {
	const used = new Map<string, number>();
	return head.map((raw, i) => {
		const name = raw.trim() === '' ? `column ${i + 1}` : raw.trim();
		const n = used.get(name) ?? 0;
		used.set(name, n + 1);
		return n === 0 ? name : `${name} (${n + 1})`;
	});
}

// ---------------------------------------------------------------------------------------------
// Plain text: one number per line.

function readPlain(text: string): Table | undefined {
	const lines = text.split(/\r?\n|\r/).map((line) => line.trim()).filter((line) => line !== '');
	const values = lines.map(cell);
	const numbers = values.filter((v) => typeof v === 'number').length;
	// A header line ("loss") is allowed; anything else that is not a number means this is not a log of numbers.
	if (numbers === 0 || numbers < values.length - 1) return undefined;
	const column = newColumn();
	for (const v of values) if (typeof v === 'number') pushRaw(column, v, NUMBER);
	return {format: 'plain', columns: ['loss'], length: column.length, data: new Map([['loss', column]])};
}

// ---------------------------------------------------------------------------------------------
// Choosing the series.

/** Lower case, separators folded to `_`: `Train Loss`, `train/loss` and `train-loss` are one name. */
function norm(name: string): string {
	return name.trim().toLowerCase().replace(/[\s/\-.:]+/g, '_');
}

const VALIDATION = /(^|_)(val|valid|validation|eval|evaluation|test|dev|holdout)(_|$)/;
const STEP_NAMES = ['step', 'global_step', 'steps', 'iteration', 'iter', 'epoch', 'wall_time', 'batch'];

function isLearningRate(name: string): boolean {
	const n = norm(name);
	return /^(lr|learning_rate|learningrate)(_|$)/.test(n) || /(^|_)(lr|learning_rate)$/.test(n);
}

function isLoss(name: string): boolean {
	return /loss|(^|_)(mse|rmse|nll|cost|error)($|_)/.test(norm(name));
}

/**
 * Preference among loss columns: the plain name first (`loss`, `train_loss`, `train/loss`), then
 * per-step series over per-epoch ones. Lower is better.
 */
function rank(name: string): number {
	const n = norm(name).replace(VALIDATION, '_').replace(/^_+|_+$/g, '');
	if (n === 'loss' || n === 'train_loss' || n === 'training_loss' || n === 'loss_train') return 0;
	if (/^(train_|training_)?loss_step$/.test(n)) return 1;
	if (/^(train_|training_)?loss_epoch$/.test(n)) return 2;
	return 3;
}

function seriesOf(table: Table, name: string): Series {
	const stepColumn = table.columns.find((c) => norm(c) === 'step' || norm(c) === 'global_step') ?? table.columns.find((c) => norm(c) === 'epoch');
	const points: Point[] = [];
	const column = table.data.get(name)!;
	const steps = stepColumn === undefined ? undefined : table.data.get(stepColumn)!;
	for (let i = 0; i < table.length; i++) {
		if (column.kinds[i] !== NUMBER) continue;
		const step = steps && steps.kinds[i] === NUMBER ? steps.values[i]! : Number.NaN;
		points.push({step: Number.isFinite(step) ? step : i, value: column.values[i]!});
	}
	return {name, points};
}

function numericColumns(table: Table): string[] {
	return table.columns.filter((name) => {
		if (!table.data.has(name)) return false; // a column readCsv did not keep
		let numbers = 0;
		let texts = 0;
		const {values, kinds} = table.data.get(name)!;
		for (let i = 0; i < table.length; i++) {
			if (kinds[i] === NUMBER && Number.isFinite(values[i]!)) numbers++;
			else if (kinds[i] === TEXT) texts++;
		}
		return numbers > 0 && texts <= numbers * 0.05;
	});
}

function best(table: Table, names: string[]): Series | undefined {
	const candidates = names.map((name) => seriesOf(table, name)).filter((s) => s.points.length > 0);
	candidates.sort((a, b) => rank(a.name) - rank(b.name) || b.points.length - a.points.length);
	return candidates[0];
}

function pickSeries(table: Table, options: ParseOptions): ParseResult {
	const numeric = numericColumns(table);
	const measures = numeric.filter((name) => !STEP_NAMES.includes(norm(name)));
	const lossNames = measures.filter((name) => isLoss(name) && !isLearningRate(name));
	const validationNames = lossNames.filter((name) => VALIDATION.test(norm(name)));
	// The Trainer's closing summary (`train_loss`, one point: the run's average) is not the curve.
	const trainNames = lossNames.filter((name) => !VALIDATION.test(norm(name)) && !(table.format === 'huggingface' && norm(name) === 'train_loss'));
	const learningRate = best(table, measures.filter(isLearningRate));
	let validation = best(table, validationNames);
	let train: Series | undefined;
	if (options.column !== undefined) {
		const wanted = table.columns.find((c) => c === options.column) ?? table.columns.find((c) => norm(c) === norm(options.column!));
		if (!wanted || !numeric.includes(wanted)) return {ok: false, code: 'ERR_NO_COLUMN', columns: table.columns};
		train = seriesOf(table, wanted);
		if (validation?.name === wanted) validation = undefined;
	} else {
		train = best(table, trainNames);
		if (!train && (table.format === 'tensorboard' || table.format === 'plain')) train = seriesOf(table, table.format === 'plain' ? 'loss' : table.columns[2]!);
		if (!train && lossNames.length === 0 && measures.length === 1 && table.format === 'csv') train = seriesOf(table, measures[0]!);
		// a log of evaluations only (the Trainer with eval steps and no training logs): read that curve
		if (!train && validation) {
			train = validation;
			validation = undefined;
		}
	}

	if (!train || train.points.length === 0) return {ok: false, code: 'ERR_NO_SERIES', columns: table.columns};
	return {
		ok: true,
		log: {
			format: table.format,
			columns: table.columns,
			train,
			...(validation ? {validation} : {}),
			...(learningRate ? {learningRate} : {}),
		},
	};
}
