/**
 * The tutorial's last step (a screen: the doctor sits above the lessons' layer) reads a real training log shipped with the game (examples/doctor/)
 * through the doctor's one-call API: the curve to draw and the diagnosis in words.
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readTrainingLog, type ReadResult} from '../../../doctor/report.js';
import type {Language} from '../../../engine/types.js';

/** The folder of the example logs (beside dist/ and source/ alike). */
const EXAMPLES = new URL('../../../../examples/doctor/', import.meta.url);

const cache = new Map<string, ReadResult | null>();

/** The doctor's reading of the example log `name` in `lang`, or null if it cannot be read. */
export function readExampleLog(name: string, lang: Language): ReadResult | null {
	const key = `${name}:${lang}`;
	if (!cache.has(key)) {
		let result: ReadResult | null = null;
		try {
			const text = readFileSync(fileURLToPath(new URL(name, EXAMPLES)), 'utf8');
			result = readTrainingLog(text, {file: `examples/doctor/${name}`, lang});
		} catch {
			result = null;
		}

		cache.set(key, result);
	}

	return cache.get(key) ?? null;
}

/** A series' values in step order, as the loss curve draws them. */
export function seriesValues(points: ReadonlyArray<{step: number; value: number}>): Float64Array {
	return Float64Array.from([...points].sort((a, b) => a.step - b.step).map((p) => p.value));
}
