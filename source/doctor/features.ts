/**
 * Numbers read off a loss curve: what the doctor's rules look at and what its evidence quotes.
 * Pure; works on log-loss (the curve people plot on a log scale) when every value is positive,
 * on the loss itself otherwise.
 */
import type {Point, Series} from './parse.js';

/** A climb above the lowest point reached so far: how far (log units), from where, to where. */
export type Rise = {rise: number; low: Point; at: Point};

export type CurveFacts = {
	/** logged points, NaN and ±Infinity included */
	points: number;
	first: Point;
	best: Point;
	last: Point;
	/** the first point that was NaN or infinite, and the last finite one before it */
	blowUp?: {at: Point; before: Point};
	/** largest finite value after the first point */
	peak: Point;
	/** the first point EXPLODE_RISE or more above the start whose next EXPLODE_HOLD points are too (a rise that held), if any */
	explodedAt?: Point;
	/** where an explosion began: the lowest finite point before the blow-up or `explodedAt` */
	onset?: Point;
	/** the start (log units when logScale): the larger of the first value and the median of the first few points */
	start: number;
	/** median of the last fifth */
	end: number;
	/** log(start / end): how far it fell, in log units (ln 10 ≈ 2.3 is a factor of ten) */
	drop: number;
	/** share of steps (consecutive logged points) that went up, over the whole run, 0–1 */
	upShare: number;
	/** slope of log-loss per logged point over the last 30 %, by least squares */
	tailSlope: number;
	/** how much of `drop` the last 30 % still made: tail descent / total descent (can be < 0) */
	tailShare: number;
	/**
	 * descent over the last 30 % divided by descent over the first 30 % (least-squares slopes of
	 * log-loss): ≈ 1 for a steady walk that has not slowed, ≪ 1 for a run that settled
	 */
	persistence: number;
	/** median |Δ log-loss| between consecutive analysed points over the second half: the jitter */
	roughness: number;
	/**
	 * the strongest periodic swing over the second half: autocorrelation of the steps at its most
	 * negative lag ≥ 2 (−1 to 1), `lag` in logged points (the first trough: half the swing's
	 * period), `period` the swing's period in logged points (twice the trough's bottom, read
	 * between lags), and the median |Δ log-loss| of those steps. Read on consecutive points: the
	 * whole second half, or the last RAW_WINDOW points of a sampled series (sample.ts).
	 */
	swing: {lag: number; correlation: number; period: number; lag1: number; lag2: number; roughness: number};
	/**
	 * the flat stretch the run was stuck on: smoothed log-loss within FLAT_SPAN over it; `length`
	 * as a share of the run; `fallAfter` how far it fell after it (log units, to the median of the
	 * last fifth); `contrast` how much faster it fell after the stretch than during it
	 */
	flat?: {from: Point; to: Point; length: number; fallAfter: number; contrast: number};
	/** whether the values are compared on a log scale (all positive) */
	logScale: boolean;
	/**
	 * the largest rise of the smoothed curve above its running best (log units): how far the run
	 * climbed back up from the lowest point it had reached, anywhere in the run
	 */
	rebound: Rise;
	/**
	 * the same read point by point, unsmoothed, as the rise held over two consecutive logged points
	 * (the lower of the two; `at` the first): a climb of a few steps counts (a softmax thrown ×3.3
	 * and ×9.4 by η = 50 on its third and fourth points), one point spiked by one bad batch does not
	 */
	jump: Rise;
	/** share of the run (0–1) it took to make half of its fall (start → end, smoothed); 0 when it did not fall */
	halfTime: number;
	/** the swing read over the first half of the run (of a sampled series: its first RAW_WINDOW points): as `swing` */
	earlySwing: {lag: number; correlation: number; period: number; roughness: number};
};

/**
 * Exploding: the loss rose this far (log units) above where it started, ln 10, a factor of ten,
 * and stayed there for the next EXPLODE_HOLD logged points. Runs with η·λ > 2 pass it within a
 * few steps and keep growing (×1e3 and more on every exploding run seen: they never come back
 * under it; the tanh network warmed up to η = 40 stayed over it six points before its loss, bounded
 * by tanh, bounced), and the noisiest batch-1 run peaked at ×1.5 over its start. One point ten
 * times up and the next back down is one bad batch: the parameters were not thrown, or the next
 * loss, read where they landed, would be up too. Three points more, not one: with batch noise of
 * ×e^±1 a point (σ = 1 in log-loss), whose start is read low by that noise, two points in a row
 * ten times over it came by chance on 3 of 32 such logs, four in a row on 1 of 120 (its start read
 * seven times too low).
 */
export const EXPLODE_RISE = Math.log(10);
export const EXPLODE_HOLD = 3;

/** Most points a curve is analysed through (see curveFacts). */
export const MAX_ANALYSED = 4000;

/** A stretch is flat when its smoothed log-loss moves by less than this over the whole stretch. */
export const FLAT_SPAN = 0.03;

function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function slope(values: number[]): number {
	const n = values.length;
	if (n < 2) return 0;
	const meanX = (n - 1) / 2;
	const meanY = values.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	values.forEach((y, x) => {
		sxy += (x - meanX) * (y - meanY);
		sxx += (x - meanX) ** 2;
	});
	return sxy / sxx;
}

function autocorrelation(values: number[], lag: number): number {
	const n = values.length;
	if (n <= lag + 2) return 0;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	let num = 0;
	let den = 0;
	for (let i = 0; i < n; i++) {
		den += (values[i]! - mean) ** 2;
		if (i + lag < n) num += (values[i]! - mean) * (values[i + lag]! - mean);
	}
	return den === 0 ? 0 : num / den;
}

/**
 * The swing of consecutive steps: their most negative autocorrelation at a lag from 2 to 40 (a
 * step up answered by a step down half a period later), and the lag of the first trough that
 * comes within a tenth of it. A periodic swing anti-correlates at every odd multiple of its
 * half-period about equally, so the most negative lag alone may be 3, 5, 7… half-periods.
 */
function trough(steps: number[]): {lag: number; correlation: number; period: number} {
	const maxLag = Math.min(40, Math.floor(steps.length / 3));
	const r = [Number.NaN, Number.NaN];
	for (let lag = 2; lag <= maxLag; lag++) r.push(autocorrelation(steps, lag));
	if (maxLag < 2) return {lag: 2, correlation: autocorrelation(steps, 2), period: 4};
	let lowest = 2;
	for (let lag = 3; lag <= maxLag; lag++) if (r[lag]! < r[lowest]!) lowest = lag;
	const correlation = r[lowest]!;
	if (correlation >= 0) return {lag: lowest, correlation, period: 2 * lowest};
	let lag = 2;
	while (r[lag]! > 0.9 * correlation) lag++;
	while (lag < maxLag && r[lag + 1]! < r[lag]!) lag++;
	// the trough's bottom between lags, by the parabola through it and its neighbours (lag 1 is r(1))
	const before = lag === 2 ? autocorrelation(steps, 1) : r[lag - 1]!;
	const after = lag < maxLag ? r[lag + 1]! : Number.NaN;
	const curve = before - 2 * r[lag]! + after;
	const shift = Number.isFinite(curve) && curve > 0 ? Math.max(-0.5, Math.min(0.5, (before - after) / (2 * curve))) : 0;
	return {lag, correlation, period: 2 * (lag + shift)};
}

/** Running median of width 2·half+1 (shorter at the ends). */
function smooth(values: number[], half: number): number[] {
	return values.map((_, i) => median(values.slice(Math.max(0, i - half), i + half + 1)));
}

/** The facts of one loss curve; `undefined` when it has no finite point at all. */
export function curveFacts(series: Series): CurveFacts | undefined {
	const all = series.points;
	const {logged} = series;
	// A sampled series (sample.ts) knows where it blew up exactly: the sample is cut there.
	const blowIndex = logged ? (logged.blowUp ? Math.min(all.length, Math.ceil(logged.blowUp.index / logged.stride)) : -1) : all.findIndex((p) => !Number.isFinite(p.value));
	const firstFinite = logged ? logged.firstFinite : all.find((p) => Number.isFinite(p.value));
	if (firstFinite === undefined) return undefined;
	// Only the curve before any NaN is a curve; after it the run is gone.
	const finite = (blowIndex === -1 ? all : all.slice(0, blowIndex)).filter((p) => Number.isFinite(p.value));
	const fullPts = finite.length > 0 ? finite : [firstFinite];
	const logScale = fullPts.every((p) => p.value > 0);
	const scale = logScale ? 1 : Math.max(1e-12, median(fullPts.slice(0, 100_000).map((p) => Math.abs(p.value))));
	const fullY = fullPts.map((p) => (logScale ? Math.log(p.value) : p.value / scale));
	// Long logs are read through every k-th point (at most MAX_ANALYSED): the shape is the same,
	// and the smoothing and correlations stay cheap on a 100 MB log.
	const stride = Math.max(1, Math.ceil(fullPts.length / MAX_ANALYSED));
	const pts = stride === 1 ? fullPts : fullPts.filter((_, i) => i % stride === 0);
	const y = stride === 1 ? fullY : fullY.filter((_, i) => i % stride === 0);
	const n = y.length;
	const head = Math.max(1, Math.min(5, Math.ceil(n * 0.05)));
	const start = Math.max(y[0]!, median(y.slice(0, head)));
	const end = median(y.slice(Math.floor(n * 0.8)));
	const tailFrom = Math.floor(n * 0.7);
	const tail = y.slice(tailFrom);
	const tailSlope = slope(tail) / stride;
	const drop = start - end;
	const tailDrop = -tailSlope * stride * Math.max(0, tail.length - 1);
	const headSlope = slope(y.slice(0, Math.max(2, Math.ceil(n * 0.3))));
	const persistence = headSlope < 0 ? (tailSlope * stride) / headSlope : 0;
	const steps = y.slice(1).map((v, i) => v - y[i]!);
	const secondHalf = steps.slice(Math.floor(steps.length / 2));
	// The swing is read on consecutive points, never on every k-th: a swing of a few steps read
	// every k-th point (k above half its period) shows an alias, a slower swing or none at all.
	const toY = (v: number) => (logScale ? Math.log(v) : v / scale);
	const diffs = (values: number[]) => values.slice(1).map((v, i) => v - values[i]!);
	let late: number[];
	let early: number[];
	if (logged) {
		// a sampled series: its first and last points kept whole (sample.ts), up to any blow-up
		const head = logged.head.map(toY);
		const cut = head.findIndex((v) => !Number.isFinite(v));
		early = diffs(cut === -1 ? head : head.slice(0, cut));
		const recent = logged.recent.map(toY);
		let from = recent.length;
		while (from > 0 && Number.isFinite(recent[from - 1]!)) from--;
		late = diffs(recent.slice(from));
	} else {
		const fullSteps = stride === 1 ? steps : diffs(fullY);
		late = fullSteps.slice(Math.floor(fullSteps.length / 2));
		early = fullSteps.slice(0, Math.floor(fullSteps.length / 2));
	}
	let swing = {lag: 0, correlation: 0, period: 0, lag1: 0, lag2: 0, roughness: late.length > 0 ? median(late.map(Math.abs)) : 0};
	if (late.length >= 8) {
		const lag1 = autocorrelation(late, 1);
		const lag2 = autocorrelation(late, 2);
		swing = {...swing, ...trough(late), lag1, lag2};
	}

	const earlyTrough = early.length >= 8 ? trough(early) : undefined;
	const earlySwing = {
		...(earlyTrough && earlyTrough.correlation < 0 ? earlyTrough : {lag: 0, correlation: 0, period: 0}),
		roughness: early.length > 0 ? median(early.map(Math.abs)) : 0,
	};

	const fullN = fullY.length;
	let bestIndex = 0;
	for (let i = 1; i < fullN; i++) if (fullPts[i]!.value < fullPts[bestIndex]!.value) bestIndex = i;
	let peakIndex = Math.min(1, fullN - 1);
	for (let i = peakIndex; i < fullN; i++) if (fullPts[i]!.value > fullPts[peakIndex]!.value) peakIndex = i;

	// The rise must hold over the next EXPLODE_HOLD logged points too: one bad batch spikes one
	// point and the next is back down (the parameters were not thrown), while a ball past η·λ > 2
	// is still up there, higher on every step.
	const risen = (i: number) => fullY[i]! - start >= EXPLODE_RISE;
	const held = (i: number) => {
		for (let k = i + 1; k <= i + EXPLODE_HOLD; k++) if (!risen(k)) return false;
		return true;
	};
	const explodedIndex = fullY.findIndex((_, i) => i > 0 && i + EXPLODE_HOLD < fullN && risen(i) && held(i));
	const blowEnd = explodedIndex !== -1 ? explodedIndex : blowIndex !== -1 ? fullN : -1;
	let onsetIndex = -1;
	for (let i = 0; i < blowEnd; i++) if (onsetIndex === -1 || fullY[i]! < fullY[onsetIndex]!) onsetIndex = i;
	// Read over every point when the series is a sample: where it started, ended, was lowest and
	// highest, and blew up (the lowest point before a blow-up is where it began, when it did not
	// first climb ten times its start).
	const blowUp = logged ? (logged.blowUp ? {at: logged.blowUp.at, before: logged.blowUp.before ?? firstFinite} : undefined) : blowIndex === -1 ? undefined : {at: all[blowIndex]!, before: finite.at(-1) ?? firstFinite};
	const onset = logged?.best && blowUp && explodedIndex === -1 ? logged.best : onsetIndex === -1 ? undefined : fullPts[onsetIndex]!;
	return {
		points: logged ? logged.count : all.length,
		first: firstFinite,
		best: logged?.best ?? fullPts[bestIndex]!,
		last: logged ? logged.last : all.at(-1)!,
		...(blowUp ? {blowUp} : {}),
		peak: logged?.peak ?? fullPts[peakIndex]!,
		...(explodedIndex === -1 ? {} : {explodedAt: fullPts[explodedIndex]!}),
		...(onset ? {onset} : {}),
		start,
		end,
		drop,
		upShare: steps.length === 0 ? 0 : steps.filter((d) => d > 0).length / steps.length,
		tailSlope,
		tailShare: drop > 0 ? tailDrop / drop : 0,
		persistence,
		roughness: median(secondHalf.map(Math.abs)),
		swing,
		...flatStretch(pts, y),
		logScale,
		earlySwing,
		...shapeFacts(pts, y, start, end),
	};
}

/** The largest climb of `values` above their running minimum. */
function riseAboveBest(pts: Point[], values: number[]): Rise {
	let low = 0;
	let rise: Rise = {rise: 0, low: pts[0]!, at: pts[0]!};
	values.forEach((v, i) => {
		if (v < values[low]!) low = i;
		if (v - values[low]! > rise.rise) rise = {rise: v - values[low]!, low: pts[low]!, at: pts[i]!};
	});
	return rise;
}

/** The largest rise above the running minimum held at two consecutive points (see CurveFacts.jump). */
function heldRise(pts: Point[], values: number[]): Rise {
	let low = 0;
	let rise: Rise = {rise: 0, low: pts[0]!, at: pts[0]!};
	for (let i = 0; i + 1 < values.length; i++) {
		if (values[i]! < values[low]!) low = i;
		const held = Math.min(values[i]!, values[i + 1]!) - values[low]!;
		if (held > rise.rise) rise = {rise: held, low: pts[low]!, at: pts[i]!};
	}
	return rise;
}

/** Rebound, jump and half-time (see CurveFacts). */
function shapeFacts(pts: Point[], y: number[], start: number, end: number): Pick<CurveFacts, 'rebound' | 'jump' | 'halfTime'> {
	const n = y.length;
	// smoothed over ±1 % of the run (at least ±1 point): one lucky or unlucky batch does not count
	const s = n >= 10 ? smooth(y, Math.max(1, Math.floor(n / 100))) : y;
	const target = start - (start - end) / 2;
	const halfIndex = start > end ? s.findIndex((v) => v <= target) : -1;
	// A run that did not fall has no half-time (0: it is judged by the other facts).
	const halfTime = halfIndex === -1 ? 0 : halfIndex / Math.max(1, n - 1);
	return {rebound: riseAboveBest(pts, s), jump: heldRise(pts, y), halfTime};
}

/**
 * Flat stretches: maximal runs over which the smoothed curve stays within FLAT_SPAN. The one
 * reported is the longest that the run later left by falling a long way (a pass it balanced on),
 * or else the longest of all (a pit, or where it settled).
 */
function flatStretch(pts: Point[], y: number[]): {flat?: CurveFacts['flat']} {
	const n = y.length;
	if (n < 10) return {};
	const s = smooth(y, Math.max(1, Math.floor(n / 50)));
	const end = median(y.slice(Math.floor(n * 0.8)));
	const stretches: Array<NonNullable<CurveFacts['flat']>> = [];
	let from = 0;
	while (from < n) {
		let low = s[from]!;
		let high = s[from]!;
		let to = from;
		while (to + 1 < n && Math.max(high, s[to + 1]!) - Math.min(low, s[to + 1]!) <= FLAT_SPAN) {
			to++;
			low = Math.min(low, s[to]!);
			high = Math.max(high, s[to]!);
		}
		const length = to - from + 1;
		const fallAfter = s[to]! - end;
		const rest = n - 1 - to;
		const during = Math.max(Math.abs(s[from]! - s[to]!), FLAT_SPAN / 3) / length;
		const after = rest > 0 ? fallAfter / rest : 0;
		stretches.push({from: pts[from]!, to: pts[to]!, length: length / n, fallAfter, contrast: after / during});
		from = to + 1;
	}

	const longest = (list: typeof stretches) => list.reduce<(typeof stretches)[number] | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
	return {flat: longest(stretches.filter((f) => f.fallAfter >= PASS_FALL)) ?? longest(stretches)};
}

/** A fall of at least this much (log units: ×2) after a flat stretch makes it a pass the run was stuck on. */
export const PASS_FALL = Math.log(2);
