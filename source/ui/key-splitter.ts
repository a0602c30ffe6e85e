/**
 * One key per input event. Ink hands whatever arrived together over as ONE input (tmux
 * `send-keys 5 Enter`, fast typing, a paste: "5\r" reaches the menu as one string and matches no
 * key), and even keys it splits (escape sequences) reach the handlers in the same tick, before
 * React has re-rendered them with the state the first key made. This wraps the stdin given to
 * Ink so that each `read()` yields a single key, and a key is offered only after a timer tick
 * and a few turns of the loop, once React has rendered and re-subscribed its handlers.
 *
 * That wait is for every key, the first one too: React 19 writes a frame in its commit but runs
 * the new screen's effects (Ink's useInput subscribes there) in a later task of its scheduler
 * whenever the update was not a sync one (a promise resolving, a timer; every update from outside
 * a React event is one). A key read as soon as it arrives could fall between the two and reach
 * the handlers of the screen before: the shell, which hears only Ctrl+C, lost an Enter pressed as
 * the full game's first screen appeared (test/ui/key-handover.test.tsx).
 */

/** Splits typed text into keys: one character, or one whole escape sequence (CSI, SS3, Alt+key). */
export function splitKeys(text: string): string[] {
	const keys: string[] = [];
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		if (ch !== '\u001B' || i === chars.length - 1) {
			// Enter pressed while the game was starting, before raw mode, arrives as the line
			// discipline's newline: it is still Enter
			keys.push(ch === '\n' ? '\r' : ch);
			continue;
		}

		const next = chars[i + 1]!;
		if (next === '[') {
			// CSI: parameters and intermediates, then a final byte in @–~
			let j = i + 2;
			while (j < chars.length && !/[@-~]/.test(chars[j]!)) j++;
			// an old-style function key: ESC [ [ A
			if (j === i + 2 && chars[j] === '[') j++;
			keys.push(chars.slice(i, Math.min(j + 1, chars.length)).join(''));
			i = j;
		} else if (next === 'O' && i + 2 < chars.length) {
			keys.push(chars.slice(i, i + 3).join(''));
			i += 2;
		} else if (next === '\u001B') {
			// Alt + an escape sequence stays whole: ESC followed by the sequence
			const rest = splitKeys(chars.slice(i + 1).join(''));
			keys.push(`\u001B${rest[0] ?? ''}`);
			keys.push(...rest.slice(1));
			return keys;
		} else {
			keys.push(ch + next);
			i++;
		}
	}

	return keys;
}

/** Calls `fn` after `n` setImmediate turns. */
function afterTurns(n: number, fn: () => void): void {
	if (n <= 0) fn();
	else setImmediate(() => afterTurns(n - 1, fn));
}

/** The part of a stdin stream Ink uses. */
type Readable = NodeJS.ReadStream;

/**
 * Keys typed while no screen can take them yet (the game still loading the screen it opens on):
 * `hold` keeps them, Ctrl+C excepted, and `release` hands them to the screen that listens next.
 */
export type KeyGate = {hold: () => void; release: () => void};

/**
 * `stdin` with `read()` yielding one key at a time (see `KeyGate` for `hold` and `release`); a key is offered once a whole wait (a timer
 * tick, then a few turns of the loop) has passed since it arrived and since the key before it was read.
 */
export function oneKeyAtATime(stdin: Readable): Readable & KeyGate {
	const queue: string[] = [];
	// keys are kept (all but Ctrl+C) until release
	let held = false;
	const listeners = new Set<(...args: unknown[]) => void>();
	// a key was read and the wait after it has not ended
	let served = false;
	let timer: NodeJS.Timeout | undefined;
	// the latest wait: one that was started again, or cancelled, offers nothing when it ends
	let wait = 0;

	const offer = () => {
		for (const listener of [...listeners]) listener();
	};

	// what may be read now: any key, or while held only a Ctrl+C
	const ready = () => (held ? queue.includes('\u0003') : queue.length > 0);

	const next = () => {
		timer = undefined;
		served = false;
		if (ready()) offer();
	};

	// React renders in a setImmediate and runs its effects (the handlers' re-subscription) in
	// another: a timer, then a few more turns of the loop, lets both happen first
	const later = () => {
		if (timer) clearTimeout(timer);
		const mine = ++wait;
		timer = setTimeout(() => {
			afterTurns(3, () => {
				if (mine === wait) next();
			});
		}, 0);
	};

	const pull = () => {
		for (;;) {
			const chunk = stdin.read() as string | Uint8Array | null;
			if (chunk === null) return;
			queue.push(...splitKeys(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')));
		}
	};

	// not offered at once: the frame on the screen may be one whose handlers are not subscribed yet
	const onReadable = () => {
		pull();
		if (ready()) later();
	};

	const takeCtrlC = () => {
		const at = queue.indexOf('\u0003');
		return at < 0 ? undefined : queue.splice(at, 1)[0];
	};

	const read = () => {
		if (served) return null;
		if (queue.length === 0) pull();
		const key = held ? takeCtrlC() : queue.shift();
		if (key === undefined) return null;
		served = true;
		later();
		return key;
	};

	const addListener = (event: string | symbol, listener: (...args: unknown[]) => void) => {
		if (event !== 'readable') {
			stdin.addListener(event as string, listener);
			return proxy;
		}

		if (listeners.size === 0) {
			stdin.addListener('readable', onReadable);
			// keys that arrived while nobody listened (or that waited behind a key when the last
			// listener left) are the new listener's: the stream will not say 'readable' for them again
			if (ready()) later();
		}

		listeners.add(listener);
		return proxy;
	};

	const removeListener = (event: string | symbol, listener: (...args: unknown[]) => void) => {
		if (event !== 'readable') {
			stdin.removeListener(event as string, listener);
			return proxy;
		}

		listeners.delete(listener);
		if (listeners.size === 0) {
			stdin.removeListener('readable', onReadable);
			if (timer) clearTimeout(timer);
			timer = undefined;
			wait++;
			served = false;
		}

		return proxy;
	};

	const hold = () => {
		held = true;
	};

	const release = () => {
		if (!held) return;
		held = false;
		if (listeners.size > 0 && queue.length > 0) later();
	};

	const overrides: Record<string | symbol, unknown> = {read, addListener, on: addListener, removeListener, off: removeListener, hold, release};
	const proxy = new Proxy(stdin, {
		get(target, property) {
			if (Object.hasOwn(overrides, property)) return overrides[property];
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
	return proxy as Readable & KeyGate;
}
