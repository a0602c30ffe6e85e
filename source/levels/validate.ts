/**
 * Level text → Level: parse the JSON, check the shape (schema.ts), then the meaning: limits,
 * start inside the bounds, a global minimum strictly inside them. Every failure is a result
 * with a code and a message naming the file, the JSON path and what was expected.
 */
import {createHash} from 'node:crypto';
import {criticalPoints} from '../engine/critical.js';
import {landscapeOf} from '../engine/landscape.js';
import {Model, parameterCount, type ModelData} from '../engine/model/model.js';
import type {Level, ModelTerm, Point, Range, Text} from '../engine/types.js';
import {CAPS, line, safe, type SafeText} from '../text/safe.js';
import {dataDirs, MAX_WORK as MAX_STEP_WORK, modelData, readDataSet} from './data.js';
import {levelShape, TERM_TYPES, type LevelShape} from './schema.js';

export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_TERMS = 64;
export const MAX_BUDGET = 100_000;

/**
 * Most work one simulation of a level may take: steps × climbers (the restarts knob's max) ×
 * terrain terms; a model level counts its budget × the cost of one step of its model in terms
 * ({@link modelTermCost}). Par and the percentile run a few hundred to a few thousand
 * simulations, between frames, so this bounds them (and the diagnosis's look-ahead) too.
 */
export const MAX_WORK = 100_000;

/**
 * Example × parameter products that cost about one formula term's step: measured by `npm run
 * bench` (a term's step in a scored run, median over the campaign, ≈ 80 ns; one example ×
 * parameter of a model's full-batch gradient ≈ 4–6 ns on the same machine and load).
 */
export const PRODUCTS_PER_TERM = 16;

/**
 * What one step of a model term counts in {@link MAX_WORK}: examples × parameters (a full-batch
 * gradient's products) over {@link PRODUCTS_PER_TERM}, at least 1. Without its data (a shape not
 * yet read), the largest a model may be (data.ts's per-step limit).
 */
export function modelTermCost(model?: {rows: number; n: number}): number {
	const products = model ? model.rows * model.n : MAX_STEP_WORK;
	return Math.max(1, Math.ceil(products / PRODUCTS_PER_TERM));
}

/**
 * The work of one simulation of a level, as {@link MAX_WORK} counts it. A model level (a model is
 * the level's only term) counts budget × {@link modelTermCost}: its climbers share the budget
 * (DESIGN §2), each step is one pass over the data.
 */
export function levelWork(shape: Pick<LevelShape, 'budget' | 'terrain' | 'knobs'>, model?: {rows: number; n: number}): number {
	if (shape.terrain.some((term) => term.type === 'model')) return shape.budget * modelTermCost(model);
	return shape.budget * (shape.knobs.restarts?.max ?? 1) * shape.terrain.length;
}

export type LevelErrorCode =
	| 'ERR_NOT_FOUND'
	| 'ERR_UNREADABLE'
	| 'ERR_TOO_LARGE'
	| 'ERR_JSON'
	| 'ERR_NOT_FINITE'
	| 'ERR_TOO_MANY_TERMS'
	| 'ERR_UNKNOWN_TERM'
	| 'ERR_SCHEMA'
	| 'ERR_BOUNDS_EMPTY'
	| 'ERR_START_OUT_OF_BOUNDS'
	| 'ERR_BUDGET'
	| 'ERR_TOO_MUCH_WORK'
	| 'ERR_KNOB_RANGE'
	| 'ERR_STARS'
	| 'ERR_DATASET'
	| 'ERR_DATA'
	| 'ERR_MODEL'
	| 'ERR_NO_MINIMUM'
	| 'ERR_MIN_ON_BOUNDARY'
	| 'ERR_DUPLICATE_ID';

export type LevelError = {code: LevelErrorCode; file: string; path: string; message: string};

export type LevelResult = {ok: true; level: Level} | {ok: false; error: LevelError};

/** One line for people: `file: path: message [CODE]`, every part through the sanitizer. */
export function formatLevelError(error: LevelError): SafeText {
	const file = safe(error.file, CAPS.file);
	const where = error.path ? line`${file}: ${safe(error.path, CAPS.arg * 2)}` : file;
	return line`${where}: ${safe(error.message)} [${safe(error.code, CAPS.arg)}]`;
}

/** A level text with both languages through the sanitizer, cut to `maxWidth` columns. */
function cleanLocalized(text: Text, maxWidth: number): Text {
	return {es: safe(text.es, maxWidth), en: safe(text.en, maxWidth)};
}

function fail(code: LevelErrorCode, file: string, path: string, message: string): LevelResult {
	return {ok: false, error: {code, file, path, message}};
}

/** The first non-finite number or too-deep nesting in parsed JSON, as a JSON path. */
function findNonFinite(value: unknown, path: string, depth = 0): string | null {
	if (depth > 32) return path;
	if (typeof value === 'number') return Number.isFinite(value) ? null : path;
	if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) {
			const found = findNonFinite(item, `${path}[${i}]`, depth + 1);
			if (found !== null) return found;
		}
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const found = findNonFinite(item, `${path}.${key}`, depth + 1);
			if (found !== null) return found;
		}
	}

	return null;
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
	return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), '$');
}

/**
 * Parses and validates the text of a level file. `file` labels the messages and locates a model
 * terrain's data (its pack's `data/` folder, then the campaign's; `dataDirs` overrides).
 */
/** How a level file is checked. */
export type ParseOptions = {
	dataDirs?: readonly string[];
	/**
	 * Skip the critical-point checks (a floor strictly inside the bounds), for the campaign shipped
	 * with the game: its files are checked in full by the test suite, and a menu needs their titles,
	 * not their terrains' critical points (found later, when a level is played, and cached).
	 */
	trusted?: boolean;
};

export function parseLevel(source: string, file: string, options: ParseOptions = {}): LevelResult {
	if (Buffer.byteLength(source, 'utf8') > MAX_FILE_BYTES) {
		return fail('ERR_TOO_LARGE', file, '$', `file is larger than ${MAX_FILE_BYTES / 1024} KiB`);
	}

	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch (error) {
		return fail('ERR_JSON', file, '$', `not valid JSON (${(error as Error).message.split('\n')[0]})`);
	}

	const nonFinite = findNonFinite(json, '$');
	if (nonFinite !== null) return fail('ERR_NOT_FINITE', file, nonFinite, 'expected a finite number');

	if (json && typeof json === 'object' && !Array.isArray(json)) {
		const terrain = (json as {terrain?: unknown}).terrain;
		if (Array.isArray(terrain)) {
			if (terrain.length > MAX_TERMS) {
				return fail('ERR_TOO_MANY_TERMS', file, '$.terrain', `expected at most ${MAX_TERMS} terms, got ${terrain.length}`);
			}

			for (const [i, term] of terrain.entries()) {
				const type = (term as {type?: unknown} | null)?.type;
				if (typeof type === 'string' && !(TERM_TYPES as readonly string[]).includes(type)) {
					return fail('ERR_UNKNOWN_TERM', file, `$.terrain[${i}].type`, `unknown term type "${type.slice(0, 40)}"; expected one of ${TERM_TYPES.join(', ')}`);
				}
			}
		}
	}

	const parsed = levelShape.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return fail('ERR_SCHEMA', file, jsonPath(issue.path), describeIssue(issue));
	}

	return validateLevel(parsed.data, file, options.dataDirs ?? dataDirs(file), options.trusted === true);
}

function describeIssue(issue: {code: string; message: string; path: ReadonlyArray<PropertyKey>; keys?: string[]}): string {
	if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
	return issue.message.replace(/^Invalid input: /, '').slice(0, 200);
}

function checkRange(file: string, name: string, range: Range | undefined, min: number, max: number, maxExclusive: boolean): LevelResult | null {
	if (!range) return null;
	const path = `$.knobs.${name}`;
	const high = maxExclusive ? `below ${max}` : `at most ${max}`;
	if (range.min < min || (maxExclusive ? range.max >= max : range.max > max)) {
		return fail('ERR_KNOB_RANGE', file, path, `expected a range within ${min} and ${high}, got ${range.min}–${range.max}`);
	}

	if (range.min > range.max) return fail('ERR_KNOB_RANGE', file, path, `min ${range.min} is above max ${range.max}`);
	if (range.default < range.min || range.default > range.max) {
		return fail('ERR_KNOB_RANGE', file, `${path}.default`, `default ${range.default} is outside ${range.min}–${range.max}`);
	}

	return null;
}

/**
 * The content hash: everything that changes how the level plays, not its texts. A model
 * terrain's data file counts by the digest of its bytes.
 */
export function levelHash(shape: LevelShape, dataDigest?: string): string {
	const {terrain, bounds, start, budget, tolerance, visibility, knobs, stars, dataset} = shape;
	const canonical = JSON.stringify({
		terrain,
		bounds,
		start,
		budget,
		tolerance,
		visibility,
		knobs,
		stars,
		dataset: dataset ?? null,
		...(dataDigest !== undefined && {data: dataDigest}),
	});
	return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

type ModelCheck = {data: ModelData; digest: string; n: number};

/** A model terrain's term, data and parameter count, or what is wrong with them. */
function checkModel(shape: LevelShape, file: string, dirs: readonly string[]): ModelCheck | LevelResult | null {
	const at = shape.terrain.findIndex((term) => term.type === 'model');
	if (at < 0) return null;
	if (shape.terrain.length !== 1) return fail('ERR_MODEL', file, '$.terrain', 'a model terrain is the level\'s only term');
	const term = shape.terrain[at] as ModelTerm;
	const read = readDataSet(term.data, dirs);
	if (!read.ok) return fail('ERR_DATA', file, `$.terrain[${at}].data`, read.message);
	const made = modelData(term, read.value);
	if (!made.ok) return fail('ERR_MODEL', file, `$.terrain[${at}]`, made.message);
	if (shape.dataset) return fail('ERR_DATASET', file, '$.dataset', 'a model terrain brings its own data set; remove "dataset"');
	return {data: made.value, digest: read.value.digest, n: parameterCount(made.value)};
}

/** Semantic checks on a well-shaped level. */
export function validateLevel(shape: LevelShape, file: string, dirs: readonly string[] = dataDirs(file), trusted = false): LevelResult {
	const checked = checkModel(shape, file, dirs);
	if (checked && 'ok' in checked) return checked;
	const model = checked as ModelCheck | null;
	const many = model !== null && model.n > 2;
	if (many && shape.start) return fail('ERR_MODEL', file, '$.start', `a model with ${model.n} parameters starts at its "init"; remove "start"`);
	if (!many && !shape.start) return fail('ERR_SCHEMA', file, '$.start', 'expected a start point [x, y]');
	const start: Point = shape.start ?? [0, 0];
	const {bounds} = shape;
	if (!(bounds.x[0] < bounds.x[1])) return fail('ERR_BOUNDS_EMPTY', file, '$.bounds.x', `expected x[0] < x[1], got [${bounds.x.join(', ')}]`);
	if (!(bounds.y[0] < bounds.y[1])) return fail('ERR_BOUNDS_EMPTY', file, '$.bounds.y', `expected y[0] < y[1], got [${bounds.y.join(', ')}]`);
	if (start[0] < bounds.x[0] || start[0] > bounds.x[1] || start[1] < bounds.y[0] || start[1] > bounds.y[1]) {
		return fail('ERR_START_OUT_OF_BOUNDS', file, '$.start', `expected a point inside x ${bounds.x.join('…')}, y ${bounds.y.join('…')}, got [${start.join(', ')}]`);
	}

	if (shape.budget > MAX_BUDGET) return fail('ERR_BUDGET', file, '$.budget', `expected at most ${MAX_BUDGET} steps, got ${shape.budget}`);
	const work = levelWork(shape, model ? {rows: model.data.rows, n: model.n} : undefined);
	if (work > MAX_WORK) {
		const what = model
			? `budget × a step of the model (${model.data.rows} examples × ${model.n} parameters / ${PRODUCTS_PER_TERM} = ${modelTermCost({rows: model.data.rows, n: model.n})}) is ${work}; at most ${MAX_WORK} allowed: lower the budget, the examples or the parameters`
			: `budget × climbers (restarts max) × terrain terms is ${work}; at most ${MAX_WORK} allowed: lower the budget, the restarts or the terms`;
		return fail('ERR_TOO_MUCH_WORK', file, '$.budget', what);
	}

	const {knobs} = shape;
	const rangeError =
		checkRange(file, 'learningRate', knobs.learningRate, Number.MIN_VALUE, 1e6, false) ??
		checkRange(file, 'momentum', knobs.momentum, 0, 1, true) ??
		checkRange(file, 'decay', knobs.decay, 0, 1, true) ??
		checkRange(file, 'temperature', knobs.temperature, 0, 1e6, false) ??
		checkRange(file, 'batchSize', knobs.batchSize, 1, model?.data.rows ?? shape.dataset?.size ?? Infinity, false) ??
		checkRange(file, 'restarts', knobs.restarts, 1, 64, false);
	if (rangeError) return rangeError;
	if (knobs.learningRate.min <= 0) return fail('ERR_KNOB_RANGE', file, '$.knobs.learningRate.min', 'expected η > 0');
	if (knobs.batchSize && !shape.dataset && !model) return fail('ERR_DATASET', file, '$.dataset', 'a level with a batchSize knob needs a dataset {size, spread}');
	for (const name of ['batchSize', 'restarts'] as const) {
		const range = knobs[name];
		if (range && ![range.min, range.max, range.default].every((n) => Number.isInteger(n))) {
			return fail('ERR_KNOB_RANGE', file, `$.knobs.${name}`, 'expected whole numbers');
		}
	}

	if (knobs.schedule && !knobs.schedule.allowed.includes(knobs.schedule.default)) {
		return fail('ERR_KNOB_RANGE', file, '$.knobs.schedule.default', `expected one of ${knobs.schedule.allowed.join(', ')}`);
	}

	const [a, b, c] = shape.stars;
	if (!(a >= 0 && a < b && b < c && c <= 1000)) {
		return fail('ERR_STARS', file, '$.stars', `expected three increasing thresholds within 0–1000, got [${shape.stars.join(', ')}]`);
	}

	// the texts are cleaned once, here, so every screen that shows them shows safe text
	const texts = {
		title: cleanLocalized(shape.title, CAPS.title),
		briefing: cleanLocalized(shape.briefing, CAPS.briefing),
		...(shape.lesson ? {lesson: cleanLocalized(shape.lesson, CAPS.briefing)} : {}),
	};
	const level: Level = {...shape, ...texts, start, hash: levelHash(shape, model?.digest)};
	if (model) level.model = model.data;
	if (many) return checkModelMinimum(level, file);
	if (trusted) return {ok: true, level};
	return checkFloor(level, file);
}

/**
 * The checks that need the terrain's critical points: a lowest point strictly inside the bounds.
 * A `trusted` load (the shipped campaign, read in full for the level list) leaves them for when
 * a level is opened to be played; this is that check. The points found are cached by the
 * level's hash, so the run that follows does not look for them again. `file` labels the message.
 */
export function checkFloor(level: Level, file: string): LevelResult {
	// a model with more than two parameters was checked on load (its minimum lies within a radius of the origin)
	if (level.model && parameterCount(level.model) > 2) return {ok: true, level};
	const found = criticalPoints(level);
	if (found.global.length === 0 && found.boundaryLow && !edgeIsLower(level, found.boundaryLow.loss)) {
		// Flat ground (or a flat valley line): the edge is no lower than the inside, there is simply no floor.
		return fail('ERR_NO_MINIMUM', file, '$.terrain', 'expected at least one minimum inside the bounds; this terrain has no isolated lowest point');
	}

	if (found.boundaryLow) {
		const {x, y, loss} = found.boundaryLow;
		return fail('ERR_MIN_ON_BOUNDARY', file, '$.terrain', `the lowest point (${fmt(x)}, ${fmt(y)}), loss ${fmt(loss)}, is on the edge of the bounds; expected the global minimum strictly inside`);
	}

	if (found.global.length === 0) return fail('ERR_NO_MINIMUM', file, '$.terrain', 'expected at least one minimum inside the bounds');
	return {ok: true, level};
}

/**
 * A model with many parameters: its lowest point lies inside the ball |θ|² ≤ 2·L(0)/l2 (the
 * loss is at least ½·l2·|θ|² and the minimum is no higher than L(0)), so it is strictly inside
 * the map (every |θᵢ| < limit) when that radius is below the limit. The search for the minimum
 * itself waits for the first run.
 */
function checkModelMinimum(level: Level, file: string): LevelResult {
	const term = level.terrain[0] as ModelTerm;
	const model = new Model(level.model!);
	const radius = Math.sqrt((2 * model.evaluate(new Float64Array(model.n), null)) / level.model!.l2);
	const limit = term.limit ?? 20;
	if (!(radius < limit)) {
		return fail('ERR_MIN_ON_BOUNDARY', file, '$.terrain[0].limit', `expected a limit above ${fmt(radius)} (= √(2·L(0)/l2)) so the lowest point is surely inside the map; got ${fmt(limit)}`);
	}

	if (model.initial().some((value) => !(Math.abs(value) < limit))) return fail('ERR_START_OUT_OF_BOUNDS', file, '$.terrain[0].init', `expected every first parameter within ±${fmt(limit)}`);
	return {ok: true, level};
}

/** True when every sampled point strictly inside the bounds lies above `edgeLoss`: the edge really is lower. */
function edgeIsLower(level: Level, edgeLoss: number): boolean {
	const landscape = landscapeOf(level);
	const {x, y} = level.bounds;
	const n = 32;
	let lowest = Infinity;
	for (let j = 1; j < n; j++) {
		for (let i = 1; i < n; i++) {
			lowest = Math.min(lowest, landscape.value(x[0] + ((x[1] - x[0]) * i) / n, y[0] + ((y[1] - y[0]) * j) / n));
		}
	}

	const tie = 1e-9 * Math.max(1, Math.abs(edgeLoss));
	return lowest > edgeLoss + tie;
}

function fmt(n: number): string {
	return Number(n.toPrecision(4)).toString();
}
