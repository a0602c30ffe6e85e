/**
 * World 7's views of many parameters: the run's plane holds the path's main directions (a path
 * that moves in a plane projects onto it without loss), the map of a run is that plane, and the
 * dance panel puts every parameter on the shared axis, coloured by its own slope's push.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultKnobs, play} from '../../source/engine/index.js';
import {danceAt} from '../../source/engine/model/summary.js';
import {lift, pathPlane, project} from '../../source/engine/model/space.js';
import {CAMPAIGN_DIR, loadLevelFile} from '../../source/levels/load.js';
import {cellOfValue, danceLines, pushOf} from '../../source/ui/components/DancePanel.js';
import {sampleGrid} from '../../source/ui/map/render.js';
import {makeTheme} from '../../source/ui/theme.js';

describe('the run plane', () => {
	it('recovers a path that moves in a plane: every state projects and lifts back exactly', () => {
		const n = 7;
		const a = Float64Array.from({length: n}, (_, i) => (i % 3) - 1);
		const b = Float64Array.from({length: n}, (_, i) => (i === 2 ? 2 : 0.5 * (i % 2)));
		const centre = Float64Array.from({length: n}, (_, i) => i / 10);
		const steps = 40;
		const states = new Float64Array(steps * n);
		for (let t = 0; t < steps; t++) for (let i = 0; i < n; i++) states[t * n + i] = centre[i]! + Math.cos(t / 5) * 3 * a[i]! + Math.sin(t / 7) * b[i]!;
		const plane = pathPlane(states, steps, n, centre);
		const back = new Float64Array(n);
		for (let t = 0; t < steps; t++) {
			const [x, y] = project(plane, states, t * n);
			lift(plane, x, y, back);
			for (let i = 0; i < n; i++) expect(back[i]!).toBeCloseTo(states[t * n + i]!, 9);
		}
	});
});

describe('a run with many parameters', async () => {
	const loaded = await loadLevelFile(path.join(CAMPAIGN_DIR, 'world-7', 'w7-03-many-climbers.json'));
	if (!loaded.ok) throw new Error(loaded.error.message);
	const level = loaded.level;
	const outcome = play(level, {...defaultKnobs(level), learningRate: 2, momentum: 0.5}, 1);
	const {run} = outcome;

	it('draws its map on its own plane, centred on the global minimum, the path inside the window', () => {
		expect(run.slice).toBeDefined();
		expect(run.level.hash).toBe(level.hash);
		const floor = run.critical.global[0]!;
		expect(Math.abs(floor.x)).toBeLessThan(1e-9);
		expect(Math.abs(floor.y)).toBeLessThan(1e-9);
		const best = run.climbers[run.best]!;
		const {x, y} = run.level.bounds;
		for (let t = 0; t <= best.steps; t++) {
			expect(best.x[t]! >= x[0] && best.x[t]! <= x[1] && best.y[t]! >= y[0] && best.y[t]! <= y[1]).toBe(true);
		}
	});

	it('gives another run its own map: another plane, another grid, the same level hash', () => {
		const other = play(level, {...defaultKnobs(level), learningRate: 0.3, momentum: 0.9}, 1).run;
		expect(other.level.hash).toBe(run.level.hash);
		expect(other.level.view).not.toBe(run.level.view);
		const a = sampleGrid(run.level, 30, 10);
		const b = sampleGrid(other.level, 30, 10);
		expect([...a.corners]).not.toEqual([...b.corners]);
	});

	it('has the map’s loss under the climber wherever the path lies on the plane: at the minimum', () => {
		const best = run.climbers[run.best]!;
		const n = best.steps;
		expect(best.loss[n]! - run.critical.global[0]!.loss).toBeLessThanOrEqual(level.tolerance);
	});

	it('dances every parameter: the climber on its value, ◆ on the minimum’s, coloured by its slope', () => {
		const best = run.climbers[run.best]!;
		const dance = danceAt(run, best, 3)!;
		expect(dance.theta).toHaveLength(15);
		expect(dance.names).toContain('b setosa');
		const plain = makeTheme(0, false);
		const lines = danceLines(dance, 24, 20, plain);
		expect(lines).toHaveLength(15);
		const strongest = dance.slope.reduce((m, g) => Math.max(m, Math.abs(g)), 0);
		for (const [i, line] of lines.entries()) {
			const glyphs = ['•', '●', '●'];
			const at = cellOfValue(dance.theta[i]!, dance.range, 24);
			expect(line[at], `parameter ${i}`).toBe(glyphs[pushOf(dance.slope[i]!, strongest)]);
		}

		// fewer lines than parameters: packed into columns, none lost
		const packed = danceLines(dance, 24, 5, plain);
		expect(packed.length).toBeLessThanOrEqual(5);
		expect(packed.join('').match(/[•●]/g)).toHaveLength(15);
	});
});
