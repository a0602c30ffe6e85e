import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
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

	test('the wrapped stdin yields one key per read, and offers the next one only on a later tick', async () => {
		const chunks = ['5\r'];
		const raw = Object.assign(new EventEmitter(), {read: () => chunks.shift() ?? null}) as unknown as NodeJS.ReadStream;
		const stdin = oneKeyAtATime(raw);
		const seen: string[][] = [];
		const onReadable = () => {
			const batch: string[] = [];
			let key: unknown;
			while ((key = stdin.read()) !== null) batch.push(String(key));
			seen.push(batch);
		};

		stdin.addListener('readable', onReadable);
		raw.emit('readable');
		expect(seen).toEqual([['5']]);
		// not on the next turns of the loop alone: only after the timer, then a few turns more
		await settle(5);
		expect(seen).toEqual([['5']]);
		await clock.advance(1);
		await settle(3);
		expect(seen).toEqual([['5'], ['\r']]);
		stdin.removeListener('readable', onReadable);
		expect(raw.listenerCount('readable')).toBe(0);
	});
});
