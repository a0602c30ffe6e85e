/**
 * `descenso doctor <file|-> [--json] [--column NAME] [--watch]`: reads a real training log and
 * diagnoses it with the game's physics. In a terminal it opens a screen (curves, card, level to
 * practise); without one, or with --json, it prints the report and exits 0. Exit 1 when the file
 * is not a readable training log, 2 for bad usage. All I/O is here; the reading and the
 * diagnosis are pure (source/doctor/).
 */
import {constants, createReadStream} from 'node:fs';
import {open, stat, type FileHandle} from 'node:fs/promises';
import type {Readable} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import {DOCTOR_TEXT} from '../i18n/doctor.js';
import {LogReader, MAX_JSON_DOCUMENT_CHARS, type ParseOptions, type ParseResult} from '../doctor/parse.js';
import {diagnoseParsed, formatDoctorReport, type ReadResult} from '../doctor/report.js';
import {wrapText} from '../text/wrap.js';
import {CAPS, line, lines, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {type CommandContext, failure, print, usage} from './context.js';

/**
 * The largest log doctor reads: 16 GB. It reads as the log streams, in bounded memory (see
 * doctor/parse.ts), so this is not for memory: it is where a pipe that never ends is given up.
 */
export const MAX_LOG_BYTES = 16 * 1024 ** 3;
/** How long doctor waits for a writer to open a named pipe before it gives up. */
export const FIFO_WAIT_MS = 10_000;
/** Tests shorten the wait through the environment; anything but a positive integer keeps FIFO_WAIT_MS. */
function fifoWaitMs(env: Record<string, string | undefined>): number {
	const value = Number(env['DESCENSO_FIFO_WAIT_MS']);
	return Number.isInteger(value) && value > 0 ? value : FIFO_WAIT_MS;
}

/** How often --watch looks at the file's size. */
export const WATCH_INTERVAL_MS = 300;

type Source = {ok: true; parsed: ParseResult} | {ok: false; message: SafeText};

export default async function doctor(context: CommandContext): Promise<number> {
	const t = safeTranslator(DOCTOR_TEXT, context.lang);
	const flags = context.flags;
	if (context.args.length === 0) return usage(context, t('usageArgs'));
	if (context.args.length > 1) return usage(context, t('usageExtra', {value: safe(context.args[1], CAPS.arg)}));
	const column = flags.column;
	if (column !== undefined && (typeof column !== 'string' || column.trim() === '')) return usage(context, t('usageColumn'));
	const watch = flags.watch === true;
	const file = context.args[0]!;
	const fromStdin = file === '-';
	if (watch && fromStdin) return usage(context, t('usageWatchStdin'));
	const shown = fromStdin ? (context.lang === 'es' ? '(entrada estándar)' : '(standard input)') : file;
	const safeName = safe(shown, CAPS.file);

	if (watch) {
		const info = await stat(file).catch(() => undefined);
		if (!info) return failure(context, t('notFound', {file: safeName}));
		if (info.isDirectory()) return failure(context, t('notFile', {file: safeName}));
		if (info.isFIFO()) return failure(context, t('watchFifo', {file: safeName}));
		if (!info.isFile()) return failure(context, t('notRegular', {file: safeName}));
	}

	const options: ParseOptions = typeof column === 'string' ? {column} : {};
	// what --watch saw before reading: a change after this is read again
	const seen = watch ? await stat(file).catch(() => undefined) : undefined;
	// a long log takes a while: the terminal the screen will open on says how far the reading is
	const interactive = !context.json && !fromStdin && context.stdin.isTTY === true && context.terminal.isTTY === true;
	const progress = interactive ? progressLine(context.terminal, safeName, t) : undefined;
	const source = fromStdin ? await readStream(context.stdin, safeName, t, options) : await readFile(file, safeName, t, options, fifoWaitMs(context.env), progress);
	progress?.done();
	if (!source.ok) return failure(context, source.message);
	const read = (parsed: ParseResult) => diagnoseParsed(parsed, {file: shown, lang: context.lang});
	const result = read(source.parsed);
	// The screen needs the keyboard: not when the log came in on standard input.
	if (interactive) {
		if (!result.ok && !watch) return failure(context, notALog(result, safeName, typeof column === 'string' ? column : undefined, t));
		const {launchDoctor} = await import('../ui/doctor/launch.js');
		return launchDoctor({
			stdin: context.stdin,
			terminal: context.terminal,
			lang: context.lang,
			color: context.color,
			ascii: context.ascii,
			file: shown,
			initial: result,
			...(watch ? {subscribe: (listener: (r: ReadResult) => void) => follow(file, seen, options, read, listener)} : {}),
		});
	}

	if (!watch) {
		if (!result.ok) return failure(context, notALog(result, safeName, typeof column === 'string' ? column : undefined, t));
		print(context, render(result, context));
		return 0;
	}

	// --watch without a terminal: a new report each time the file changes, until interrupted.
	return watchWithoutTerminal(context, file, safeName, result, seen, options, read, t);
}

function render(result: Extract<ReadResult, {ok: true}>, context: CommandContext): SafeText {
	if (context.json) return safeJson(result.report);
	// paragraphs wrapped for reading (a terminal's width, 88 columns in a pipe)
	const width = Math.max(40, Math.min(100, (context.stdout.columns ?? 88) - 1));
	const text = formatDoctorReport(result.report, context.lang).split('\n').flatMap((l) => (l === '' ? [''] : wrapText(l, width)));
	return lines(text.map((l) => safe(l, 100_000)));
}

type Say = ReturnType<typeof safeTranslator<typeof DOCTOR_TEXT>>;

/** The one line for a log doctor could not read: what it saw and what to try. */
export function notALog(result: Extract<ReadResult, {ok: false}>, file: SafeText, column: string | undefined, t: Say): SafeText {
	const columns = safe(result.columns.map((c) => safe(c, 40)).join(', '), 400);
	switch (result.code) {
		case 'ERR_EMPTY':
			return t('empty', {file});
		case 'ERR_BINARY':
			return t('binary', {file});
		case 'ERR_JSON_TOO_LARGE':
			return t('tooLargeJson', {file, limit: MAX_JSON_DOCUMENT_CHARS / 1024 / 1024});
		case 'ERR_NO_COLUMN':
			return t('noColumn', {column: safe(column, CAPS.arg), file, columns});
		case 'ERR_NO_SERIES':
			if (result.emptyLoss !== undefined) return t('emptyLoss', {file, column: safe(result.emptyLoss, 40)});
			return result.columns.length > 0 ? t('noSeries', {file, columns}) : t('noSeriesNoColumns', {file});
	}
}

/** Reads a file doctor was given: a regular file up to MAX_LOG_BYTES, or a named pipe with a writer. */
async function readFile(file: string, name: SafeText, t: Say, options: ParseOptions, waitMs = FIFO_WAIT_MS, progress?: Progress): Promise<Source> {
	let info;
	try {
		info = await stat(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {ok: false, message: code === 'ENOENT' || code === 'ENOTDIR' ? t('notFound', {file: name}) : t('unreadable', {file: name, reason: safe(code ?? String(error), CAPS.arg)})};
	}

	if (info.isDirectory()) return {ok: false, message: t('notFile', {file: name})};
	if (info.isFIFO()) return readFifo(file, name, t, options, waitMs);
	if (!info.isFile()) return {ok: false, message: t('notRegular', {file: name})};
	if (info.size > MAX_LOG_BYTES) return {ok: false, message: tooLarge(name, t)};
	return readStream(createReadStream(file, {highWaterMark: 1 << 20}), name, t, options, progress);
}

/**
 * A named pipe: opening it blocks until someone opens it for writing. Wait FIFO_WAIT_MS for a
 * writer; if none comes, open it for writing ourselves (which releases the blocked open), close
 * it, and say so — never a hang.
 */
async function readFifo(file: string, name: SafeText, t: Say, options: ParseOptions, waitMs: number): Promise<Source> {
	let timedOut = false;
	const opening = open(file, constants.O_RDONLY);
	const timer = setTimeout(() => {
		timedOut = true;
		void open(file, constants.O_WRONLY | constants.O_NONBLOCK)
			.then(async (writer) => writer.close())
			.catch(() => undefined);
	}, waitMs);
	let handle: FileHandle;
	try {
		handle = await opening;
	} catch (error) {
		clearTimeout(timer);
		return {ok: false, message: t('unreadable', {file: name, reason: safe((error as NodeJS.ErrnoException).code ?? String(error), CAPS.arg)})};
	}

	clearTimeout(timer);
	if (timedOut) {
		await handle.close();
		return {ok: false, message: t('fifoTimeout', {file: name, seconds: waitMs / 1000})};
	}

	return readStream(handle.createReadStream(), name, t, options);
}

type Progress = {read: (bytes: number) => void; done: () => void};

/** A line on the terminal saying how much of a long log was read: from the first second on, redrawn a few times a second, erased when done. */
function progressLine(terminal: NodeJS.WriteStream, name: SafeText, t: Say): Progress {
	const started = Date.now();
	let shown = 0;
	return {
		read(bytes) {
			const now = Date.now();
			if (now - started < 1000 || now - shown < 250) return;
			shown = now;
			terminal.write(line`\r${t('reading', {file: name, mb: Math.round(bytes / 1024 / 1024)})}\u001B[K`);
		},
		done() {
			if (shown > 0) terminal.write('\r\u001B[K');
		},
	};
}

function tooLarge(name: SafeText, t: Say): SafeText {
	return t('tooLarge', {file: name, limit: MAX_LOG_BYTES / 1024 ** 3});
}

/**
 * Reads a stream to its end through a LogReader, chunk by chunk (memory stays bounded however
 * long the log is), refusing it past MAX_LOG_BYTES; stops early once the reader has its answer.
 */
async function readStream(stream: Readable, name: SafeText, t: Say, options: ParseOptions, progress?: Progress): Promise<Source> {
	const reader = new LogReader(options);
	const decoder = new StringDecoder('utf8');
	let size = 0;
	try {
		for await (const chunk of stream) {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			size += buffer.length;
			if (size > MAX_LOG_BYTES) {
				stream.destroy();
				return {ok: false, message: tooLarge(name, t)};
			}
			reader.write(decoder.write(buffer));
			progress?.read(size);
			if (reader.done) {
				stream.destroy();
				break;
			}
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {ok: false, message: code === 'EISDIR' ? t('notFile', {file: name}) : t('unreadable', {file: name, reason: safe(code ?? String(error), CAPS.arg)})};
	}

	reader.write(decoder.end());
	return {ok: true, parsed: reader.end()};
}

/** A log followed as it grows: its reader fed up to `offset`, and the bytes just before it (to tell an append from a rewrite). */
type Followed = {reader: LogReader; decoder: StringDecoder; offset: number; tail: Buffer; ino: number};

/** How many of the last bytes read are compared to tell a log appended to from one rewritten. */
const TAIL_BYTES = 64;

/**
 * Reads what was appended to `file` since `state` — all of it when there is no state, or when the
 * file was replaced, truncated, rewritten (its bytes before the offset changed) or is one JSON
 * document (trainer_state.json is rewritten whole) — and resolves to the reader's snapshot: the
 * log as read so far, an unfinished last line left for the next time. A log of any length costs
 * only its new lines each time.
 */
async function readMore(file: string, state: Followed | undefined, options: ParseOptions): Promise<{state: Followed; parsed: ParseResult} | {error: unknown}> {
	let handle: FileHandle;
	try {
		handle = await open(file, constants.O_RDONLY);
	} catch (error) {
		return {error};
	}

	try {
		const info = await handle.stat();
		if (info.isDirectory()) return {error: Object.assign(new Error('EISDIR'), {code: 'EISDIR'})};
		if (info.size > MAX_LOG_BYTES) return {error: 'tooLarge'};
		let current = state;
		if (current && (info.ino !== current.ino || info.size < current.offset || current.reader.oneDocument || !(await sameTail(handle, current)))) current = undefined;
		current ??= {reader: new LogReader(options), decoder: new StringDecoder('utf8'), offset: 0, tail: Buffer.alloc(0), ino: info.ino};
		const buffer = Buffer.allocUnsafe(1 << 20);
		while (current.offset < info.size && !current.reader.done) {
			const {bytesRead} = await handle.read(buffer, 0, Math.min(buffer.length, info.size - current.offset), current.offset);
			if (bytesRead === 0) break;
			const chunk = buffer.subarray(0, bytesRead);
			current.reader.write(current.decoder.write(chunk));
			current.offset += bytesRead;
			const tail = bytesRead >= TAIL_BYTES ? chunk : Buffer.concat([current.tail, chunk]);
			current.tail = Buffer.from(tail.subarray(Math.max(0, tail.length - TAIL_BYTES)));
		}
		return {state: current, parsed: current.reader.snapshot()};
	} catch (error) {
		return {error};
	} finally {
		await handle.close();
	}
}

/** Whether the bytes just before `state.offset` are still the ones read there. */
async function sameTail(handle: FileHandle, state: Followed): Promise<boolean> {
	const length = state.tail.length;
	if (length === 0) return true;
	const bytes = Buffer.alloc(length);
	const {bytesRead} = await handle.read(bytes, 0, length, state.offset - length);
	return bytesRead === length && bytes.equals(state.tail);
}

/**
 * Polls `file` every WATCH_INTERVAL_MS; when its size or time changes from what was `seen`, reads
 * what changed (readMore: the whole log the first time, then only what was appended), diagnoses
 * the log again and hands the result to `listener`. Returns the function that stops it.
 */
function follow(file: string, seen: {size: number; mtimeMs: number} | undefined, options: ParseOptions, read: (parsed: ParseResult) => ReadResult, listener: (result: ReadResult) => void, onGone?: () => void): () => void {
	let state: Followed | undefined;
	let size = seen?.size ?? -1;
	let mtime = seen?.mtimeMs ?? -1;
	let busy = false;
	const tick = async () => {
		if (busy) return;
		busy = true;
		try {
			const info = await stat(file).catch(() => undefined);
			if (!info) {
				onGone?.();
				return;
			}
			if (info.size === size && info.mtimeMs === mtime) return;
			size = info.size;
			mtime = info.mtimeMs;
			const next = await readMore(file, state, options);
			if ('error' in next) return;
			state = next.state;
			listener(read(next.parsed));
		} finally {
			busy = false;
		}
	};

	void tick();
	const timer = setInterval(() => void tick(), WATCH_INTERVAL_MS);
	return () => clearInterval(timer);
}

async function watchWithoutTerminal(context: CommandContext, file: string, name: SafeText, first: ReadResult, seen: {size: number; mtimeMs: number} | undefined, options: ParseOptions, read: (parsed: ParseResult) => ReadResult, t: Say): Promise<number> {
	let shown = first;
	const show = (result: ReadResult) => {
		if (result.ok) print(context, render(result, context));
		else context.stderr.write(line`descenso: ${notALog(result, name, undefined, t)}\n`);
	};
	show(first);
	return new Promise<number>((resolve) => {
		const stop = follow(
			file,
			seen,
			options,
			read,
			(result) => {
				// the first reading repeats the one shown; after that, every change is a new report
				if (shown === first && result.ok && first.ok && JSON.stringify(result.report) === JSON.stringify(first.report)) return;
				shown = result;
				show(result);
			},
			() => {
				stop();
				context.stderr.write(line`descenso: ${t('notFound', {file: name})}\n`);
				resolve(1);
			},
		);
	});
}
