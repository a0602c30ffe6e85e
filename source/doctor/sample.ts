/**
 * One series of a training log kept in bounded memory while the log streams by: every point up
 * to a cap, and beyond it every k-th point (k doubling each time the cap fills), so what is kept
 * is the curve sampled evenly, never averaged — an average would smooth away the batch noise and
 * the rocking the diagnosis reads from consecutive points. The facts that one point can decide
 * (the first, the last, the lowest, the highest, where it first became NaN) are kept exactly over
 * every point. So are the first and the last RAW_WINDOW points, consecutive: a swing faster
 * than the sample's stride is read from them (features.ts). Pure.
 *
 * A point's step is resolved only at the end (the log may name its step column late): each point
 * keeps its row, the row's value in the first step column and in the first epoch column.
 */
import type {Point, Series} from './parse.js';

/** Most points kept of one series: below this a series is kept whole. */
export const SAMPLE_CAP = 65_536;
/** Fewest points kept of one series however many series share the memory (see SAMPLE_BUDGET). */
export const SAMPLE_FLOOR = 256;
/** Most points kept across the series of one log (a wide log shares them out). */
export const SAMPLE_BUDGET = 1 << 20;
/**
 * Consecutive raw values kept at each end of a series that passed the cap (at most its cap): a
 * swing of a few steps is faster than the sample's stride can follow (every k-th point of it is
 * an alias), so it is read from points that really follow one another.
 */
export const RAW_WINDOW = 4096;

/** Where a raw point sits: its row, the row's step and epoch cells (NaN when absent), its value. */
type Raw = {row: number; step: number; epoch: number; value: number};

/** Turns a raw point's row and step cells into the step it is drawn at. */
export type StepOf = (row: number, step: number, epoch: number) => number;

/** What was read over every point when `points` holds only a sample. */
export type Logged = {
	/** how many points the series had */
	count: number;
	/** the sample holds the points at 0, stride, 2·stride, … of the series */
	stride: number;
	last: Point;
	/** the first finite point */
	firstFinite?: Point;
	/** the first point that was NaN or infinite, its index, and the last finite one before it */
	blowUp?: {at: Point; index: number; before?: Point};
	/** lowest and highest (after the first) finite points before any blow-up, first of equals */
	best?: Point;
	peak?: Point;
	/** the first, last, lowest and highest positive finite values (what η is read from) */
	positive?: {first: number; last: number; min: number; max: number};
	/** the values of the first and of the last RAW_WINDOW points (at most the cap), consecutive, in order */
	head: number[];
	recent: number[];
};

function raw(): Raw {
	return {row: 0, step: Number.NaN, epoch: Number.NaN, value: Number.NaN};
}

function set(target: Raw, row: number, step: number, epoch: number, value: number): void {
	target.row = row;
	target.step = step;
	target.epoch = epoch;
	target.value = value;
}

function grow(array: Float64Array, size: number): Float64Array {
	const next = new Float64Array(size);
	next.set(array.subarray(0, Math.min(array.length, size)));
	return next;
}

export class Sampler {
	private rows: Float64Array = new Float64Array(SAMPLE_FLOOR);
	private steps: Float64Array = new Float64Array(SAMPLE_FLOOR);
	private epochs: Float64Array = new Float64Array(SAMPLE_FLOOR);
	private values: Float64Array = new Float64Array(SAMPLE_FLOOR);
	/** points kept */
	private length = 0;
	/** every stride-th point is kept */
	private stride = 1;
	/** points seen */
	count = 0;
	private seen = false;
	private readonly last = raw();
	private hasFirstFinite = false;
	private readonly firstFinite = raw();
	private blowIndex = -1;
	private readonly blowAt = raw();
	private readonly lastFinite = raw();
	private readonly best = raw();
	private readonly peak = raw();
	/** finite points before any blow-up */
	private finiteBefore = 0;
	private positive: {first: number; last: number; min: number; max: number} | undefined;
	/** the first values, and the last ones in a ring (RAW_WINDOW of each, at most the cap) */
	private window: number;
	private head: Float64Array;
	private headLength = 0;
	private ring: Float64Array;

	constructor(private cap = SAMPLE_CAP) {
		this.window = Math.min(RAW_WINDOW, Math.max(1, cap));
		this.head = new Float64Array(this.window);
		this.ring = new Float64Array(this.window);
	}

	/** Points kept now (at most the cap). */
	get kept(): number {
		return this.length;
	}

	add(row: number, step: number, epoch: number, value: number): void {
		const index = this.count++;
		if (index % this.stride === 0) {
			if (this.length === this.cap) this.thin();
			if (index % this.stride === 0) {
				if (this.length === this.rows.length) {
					const size = Math.min(this.cap, this.rows.length * 2);
					this.rows = grow(this.rows, size);
					this.steps = grow(this.steps, size);
					this.epochs = grow(this.epochs, size);
					this.values = grow(this.values, size);
				}
				const k = this.length++;
				this.rows[k] = row;
				this.steps[k] = step;
				this.epochs[k] = epoch;
				this.values[k] = value;
			}
		}

		if (this.headLength < this.window) this.head[this.headLength++] = value;
		this.ring[index % this.window] = value;
		// the facts of every point, kept in place: no object per point
		set(this.last, row, step, epoch, value);
		this.seen = true;
		const finite = Number.isFinite(value);
		if (finite && value > 0) {
			if (this.positive) {
				this.positive.last = value;
				if (value < this.positive.min) this.positive.min = value;
				if (value > this.positive.max) this.positive.max = value;
			} else {
				this.positive = {first: value, last: value, min: value, max: value};
			}
		}
		if (finite && !this.hasFirstFinite) {
			set(this.firstFinite, row, step, epoch, value);
			this.hasFirstFinite = true;
		}
		if (this.blowIndex !== -1) return;
		if (!finite) {
			this.blowIndex = index;
			set(this.blowAt, row, step, epoch, value);
			return;
		}
		set(this.lastFinite, row, step, epoch, value);
		if (this.finiteBefore === 0 || value < this.best.value) set(this.best, row, step, epoch, value);
		// the peak is looked for from the second finite point on (it is the first when that is the only one)
		if (this.finiteBefore <= 1 || value > this.peak.value) set(this.peak, row, step, epoch, value);
		this.finiteBefore++;
	}

	/** Keeps at most `cap` points from now on (thinning what is kept if needed). */
	limit(cap: number): void {
		this.cap = Math.max(1, cap);
		while (this.length > this.cap) this.thin();
		if (this.window > this.cap) {
			const recent = this.recent();
			this.window = this.cap;
			this.head = this.head.slice(0, this.window);
			this.headLength = Math.min(this.headLength, this.window);
			// the ring restarted so that point `index` sits at index % window again
			this.ring = new Float64Array(this.window);
			const kept = recent.slice(-this.window);
			kept.forEach((v, i) => {
				this.ring[(this.count - kept.length + i) % this.window] = v;
			});
		}
	}

	/** The last min(count, window) values, oldest first. */
	private recent(): number[] {
		const length = Math.min(this.count, this.window);
		return Array.from({length}, (_, i) => this.ring[(this.count - length + i) % this.window]!);
	}

	/** Keeps every other kept point: the sample's stride doubles. */
	private thin(): void {
		let k = 0;
		for (let i = 0; i < this.length; i += 2, k++) {
			this.rows[k] = this.rows[i]!;
			this.steps[k] = this.steps[i]!;
			this.epochs[k] = this.epochs[i]!;
			this.values[k] = this.values[i]!;
		}
		this.length = k;
		this.stride *= 2;
	}

	/** The series as read: whole when it never passed the cap, else the sample and the facts of every point. */
	series(name: string, stepOf: StepOf): Series {
		const point = (raw: Raw): Point => ({step: stepOf(raw.row, raw.step, raw.epoch), value: raw.value});
		const points: Point[] = Array.from({length: this.length}, (_, k) => ({step: stepOf(this.rows[k]!, this.steps[k]!, this.epochs[k]!), value: this.values[k]!}));
		if (this.stride === 1 || !this.seen) return {name, points};
		// A series that blew up at its very first point has no finite run before it: its curve is its first finite point.
		const before = this.finiteBefore > 0 ? this.best : this.hasFirstFinite ? this.firstFinite : undefined;
		const logged: Logged = {
			count: this.count,
			stride: this.stride,
			last: point(this.last),
			...(this.hasFirstFinite ? {firstFinite: point(this.firstFinite)} : {}),
			...(this.blowIndex === -1 ? {} : {blowUp: {at: point(this.blowAt), index: this.blowIndex, ...(this.finiteBefore > 0 ? {before: point(this.lastFinite)} : {})}}),
			...(before ? {best: point(before), peak: point(this.finiteBefore > 0 ? this.peak : before)} : {}),
			...(this.positive ? {positive: {...this.positive}} : {}),
			head: Array.from(this.head.subarray(0, this.headLength)),
			recent: this.recent(),
		};
		return {name, points, logged};
	}
}
