/**
 * The one Ink driver for tests: render with ink-testing-library, write keys, and wait on what
 * the frame shows (never on a fixed number of ticks), in the style of Shopify CLI's
 * `sendInputAndWaitForContent`. Frames are compared without ANSI.
 *
 * ```ts
 * const r = render(<Screen … />);
 * await waitForFrame(r, 'Choose a level');
 * await sendInputAndWaitForContent(r, KEYS.enter, 'Under your feet');
 * await pressUntil(r, KEYS.down, (f) => f.includes('› 3.'));
 * ```
 */
import stripAnsi from 'strip-ansi';
import type {render} from 'ink-testing-library';

export type Rendered = ReturnType<typeof render>;

/** A frame condition: text it contains, a pattern it matches, or a predicate on it. */
export type FrameCondition = string | RegExp | ((frame: string) => boolean);

/** How long a wait may take before it fails with the last frame (real milliseconds). */
export const WAIT_MS = 10_000;

export const KEYS = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	tab: '\t',
	shiftTab: '\u001B[Z',
	home: '\u001B[H',
	end: '\u001B[F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	shiftRight: '\u001B[1;2C',
	shiftLeft: '\u001B[1;2D',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

/** Lets React 19's scheduler (setImmediate) run what the last write or timer caused. */
export async function settle(times = 3): Promise<void> {
	for (let i = 0; i < times; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** The last frame, without colour. */
export function frame(rendered: Rendered): string {
	return stripAnsi(rendered.lastFrame() ?? '');
}

function matches(current: string, condition: FrameCondition): boolean {
	if (typeof condition === 'string') return current.includes(condition);
	if (condition instanceof RegExp) return condition.test(current);
	return condition(current);
}

/**
 * Resolves with the frame once it meets `condition`; throws with the last frame after `ms`.
 * Polls on setImmediate turns, so it also works under fake timers that leave setImmediate real.
 */
export async function waitForFrame(rendered: Rendered, condition: FrameCondition, ms = WAIT_MS): Promise<string> {
	const end = performance.now() + ms;
	for (let turn = 0; ; turn++) {
		const current = frame(rendered);
		if (matches(current, condition)) {
			// the screen is drawn; let its input handlers subscribe before the next key
			await settle();
			return current;
		}

		if (performance.now() > end) throw new Error(`timed out waiting for ${String(condition)}; last frame:\n${current}`);
		// a few immediate turns first (React), then short real sleeps (file I/O, child processes)
		await (turn < 20 ? settle(1) : new Promise((resolve) => setTimeout(resolve, 5)));
	}
}

/** Writes `input` and waits until the frame meets `condition` (Shopify CLI's name for it). */
export async function sendInputAndWaitForContent(rendered: Rendered, input: string, condition: FrameCondition, ms = WAIT_MS): Promise<string> {
	rendered.stdin.write(input);
	return waitForFrame(rendered, condition, ms);
}

/** Writes `input` and waits until the frame differs from the one before the write. */
export async function sendInputAndWaitForChange(rendered: Rendered, input: string, ms = WAIT_MS): Promise<string> {
	const before = frame(rendered);
	return sendInputAndWaitForContent(rendered, input, (current) => current !== before, ms);
}

/** Presses `key` until the frame meets `condition` (at most `max` presses). */
export async function pressUntil(rendered: Rendered, key: string, condition: FrameCondition, max = 50): Promise<string> {
	for (let i = 0; i <= max; i++) {
		const current = frame(rendered);
		if (matches(current, condition)) return current;
		if (i < max) await sendInputAndWaitForChange(rendered, key);
	}

	throw new Error(`pressed ${JSON.stringify(key)} ${max} times without ${String(condition)}; last frame:\n${frame(rendered)}`);
}

/**
 * Writes each key separately and lets React settle after each. For a key whose effect shows,
 * prefer {@link sendInputAndWaitForContent}; this is for keys that may change nothing.
 */
export async function press(rendered: Rendered, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		rendered.stdin.write(key);
		await settle();
	}
}

/** Polls until the frame contains `text` (the older name of {@link waitForFrame}). */
export async function waitFor(rendered: Rendered, text: string | RegExp, ms = WAIT_MS): Promise<string> {
	return waitForFrame(rendered, text, ms);
}
