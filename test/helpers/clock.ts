/**
 * Fake time for animations and timers (the run's clock, the tutorial's demos, the key splitter's
 * pacing): setTimeout, setInterval and Date are faked; setImmediate, nextTick and microtasks stay
 * real, because React 19's scheduler runs on setImmediate.
 *
 * ```ts
 * const clock = useFakeClock();           // in a describe or at the top of a file
 * render(<RunScreen fps={30} … />);
 * await clock.advance(5000);              // five seconds of animation, rendered
 * ```
 */
import {afterEach, beforeEach, vi} from 'vitest';
import {settle} from './ink.js';

export type FakeClock = {
	/** Moves the fake clock by `ms`, firing due timers in order, letting React render after each step of `stepMs`. */
	advance: (ms: number, stepMs?: number) => Promise<void>;
};

/** Fakes time for every test of the current scope; real time comes back after each test. */
export function useFakeClock(): FakeClock {
	beforeEach(() => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});
	});
	afterEach(() => {
		vi.useRealTimers();
	});
	return {
		async advance(ms, stepMs = 50) {
			for (let left = ms; left > 0; left -= stepMs) {
				vi.advanceTimersByTime(Math.min(stepMs, left));
				await settle();
			}
		},
	};
}
