import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultDataDir, loadSettings, parseSettings, updateSettings, withSettings} from '../../source/store/index.js';
import {useTempDir} from './helpers/temp-dir.js';

const dir = useTempDir();

describe('settings', () => {
	it('are all defaults when there is no file', async () => {
		expect(await loadSettings(dir())).toEqual({ok: true, value: {version: 1}});
	});

	it('merge a patch into what is saved', async () => {
		await updateSettings(dir(), {language: 'es', view: 'contour'});
		const result = await updateSettings(dir(), {ascii: true, speed: 2});
		expect(result).toEqual({ok: true, value: {version: 1, language: 'es', ascii: true, view: 'contour', speed: 2}});
		expect(JSON.parse(await readFile(path.join(dir(), 'settings.json'), 'utf8'))).toEqual(result.ok && result.value);
	});

	it('go back to a default when patched with undefined', () => {
		expect(withSettings({version: 1, color: 'none', ascii: true}, {color: undefined})).toEqual({version: 1, ascii: true});
	});

	it('clean the player name', async () => {
		const result = await updateSettings(dir(), {playerName: `\u001b]0;pwned\u0007  Ana\r\n${'z'.repeat(500)}`});
		expect(result.ok && result.value.playerName).toBe(`Ana ${'z'.repeat(20)}`);
	});

	it('drop values that are not allowed, from the file or from a patch', async () => {
		const file = path.join(dir(), 'settings.json');
		await writeFile(file, JSON.stringify({version: 1, language: 'fr', color: 256, ascii: 'yes', view: 'contour', speed: -1, extra: 1}));
		expect(await loadSettings(dir())).toEqual({ok: true, value: {version: 1, view: 'contour'}});
		expect(parseSettings({speed: Number.POSITIVE_INFINITY, playerName: '\u200b'})).toEqual({version: 1});
	});
});

describe('defaultDataDir', () => {
	it.runIf(process.platform === 'linux')('honours XDG_DATA_HOME', () => {
		const saved = process.env['XDG_DATA_HOME'];
		process.env['XDG_DATA_HOME'] = '/tmp/xdg-data';
		try {
			expect(defaultDataDir()).toBe('/tmp/xdg-data/descenso');
		} finally {
			if (saved === undefined) delete process.env['XDG_DATA_HOME'];
			else process.env['XDG_DATA_HOME'] = saved;
		}
	});
});
