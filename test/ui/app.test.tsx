import {readFileSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render, cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import App from '../../source/ui/app.js';
import {unlockedKnobValues} from '../../source/engine/knob-values.js';
import {ghostOf} from '../../source/ui/ghost.js';
import {writesSettled} from '../../source/store/pending.js';
import {emptyProgress, loadProgress, loadSettings, withResult} from '../../source/store/index.js';
import {parseLevel} from '../../source/levels/validate.js';
import {KEYS, WAIT_MS, frame, press, waitFor} from './helpers/ink.js';
import {testLevel} from './helpers/levels.js';

afterEach(cleanup);

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-ui-'));
});
afterEach(async () => {
	// unmount first (after-hooks run last-registered first), then let the store's writes land:
	// removing the folder under a write still under way failed with ENOTEMPTY at load 12
	cleanup();
	await writesSettled(10_000);
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 20});
});

const first = testLevel({id: 'w1-01-test', budget: 20});
const second = testLevel({id: 'w1-02-test', order: 2, title: {es: 'Segunda', en: 'Second'}});

type AppProps = Parameters<typeof App>[0];

/** The App on the menu with two test levels, English, no colour, 120×40; `overrides` replace any prop. */
function appElement(overrides: Partial<AppProps> = {}) {
	return (
		<App
			levels={[first, second]}
			dataDir={dir}
			settings={{version: 1}}
			progress={emptyProgress()}
			lang="en"
			langExplicit={false}
			colorAllowed={false}
			asciiFlag={false}
			route={{screen: 'menu'}}
			size={{columns: 120, rows: 40}}
			fps={200}
			{...overrides}
		/>
	);
}

function app(overrides: Partial<AppProps> = {}) {
	const onQuit = vi.fn();
	const r = render(appElement({onQuit, ...overrides}));
	return {r, onQuit};
}

describe('App', () => {
	test('a campaign level read trusted is checked when opened: a broken one is one line on the menu, never played', async () => {
		const file = new URL('../fixtures/levels/ERR_MIN_ON_BOUNDARY.json', import.meta.url);
		const json = {...(JSON.parse(readFileSync(file, 'utf8')) as object), id: 'w1-01-edge', world: 1, order: 1};
		const read = parseLevel(JSON.stringify(json), 'w1-01-edge.json', {trusted: true});
		if (!read.ok) throw new Error('the fixture should pass a trusted load');
		const {r} = app({levels: [read.level, second]});
		await press(r, KEYS.enter);
		await waitFor(r, 'Choose a level');
		await press(r, KEYS.enter);
		await waitFor(r, '[ERR_MIN_ON_BOUNDARY]');
		expect(frame(r)).toContain('Campaign');
		expect(frame(r)).not.toContain('Under your feet');
		expect(frame(r).split('\n').filter((line) => line.includes('ERR_MIN_ON_BOUNDARY'))).toHaveLength(1);
	});

	test('menu → level → setup → name → run → result; progress, name and score are saved; retry runs again', async () => {
		const {r} = app();
		await press(r, KEYS.enter);
		await waitFor(r, 'Choose a level');
		await press(r, KEYS.enter);
		await waitFor(r, 'Go down to the floor.');
		await press(r, KEYS.enter);
		await waitFor(r, 'Under your feet');
		await press(r, '0', ',', '9', KEYS.enter);
		await waitFor(r, 'What is your name?');
		await press(r, 'A', 'n', 'a', KEYS.enter);
		await waitFor(r, /step\s+\d+ \/ 20/);
		await press(r, KEYS.enter);
		await waitFor(r, 'You made it!');
		// each file is written on its own: wait for each, as long as a frame may take (under load a
		// write took more than vi.waitFor's 1 s, and the name could land after the progress)
		await vi.waitFor(async () => {
			const progress = await loadProgress(dir);
			expect(progress.ok && progress.value.levels[first.id]).toMatchObject({stars: 3, bestKnobs: {learningRate: 0.9}, plays: 1});
		}, WAIT_MS);
		await vi.waitFor(async () => {
			const settings = await loadSettings(dir);
			expect(settings.ok && settings.value.playerName).toBe('Ana');
		}, WAIT_MS);
		await vi.waitFor(async () => expect(await readFile(path.join(dir, 'scores.json'), 'utf8')).toContain('"Ana"'), WAIT_MS);
		await press(r, 'r');
		await waitFor(r, /step\s+\d+ \/ 20/);
		await press(r, KEYS.enter);
		await waitFor(r, 'You made it!');
		await vi.waitFor(async () => {
			const progress = await loadProgress(dir);
			expect(progress.ok && progress.value.levels[first.id]?.plays).toBe(2);
		}, WAIT_MS);
		await press(r, 'n');
		await waitFor(r, 'Second');
	});

	test('a menu choice the loading shell heard just after the App mounted still opens its screen', async () => {
		// under load the shell's menu takes Enter while React mounts the App without the choice
		const {r} = app();
		expect(frame(r)).toContain('Campaign');
		r.rerender(appElement({startItem: 'campaign'}));
		await waitFor(r, 'Choose a level');
	});

	test('Ctrl+C quits from any screen after saving', async () => {
		const {r, onQuit} = app({route: {screen: 'setup', level: first}});
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.ctrlC);
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalled());
	});

	test('the saved language applies unless --lang was given; a small terminal gets a message', async () => {
		const spanish = app({settings: {version: 1, language: 'es'}});
		expect(frame(spanish.r)).toContain('Campaña');
		cleanup();
		const explicit = app({settings: {version: 1, language: 'es'}, langExplicit: true});
		expect(frame(explicit.r)).toContain('Campaign');
		cleanup();
		const small = app({size: {columns: 70, rows: 20}});
		expect(frame(small.r)).toContain('too small');
	});

	test('settings changes are saved', async () => {
		const {r} = app();
		await press(r, '5', KEYS.enter);
		await waitFor(r, 'Map view');
		await press(r, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
		await vi.waitFor(async () => {
			const settings = await loadSettings(dir);
			expect(settings.ok && settings.value.view).toBe('contour');
		}, WAIT_MS);
	});

	test('the ghost is the best run re-simulated from its knobs', () => {
		const knobs = {learningRate: 0.4};
		const progress = withResult(emptyProgress(), {levelId: first.id, score: 800, stars: 2, knobs, seed: 1});
		const ghost = ghostOf(first, progress)!;
		expect(ghost.upTo).toBe(20);
		expect(ghost.x[1]).toBeCloseTo(3 - 0.4 * 3, 12);
		expect(ghostOf(first, emptyProgress())).toBeUndefined();
		expect(unlockedKnobValues(first, {learningRate: 0.4, momentum: 0, decay: 0, schedule: {kind: 'constant'}, temperature: 0, batchSize: null, restarts: 1, nesterov: false})).toEqual(knobs);
	});
});
