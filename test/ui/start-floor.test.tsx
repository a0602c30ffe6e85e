// The bench's start-up floor (bench/_ui/minimal-menu.mjs) must draw the game's first frame exactly,
// or the floor it reports under "start-up ratio descenso / minimal Ink" says nothing about the game.
import {EventEmitter} from 'node:events';
import {PassThrough} from 'node:stream';
import {Chalk} from 'chalk';
import {Box, render, Text} from 'ink';
import {createElement, type ReactElement} from 'react';
import {describe, expect, test} from 'vitest';
import {menuPicture} from '../../bench/_ui/minimal-menu.mjs';
import {Shell} from '../../source/ui/shell.js';

/** The first frame Ink writes for `element` on a `columns` × `rows` terminal. */
function firstFrame(element: ReactElement, columns: number, rows: number): string {
	const frames: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {columns, rows, isTTY: true, write: (s: string) => frames.push(s) > 0});
	const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: () => {}, ref: () => {}, unref: () => {}});
	const instance = render(element, {stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, debug: true, patchConsole: false, exitOnCtrlC: false});
	instance.unmount();
	const drawn = frames.find((f) => f.includes('Campaign'));
	if (drawn === undefined) throw new Error(`nothing drawn: ${JSON.stringify(frames)}`);
	return drawn;
}

const never = async () => new Promise<never>(() => {});

describe('the start-up floor of the bench', () => {
	test.each([
		[120, 40],
		[80, 24],
	])('draws the shell’s first frame at %i×%i, glyphs and colours included', (columns, rows) => {
		const game = firstFrame(
			<Shell
				loadLevels={never}
				loadStore={never}
				dataDir="/nonexistent"
				settings={{version: 1, color: '16'}}
				lang="en"
				langExplicit
				colorAllowed
				asciiFlag={false}
				route={{screen: 'menu'}}
				size={{columns, rows}}
			/>,
			columns,
			rows,
		);
		const floor = firstFrame(menuPicture({h: createElement, Box, Text}, new Chalk({level: 1}), columns, rows), columns, rows);
		// a coloured, full-height frame: not two empty screens agreeing
		expect(game).toContain('\u001B[');
		expect(game.split('\n')).toHaveLength(rows - 1);
		expect(floor).toBe(game);
	});
});
