import {EventEmitter} from 'node:events';
import {describe, expect, test, vi} from 'vitest';
import {oneKeyAtATime, splitKeys} from '../../source/ui/key-splitter.js';
import {useFakeClock} from '../helpers/clock.js';
import {settle} from '../helpers/ink.js';

const clock = useFakeClock();

describe('splitting a burst of input into keys', () => {
	test('characters one by one; escape sequences whole', () => {
		expect(splitKeys('5\r')).toEqual(['5', '\r']);
		expect(splitKeys('\u007F\u007F')).toEqual(['\u007F', '\u007F']);
		// Enter typed before raw mode (cooked, ICRNL) arrives as a newline: still Enter
		expect(splitKeys('\n')).toEqual(['\r']);
		expect(splitKeys('a\u001B[Ab\u001B[1;2C\u001B[5~')).toEqual(['a', '\u001B[A', 'b', '\u001B[1;2C', '\u001B[5~']);
		expect(splitKeys('\u001BOA\u001Bx')).toEqual(['\u001BOA', '\u001Bx']);
		expect(splitKeys('\u001B')).toEqual(['\u001B']);
		expect(splitKeys('ñé')).toEqual(['ñ', 'é']);
	});

	/** A stdin that hands out `chunks` one per read, and what each listener's 'readable' read from the wrapped one. */
	function wrapped(chunks: string[]) {
		const raw = Object.assign(new EventEmitter(), {read: () => chunks.shift() ?? null}) as unknown as NodeJS.ReadStream;
		const stdin = oneKeyAtATime(raw);
		const seen: string[] = [];
		const listener = (name: string) => () => {
			let key: unknown;
			while ((key = stdin.read()) !== null) seen.push(`${name}:${String(key)}`);
		};

		return {raw, stdin, seen, listener};
	}

	/** The wait before a key is offered: the timer, then a few turns of the loop. */
	async function wait(): Promise<void> {
		await clock.advance(1);
		await settle(3);
	}

	/** Turns of the loop and milliseconds, one at a time, until `done` (and not one more). */
	async function until(done: () => boolean): Promise<void> {
		for (let i = 0; i < 100 && !done(); i++) {
			await settle(1);
			if (!done()) vi.advanceTimersByTime(1);
		}
	}

	test('the wrapped stdin yields one key per read, each offered only after a timer tick and a few turns, the first one too', async () => {
		const {raw, stdin, seen, listener} = wrapped(['5\r']);
		const onReadable = listener('a');
		stdin.addListener('readable', onReadable);
		raw.emit('readable');
		// not at once, nor on the next turns of the loop alone: the frame on the screen may be one
		// whose handlers React has not subscribed yet (its effects run in a later task)
		expect(seen).toEqual([]);
		await settle(5);
		expect(seen).toEqual([]);
		await wait();
		expect(seen).toEqual(['a:5']);
		await settle(5);
		expect(seen).toEqual(['a:5']);
		await wait();
		expect(seen).toEqual(['a:5', 'a:\r']);
		stdin.removeListener('readable', onReadable);
		expect(raw.listenerCount('readable')).toBe(0);
	});

	test('a key still waiting when the last listener leaves goes to the next one (Ink lets go of the keyboard between two screens)', async () => {
		const {raw, stdin, seen, listener} = wrapped(['5\r']);
		const first = listener('shell');
		stdin.addListener('readable', first);
		raw.emit('readable');
		// the Enter waits behind the 5
		await until(() => seen.length > 0);
		expect(seen).toEqual(['shell:5']);
		// raw mode's count reaches 0 and comes back (one screen's handlers leave, the next one's come)
		stdin.removeListener('readable', first);
		stdin.addListener('readable', listener('app'));
		await wait();
		await wait();
		expect(seen).toEqual(['shell:5', 'app:\r']);
	});

	test('held, the keys wait (all but Ctrl+C, which goes at once); released, they go in order to whoever listens', async () => {
		const typed: string[] = [];
		const {raw, stdin, seen, listener} = wrapped(typed);
		const type = (text: string) => {
			typed.push(text);
			raw.emit('readable');
		};

		stdin.hold();
		stdin.addListener('readable', listener('loading'));
		type('a\r');
		for (let i = 0; i < 4; i++) await wait();
		expect(seen).toEqual([]);
		type('\u0003');
		for (let i = 0; i < 4; i++) await wait();
		// Ctrl+C is never held: quitting works while the game loads
		expect(seen).toEqual(['loading:\u0003']);
		type('b');
		for (let i = 0; i < 4; i++) await wait();
		expect(seen).toEqual(['loading:\u0003']);
		stdin.release();
		for (let i = 0; i < 4; i++) await wait();
		expect(seen).toEqual(['loading:\u0003', 'loading:a', 'loading:\r', 'loading:b']);
	});
});
