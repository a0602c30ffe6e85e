/**
 * Curves of a training log drawn on a character grid: x is the logged step, y the value on a log
 * scale (linear when a value is zero or negative). Pure: series in, a grid of cells out; the
 * screen paints the cells. NaN and infinite points are marked on the top row: the run left the
 * chart there.
 */
import type {Point, Series} from './parse.js';

export type CurveKind = 'train' | 'validation' | 'lr';

export type PlotCell = {ch: string; kind: CurveKind | 'blow' | 'none'};

export type Plot = {
	/** `height` rows of `width` cells, top row first */
	rows: PlotCell[][];
	/** the values at the top and bottom rows */
	top: number;
	bottom: number;
	logScale: boolean;
	/** the steps at the left and right columns */
	first: number;
	last: number;
};

export type PlotCurve = {kind: CurveKind; points: readonly Point[]};

/**
 * The points to draw of a series: all of them, or for a long log its even sample with the points
 * read over the whole log put back in place (the first, the lowest, the highest, where it blew up,
 * the last), so the chart spans the run and its extremes even where the sample fell between them.
 */
export function pointsToDraw(series: Series): readonly Point[] {
	const {logged} = series;
	if (!logged) return series.points;
	const extra = [logged.firstFinite, logged.best, logged.peak, logged.blowUp?.at, logged.last].filter((p): p is Point => p !== undefined);
	return [...series.points, ...extra].sort((a, b) => a.step - b.step);
}

/** The most decades of a log scale one chart spans (see plotCurves). */
export const MAX_DECADES = 6;

const GLYPHS = {
	unicode: {train: '•', validation: '∘', lr: '·', blow: '×'},
	ascii: {train: '*', validation: 'o', lr: '.', blow: 'X'},
} as const;

/**
 * Draws `curves` on a `width` × `height` grid sharing one x range (all curves' steps) and one y
 * range (all finite values). A later curve is drawn over an earlier one where they meet.
 */
export function plotCurves(curves: readonly PlotCurve[], width: number, height: number, ascii = false, maxDecades = MAX_DECADES): Plot {
	const w = Math.max(2, Math.floor(width));
	const h = Math.max(1, Math.floor(height));
	const glyph = ascii ? GLYPHS.ascii : GLYPHS.unicode;
	const rows: PlotCell[][] = Array.from({length: h}, () => Array.from({length: w}, () => ({ch: ' ', kind: 'none' as const})));
	const all = curves.flatMap((c) => c.points);
	const finite = all.filter((p) => Number.isFinite(p.value)).map((p) => p.value);
	if (all.length === 0) return {rows, top: 1, bottom: 0, logScale: false, first: 0, last: 0};
	const logScale = finite.length > 0 && finite.every((v) => v > 0);
	const y = (v: number) => (logScale ? Math.log10(v) : v);
	// loops, not Math.min(...values): a long log has more values than a call can take
	let lo = finite.length > 0 ? finite.reduce((a, v) => Math.min(a, y(v)), Number.POSITIVE_INFINITY) : 0;
	let hi = finite.length > 0 ? finite.reduce((a, v) => Math.max(a, y(v)), Number.NEGATIVE_INFINITY) : 1;
	// A blow-up to 1e60 would flatten everything before it: the chart shows at most maxDecades
	// above its lowest value, and what flies higher is marked on the top row.
	if (logScale && hi - lo > maxDecades) hi = lo + maxDecades;
	if (hi - lo < 1e-12) {
		lo -= logScale ? 0.5 : Math.abs(lo) * 0.1 + 1;
		hi += logScale ? 0.5 : Math.abs(hi) * 0.1 + 1;
	}
	const steps = all.map((p) => p.step);
	const first = steps.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
	const last = steps.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
	const column = (step: number) => (last === first ? 0 : Math.round(((step - first) / (last - first)) * (w - 1)));
	const row = (v: number) => Math.max(0, Math.min(h - 1, Math.round(((hi - y(v)) / (hi - lo)) * (h - 1))));

	for (const curve of curves) {
		// per column: the rows its points reach; a line joins a column to the one before it
		const spans = new Map<number, {lo: number; hi: number; blow: boolean}>();
		for (const p of curve.points) {
			const c = column(p.step);
			const span = spans.get(c) ?? {lo: Number.POSITIVE_INFINITY, hi: Number.NEGATIVE_INFINITY, blow: false};
			if (Number.isFinite(p.value) && y(p.value) <= hi + 1e-9) {
				const r = row(p.value);
				span.lo = Math.min(span.lo, r);
				span.hi = Math.max(span.hi, r);
			} else {
				span.blow = true;
			}
			spans.set(c, span);
		}

		let previous: number | undefined;
		for (const c of [...spans.keys()].sort((a, b) => a - b)) {
			const span = spans.get(c)!;
			if (span.blow) rows[0]![c] = {ch: glyph.blow, kind: 'blow'};
			if (!Number.isFinite(span.lo)) {
				previous = undefined;
				continue;
			}
			let top = span.lo;
			let bottom = span.hi;
			if (previous !== undefined) {
				// reach halfway toward the previous column's row so a steep fall reads as a line
				if (previous < top) top = Math.min(top, Math.ceil((previous + span.lo) / 2));
				if (previous > bottom) bottom = Math.max(bottom, Math.floor((previous + span.hi) / 2));
			}
			for (let r = top; r <= bottom; r++) rows[r]![c] = {ch: glyph[curve.kind], kind: curve.kind};
			previous = Math.round((span.lo + span.hi) / 2);
		}
	}

	const back = (v: number) => (logScale ? 10 ** v : v);
	return {rows, top: back(hi), bottom: back(lo), logScale, first, last};
}
