/**
 * Which knobs a level unlocks, with a run's values in their written forms: the one projection
 * progress, leaderboards, the setup screen and the experiment loop all take.
 */
import {unlockedKnobs} from './knobs.js';
import {formatSchedule} from './schedule.js';
import type {KnobName, Knobs, Level} from './types.js';

/** A knob's value as it is written down: a number, the schedule as `--schedule` takes it, or look-ahead on/off. */
export type WrittenKnob = number | string | boolean;

/**
 * The values of the knobs `level` unlocks, in the level's own order: numbers as they are, the
 * schedule as `formatSchedule` writes it (`step:0.5:10`), the full batch as the data set's size,
 * look-ahead as a boolean. Locked knobs are left out.
 */
export function unlockedKnobValues(level: Level, knobs: Knobs): Partial<Record<KnobName, WrittenKnob>> {
	const values: Partial<Record<KnobName, WrittenKnob>> = {};
	for (const name of unlockedKnobs(level.knobs)) {
		if (name === 'schedule') values.schedule = formatSchedule(knobs.schedule);
		else if (name === 'batchSize') {
			const size = knobs.batchSize ?? level.dataset?.size;
			if (size !== undefined) values.batchSize = size;
		} else values[name] = knobs[name];
	}

	return values;
}
