/** Small text plots for the tutorial: a run's loss curve on a log scale. */
import {formatNumber} from '../i18n/format.js';
import type {Language} from '../engine/types.js';

/**
 * The loss curve of a run as `height` lines of `width` columns: the gap to the floor
 * (loss − minLoss) on a log scale, highest at the top; a value that stopped being finite is
 * drawn as an arrow off the top. Steps run left to right.
 */
export function lossCurve(loss: Float64Array, minLoss: number, width: number, height: number, ascii: boolean, lang: Language = 'en'): string[] {
	const n = loss.length;
	const columns = Math.max(1, Math.min(width, n));
	const values: number[] = [];
	for (let c = 0; c < columns; c++) {
		const index = Math.min(n - 1, Math.floor((c * (n - 1)) / Math.max(1, columns - 1)));
		const gap = loss[index]! - minLoss;
		values.push(Number.isFinite(gap) ? Math.log10(Math.max(gap, 1e-12)) : Number.POSITIVE_INFINITY);
	}

	const finite = values.filter((v) => Number.isFinite(v));
	const low = finite.length > 0 ? Math.min(...finite) : 0;
	const high = finite.length > 0 ? Math.max(...finite) : 1;
	const span = high - low || 1;
	const grid = Array.from({length: height}, () => Array.from({length: columns}, () => ' '));
	const dot = ascii ? '*' : '•';
	const up = ascii ? '^' : '↑';
	for (const [c, v] of values.entries()) {
		if (!Number.isFinite(v)) {
			grid[0]![c] = up;
			continue;
		}

		const row = height - 1 - Math.round(((v - low) / span) * (height - 1));
		grid[row]![c] = dot;
	}

	const bar = ascii ? '|' : '│';
	const top = label(high, lang);
	const bottom = label(low, lang);
	const labelWidth = Math.max(top.length, bottom.length);
	return grid.map((cells, r) => {
		const label = r === 0 ? top : r === height - 1 ? bottom : '';
		return `${label.padStart(labelWidth)} ${bar}${cells.join('')}`.trimEnd();
	});
}

/** A gap given by its log10, as a short number in `lang`: 6.5 (6,5 in Spanish), 0.0013, 1e-12. */
function label(log10: number, lang: Language): string {
	const value = 10 ** log10;
	return value >= 1e-3 && value < 1e5 ? formatNumber(Number(value.toPrecision(2)), lang, 2) : value.toExponential(0);
}
