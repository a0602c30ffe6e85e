/**
 * Tail-only climbs of the 2-D and the n-D descent: what scoring needs (the last few states and
 * the arrival tracked online), and when such a climb may stop before its budget without changing
 * what it is scored for.
 */
import {CLOSENESS_POINTS, SPEED_POINTS} from './score.js';
import type {Trajectory} from './types.js';

/**
 * What one tail-only climber needs: the floor its arrival is measured against, and when it may
 * stop early.
 * - `last`: the run's last climber may stop once it has left the map. A run whose counted climber
 *   left the map scores 0 whatever it does next, a climber that left counts only when every
 *   climber left the map or blew up, and nothing after the last one draws from the generator
 *   (earlier climbers must go on: the steps they take count toward a later one's arrival).
 * - `giveUpAt`: a search that only wants runs scoring above some score (see {@link RunCutoff})
 *   gives the whole run up once the climber's own arrival cannot come before this step of its
 *   climb (it was above the floor at step giveUpAt − 1 or later) and, unless it is the last, it
 *   has taken giveUpAt steps (a later climber's steps are counted after all of them);
 *   Infinity: never.
 */
export type TailOnly = {minLoss: number; tolerance: number; last: boolean; giveUpAt: number};

/**
 * A run, counted over all its climbers, that arrives at this step or later scores at most `beat`
 * (closeness is at most 600, speed falls with the arrival, and a run that does not arrive gets
 * no speed): Infinity when a run could beat it without arriving at all (`beat` below 600).
 */
export function arrivalCutoff(budget: number, beat: number): number {
	const best = (arrival: number) => Math.min(1000, CLOSENESS_POINTS + Math.round(SPEED_POINTS * Math.max(0, 1 - arrival / budget)));
	if (!(best(budget) <= beat)) return Infinity;
	let lo = 0;
	let hi = budget;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (best(mid) <= beat) hi = mid;
		else lo = mid + 1;
	}

	return lo;
}

/**
 * The climbers of one tail-only run, handed their rule one at a time: after each climber call
 * {@link RunCutoff.after}. `beat` null: keep every climb to its end (no search is waiting).
 */
export class RunCutoff {
	private readonly cutoff: number;
	private before = 0;
	/** a finished climber could still make the run score above the beat */
	private open = false;

	constructor(
		private readonly minLoss: number,
		private readonly tolerance: number,
		budget: number,
		beat: number | null,
	) {
		this.cutoff = beat === null ? Infinity : arrivalCutoff(budget, beat);
	}

	/** The rule of climber `k` of `count`. */
	rule(k: number, count: number): TailOnly {
		const giveUpAt = this.open ? Infinity : this.cutoff - this.before;
		return {minLoss: this.minLoss, tolerance: this.tolerance, last: k === count - 1, giveUpAt};
	}

	/** Records a finished climber; false when it gave the run up. */
	after(t: Trajectory): boolean {
		if (t.gaveUp) return false;
		if (t.blewUpAt === null && t.leftAt === null && t.arrivedAt !== null && t.arrivedAt !== undefined && t.arrivedAt + this.before < this.cutoff) this.open = true;
		this.before += t.steps;
		return true;
	}
}
