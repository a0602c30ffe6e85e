import {EventEmitter} from 'node:events';
import {Text, render} from 'ink';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {keepInkLineCaches} from '../../source/ui/ink-line-cache.js';

const tick = async () => new Promise((resolve) => {
	setImmediate(resolve);
});

/** Frames of coloured lines where one line changes each time, as the climber moves on the map. */
function frames(count: number): string[] {
	const rows = Array.from({length: 12}, (_, r) => `\u001B[48;5;${20 + r}m${'─╭'.repeat(20)}\u001B[49m row ${r}`);
	return Array.from({length: count}, (_, f) => rows.map((row, r) => (r === f % 12 ? `${row} \u001B[31m●\u001B[39m` : row)).join('\n'));
}

async function renderAll(texts: string[]): Promise<string[]> {
	const written: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {columns: 80, rows: 24, isTTY: true, write: (s: string) => written.push(s) > 0});
	const instance = render(createElement(Text, null, texts[0]), {stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false});
	for (const text of texts.slice(1)) {
		instance.rerender(createElement(Text, null, text));
		await tick();
	}

	instance.unmount();
	return written;
}

describe('keeping Ink line caches across frames', () => {
	it('installs on this Ink and draws exactly the same frames', async () => {
		const texts = frames(30);
		const before = await renderAll(texts);
		expect(await keepInkLineCaches()).toBe(true);
		const after = await renderAll(texts);
		expect(after).toEqual(before);
		expect(after.join('')).toContain('●');
	});
});
