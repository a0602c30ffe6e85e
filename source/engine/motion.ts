/**
 * The facts of a run's motion that read the same in two dimensions and in n: when it arrived,
 * when the loss passed ten times its start, how often the step turned back, how the swing died.
 * The caller says what a step is (its length, and the dot product of two consecutive steps).
 */

export type MotionFacts = {
	arrivedAt: number | null;
	explodedAt: number | null;
	/** steps in the second half whose direction turned back (dot product with the last one < 0) */
	flips: number;
	/** pairs of consecutive steps looked at for flips */
	pairs: number;
	/** mean step length over the last quarter ÷ over the quarter before (0 when undefined) */
	amplitudeRatio: number;
	/** steps in the second half whose loss went up */
	climbs: number;
	/** 1 − lowest gap ÷ highest gap over the last quarter: how much the loss still swings */
	swing: number;
};

export type MotionInput = {
	/** loss at each kept state, 0..steps */
	loss: ArrayLike<number>;
	steps: number;
	minLoss: number;
	tolerance: number;
	/** loss − minLoss at the start, at least the tolerance */
	startGap: number;
	blewUp: boolean;
	/** length of the step from state t to t + 1 */
	stepLength: (t: number) => number;
	/** dot product of the step into state t and the step out of it */
	turn: (t: number) => number;
};

/** Reads the motion of a run. Pure. */
export function motionFacts({loss, steps, minLoss, tolerance, startGap, blewUp, stepLength, turn}: MotionInput): MotionFacts {
	const gapAt = (t: number) => loss[t]! - minLoss;

	let arrivedAt: number | null = null;
	if (!blewUp) for (let t = steps; t >= 0 && gapAt(t) <= tolerance; t--) arrivedAt = t;

	let explodedAt: number | null = null;
	for (let t = 0; t <= steps; t++) {
		if (!(gapAt(t) <= 10 * startGap)) {
			explodedAt = t;
			break;
		}
	}

	let flips = 0;
	let pairs = 0;
	for (let t = Math.max(1, Math.floor(steps / 2)); t < steps; t++) {
		pairs++;
		if (turn(t) < 0) flips++;
	}

	const meanStep = (from: number, to: number) => {
		let sum = 0;
		for (let t = from; t < to; t++) sum += stepLength(t);
		return to > from ? sum / (to - from) : 0;
	};

	let climbs = 0;
	for (let t = Math.floor(steps / 2); t < steps; t++) if (loss[t + 1]! > loss[t]! + 1e-12 * Math.abs(loss[t]!)) climbs++;
	let lowGap = Infinity;
	let highGap = 0;
	for (let t = steps - Math.floor(steps / 4); t <= steps; t++) {
		lowGap = Math.min(lowGap, gapAt(t));
		highGap = Math.max(highGap, gapAt(t));
	}

	const swing = highGap > 0 && Number.isFinite(highGap) ? 1 - Math.max(0, lowGap) / highGap : 0;
	const quarter = Math.floor(steps / 4);
	const previous = meanStep(steps - 2 * quarter, steps - quarter);
	const amplitudeRatio = quarter > 0 && previous > 0 ? meanStep(steps - quarter, steps) / previous : 0;
	return {arrivedAt, explodedAt, flips, pairs, amplitudeRatio, climbs, swing};
}

/**
 * What the run's own dynamics do when carried on from where it ended, every noise off and η held
 * at its last value: the step (counted from the end) at which the gap passed 10× the start gap or
 * stopped being finite, else null.
 */
export type Carried = {steps: number; passedAt: number | null};

/** Steps a run is carried on for when its end looks like it is swelling or rising. */
export function carryOnSteps(budget: number): number {
	return Math.min(2000, Math.max(200, budget));
}

/**
 * Judges a run whose end swells (or whose loss ended above its start) by its own noise-free
 * continuation: it diverges when the continuation passes 10× the start gap, blows up, or still
 * swells at its end (a climber just past the stability limit, growing slowly). A bounce that
 * settles into a steady swing, or a rise the noise alone made, does not. Null when it does not
 * diverge.
 */
export function judgeCarried(gapAt: (k: number) => number, steps: number, blewUpAt: number | null, startGap: number, stillSwelling: boolean): Carried | null {
	for (let k = 0; k <= steps; k++) if (!(gapAt(k) <= 10 * startGap)) return {steps, passedAt: k};
	if (blewUpAt !== null) return {steps, passedAt: blewUpAt};
	return stillSwelling ? {steps, passedAt: null} : null;
}
