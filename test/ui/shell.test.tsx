import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render, cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {LevelSet} from '../../source/levels/load.js';
import {writesSettled} from '../../source/store/pending.js';
import {emptyProgress} from '../../source/store/index.js';
import {Shell} from '../../source/ui/shell.js';
import {KEYS, frame, press, waitFor} from './helpers/ink.js';
import {testLevel} from './helpers/levels.js';

afterEach(cleanup);

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-shell-'));
});
afterEach(async () => {
	// unmount first (after-hooks run last-registered first), then let the store's writes land:
	// removing the folder under a write still under way failed with ENOTEMPTY at load 12
	cleanup();
	await writesSettled(10_000);
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 20});
});

/** A campaign load the test releases by hand. */
function gate() {
	let release: (set: LevelSet) => void = () => {};
	const promise = new Promise<LevelSet>((resolve) => {
		release = resolve;
	});
	return {load: vi.fn(async () => promise), release};
}

function shell(load: () => Promise<LevelSet>, loadStore = async () => ({settings: {version: 1 as const}, progress: emptyProgress(), notices: [] as string[]})) {
	return render(
		<Shell
			loadLevels={load}
			loadStore={loadStore}
			dataDir={dir}
			settings={{version: 1}}
			lang="en"
			langExplicit={false}
			colorAllowed={false}
			asciiFlag={false}
			route={{screen: 'menu'}}
			size={{columns: 120, rows: 40}}
			onQuit={() => {}}
		/>,
	);
}

describe('start-up', () => {
	test('the menu shows before the campaign is read, which starts only after the first frame', async () => {
		const {load, release} = gate();
		const r = shell(load);
		expect(frame(r)).toContain('Campaign');
		expect(load).not.toHaveBeenCalled();
		await waitFor(r, 'Campaign');
		await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		release({levels: [testLevel()], errors: []});
	});

	test('choosing the campaign before the levels are read shows "Loading…", then the levels', async () => {
		const {load, release} = gate();
		const r = shell(load);
		await press(r, KEYS.enter);
		await waitFor(r, 'Loading…');
		release({levels: [testLevel()], errors: []});
		await waitFor(r, '1. Test');
		await press(r, KEYS.escape);
		await waitFor(r, 'Campaign');
	});

	test('the first frame uses the settings peeked; then the store settings and notices', async () => {
		const {load, release} = gate();
		const loadStore = vi.fn(async () => ({settings: {version: 1 as const, language: 'es' as const}, progress: emptyProgress(), notices: ['store notice']}));
		const r = shell(load, loadStore);
		expect(frame(r)).toContain('Campaign');
		expect(loadStore).not.toHaveBeenCalled();
		await waitFor(r, 'store notice');
		expect(frame(r)).toContain('Campaña');
		release({levels: [testLevel()], errors: []});
	});

	test('broken level files are reported on the menu once the campaign arrives', async () => {
		const r = shell(async () => ({levels: [testLevel()], errors: [{code: 'ERR_SCHEMA', file: 'x.json', path: '', message: 'bad'}] as unknown as LevelSet['errors']}));
		await waitFor(r, '1 level file(s) that do not validate were skipped');
	});
});
