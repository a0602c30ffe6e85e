import {cleanText} from '../text/sanitize.js';

/** Shape checks shared by the store's parsers. The files are untrusted: check, never assume. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An integer in [min, max]. */
export function isInt(value: unknown, min: number, max: number): value is number {
	return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A finite number in [min, max) (or [min, max] when `closed`). */
export function isIn(value: unknown, min: number, max: number, closed = false): value is number {
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= min &&
		(closed ? value <= max : value < max)
	);
}

/** A score: an integer in [0, 1000]. */
export const isScore = (value: unknown): value is number => isInt(value, 0, 1000);

/** A star count: 0, 1, 2 or 3. */
export type Stars = 0 | 1 | 2 | 3;
export const isStars = (value: unknown): value is Stars => isInt(value, 0, 3);

/** A seed: a non-negative safe integer. */
export const isSeed = (value: unknown): value is number => isInt(value, 0, Number.MAX_SAFE_INTEGER);

/**
 * An id usable as a record key (level, lesson, date, knob): 1–128 characters, printable, no
 * spaces, and not `__proto__`.
 */
export function isKey(value: unknown): value is string {
	return isToken(value, 128) && value !== '__proto__';
}

/** A printable string of 1–`max` characters without spaces (hashes, versions, share codes). */
export function isToken(value: unknown, max: number): value is string {
	return (
		typeof value === 'string' &&
		value.length > 0 &&
		value.length <= max &&
		!/\s/.test(value) &&
		cleanText(value) === value
	);
}

/** An own property of `record` (never one inherited from Object.prototype). */
export function own<V>(record: Record<string, V>, key: string): V | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The entries of `value` whose key passes {@link isKey} and whose value `parse` accepts; an
 * empty record when `value` is not an object.
 */
export function recordOf<V>(value: unknown, parse: (item: unknown) => V | undefined): Record<string, V> {
	if (!isObject(value)) return {};
	const entries: Array<[string, V]> = [];
	for (const [key, item] of Object.entries(value)) {
		const parsed = isKey(key) ? parse(item) : undefined;
		if (parsed !== undefined) entries.push([key, parsed]);
	}
	return Object.fromEntries(entries);
}
