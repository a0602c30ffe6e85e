/**
 * Everything the flight recorder shows, computed from a run without a screen: the series of the
 * line charts, the run's events, the histograms and the dots of the terrain picture. Pure: the
 * blessed widgets in screen.ts only draw what these return.
 */
import {landscapeOf} from '../engine/simulate.js';
import {formatNumber, formatPoint} from '../i18n/format.js';
import type {CriticalPoints, Language, Level, Trajectory} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {DASHBOARD_TEXT} from '../i18n/dashboard.js';

/** What log10 adds to loss − minimum so a run that reaches the floor exactly still has a value. */
export const TINY_GAP = 1e-12;

/** The loss curve on a log scale. */
export type LossSeries = {
	/** log10(loss − minLoss + TINY_GAP) per step, steps + 1 values, all finite */
	values: number[];
	/** log10 of the level's tolerance: the line below which the climber has arrived */
	tolerance: number;
	/** log10(TINY_GAP): where the global minimum's loss itself sits on this axis */
	floor: number;
	/** the first step whose loss was not finite (drawn at the top of the chart), else null */
	offChartFrom: number | null;
};

/** log10 of the gap to the floor for every step; a non-finite loss is drawn just above the highest finite one. */
export function lossSeries(trajectory: Trajectory, minLoss: number, tolerance: number): LossSeries {
	const n = trajectory.steps;
	const values: number[] = [];
	let offChartFrom: number | null = null;
	let top = Math.log10(Math.max(tolerance, TINY_GAP));
	for (let t = 0; t <= n; t++) {
		const gap = trajectory.loss[t]! - minLoss;
		if (Number.isFinite(gap)) {
			const value = Math.log10(Math.max(0, gap) + TINY_GAP);
			values.push(value);
			top = Math.max(top, value);
		} else {
			offChartFrom ??= t;
			values.push(Number.NaN);
		}
	}

	const ceiling = top + 1;
	return {
		values: values.map((value) => (Number.isNaN(value) ? ceiling : value)),
		tolerance: Math.log10(Math.max(tolerance, TINY_GAP)),
		floor: Math.log10(TINY_GAP),
		offChartFrom,
	};
}

/** |v| and η per step (steps + 1 values each), on a log10 scale when they span more than 3 decades. */
export type MotionSeries = {speed: number[]; eta: number[]; log: boolean};

/** The speed and learning-rate curves; non-finite speeds are held at the largest finite one. */
export function motionSeries(trajectory: Trajectory): MotionSeries {
	const n = trajectory.steps;
	const speed: number[] = [];
	const eta: number[] = [];
	let largest = 0;
	let smallest = Infinity;
	let finite = true;
	for (let t = 0; t <= n; t++) {
		for (const value of [trajectory.speed[t]!, trajectory.eta[t]!]) {
			if (!Number.isFinite(value)) finite = false;
			else {
				largest = Math.max(largest, value);
				if (value > 0) smallest = Math.min(smallest, value);
			}
		}
	}

	const log = !finite || (largest > 0 && largest / smallest > 1000);
	const shape = (value: number) => {
		const held = Number.isFinite(value) ? value : largest;
		return log ? Math.log10(Math.max(held, TINY_GAP)) : held;
	};

	for (let t = 0; t <= n; t++) {
		speed.push(shape(trajectory.speed[t]!));
		eta.push(shape(trajectory.eta[t]!));
	}

	return {speed, eta, log};
}

/** At most `maxPoints` evenly spaced indices of a series of `length`, always keeping the first and the last. */
export function sampleIndices(length: number, maxPoints: number): number[] {
	if (length <= 0) return [];
	const count = Math.max(2, Math.floor(maxPoints));
	if (length <= count) return Array.from({length}, (_, i) => i);
	const indices: number[] = [];
	for (let k = 0; k < count; k++) indices.push(Math.round(((length - 1) * k) / (count - 1)));
	return indices;
}

/** The kinds of event the flight log shows. */
export type RunEventKind = 'start' | 'flip' | 'explosion' | 'blew-up' | 'left-map' | 'arrival' | 'settled' | 'end';

/** Something that happened at a step of the run (the state after `step` steps). */
export type RunEvent = {step: number; kind: RunEventKind};

/** Options of `runEvents`: the floor, the tolerance and the map's size (for "settled"). */
export type EventScale = {minLoss: number; tolerance: number; size: number};

/**
 * The run's events, in order of step: start; the first reversal of direction (the first step
 * pointing against the one before); the explosion (gap over 10× the start's); overflow; leaving the
 * map; arrival (the step from which the gap stays within tolerance to the end); settling (the
 * step from which every step is shorter than a thousandth of the map); end.
 */
export function runEvents(trajectory: Trajectory, scale: EventScale): RunEvent[] {
	const n = trajectory.steps;
	const {x, y} = trajectory;
	const gap = (t: number) => trajectory.loss[t]! - scale.minLoss;
	const events: RunEvent[] = [{step: 0, kind: 'start'}];

	for (let t = 1; t < n; t++) {
		const ax = x[t]! - x[t - 1]!;
		const ay = y[t]! - y[t - 1]!;
		const bx = x[t + 1]! - x[t]!;
		const by = y[t + 1]! - y[t]!;
		if (ax * bx + ay * by < 0) {
			events.push({step: t + 1, kind: 'flip'});
			break;
		}
	}

	const startGap = Math.max(gap(0), scale.tolerance);
	for (let t = 0; t <= n; t++) {
		if (!(gap(t) <= 10 * startGap)) {
			events.push({step: t, kind: 'explosion'});
			break;
		}
	}

	if (trajectory.blewUpAt !== null) events.push({step: trajectory.blewUpAt, kind: 'blew-up'});
	if (trajectory.leftAt !== null) events.push({step: trajectory.leftAt, kind: 'left-map'});

	const blewUp = trajectory.blewUpAt !== null || !Number.isFinite(gap(n));
	if (!blewUp) {
		let arrived: number | null = null;
		for (let t = n; t >= 0 && gap(t) <= scale.tolerance; t--) arrived = t;
		if (arrived !== null) events.push({step: arrived, kind: 'arrival'});

		const still = settleLength(scale.size);
		let settled: number | null = null;
		for (let t = n; t >= 1 && Math.hypot(x[t]! - x[t - 1]!, y[t]! - y[t - 1]!) < still; t--) settled = t;
		if (settled !== null && settled < n) events.push({step: settled, kind: 'settled'});
	}

	events.push({step: n, kind: 'end'});
	const order: RunEventKind[] = ['start', 'flip', 'explosion', 'blew-up', 'left-map', 'arrival', 'settled', 'end'];
	return events.sort((a, b) => a.step - b.step || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** A step shorter than this (a thousandth of the map's diagonal) counts as standing still. */
export function settleLength(size: number): number {
	return size / 1000;
}

/** One line of the flight log for an event, in the player's language. */
export function describeEvent(event: RunEvent, trajectory: Trajectory, scale: EventScale, lang: Language): string {
	const t = translator(DASHBOARD_TEXT, lang);
	const loss = formatNumber(trajectory.loss[event.step] ?? Number.NaN, lang);
	const step = event.step;
	switch (event.kind) {
		case 'start': {
			return t('eventStart', {step, point: formatPoint(trajectory.x[0]!, trajectory.y[0]!, lang), loss});
		}

		case 'flip': {
			return t('eventFlip', {step});
		}

		case 'explosion': {
			return t('eventExplosion', {step});
		}

		case 'blew-up': {
			return t('eventBlewUp', {step});
		}

		case 'left-map': {
			return t('eventLeft', {step});
		}

		case 'arrival': {
			return t('eventArrival', {step});
		}

		case 'settled': {
			return t('eventSettled', {step, size: formatNumber(settleLength(scale.size), lang)});
		}

		case 'end': {
			return t('eventEnd', {step, loss});
		}
	}
}

/** A histogram: `counts[i]` values fell in [edges[i], edges[i + 1]); the last bin includes its top edge. */
export type Histogram = {edges: number[]; counts: number[]};

/**
 * Counts finite values into `bins` equal bins over [low, high]; values outside are counted in the
 * end bins, non-finite ones are left out. The counts sum to the number of finite values.
 */
export function histogram(values: Iterable<number>, bins: number, low: number, high: number): Histogram {
	const count = Math.max(1, Math.floor(bins));
	const span = high > low ? high - low : 1;
	const edges = Array.from({length: count + 1}, (_, i) => low + (span * i) / count);
	const counts = Array.from({length: count}, () => 0);
	for (const value of values) {
		if (!Number.isFinite(value)) continue;
		counts[binOf(value, count, low, span)]! += 1;
	}

	return {edges, counts};
}

/** The bin a value falls in, clamped to the ends. */
export function binOf(value: number, bins: number, low: number, span: number): number {
	return Math.min(bins - 1, Math.max(0, Math.floor(((value - low) / span) * bins)));
}

/** The lengths of the run's steps, |θₜ₊₁ − θₜ| (steps values). */
export function stepLengths(trajectory: Trajectory): number[] {
	const lengths: number[] = [];
	for (let t = 0; t < trajectory.steps; t++) {
		lengths.push(Math.hypot(trajectory.x[t + 1]! - trajectory.x[t]!, trajectory.y[t + 1]! - trajectory.y[t]!));
	}

	return lengths;
}

/** The histogram of log10 step lengths, with the bin of the last step marked (null when it has none). */
export function stepLengthHistogram(trajectory: Trajectory, bins: number): Histogram & {marked: number | null} {
	const logs = stepLengths(trajectory).map((length) => (length > 0 ? Math.log10(length) : Number.NaN));
	const finite = logs.filter((value) => Number.isFinite(value));
	const low = finite.length > 0 ? Math.floor(Math.min(...finite)) : -1;
	const high = finite.length > 0 ? Math.ceil(Math.max(...finite)) : 0;
	const top = high > low ? high : low + 1;
	const result = histogram(finite, bins, low, top);
	const last = logs.at(-1);
	const marked = last !== undefined && Number.isFinite(last) ? binOf(last, result.counts.length, low, top - low) : null;
	return {...result, marked};
}

/** A player's score among random climbers' scores: the histogram over 0–1000 and the player's bin. */
export function scoreHistogram(scores: readonly number[], bins: number, player: number): Histogram & {marked: number} {
	const result = histogram(scores, bins, 0, 1000);
	return {...result, marked: binOf(player, result.counts.length, 0, 1000)};
}

/** The terrain picture in canvas dots (x to the right, y down). */
export type TerrainPicture = {
	/** dots on the boundaries between elevation bands, with the band below (0 = lowest) */
	contours: Array<{x: number; y: number; band: number}>;
	/** the path, split where it leaves the picture */
	path: Array<Array<[number, number]>>;
	start: [number, number];
	/** global minima inside the picture */
	minima: Array<[number, number]>;
	bands: number;
};

/**
 * The landscape over the level's bounds at `width` × `height` dots (square dots: braille cells are
 * 2 × 4 dots on a cell twice as tall as wide), contours between `bands` quantile bands of f, and
 * the path of the climber.
 */
export function terrainPicture(
	level: Level,
	trajectory: Trajectory,
	critical: CriticalPoints,
	width: number,
	height: number,
	bands = 8,
): TerrainPicture {
	const w = Math.max(2, Math.floor(width));
	const h = Math.max(2, Math.floor(height));
	const [x0, x1] = level.bounds.x;
	const [y0, y1] = level.bounds.y;
	const scale = Math.min((w - 1) / (x1 - x0), (h - 1) / (y1 - y0));
	const offsetX = (w - 1 - scale * (x1 - x0)) / 2;
	const offsetY = (h - 1 - scale * (y1 - y0)) / 2;
	const toDot = (x: number, y: number): [number, number] => [
		Math.round(offsetX + (x - x0) * scale),
		Math.round(offsetY + (y1 - y) * scale),
	];
	const cols = Math.max(2, Math.round(scale * (x1 - x0)) + 1);
	const rows = Math.max(2, Math.round(scale * (y1 - y0)) + 1);
	const left = Math.round(offsetX);
	const top = Math.round(offsetY);

	const landscape = landscapeOf(level);
	const f = new Float64Array(cols * rows);
	for (let j = 0; j < rows; j++) {
		for (let i = 0; i < cols; i++) f[j * cols + i] = landscape.value(x0 + i / scale, y1 - j / scale);
	}

	const sorted = Float64Array.from(f.filter((value) => Number.isFinite(value))).sort();
	const thresholds: number[] = [];
	for (let k = 1; k < bands; k++) thresholds.push(sorted[Math.floor((sorted.length * k) / bands)] ?? Infinity);
	const bandOf = (value: number) => {
		let band = 0;
		while (band < thresholds.length && value >= thresholds[band]!) band++;
		return band;
	};

	const band = Array.from(f, (value) => bandOf(value));
	const contours: TerrainPicture['contours'] = [];
	for (let j = 0; j < rows; j++) {
		for (let i = 0; i < cols; i++) {
			const here = band[j * cols + i]!;
			const right = i + 1 < cols ? band[j * cols + i + 1]! : here;
			const below = j + 1 < rows ? band[(j + 1) * cols + i]! : here;
			if (right !== here || below !== here) contours.push({x: left + i, y: top + j, band: Math.min(here, right, below)});
		}
	}

	const inside = ([px, py]: [number, number]) => px >= 0 && px < w && py >= 0 && py < h;
	const path: TerrainPicture['path'] = [];
	let segment: Array<[number, number]> = [];
	for (const t of sampleIndices(trajectory.steps + 1, 4000)) {
		const x = trajectory.x[t]!;
		const y = trajectory.y[t]!;
		const dot = Number.isFinite(x) && Number.isFinite(y) ? toDot(x, y) : null;
		if (dot && inside(dot)) {
			segment.push(dot);
		} else if (segment.length > 0) {
			path.push(segment);
			segment = [];
		}
	}

	if (segment.length > 0) path.push(segment);
	const minima = critical.global.map((point) => toDot(point.x, point.y)).filter((dot) => inside(dot));
	return {contours, path, start: toDot(level.start[0], level.start[1]), minima, bands};
}
