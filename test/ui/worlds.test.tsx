/** World tabs with names and a locked look; the daily's heading; a run that opens the next level says so. */
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import App from '../../source/ui/app.js';
import {emptyProgress, withResult} from '../../source/store/index.js';
import {levelHeading} from '../../source/ui/env.js';
import {LevelSelectScreen} from '../../source/ui/screens/LevelSelectScreen.js';
import {KEYS, frame, press, waitFor} from '../helpers/ink.js';
import {testEnv, testLevel} from './helpers/levels.js';

afterEach(cleanup);

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-worlds-'));
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
});

const one = testLevel({id: 'w1-01-a', world: 1, order: 1});
const two = testLevel({id: 'w2-01-b', world: 2, order: 1, title: {es: 'Otra', en: 'Another'}});

describe('world tabs', () => {
	test('name each world; a locked world carries the lock and says why', async () => {
		const r = render(<LevelSelectScreen env={testEnv()} levels={[one, two]} progress={emptyProgress()} onPick={() => {}} onBack={() => {}} />);
		expect(frame(r)).toContain('1 First steps');
		expect(frame(r)).toMatch(/⊘ 2 Inertia/);
		await press(r, KEYS.right);
		expect(frame(r)).toContain('World 2 · Inertia');
		expect(frame(r)).toContain('locked: earn a star on every level of the world before');
		const es = render(<LevelSelectScreen env={testEnv({lang: 'es'})} levels={[one, two]} progress={emptyProgress()} onPick={() => {}} onBack={() => {}} />);
		expect(frame(es)).toContain('1 Primeros pasos');
	});

	test('the daily has its own heading, not "World 0 · 0"', () => {
		const daily = testLevel({id: 'daily-2026-12-01', world: 0, order: 0});
		expect(levelHeading(daily, 'en')).toBe('Daily challenge · 2026-12-01');
		expect(levelHeading(two, 'es')).toBe('Mundo 2 · 1');
	});

	test('the run that opens the next world says so', async () => {
		const r = render(
			<App
				levels={[one, two]}
				dataDir={dir}
				settings={{version: 1, playerName: 'Ana'}}
				progress={emptyProgress()}
				lang="en"
				langExplicit
				colorAllowed={false}
				asciiFlag={false}
				route={{screen: 'setup', level: one}}
				size={{columns: 120, rows: 40}}
				fps={200}
			/>,
		);
		await waitFor(r, 'Under your feet');
		await press(r, KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace, '0', '.', '5', KEYS.enter);
		await waitFor(r, /step\s+\d+/);
		await press(r, KEYS.enter);
		expect(await waitFor(r, 'World open: World 2 · Inertia!')).toContain('Score');
	});

	test('keys pressed while the campaign loads are kept: Down, Enter pick the second level once it is there', async () => {
		const onPick = vi.fn();
		const next = testLevel({id: 'w1-02-c', world: 1, order: 2, title: {es: 'Tercera', en: 'Third'}});
		const progress = withResult(emptyProgress(), {levelId: one.id, score: 500, stars: 2, knobs: {learningRate: 0.5}, seed: 1});
		const r = render(<LevelSelectScreen env={testEnv()} levels={[]} loading progress={progress} onPick={onPick} onBack={() => {}} />);
		await press(r, KEYS.down, KEYS.enter);
		expect(onPick).not.toHaveBeenCalled();
		r.rerender(<LevelSelectScreen env={testEnv()} levels={[one, next]} progress={progress} onPick={onPick} onBack={() => {}} />);
		await waitFor(r, 'Third');
		await press(r);
		expect(onPick).toHaveBeenCalledTimes(1);
		expect(onPick).toHaveBeenCalledWith(next);
	});
});
