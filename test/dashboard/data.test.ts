import {describe, expect, it} from 'vitest';
import {
	describeEvent,
	histogram,
	lossSeries,
	motionSeries,
	runEvents,
	sampleIndices,
	scoreHistogram,
	settleLength,
	stepLengthHistogram,
	terrainPicture,
	TINY_GAP,
} from '../../source/dashboard/data.js';
import {play, resolveKnobs} from '../../source/engine/index.js';
import type {Trajectory} from '../../source/engine/types.js';
import {bowlLevel} from './level-helper.js';

/** A trajectory from lists of positions and losses (speed and η made up). */
function path(xs: number[], ys: number[], losses: number[], extra: Partial<Trajectory> = {}): Trajectory {
	const n = xs.length - 1;
	return {
		x: Float64Array.from(xs),
		y: Float64Array.from(ys),
		loss: Float64Array.from(losses),
		grad: new Float64Array(n + 1),
		speed: Float64Array.from(xs, (_, i) => (i === 0 ? 0 : Math.abs(xs[i]! - xs[i - 1]!))),
		eta: new Float64Array(n + 1).fill(0.1),
		steps: n,
		blewUpAt: null,
		leftAt: null,
		start: [xs[0]!, ys[0]!],
		velocity: [0, 0],
		first: 0,
		...extra,
	};
}

const scale = {minLoss: 0, tolerance: 0.01, size: 10};

describe('lossSeries', () => {
	it('has steps + 1 finite values: log10 of the gap, the floor at log10(tiny)', () => {
		const t = path([0, 0, 0, 0], [0, 0, 0, 0], [2.5, 1.5, 1, 1]);
		const series = lossSeries(t, 1, 0.01);
		expect(series.values).toHaveLength(4);
		expect(series.values[0]).toBeCloseTo(Math.log10(1.5), 9);
		expect(series.values[2]).toBe(Math.log10(TINY_GAP));
		expect(series.floor).toBe(Math.log10(TINY_GAP));
		expect(series.tolerance).toBeCloseTo(-2, 12);
		expect(series.offChartFrom).toBeNull();
	});

	it('draws non-finite losses just above the highest finite one', () => {
		const t = path([0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [1, 100, Infinity, Number.NaN, -Infinity]);
		const series = lossSeries(t, 0, 0.01);
		expect(series.values).toHaveLength(5);
		expect(series.values.every((v) => Number.isFinite(v))).toBe(true);
		expect(series.values[2]).toBeCloseTo(3, 6);
		expect(series.values[3]).toBe(series.values[2]);
		expect(series.offChartFrom).toBe(2);
	});

	it('clamps a loss below the floor (rounding) to the floor', () => {
		const series = lossSeries(path([0, 0], [0, 0], [1, -1e-9]), 0, 0.01);
		expect(series.values[1]).toBe(Math.log10(TINY_GAP));
	});
});

describe('motionSeries', () => {
	it('keeps |v| and η per step, linear when they span little', () => {
		const t = path([0, 1, 1.5, 1.75], [0, 0, 0, 0], [0, 0, 0, 0]);
		const motion = motionSeries(t);
		expect(motion.log).toBe(false);
		expect(motion.speed).toEqual([0, 1, 0.5, 0.25]);
		expect(motion.eta).toEqual([0.1, 0.1, 0.1, 0.1]);
	});

	it('switches to log10 when the speed blows up, holding non-finite speeds at the largest finite one', () => {
		const t = path([0, 1, 2, 3], [0, 0, 0, 0], [0, 0, 0, 0], {speed: Float64Array.from([0, 1, 1e9, Infinity])});
		const motion = motionSeries(t);
		expect(motion.log).toBe(true);
		expect(motion.speed[1]).toBeCloseTo(0, 12);
		expect(motion.speed[2]).toBeCloseTo(9, 12);
		expect(motion.speed[3]).toBeCloseTo(9, 12);
		expect(motion.eta[0]).toBeCloseTo(-1, 12);
	});
});

describe('sampleIndices', () => {
	it('keeps everything when short, and the first and last index when thinning', () => {
		expect(sampleIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
		const thin = sampleIndices(1001, 11);
		expect(thin).toHaveLength(11);
		expect(thin[0]).toBe(0);
		expect(thin.at(-1)).toBe(1000);
		expect(thin[5]).toBe(500);
	});
});

describe('runEvents', () => {
	it('finds the first reversal, the arrival and the settling at the right steps', () => {
		// moves right twice, turns back at step 3, then creeps to a stop at the floor
		const xs = [3, 2, 1, 1.5, 1.2, 1.2001, 1.2001, 1.2001];
		const losses = [9, 4, 1, 0.5, 0.005, 0.004, 0.004, 0.004];
		const t = path(xs, xs.map(() => 0), losses);
		const events = runEvents(t, scale);
		expect(events).toEqual([
			{step: 0, kind: 'start'},
			{step: 3, kind: 'flip'},
			{step: 4, kind: 'arrival'},
			{step: 5, kind: 'settled'},
			{step: 7, kind: 'end'},
		]);
		expect(settleLength(scale.size)).toBe(0.01);
	});

	it('finds the explosion, the overflow and leaving the map, and no arrival', () => {
		const xs = [1, -2, 4, -8, 16, Number.NaN];
		const losses = [1, 4, 16, 64, 256, Number.NaN];
		const t = path(xs, xs.map(() => 0), losses, {blewUpAt: 5, leftAt: 4});
		const kinds = runEvents(t, scale).map((event) => `${event.step}:${event.kind}`);
		expect(kinds).toEqual(['0:start', '2:flip', '2:explosion', '4:left-map', '5:blew-up', '5:end']);
	});

	it('agrees with the engine on a real run: arrival at facts.arrivedAt', () => {
		const level = bowlLevel();
		const knobs = resolveKnobs(level, {learningRate: 0.2});
		if (!knobs.ok) throw new Error('knobs');
		const outcome = play(level, knobs.value, 1);
		const {facts} = outcome;
		expect(facts.arrivedAt).not.toBeNull();
		const events = runEvents(facts.trajectory, {minLoss: facts.minLoss, tolerance: level.tolerance, size: facts.size});
		expect(events.find((event) => event.kind === 'arrival')?.step).toBe(facts.arrivedAt);
		expect(lossSeries(facts.trajectory, facts.minLoss, level.tolerance).values).toHaveLength(facts.trajectory.steps + 1);
		expect(motionSeries(facts.trajectory).speed).toHaveLength(facts.trajectory.steps + 1);
		const line = describeEvent(events[0]!, facts.trajectory, {minLoss: facts.minLoss, tolerance: 0.001, size: facts.size}, 'es');
		expect(line).toContain('paso 0');
	});
});

describe('histograms', () => {
	it('counts every finite value once, clamping the ends', () => {
		const values = [-5, 0, 0.5, 1.5, 2.5, 3, 9, Number.NaN, Infinity];
		const result = histogram(values, 3, 0, 3);
		expect(result.edges).toEqual([0, 1, 2, 3]);
		expect(result.counts).toEqual([3, 1, 3]);
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(7);
	});

	it('bins step lengths on a log axis and marks the last step', () => {
		// step lengths 8, 1, 1/8, 1/16 (exact in binary): log10 ≈ 0.9, 0, −0.9, −1.2 over [−2, 1]
		const xs = [0, 8, 9, 9.125, 9.1875, 9.1875];
		const result = stepLengthHistogram(path(xs, xs.map(() => 0), xs.map(() => 0)), 3);
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(4);
		expect(result.edges[0]).toBe(-2);
		expect(result.edges.at(-1)).toBe(1);
		expect(result.counts).toEqual([1, 1, 2]);
		// the last step has length 0: no bin to mark
		expect(result.marked).toBeNull();
		const moving = stepLengthHistogram(path(xs.slice(0, 5), [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]), 3);
		expect(moving.marked).toBe(0);
	});

	it('marks the player among the random climbers', () => {
		const result = scoreHistogram([0, 50, 120, 990, 1000, 640], 10, 655);
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(6);
		expect(result.counts[0]).toBe(2);
		expect(result.counts[9]).toBe(2);
		expect(result.marked).toBe(6);
	});
});

describe('terrainPicture', () => {
	it('puts the start, the floor and the path inside the canvas, contours around the floor', () => {
		const level = bowlLevel();
		const knobs = resolveKnobs(level, {learningRate: 0.2});
		if (!knobs.ok) throw new Error('knobs');
		const {run, facts} = play(level, knobs.value, 1);
		const picture = terrainPicture(level, facts.trajectory, run.critical, 100, 60);
		// bounds 8 × 6 at 99/8 or 59/6 dots per unit: the height limits, 59/6 per unit
		const unit = 59 / 6;
		const x = (value: number) => Math.round((99 - unit * 8) / 2 + (value + 4) * unit);
		const y = (value: number) => Math.round((3 - value) * unit);
		expect(picture.start).toEqual([x(3), y(2)]);
		expect(picture.minima).toEqual([[x(0.5), y(-0.25)]]);
		expect(picture.path[0]![0]).toEqual(picture.start);
		expect(picture.path[0]!.at(-1)).toEqual([x(facts.trajectory.x[facts.trajectory.steps]!), y(facts.trajectory.y[facts.trajectory.steps]!)]);
		expect(picture.contours.length).toBeGreaterThan(50);
		for (const dot of picture.contours) {
			expect(dot.x).toBeGreaterThanOrEqual(0);
			expect(dot.x).toBeLessThan(100);
			expect(dot.y).toBeGreaterThanOrEqual(0);
			expect(dot.y).toBeLessThan(60);
		}

		// no contour dot sits on the floor itself: it is inside the lowest band
		expect(picture.contours.some((dot) => dot.x === x(0.5) && dot.y === y(-0.25))).toBe(false);
	});

	it('splits the path where it leaves the picture', () => {
		const level = bowlLevel();
		const xs = [3, 9, 3.5];
		const t = path(xs, [2, 2, 2], [1, 1, 1]);
		const picture = terrainPicture(level, t, {global: [], minima: [], saddles: [], maxima: [], minLoss: 0, boundaryLow: null}, 80, 60);
		expect(picture.path).toHaveLength(2);
		expect(picture.minima).toEqual([]);
	});
});
