/** The experiment loop's pieces: comparison, advised knob, seeds on noise levels, knobs remembered. */
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import App from '../../source/ui/app.js';
import {defaultKnobs, play} from '../../source/engine/index.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';
import {emptyProgress, loadSettings, withResult} from '../../source/store/index.js';
import {advisedKnob, compareRuns, isNoisy, textsOfKnobs, textsOfRecord} from '../../source/ui/experiment.js';
import {KEYS, frame, press, waitFor} from '../helpers/ink.js';
import {testLevel} from './helpers/levels.js';

afterEach(cleanup);

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-loop-'));
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
});

const level = testLevel({knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}, momentum: {min: 0, max: 0.9, default: 0}}});
const hot = testLevel({id: 'w1-02-hot', order: 2, knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}, temperature: {min: 0, max: 1, default: 0.01}}});

describe('comparing two runs', () => {
	test('score delta, stars, and exactly the knobs that changed', () => {
		const slow = play(level, {...defaultKnobs(level), learningRate: 0.05}, 1);
		const good = play(level, {...defaultKnobs(level), learningRate: 0.5}, 1);
		const c = compareRuns(slow, good, 'es');
		expect(c.delta).toBe(good.score.total - slow.score.total);
		expect(c.stars).toBe(good.score.stars - slow.score.stars);
		expect(c.changed).toEqual([{knob: 'learningRate', from: '0,05', to: '0,5'}]);
		expect(c.seed).toBeNull();
		expect(compareRuns(good, good, 'en').changed).toEqual([]);
	});

	test('the advised knob is the first the tried suggestion changes', () => {
		const slow = play(level, {...defaultKnobs(level), learningRate: 0.002}, 1);
		const change = slow.diagnosis.suggestion?.changes[0]?.knob ?? slow.diagnosis.candidates[0]?.[0]?.knob ?? 'learningRate';
		expect(advisedKnob(slow)).toBe(change);
	});

	test('noise levels depend on the seed; plain ones do not', () => {
		expect(isNoisy(hot, {...defaultKnobs(hot)})).toBe(true);
		expect(isNoisy(hot, {...defaultKnobs(hot), temperature: 0})).toBe(false);
		expect(isNoisy(level, defaultKnobs(level))).toBe(false);
	});

	test('a model level\'s minibatch is drawn by the seed: B below the data set is noisy, the whole data set is not', async () => {
		const loaded = await loadLevelFile(path.join(CAMPAIGN_DIR, 'world-7', 'w7-05-batch-temperature.json'));
		if (!loaded.ok) throw new Error(loaded.error.message);
		const batch = loaded.level;
		expect(isNoisy(batch, {...defaultKnobs(batch), batchSize: 1})).toBe(true);
		expect(isNoisy(batch, {...defaultKnobs(batch), batchSize: batch.model!.rows})).toBe(false);
	});

	test('knob texts round-trip through what progress keeps', () => {
		const knobs = {...defaultKnobs(level), learningRate: 0.35, momentum: 0.8};
		expect(textsOfKnobs(level, knobs, 'es')).toEqual({learningRate: '0,35', momentum: '0,8'});
		expect(textsOfRecord(level, {learningRate: 0.35, momentum: 0.8, decay: 0.1}, 'en')).toEqual({learningRate: '0.35', momentum: '0.8'});
	});
});

describe('in the game', () => {
	const props = {
		dataDir: '',
		settings: {version: 1 as const, playerName: 'Ana'},
		lang: 'en' as const,
		langExplicit: true,
		colorAllowed: false,
		asciiFlag: false,
		size: {columns: 120, rows: 40},
		fps: 200,
	};

	test('the last knobs used on a level pre-fill its setup in a later session', async () => {
		const progress = withResult(emptyProgress(), {levelId: level.id, score: 100, stars: 0, knobs: {learningRate: 0.7, momentum: 0.3}, seed: 1});
		const r = render(<App {...props} dataDir={dir} levels={[level]} progress={progress} route={{screen: 'setup', level}} />);
		const shown = await waitFor(r, 'Under your feet');
		expect(shown).toMatch(/│ 0\.7_?\s/);
		expect(shown).toMatch(/│ 0\.3\s/);
	});

	test('r on a noise level draws the next seed and says so; e keeps the knobs and Esc returns to the result', async () => {
		const r = render(<App {...props} dataDir={dir} levels={[hot]} progress={emptyProgress()} route={{screen: 'setup', level: hot}} />);
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.enter);
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		await waitFor(r, 'same knobs, new seed');
		await press(r, 'r');
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		const second = await waitFor(r, /seed 1 → 2/);
		expect(second).toContain('same knobs');
		await press(r, 'e');
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.escape);
		expect(await waitFor(r, /seed 1 → 2/)).toContain('Score');
		expect(frame(r)).not.toContain('Under your feet');
	});

	test('knobs tweaked from a result run at that result’s seed: the advice the engine tried there is what the player gets', async () => {
		const r = render(<App {...props} dataDir={dir} levels={[hot]} progress={emptyProgress()} route={{screen: 'setup', level: hot}} />);
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.enter);
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		await waitFor(r, 'same knobs, new seed');
		await press(r, 'r');
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		const drawn = await waitFor(r, /seed 1 → 2/);
		const score = /Score (\d+)\/1000/.exec(drawn)![1];
		// the same knobs launched from the setup: the same run, not seed 1's
		await press(r, 'e');
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.enter);
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		const again = await waitFor(r, /Score \d+\/1000/);
		expect(again).not.toMatch(/seed 2 → 1/);
		expect(/Score (\d+)\/1000/.exec(again)![1]).toBe(score);
	});

	test('staying anonymous is remembered: the next session does not ask for a name again', async () => {
		const first = render(<App {...props} settings={{version: 1}} dataDir={dir} levels={[level]} progress={emptyProgress()} route={{screen: 'setup', level}} />);
		await waitFor(first, 'Under your feet');
		await press(first, KEYS.enter);
		await waitFor(first, 'What is your name?');
		await press(first, KEYS.escape);
		await waitFor(first, /step\s+\d+/);
		let saved = await loadSettings(dir);
		for (let i = 0; i < 50 && !(saved.ok && saved.value.anonymous); i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			saved = await loadSettings(dir);
		}

		expect(saved.ok && saved.value.anonymous).toBe(true);
		first.unmount();
		const second = render(<App {...props} settings={saved.ok ? saved.value : {version: 1}} dataDir={dir} levels={[level]} progress={emptyProgress()} route={{screen: 'setup', level}} />);
		await waitFor(second, 'Under your feet');
		await press(second, KEYS.enter);
		await waitFor(second, /step\s+\d+/);
		expect(frame(second)).not.toContain('What is your name?');
	});
});
