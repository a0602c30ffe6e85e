/** Learning-rate schedules (README, “How a step works”): η(t) for a base rate η. */
import {cos, PI} from './math.js';
import type {Schedule} from './types.js';

/** η at step t (0-based) under `schedule`, for base rate `eta`. */
export function etaAt(schedule: Schedule, eta: number, t: number): number {
	switch (schedule.kind) {
		case 'constant': {
			return eta;
		}

		case 'step': {
			return eta * schedule.gamma ** Math.floor(t / schedule.every);
		}

		case 'cosine': {
			const phase = Math.min(t, schedule.period) / schedule.period;
			return schedule.min + 0.5 * (eta - schedule.min) * (1 + cos(PI * phase));
		}

		case 'warm-restarts': {
			let period = schedule.period;
			let tau = t;
			while (tau >= period) {
				tau -= period;
				period *= schedule.mult;
			}

			return schedule.min + 0.5 * (eta - schedule.min) * (1 + cos((PI * tau) / period));
		}
	}
}

/**
 * The schedule a kind stands for when the player names only the kind, fitted to a budget:
 * step halves η every quarter, cosine anneals to η/100 over the budget, warm restarts run three
 * cycles (a seventh of the budget, then two, then four sevenths) that end with it.
 */
export function defaultSchedule(kind: Schedule['kind'], budget: number, eta: number): Schedule {
	switch (kind) {
		case 'constant': {
			return {kind};
		}

		case 'step': {
			return {kind, gamma: 0.5, every: Math.max(1, Math.round(budget / 4))};
		}

		case 'cosine': {
			return {kind, min: eta / 100, period: Math.max(1, budget)};
		}

		case 'warm-restarts': {
			// three cycles of 1, 2 and 4 parts that end together with the budget, so the last
			// step is taken at the bottom of an anneal rather than just after a restart
			return {kind, min: eta / 100, period: Math.max(1, Math.ceil(budget / 7)), mult: 2};
		}
	}
}

/** A schedule's text form (`cosine:0.001:400`) with each of its numbers passed through `each`. */
export function mapScheduleNumbers(text: string, each: (value: number) => string): string {
	return text
		.split(':')
		.map((part) => (part !== '' && Number.isFinite(Number(part)) ? each(Number(part)) : part))
		.join(':');
}

/** A short, stable text form of a schedule: `cosine`, `step:0.5:25`, `warm-restarts:0.001:20:2`. */
export function formatSchedule(schedule: Schedule): string {
	switch (schedule.kind) {
		case 'constant': {
			return 'constant';
		}

		case 'step': {
			return `step:${schedule.gamma}:${schedule.every}`;
		}

		case 'cosine': {
			return `cosine:${schedule.min}:${schedule.period}`;
		}

		case 'warm-restarts': {
			return `warm-restarts:${schedule.min}:${schedule.period}:${schedule.mult}`;
		}
	}
}
