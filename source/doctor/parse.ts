/**
 * Reading a training log from its text. The format is told from the content, never from the
 * file name: a Hugging Face `trainer_state.json`, JSON lines, a TensorBoard scalar exported as
 * CSV, a PyTorch Lightning `metrics.csv`, a Keras `CSVLogger` file (or any CSV with a loss
 * column), or plain text with one number per line.
 *
 * The text streams through a LogReader (write chunks, then end) in bounded memory: each series is
 * kept whole up to SAMPLE_CAP points and sampled evenly beyond (sample.ts), lines are read up to
 * MAX_LINE_CHARS, and only a single JSON document (trainer_state.json, Keras's history) is held
 * whole, up to MAX_JSON_DOCUMENT_CHARS. `parseTrainingLog(text)` is the same reader given the
 * text in one piece.
 *
 * Pure: text in, a result out (never a throw). `nan`, `inf` and empty loss cells are kept as
 * points (NaN, ±Infinity): they are the log of an explosion, not a broken file.
 */
import {Parser as CsvParser} from 'csv-parse';
import {SAMPLE_BUDGET, SAMPLE_CAP, SAMPLE_FLOOR, Sampler, type Logged} from './sample.js';

/** Where a log came from, as detected from its content. */
export type LogFormat = 'huggingface' | 'keras-history' | 'jsonl' | 'tensorboard' | 'lightning' | 'keras' | 'csv' | 'plain';

/** One logged value: `step` as the log counts them (or the row number), `value` possibly NaN or ±Infinity. */
export type Point = {step: number; value: number};

/**
 * One numeric column of the log, under its name in the file (untrusted text: sanitize before
 * printing). `points` is every point, or — when `logged` is there — an even sample of them
 * (every `logged.stride`-th) with what was read over all of them.
 */
export type Series = {name: string; points: Point[]; logged?: Logged};

/** How many points a series had in the log (its sample may hold fewer). */
export function pointCount(series: Series): number {
	return series.logged?.count ?? series.points.length;
}

export type TrainingLog = {
	format: LogFormat;
	/** every column or key the log has, in file order (untrusted text) */
	columns: string[];
	/** the training loss (or the `--column` chosen) */
	train: Series;
	validation?: Series;
	learningRate?: Series;
};

export type ParseErrorCode = 'ERR_EMPTY' | 'ERR_BINARY' | 'ERR_NO_SERIES' | 'ERR_NO_COLUMN' | 'ERR_JSON_TOO_LARGE';

/** A failure; `emptyLoss` names a loss column the log has with no number in it (a header written, no row yet). */
export type ParseResult = {ok: true; log: TrainingLog} | {ok: false; code: ParseErrorCode; columns: string[]; emptyLoss?: string};

export type ParseOptions = {
	/** a column to read as the training loss instead of the one found by name */
	column?: string;
};

/** Longest line read (characters): a longer one is not a line of a log (and is not held). */
export const MAX_LINE_CHARS = 1024 * 1024;
/** Largest single JSON document held to be parsed whole (trainer_state.json): 100 MB. JSON lines have no limit. */
export const MAX_JSON_DOCUMENT_CHARS = 100 * 1024 * 1024;
/** Most columns read from one log; later ones are not listed or read. */
export const MAX_COLUMNS = 4096;
/** How much of the start of a JSON-looking log is kept to be read again as CSV if it is not JSON. */
const REPLAY_CHARS = 1024 * 1024;
/** The start of the log looked at for binary content. */
const BINARY_SAMPLE = 8192;

/** Reads a training log given whole; see the module comment for the formats. */
export function parseTrainingLog(text: string, options: ParseOptions = {}): ParseResult {
	const reader = new LogReader(options);
	reader.write(text);
	return reader.end();
}

/** NUL bytes or many control characters: not a text log. */
function isBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g)?.length ?? 0;
	return controls > Math.max(8, sample.length * 0.05);
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A cell: a number (NaN and ±Infinity included), absent, or text that is not a number. */
type Cell = number | 'missing' | 'text';


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
// JSON

/** Python's json module writes NaN, Infinity and -Infinity as bare words: turn them into strings outside strings. */
function pythonJson(text: string): unknown {
	if (!text.includes('NaN') && !text.includes('Infinity')) return JSON.parse(text);
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


// ---------------------------------------------------------------------------------------------
// The reader: a log's text in chunks, in bounded memory.

/**
 * Reads a log as it streams: `write` its text in chunks of any size (cut anywhere), then `end`.
 * `done` turns true once the rest of the text cannot change the result (binary content): the
 * caller may stop reading.
 */
export class LogReader {
	/** the first characters, until the format can be told */
	private prefix = '';
	private prefixText = false;
	private prefixLine = false;
	private started = false;
	private binary = false;
	private sawText = false;
	private json = false;
	private csv: CsvReader | undefined;
	private plain: PlainReader | undefined;
	private jsonl: JsonLinesReader | undefined;
	/** the text from its start while it may be needed whole (a JSON document, or CSV after all) */
	private head: string[] | undefined = [];
	private headChars = 0;
	/** the head was dropped while the text could still have been one JSON document */
	private documentTooLarge = false;

	constructor(readonly options: ParseOptions = {}) {}

	get done(): boolean {
		return this.binary;
	}

	write(chunk: string): void {
		if (this.binary || chunk === '') return;
		if (!this.started) {
			// wait for what tells the format: the first 8 KB, the first character that is not a space, the first line
			this.prefix += chunk;
			this.prefixText ||= /\S/.test(chunk);
			this.prefixLine ||= chunk.includes('\n');
			if (this.prefix.length < MAX_LINE_CHARS && (this.prefix.length < BINARY_SAMPLE || !this.prefixText || !this.prefixLine)) return;
			this.start();
			return;
		}

		this.feed(chunk);
	}

	end(): ParseResult {
		if (!this.started) this.start();
		this.csv?.end();
		this.plain?.end();
		this.jsonl?.end();
		return this.result();
	}

	/**
	 * The log as read so far, its unfinished last line left out (a log still being written), and
	 * without ending it: more text can be written after. What `--watch` shows as a log grows.
	 */
	snapshot(): ParseResult {
		if (!this.started) {
			const complete = this.prefix.slice(0, this.prefix.lastIndexOf('\n') + 1);
			return parseTrainingLog(complete, this.options);
		}
		return this.result();
	}

	/** Whether the log is one JSON document (trainer_state.json): a writer rewrites those whole rather than appending. */
	get oneDocument(): boolean {
		return !this.started || (this.json && this.jsonl!.mayBeOneDocument);
	}

	private result(): ParseResult {
		if (this.binary) return {ok: false, code: 'ERR_BINARY', columns: []};
		if (!this.sawText) return {ok: false, code: 'ERR_EMPTY', columns: []};
		const table = this.json ? this.jsonTable() : (this.csv?.table() ?? this.plain?.table());
		if (!table) return {ok: false, code: this.documentTooLarge ? 'ERR_JSON_TOO_LARGE' : 'ERR_NO_SERIES', columns: []};
		return pickSeries(table, this.options);
	}

	private start(): void {
		this.started = true;
		const body = this.prefix.replace(/^\uFEFF/, '');
		this.prefix = '';
		if (isBinary(body)) {
			this.binary = true;
			this.head = undefined;
			return;
		}
		const first = body.trimStart()[0];
		this.json = first === '{' || first === '[';
		this.plain = new PlainReader();
		if (this.json) {
			this.jsonl = new JsonLinesReader(this.options);
		} else {
			this.head = undefined;
			this.csv = CsvReader.open(body, this.options);
		}
		this.feed(body);
	}

	private feed(chunk: string): void {
		if (!this.sawText && /\S/.test(chunk)) this.sawText = true;
		if (this.head) {
			this.head.push(chunk);
			this.headChars += chunk.length;
			const mayBeDocument = this.jsonl?.mayBeOneDocument ?? false;
			if (this.headChars > (mayBeDocument ? MAX_JSON_DOCUMENT_CHARS : REPLAY_CHARS)) {
				this.documentTooLarge = mayBeDocument;
				this.head = undefined;
			}
		}
		this.csv?.write(chunk);
		this.plain?.write(chunk);
		this.jsonl?.write(chunk);
		// the head is needed only while the text may be one document, or may turn out to be CSV
		if (this.head && this.headChars > REPLAY_CHARS && this.jsonl && !this.jsonl.mayBeOneDocument) this.head = undefined;
	}

	/** A log that begins with `{` or `[`: one JSON document, JSON lines, or else CSV or plain text after all. */
	private jsonTable(): Table | undefined {
		const text = this.head?.join('');
		const whole = text !== undefined && this.jsonl!.mayBeOneDocument ? tryJson(text) : undefined;
		if (isRecord(whole) && Array.isArray(whole['log_history'])) return recordsTable('huggingface', whole['log_history'].filter(isRecord), this.options);
		if (Array.isArray(whole) && whole.length > 0 && whole.every(isRecord)) return recordsTable('jsonl', whole, this.options);
		// Keras's History.history saved as JSON: {"loss": [...], "val_loss": [...]}, one list per metric
		if (isRecord(whole) && Object.values(whole).some(Array.isArray) && Object.values(whole).every((v) => Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))) {
			const lists = Object.entries(whole) as Array<[string, unknown[]]>;
			const length = lists.reduce((a, [, list]) => Math.max(a, list.length), 0);
			return recordsTable('keras-history', Array.from({length}, (_, i) => Object.fromEntries(lists.filter(([, list]) => i < list.length).map(([key, list]) => [key, list[i]]))), this.options);
		}
		const lines = this.jsonl!.table();
		if (lines) return lines;
		if (isRecord(whole)) return recordsTable('jsonl', [whole], this.options);
		// not JSON after all: CSV (read again from the start, when it is still held), or numbers
		if (text !== undefined) {
			const csv = CsvReader.open(text, this.options);
			csv?.write(text);
			csv?.end();
			const table = csv?.table();
			if (table) return table;
		}
		return this.plain?.table();
	}
}

// ---------------------------------------------------------------------------------------------
// Tables: what the readers hand to pickSeries.

/** One column as read: its counts over every row and, if it can be a series, its sampled points. */
type ColumnRead = {
	name: string;
	/** finite numbers, and cells that were text */
	numbers: number;
	texts: number;
	sampler?: Sampler;
};

/** The log as read: its columns in file order, and how a row's step is told. */
type Table = {format: LogFormat; columns: ColumnRead[]; stepOf: (row: number, step: number, epoch: number) => number};

/** Shares SAMPLE_BUDGET among a table's samplers, at most SAMPLE_CAP and at least SAMPLE_FLOOR each. */
class Samplers {
	private readonly list: Sampler[] = [];
	add(): Sampler {
		const sampler = new Sampler(this.cap(this.list.length + 1));
		this.list.push(sampler);
		const cap = this.cap(this.list.length);
		if (cap < SAMPLE_CAP) for (const s of this.list) s.limit(cap);
		return sampler;
	}

	private cap(count: number): number {
		let cap = SAMPLE_CAP;
		while (cap > SAMPLE_FLOOR && cap * count > SAMPLE_BUDGET) cap /= 2;
		return cap;
	}
}

/** Steps: the first `step`/`global_step` column, else the first `epoch` column, else the row. */
function stepResolver(names: string[]): Table['stepOf'] {
	const hasStep = names.some((c) => isStepName(c));
	const hasEpoch = names.some((c) => norm(c) === 'epoch');
	return (row, step, epoch) => {
		const value = hasStep ? step : hasEpoch ? epoch : Number.NaN;
		return Number.isFinite(value) ? value : row;
	};
}

function isStepName(name: string): boolean {
	const n = norm(name);
	return n === 'step' || n === 'global_step';
}

// ---------------------------------------------------------------------------------------------
// Records: JSON lines, a trainer_state.json's log_history, Keras's history.

/** Reads records one by one into columns named by their keys, in the order the keys first appear. */
class RecordsReader {
	private readonly columns: ColumnRead[] = [];
	private readonly byName = new Map<string, ColumnRead>();
	private readonly samplers = new Samplers();
	private stepKey: string | undefined;
	private epochKey: string | undefined;
	rows = 0;

	constructor(private readonly options: ParseOptions) {}

	add(record: Record<string, unknown>): void {
		const row = this.rows++;
		const keys = Object.keys(record);
		for (const key of keys) {
			if (this.byName.has(key) || this.columns.length >= MAX_COLUMNS) continue;
			// only a column that can be a series is sampled: a loss, η, a step counter, the --column
			const wanted = keptColumns([key], this.options, true)[0]!;
			const column: ColumnRead = {name: key, numbers: 0, texts: 0, ...(wanted ? {sampler: this.samplers.add()} : {})};
			this.columns.push(column);
			this.byName.set(key, column);
			if (this.stepKey === undefined && isStepName(key)) this.stepKey = key;
			if (this.epochKey === undefined && norm(key) === 'epoch') this.epochKey = key;
		}
		const stepCell = this.stepKey === undefined ? 'missing' : jsonCell(record[this.stepKey]);
		const epochCell = this.epochKey === undefined ? 'missing' : jsonCell(record[this.epochKey]);
		const step = typeof stepCell === 'number' ? stepCell : Number.NaN;
		const epoch = typeof epochCell === 'number' ? epochCell : Number.NaN;
		for (const key of keys) {
			const column = this.byName.get(key);
			if (!column) continue;
			const c = jsonCell(record[key]);
			if (typeof c === 'number') {
				if (Number.isFinite(c)) column.numbers++;
				column.sampler?.add(row, step, epoch, c);
			} else if (c === 'text') {
				column.texts++;
			}
		}
	}

	table(format: LogFormat): Table {
		const names = this.columns.map((c) => c.name);
		return {format, columns: this.columns, stepOf: stepResolver(names)};
	}
}

function recordsTable(format: LogFormat, records: Array<Record<string, unknown>>, options: ParseOptions): Table {
	const reader = new RecordsReader(options);
	for (const record of records) reader.add(record);
	return reader.table(format);
}

/** Splits streamed text into lines (`\n` or `\r\n`, and a lone `\r` too when asked), holding none longer than MAX_LINE_CHARS. */
class Lines {
	private pending = '';
	private held = '';
	/** the line being read is past MAX_LINE_CHARS: skipping to its end */
	private skipping = false;

	constructor(
		private readonly loneCr: boolean,
		private readonly line: (text: string, tooLong: boolean) => void,
	) {}

	write(chunk: string): void {
		// only the new text is searched for line ends: a long line costs its length, not its square
		let text = this.held + chunk;
		this.held = '';
		// a \r at the end may be the first half of \r\n
		if (text.endsWith('\r')) {
			this.held = '\r';
			text = text.slice(0, -1);
		}
		const parts = text.split(this.loneCr ? /\r?\n|\r/ : /\r?\n/);
		const rest = parts.pop()!;
		for (const part of parts) {
			if (this.skipping) {
				this.skipping = false;
				this.line('', true);
			} else {
				this.line(this.pending + part, false);
			}
			this.pending = '';
		}
		if (this.skipping) return;
		if (this.pending.length + rest.length > MAX_LINE_CHARS) {
			this.skipping = true;
			this.pending = '';
			return;
		}
		this.pending += rest;
	}

	end(): void {
		// a last \r ends the last line where a lone \r is a line end, and belongs to it where it is not
		const last = this.pending + (this.loneCr ? '' : this.held);
		if (this.skipping) this.line('', true);
		else if (last !== '') this.line(last, false);
		this.pending = '';
		this.held = '';
		this.skipping = false;
	}
}

/** JSON lines, one record a line; a half-written last line (a run still logging) is forgiven, anything more is not JSON lines. */
class JsonLinesReader {
	private readonly lines: Lines;
	private readonly records: RecordsReader;
	/** non-empty lines, and those that were not a record */
	private count = 0;
	private bad = 0;
	private firstParsed = false;
	/** whether the whole text may still be one JSON document (it cannot once a complete first line is followed by another) */
	mayBeOneDocument = true;

	constructor(options: ParseOptions) {
		this.records = new RecordsReader(options);
		this.lines = new Lines(false, (line, tooLong) => {
			if (!tooLong && line.trim() === '') return;
			this.count++;
			if (this.count === 2 && this.firstParsed) this.mayBeOneDocument = false;
			if (this.bad > 1) return; // no longer JSON lines: stop reading them
			const value = tooLong ? undefined : tryJson(line);
			if (this.count === 1) this.firstParsed = value !== undefined;
			if (isRecord(value)) this.records.add(value);
			else this.bad++;
		});
	}

	write(chunk: string): void {
		// no longer JSON lines: only whether the text may be one document is still of use
		if (this.bad <= 1 || this.mayBeOneDocument) this.lines.write(chunk);
	}

	end(): void {
		this.lines.end();
	}

	table(): Table | undefined {
		if (this.records.rows === 0 || this.bad > 1) return undefined;
		return this.records.table('jsonl');
	}
}

// ---------------------------------------------------------------------------------------------
// CSV: TensorBoard, Lightning, Keras, any CSV with a header.

/** csv-parse's incremental parser, which its stream and its sync API both drive. */
type CsvApi = {parse: (chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void) => Error | undefined};

class CsvReader {
	private readonly api: CsvApi;
	private failed = false;
	private columns: string[] | undefined;
	private kept: number[] = [];
	private read: ColumnRead[] = [];
	private readonly samplers = new Samplers();
	private stepIndex = -1;
	private epochIndex = -1;
	/** Lightning's header (step and epoch), and whether a cell other than those was ever empty */
	private lightningHeader = false;
	private interleaved = false;
	private rows = 0;
	/** characters of the line being read */
	private lineChars = 0;

	private constructor(delimiter: string, private readonly options: ParseOptions) {
		const parser = new CsvParser({
			delimiter,
			bom: true,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true,
			trim: true,
			max_record_size: MAX_LINE_CHARS,
		});
		this.api = (parser as unknown as {api: CsvApi}).api;
	}

	/** A reader for a CSV whose text begins with `start`, or undefined when its first line has no delimiter. */
	static open(start: string, options: ParseOptions): CsvReader | undefined {
		const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
		const delimiter = [',', '\t', ';'].map((d) => ({d, count: firstLine.split(d).length - 1})).sort((a, b) => b.count - a.count)[0]!;
		return delimiter.count === 0 ? undefined : new CsvReader(delimiter.d, options);
	}

	/** Each record goes straight into the columns: csv-parse holds none. */
	private readonly push = (record: string[]) => {
		this.record(record);
	};

	write(chunk: string): void {
		if (this.failed) return;
		// a line past MAX_LINE_CHARS is not a row of a log: given up before csv-parse reads it (slowly)
		for (let from = 0; ; ) {
			const at = chunk.indexOf('\n', from);
			this.lineChars += (at === -1 ? chunk.length : at) - from;
			if (this.lineChars > MAX_LINE_CHARS) {
				this.fail();
				return;
			}
			if (at === -1) break;
			this.lineChars = 0;
			from = at + 1;
		}
		if (this.api.parse(Buffer.from(chunk, 'utf8'), false, this.push, () => undefined) !== undefined) this.fail();
	}

	end(): void {
		if (this.failed) return;
		if (this.api.parse(undefined, true, this.push, () => undefined) !== undefined) this.fail();
	}

	private fail(): void {
		this.failed = true;
		this.read = [];
	}

	private record(record: string[]): void {
		if (this.columns === undefined) {
			const headerless = record.every((value) => typeof cell(value) === 'number');
			const columns = (headerless ? record.map((_, i) => `column ${i + 1}`) : uniqueNames(record)).slice(0, MAX_COLUMNS);
			this.columns = columns;
			const keep = keptColumns(columns, this.options);
			this.kept = columns.flatMap((_, j) => (keep[j] ? [j] : []));
			this.read = columns.map((name, j) => ({name, numbers: 0, texts: 0, ...(keep[j] ? {sampler: this.samplers.add()} : {})}));
			this.stepIndex = columns.findIndex(isStepName);
			this.epochIndex = columns.findIndex((c) => norm(c) === 'epoch');
			const lower = columns.map((c) => c.toLowerCase());
			this.lightningHeader = lower.includes('step') && lower.includes('epoch');
			if (headerless) this.row(record);
		} else {
			this.row(record);
		}
	}

	private row(values: string[]): void {
		const row = this.rows++;
		const cells = this.kept.map((j) => cell(values[j] ?? ''));
		const hasNumber = cells.some((c) => typeof c === 'number');
		const stepCell = this.stepIndex === -1 ? 'missing' : cell(values[this.stepIndex] ?? '');
		const epochCell = this.epochIndex === -1 ? 'missing' : cell(values[this.epochIndex] ?? '');
		const step = typeof stepCell === 'number' ? stepCell : Number.NaN;
		const epoch = typeof epochCell === 'number' ? epochCell : Number.NaN;
		for (let k = 0; k < this.kept.length; k++) {
			const column = this.read[this.kept[k]!]!;
			const c = cells[k]!;
			if (typeof c === 'number') {
				if (Number.isFinite(c)) column.numbers++;
				column.sampler!.add(row, step, epoch, c);
			} else if (c === 'text') {
				column.texts++;
			} else if (this.lightningHeader) {
				// Lightning writes training and validation metrics on different rows: each leaves the others' cells empty
				if (!/^(epoch|step)$/i.test(column.name)) this.interleaved = true;
			} else if (hasNumber) {
				// Outside Lightning's interleaved rows, an empty cell in a row that has numbers is a
				// value the logger could not write: NaN (an explosion), not a gap.
				column.sampler!.add(row, step, epoch, Number.NaN);
			}
		}
	}

	table(): Table | undefined {
		if (this.failed || !this.columns || this.columns.length < 2) return undefined;
		const lower = this.columns.map((c) => c.toLowerCase());
		let format: LogFormat = 'csv';
		if (lower.length === 3 && norm(lower[0]!) === 'wall_time' && lower[1] === 'step' && lower[2] === 'value') format = 'tensorboard';
		else if (this.lightningHeader && this.interleaved) format = 'lightning';
		else if (lower[0] === 'epoch') format = 'keras';
		return {format, columns: this.read, stepOf: stepResolver(this.columns)};
	}
}
/**
 * Which columns of a CSV to keep, from its header: the step and epoch counters and every column
 * whose name can be a loss or a learning rate (and `--column`): the only ones pickSeries can use.
 * A wide Lightning log has dozens of metrics; reading only these keeps a 100 MB log's memory
 * and time down (JSON lines read only these keys: no rule looks at the others). A header with no such name (a CSV of anything, TensorBoard's three columns)
 * keeps every column: the choice is then made from the numbers.
 */
function keptColumns(columns: string[], options: ParseOptions, onlyWanted = false): boolean[] {
	const wanted = columns.map((c) => ['step', 'global_step', 'epoch'].includes(norm(c)) || isLoss(c) || isLearningRate(c) || (options.column !== undefined && norm(c) === norm(options.column)));
	if (onlyWanted) return wanted;
	return columns.length <= 3 || !columns.some((c, i) => wanted[i] && !['step', 'global_step', 'epoch'].includes(norm(c))) ? columns.map(() => true) : wanted;
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

class PlainReader {
	private readonly lines: Lines;
	private readonly column: ColumnRead = {name: 'loss', numbers: 0, texts: 0, sampler: new Sampler()};
	private numbers = 0;
	private others = 0;

	constructor() {
		this.lines = new Lines(true, (line, tooLong) => {
			// A header line ("loss") is allowed; anything else that is not a number means this is not a log of numbers.
			if (this.others > 1) return;
			const text = tooLong ? 'x' : line.trim();
			if (text === '') return;
			const value = cell(text);
			if (typeof value !== 'number') {
				this.others++;
				return;
			}
			if (Number.isFinite(value)) this.column.numbers++;
			this.column.sampler!.add(this.numbers++, Number.NaN, Number.NaN, value);
		});
	}

	write(chunk: string): void {
		if (this.others <= 1) this.lines.write(chunk);
	}

	end(): void {
		if (this.others <= 1) this.lines.end();
	}

	table(): Table | undefined {
		if (this.numbers === 0 || this.others > 1) return undefined;
		return {format: 'plain', columns: [this.column], stepOf: (row) => row};
	}
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
	const column = table.columns.find((c) => c.name === name);
	return column?.sampler ? column.sampler.series(name, table.stepOf) : {name, points: []};
}

function numericColumns(table: Table): string[] {
	// a column not sampled (one readCsv did not keep) cannot be a series
	return table.columns.filter((c) => c.sampler !== undefined && c.numbers > 0 && c.texts <= c.numbers * 0.05).map((c) => c.name);
}

function best(table: Table, names: string[]): Series | undefined {
	const candidates = names.map((name) => seriesOf(table, name)).filter((s) => s.points.length > 0);
	candidates.sort((a, b) => rank(a.name) - rank(b.name) || pointCount(b) - pointCount(a));
	return candidates[0];
}

function pickSeries(table: Table, options: ParseOptions): ParseResult {
	const columns = table.columns.map((c) => c.name);
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
		const wanted = columns.find((c) => c === options.column) ?? columns.find((c) => norm(c) === norm(options.column!));
		if (!wanted || !numeric.includes(wanted)) return {ok: false, code: 'ERR_NO_COLUMN', columns};
		train = seriesOf(table, wanted);
		if (validation?.name === wanted) validation = undefined;
	} else {
		train = best(table, trainNames);
		if (!train && (table.format === 'tensorboard' || table.format === 'plain')) train = seriesOf(table, table.format === 'plain' ? 'loss' : columns[2]!);
		if (!train && lossNames.length === 0 && measures.length === 1 && table.format === 'csv') train = seriesOf(table, measures[0]!);
		// a log of evaluations only (the Trainer with eval steps and no training logs): read that curve
		if (!train && validation) {
			train = validation;
			validation = undefined;
		}
	}

	if (!train || train.points.length === 0) {
		// a loss column by name that holds no number: say that, not that there is no loss column
		const emptyLoss = options.column === undefined && lossNames.length === 0 ? columns.find((name) => isLoss(name) && !isLearningRate(name) && !numeric.includes(name)) : undefined;
		return emptyLoss === undefined ? {ok: false, code: 'ERR_NO_SERIES', columns} : {ok: false, code: 'ERR_NO_SERIES', columns, emptyLoss};
	}
	return {
		ok: true,
		log: {
			format: table.format,
			columns,
			train,
			...(validation ? {validation} : {}),
			...(learningRate ? {learningRate} : {}),
		},
	};
}
