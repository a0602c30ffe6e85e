/** Helpers for driving Ink screens in tests: key writes that wait for React, frames without ANSI. */
import stripAnsi from 'strip-ansi';
import type {render} from 'ink-testing-library';

export type Rendered = ReturnType<typeof render>;

/** Waits for React 19's scheduler to run what the last write caused. */
export async function settle(times = 3): Promise<void> {
	for (let i = 0; i < times; i++) await new Promise((resolve) => setImmediate(resolve));
}

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

/** Writes each key separately, waiting after each. */
export async function press(rendered: Rendered, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		rendered.stdin.write(key);
		await settle();
	}
}

/** The last frame, without colour. */
export function frame(rendered: Rendered): string {
	return stripAnsi(rendered.lastFrame() ?? '');
}

/** Polls until the frame contains `text` (or throws after `ms`). */
export async function waitFor(rendered: Rendered, text: string | RegExp, ms = 5000): Promise<string> {
	const end = Date.now() + ms;
	for (;;) {
		const current = frame(rendered);
		if (typeof text === 'string' ? current.includes(text) : text.test(current)) {
			// the screen is drawn; let its input handlers subscribe before the next key
			await settle();
			return current;
		}
		if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; last frame:\n${current}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
