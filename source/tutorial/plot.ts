/** Small text plots for the tutorial: a run's loss curve on a log scale. */
import type {Language} from '../engine/types.js';
import {learnerNumber} from './format.js';

export type CurveOptions = {
	/** the log10 range of the axis (low, high); by default the curve's own range */
	range?: readonly [number, number];
	/** another run's loss drawn faintly underneath, on the same axis (a healthy reference) */
	reference?: Float64Array;
};

/** The gap to the floor of `loss` at `columns` evenly spread steps, as log10 (+∞ once it is not finite). */
function sample(loss: Float64Array, minLoss: number, columns: number): number[] {
	const n = loss.length;
	const values: number[] = [];
	for (let c = 0; c < columns; c++) {
		const index = Math.min(n - 1, Math.floor((c * (n - 1)) / Math.max(1, columns - 1)));
		const gap = loss[index]! - minLoss;
		values.push(Number.isFinite(gap) ? Math.log10(Math.max(gap, 1e-12)) : Number.POSITIVE_INFINITY);
	}

	return values;
}

/**
 * The loss curve of a run as `height` lines of `width` columns: the gap to the floor
 * (loss − minLoss) on a log scale, highest at the top; a value that stopped being finite, or
 * above the axis, is drawn as an arrow off the top. Steps run left to right. With a fixed
 * `range`, runs of different speeds look different (an auto-scaled axis draws a slow run and a
 * ten times faster one as the same line).
 */
export function lossCurve(loss: Float64Array, minLoss: number, width: number, height: number, ascii: boolean, lang: Language = 'en', options: CurveOptions = {}): string[] {
	const columns = Math.max(1, Math.min(width, loss.length));
	const values = sample(loss, minLoss, columns);
	const finite = values.filter((v) => Number.isFinite(v));
	const [low, high] = options.range ?? [finite.length > 0 ? Math.min(...finite) : 0, finite.length > 0 ? Math.max(...finite) : 1];
	const span = high - low || 1;
	const grid = Array.from({length: height}, () => Array.from({length: columns}, () => ' '));
	const up = ascii ? '^' : '↑';
	const rowOf = (v: number) => height - 1 - Math.round(((Math.min(high, Math.max(low, v)) - low) / span) * (height - 1));
	const draw = (series: number[], dot: string, arrows: boolean) => {
		for (const [c, v] of series.entries()) {
			if (!Number.isFinite(v) || v > high + span / (2 * Math.max(1, height - 1))) {
				if (arrows) grid[0]![c] = up;
				continue;
			}

			grid[rowOf(v)]![c] = dot;
		}
	};

	if (options.reference) draw(sample(options.reference, minLoss, columns), ascii ? '.' : '∘', false);
	draw(values, ascii ? '*' : '•', true);
	const bar = ascii ? '|' : '│';
	const top = label(high, lang);
	const bottom = label(low, lang);
	const labelWidth = Math.max(top.length, bottom.length);
	return grid.map((cells, r) => {
		const text = r === 0 ? top : r === height - 1 ? bottom : '';
		return `${text.padStart(labelWidth)} ${bar}${cells.join('')}`.trimEnd();
	});
}

/** A gap given by its log10, as a learner reads it: 6,5 · 0,0013 · 1·10⁻⁶. */
function label(log10: number, lang: Language): string {
	return learnerNumber(Number((10 ** log10).toPrecision(2)), lang, 2);
}
