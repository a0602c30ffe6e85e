/**
 * The data sets of model terrains (README, “Level files”): a file name in a level's `model` term, read from
 * the level pack's own `data/` folder or the campaign's `levels/data/`, checked (a data file is
 * untrusted input like a level) and turned into the numbers the engine trains on.
 */
import {createHash} from 'node:crypto';
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {parameterCount, type ModelData} from '../engine/model/model.js';
import type {ModelTerm} from '../engine/types.js';

/** The campaign's data folder. */
export const DATA_DIR = fileURLToPath(new URL('../../levels/data', import.meta.url));

export const MAX_DATA_BYTES = 1024 * 1024;
export const MAX_ROWS = 5000;
export const MAX_COLUMNS = 64;
export const MAX_PARAMETERS = 256;
export const MAX_HIDDEN = 32;
export const MAX_CLASSES = 10;
/** examples × parameters: bounds the work of one full-batch gradient */
export const MAX_WORK = 200_000;

/** A data file, as read: its columns and rows (numbers, or short strings for a class column). */
export type DataSet = {columns: string[]; rows: Array<Array<number | string>>; digest: string};

const dataShape = z.strictObject({
	name: z.string().max(200).optional(),
	source: z.string().max(500).optional(),
	licence: z.string().max(500).optional(),
	columns: z.array(z.string().min(1).max(64)).min(1).max(MAX_COLUMNS),
	rows: z.array(z.array(z.union([z.number(), z.string().max(64)]))).min(2).max(MAX_ROWS),
});

export type DataResult<T> = {ok: true; value: T} | {ok: false; message: string};

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}\.json$/i;
const cache = new Map<string, {mtime: number; result: DataResult<DataSet>}>();

/** The folders a level file's data is looked for in: its pack's `data/` (beside or above it), then the campaign's. */
export function dataDirs(levelFile: string): string[] {
	const dir = path.dirname(levelFile);
	return [...new Set([path.join(dir, 'data'), path.join(dir, '..', 'data'), DATA_DIR])];
}

/** Reads and checks a data file by name; never throws. */
export function readDataSet(name: string, dirs: readonly string[]): DataResult<DataSet> {
	if (!NAME.test(name)) return {ok: false, message: `expected a file name like "cars.json" (letters, digits, . _ -), got "${name.slice(0, 40)}"`};
	for (const dir of dirs) {
		const file = path.join(dir, name);
		let stat;
		try {
			stat = statSync(file);
		} catch {
			continue;
		}

		if (!stat.isFile()) continue;
		const hit = cache.get(file);
		if (hit && hit.mtime === stat.mtimeMs) return hit.result;
		const result = readChecked(stat.size, file);
		cache.set(file, {mtime: stat.mtimeMs, result});
		return result;
	}

	return {ok: false, message: `no data file "${name}" in ${dirs.map((d) => path.basename(path.dirname(d)) + '/' + path.basename(d)).join(' or ')}`};
}

function readChecked(size: number, file: string): DataResult<DataSet> {
	if (size > MAX_DATA_BYTES) return {ok: false, message: `data file is ${Math.ceil(size / 1024)} KiB; at most ${MAX_DATA_BYTES / 1024} KiB allowed`};
	let text: string;
	let json: unknown;
	try {
		text = readFileSync(file, 'utf8');
		json = JSON.parse(text);
	} catch (error) {
		return {ok: false, message: `data file is not valid JSON (${(error as Error).message.split('\n')[0]!.slice(0, 80)})`};
	}

	const parsed = dataShape.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {ok: false, message: `data file: ${issue.path.join('.')}: ${issue.message.slice(0, 120)}`};
	}

	const {columns, rows} = parsed.data;
	if (new Set(columns).size !== columns.length) return {ok: false, message: 'data file: column names repeat'};
	for (const [i, row] of rows.entries()) {
		if (row.length !== columns.length) return {ok: false, message: `data file: row ${i} has ${row.length} values, expected ${columns.length}`};
		for (const value of row) if (typeof value === 'number' && !Number.isFinite(value)) return {ok: false, message: `data file: row ${i} has a value that is not a finite number`};
	}

	return {ok: true, value: {columns, rows, digest: createHash('sha256').update(text).digest('base64url').slice(0, 16)}};
}

/** The model term's data as the engine's numbers, or what is wrong with the pairing. */
export function modelData(term: ModelTerm, data: DataSet): DataResult<ModelData> {
	const index = (name: string) => data.columns.indexOf(name);
	const numeric = (column: number) => data.rows.every((row) => typeof row[column] === 'number');
	const featureColumns: number[] = [];
	for (const name of term.features) {
		const column = index(name);
		if (column < 0) return {ok: false, message: `feature "${name.slice(0, 40)}" is not a column of ${term.data}; columns: ${data.columns.join(', ')}`};
		if (!numeric(column)) return {ok: false, message: `feature "${name}" is not a numeric column`};
		featureColumns.push(column);
	}

	const target = index(term.target);
	if (target < 0) return {ok: false, message: `target "${term.target.slice(0, 40)}" is not a column of ${term.data}; columns: ${data.columns.join(', ')}`};
	if (term.features.includes(term.target)) return {ok: false, message: 'the target cannot also be a feature'};
	const byNumber = numeric(target);
	const classNames = byNumber ? [] : [...new Set(data.rows.map((row) => String(row[target])))].sort();
	const classes = classNames.length;
	if (term.model === 'linear' && !byNumber) return {ok: false, message: 'a linear model needs a numeric target'};
	if (term.model === 'softmax' && byNumber) return {ok: false, message: 'a softmax model needs a class target (a column of names)'};
	if (!byNumber && (classes < 2 || classes > MAX_CLASSES)) return {ok: false, message: `expected 2–${MAX_CLASSES} classes in "${term.target}", got ${classes}`};
	if (term.model === 'mlp' && term.hidden === undefined) return {ok: false, message: 'an mlp model needs "hidden" (the number of hidden units)'};
	if (term.model !== 'mlp' && term.hidden !== undefined) return {ok: false, message: '"hidden" is for mlp models only'};
	if (term.model !== 'linear' && !((term.l2 ?? 0) > 0)) return {ok: false, message: `a ${term.model} model needs "l2" > 0, or its loss may have no lowest point (separable classes)`};

	const rows = data.rows.length;
	const d = featureColumns.length;
	const hidden = term.hidden ?? 0;
	const n = parameterCount({kind: term.model, features: d, classes, hidden});
	if (n > MAX_PARAMETERS) return {ok: false, message: `the model has ${n} parameters; at most ${MAX_PARAMETERS} allowed`};
	if (n * rows > MAX_WORK) return {ok: false, message: `${rows} examples × ${n} parameters is too much work per step; at most ${MAX_WORK}`};

	const x = new Float64Array(rows * d);
	for (let i = 0; i < rows; i++) for (let j = 0; j < d; j++) x[i * d + j] = data.rows[i]![featureColumns[j]!] as number;
	if (term.standardize) {
		for (let j = 0; j < d; j++) {
			let mean = 0;
			for (let i = 0; i < rows; i++) mean += x[i * d + j]!;
			mean /= rows;
			let variance = 0;
			for (let i = 0; i < rows; i++) {
				const c = x[i * d + j]! - mean;
				variance += c * c;
			}
			const sd = Math.sqrt(variance / rows);
			if (!(sd > 0)) return {ok: false, message: `feature "${term.features[j]}" is constant; it cannot be standardized`};
			for (let i = 0; i < rows; i++) x[i * d + j] = (x[i * d + j]! - mean) / sd;
		}
	}

	const y = Float64Array.from(data.rows, (row) => (byNumber ? (row[target] as number) : classNames.indexOf(String(row[target]))));
	return {
		ok: true,
		value: {
			kind: term.model,
			rows,
			features: d,
			classes,
			hidden,
			x,
			y,
			l2: term.l2 ?? 0,
			init: term.init ?? {seed: 1, scale: 0.1},
			featureNames: term.features,
			classNames,
		},
	};
}
