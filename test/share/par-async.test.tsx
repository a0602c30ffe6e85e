/** Bounded work (issue #13): par and the percentile computed off the render path, in slices that let the event loop run. */
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ParPanel} from '../../source/ui/components/ParPanel.js';
import {cachedParStats, clearParMemory, computeParStats, parStatsAsync} from '../../source/share/par.js';
import {readFileSync} from 'node:fs';
import {levelWork, MAX_WORK, parseLevel} from '../../source/levels/validate.js';
import {waitForFrame} from '../helpers/ink.js';
import {BOWL_JSON, levelOf} from './fixtures.js';

const level = levelOf(BOWL_JSON);

// the memory cache is per process, and files share a process (vitest.config.ts): start and end cold
beforeEach(() => clearParMemory());
afterEach(() => clearParMemory());

describe('parStatsAsync', () => {
	it('gives what the synchronous search gives, and lets timers run while it computes', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 0);
		const stats = await parStatsAsync(level).finally(() => clearInterval(timer));
		expect(stats).toEqual(computeParStats(level));
		// a blocking computation would have let no timer fire before it returned
		expect(ticks).toBeGreaterThan(0);
	});

	it('stops when asked, and caches nothing then', async () => {
		const stop = new AbortController();
		const pending = parStatsAsync(level, undefined, stop.signal);
		stop.abort();
		await expect(pending).rejects.toMatchObject({name: 'AbortError'});
		expect(cachedParStats(level)).toBeUndefined();
	});
});

describe('ParPanel', () => {
	it('says "computing par…" first, then shows par once the search is done (memory services)', async () => {
		{
			const r = render(<ParPanel level={level} score={500} lang="en" width={60} color={false} ascii />);
			expect(r.lastFrame()).toContain('computing par…');
			await waitForFrame(r, /Par \d+/, 60_000);
			r.unmount();
		}
	});
});

describe('the level work limit', () => {
	it('counts steps × climbers × terms, a model term as many', () => {
		const shape = {budget: 1000, terrain: [{type: 'bowl'}, {type: 'well'}], knobs: {restarts: {min: 1, max: 4, default: 1}}};
		expect(levelWork(shape as never)).toBe(1000 * 4 * 2);
		expect(levelWork({...shape, terrain: [{type: 'model'}]} as never)).toBeGreaterThan(1000 * 4);
		expect(MAX_WORK).toBeGreaterThan(levelWork(shape as never));
	});

	it('counts a model level by its model: the budget (shared by its climbers) × a step that grows with examples × parameters', () => {
		const shape = {budget: 200, terrain: [{type: 'model'}], knobs: {restarts: {min: 1, max: 8, default: 4}}};
		const small = levelWork(shape as never, {rows: 150, n: 15});
		const large = levelWork(shape as never, {rows: 150, n: 51});
		expect(large).toBeGreaterThan(3 * small);
		expect(levelWork({...shape, knobs: {}} as never, {rows: 150, n: 51})).toBe(large);
		expect(levelWork({...shape, budget: 400} as never, {rows: 150, n: 51})).toBe(2 * large);
		// a shape whose data is not read yet counts as the largest model allowed
		expect(levelWork(shape as never)).toBeGreaterThan(levelWork(shape as never, {rows: 5000, n: 39}));

		// the largest shipped network fits; ten times its budget does not
		const file = new URL('../../levels/world-7/w7-06-wide-network.json', import.meta.url).pathname;
		const text = readFileSync(file, 'utf8');
		expect(parseLevel(text, file).ok).toBe(true);
		const longer = parseLevel(JSON.stringify({...JSON.parse(text), budget: 2000}), file);
		expect(longer.ok ? 'ok' : longer.error.code).toBe('ERR_TOO_MUCH_WORK');
	});
});
