import stripAnsi from 'strip-ansi';
import {describe, expect, test} from 'vitest';
import {criticalPoints} from '../../source/engine/index.js';
import {BANDS, MARKS, cellOf, contourEvery, mapSize, renderMap, sampleGrid} from '../../source/ui/map/render.js';
import {testLevel, twoWellsLevel} from './helpers/levels.js';

/** The character at (col, row) of a rendered map, colour stripped. */
function charAt(text: string, col: number, row: number): string {
	return [...stripAnsi(text).split('\n')[row]!][col]!;
}

const level = twoWellsLevel();

describe('map size', () => {
	test('a row spans twice the y-distance of a column', () => {
		const {cols, rows} = mapSize(level, 80, 40);
		const grid = sampleGrid(level, cols, rows);
		expect(grid.dy / grid.dx).toBeGreaterThan(1.8);
		expect(grid.dy / grid.dx).toBeLessThan(2.2);
	});

	test('fits inside the room given', () => {
		for (const [w, h] of [[120, 40], [40, 10], [200, 12]] as const) {
			const {cols, rows} = mapSize(level, w, h);
			expect(cols).toBeLessThanOrEqual(w);
			expect(rows).toBeLessThanOrEqual(h);
			const {text} = renderMap({level, width: w, height: h, view: 'relief', color: 0, ascii: false});
			const lines = text.split('\n');
			expect(lines).toHaveLength(rows);
			for (const line of lines) expect([...line]).toHaveLength(cols);
		}
	});
});

describe('marks', () => {
	const trail = {x: Float64Array.of(3, 1, -0.5), y: Float64Array.of(2, 1, 0.2), upTo: 2};

	test('start, trail and climber sit in the cells of their points', () => {
		const {text, grid} = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: true, trail});
		const at = (x: number, y: number) => {
			const cell = cellOf(grid, x, y)!;
			return charAt(text, cell.col, cell.row);
		};

		expect(at(3, 2)).toBe(MARKS.ascii.start);
		expect(at(1, 1)).toBe(MARKS.ascii.trail);
		expect(at(-0.5, 0.2)).toBe(MARKS.ascii.climber);
	});

	test('upTo hides the later points', () => {
		const {text, grid} = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: true, trail: {...trail, upTo: 1}});
		const climber = cellOf(grid, 1, 1)!;
		expect(charAt(text, climber.col, climber.row)).toBe(MARKS.ascii.climber);
		const later = cellOf(grid, -0.5, 0.2)!;
		expect(charAt(text, later.col, later.row)).not.toBe(MARKS.ascii.climber);
	});

	test('the reveal marks the global minimum and the other minimum', () => {
		const critical = criticalPoints(level);
		const {text, grid} = renderMap({level, width: 80, height: 40, view: 'relief', color: 0, ascii: false, reveal: true});
		const global = critical.global[0]!;
		const g = cellOf(grid, global.x, global.y)!;
		expect(charAt(text, g.col, g.row)).toBe(MARKS.unicode.global);
		const other = critical.minima.find((m) => !m.global)!;
		const o = cellOf(grid, other.x, other.y)!;
		expect(charAt(text, o.col, o.row)).toBe(MARKS.unicode.minimum);
		expect(global.x).toBeLessThan(0);
	});

	// a bowl at the origin of x ∈ [−4, 4], y ∈ [−3, 3]: on an even number of rows (or columns) the
	// floor lies exactly on a cell edge, the case where the ball was drawn a row above it
	const bowl = testLevel({id: 'bowl-at-origin'});
	const sizes = [
		[60, 20],
		[61, 21],
		[80, 24],
		[81, 25],
	] as const;

	test.each(sizes)('at %i×%i the ball resting on the floor is drawn on the floor’s mark', (width, height) => {
		const floor = criticalPoints(bowl).global[0]!;
		const revealed = renderMap({level: bowl, width, height, view: 'relief', color: 0, ascii: true, reveal: true});
		const lines = stripAnsi(revealed.text).split('\n');
		const row = lines.findIndex((line) => line.includes(MARKS.ascii.global));
		const mark = {col: [...lines[row]!].indexOf(MARKS.ascii.global), row};
		expect(cellOf(revealed.grid, floor.x, floor.y)).toEqual(mark);
		// coming to rest from above, from below, from either side: a hair off the floor
		for (const [dx, dy] of [[0, 3e-4], [0, -3e-4], [3e-4, 0], [-3e-4, 1e-9], [0, 0]] as const) {
			const trail = {x: Float64Array.of(3, floor.x + dx), y: Float64Array.of(2, floor.y + dy), upTo: 1};
			const {text} = renderMap({level: bowl, width, height, view: 'relief', color: 0, ascii: true, reveal: true, trail});
			expect(charAt(text, mark.col, mark.row), `ball at (${dx}, ${dy})`).toBe(MARKS.ascii.climber);
		}
	});

	test.each(sizes)('at %i×%i a point well inside a cell is drawn in that cell', (width, height) => {
		const {cols, rows} = mapSize(bowl, width, height);
		const grid = sampleGrid(bowl, cols, rows);
		for (let i = 0; i < 500; i++) {
			// points spread over the map, never within a tenth of a cell of an edge
			const u = Math.floor((i * 7919) % cols) + 0.1 + 0.8 * ((i * 0.618_034) % 1);
			const v = Math.floor((i * 104_729) % rows) + 0.1 + 0.8 * ((i * 0.414_214) % 1);
			const x = grid.x0 + u * grid.dx;
			const y = grid.y1 - v * grid.dy;
			const cell = cellOf(grid, x, y)!;
			expect(grid.x0 + cell.col * grid.dx).toBeLessThanOrEqual(x);
			expect(x).toBeLessThan(grid.x0 + (cell.col + 1) * grid.dx);
			expect(grid.y1 - (cell.row + 1) * grid.dy).toBeLessThan(y);
			expect(y).toBeLessThanOrEqual(grid.y1 - cell.row * grid.dy);
		}

		// the map's own edges are inside it; beyond them, nothing
		expect(cellOf(grid, 4, -3)).toEqual({col: cols - 1, row: rows - 1});
		expect(cellOf(grid, -4, 3)).toEqual({col: 0, row: 0});
		expect(cellOf(grid, 4.2, 0)).toBeNull();
	});

	test('the velocity arrow sits next to the climber, pointing the way it moves', () => {
		const {text, grid} = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: false, trail, velocity: {dx: -1, dy: 0}});
		const climber = cellOf(grid, -0.5, 0.2)!;
		expect(charAt(text, climber.col - 1, climber.row)).toBe('←');
	});

	test('the arrow reads the direction in map units (rows drawn twice as tall) and hides at rest', () => {
		const {grid} = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: false, trail});
		const climber = cellOf(grid, -0.5, 0.2)!;
		// a move down-left at 30° below the horizontal in map units: in cell units (dy/grid.dy) it
		// would be under 22.5° and read as a flat ←; drawn 2:1 it is ↙
		const dx = -Math.cos(Math.PI / 6);
		const dy = -Math.sin(Math.PI / 6);
		const moving = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: false, trail, velocity: {dx, dy}}).text;
		expect(charAt(moving, climber.col - 1, climber.row + 1)).toBe('↙');
		const resting = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: false, trail, velocity: {dx: grid.dx / 100, dy: 0}}).text;
		for (const arrow of '→↗↑↖←↙↓↘') expect(resting).not.toContain(arrow);
	});
});

describe('terrain', () => {
	test('relief bands by quantile: deep wells get the lowest band', () => {
		const {cols, rows} = mapSize(level, 60, 30);
		const grid = sampleGrid(level, cols, rows);
		const deep = cellOf(grid, -2, 0)!;
		expect(grid.band[deep.row * cols + deep.col]).toBe(0);
		const corner = cellOf(grid, 3.9, 2.9)!;
		expect(grid.band[corner.row * cols + corner.col]).toBe(BANDS - 1);
	});

	test('no colour means no escape codes; colour levels paint', () => {
		const plain = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: false}).text;
		expect(plain).not.toContain('\u001B');
		for (const color of [1, 2, 3] as const) expect(renderMap({level, width: 60, height: 30, view: 'relief', color, ascii: false}).text).toContain('\u001B[');
	});

	test('ASCII draws with ASCII only, in both views', () => {
		for (const view of ['relief', 'contour'] as const) {
			const {text} = renderMap({level, width: 60, height: 30, view, color: 0, ascii: true, reveal: true});
			expect(/^[\u0020-\u007E\n]*$/.test(text)).toBe(true);
		}
	});

	test('the contour view draws lines and leaves flat areas blank', () => {
		const {text} = renderMap({level, width: 60, height: 30, view: 'contour', color: 0, ascii: false});
		expect(text).toMatch(/[─│╭╮╰╯]/);
		expect(text).toContain(' ');
	});

	test('fog hides cells far from the path; blind hides everything but the frame', () => {
		const fogged = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: true, fog: true});
		const clear = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: true});
		const blanks = (s: string) => [...s].filter((c) => c === ' ').length;
		expect(blanks(fogged.text)).toBeGreaterThan(blanks(clear.text) + 100);
		const corner = cellOf(fogged.grid, -3.9, -2.9)!;
		expect(charAt(fogged.text, corner.col, corner.row)).toBe(' ');
		const hidden = renderMap({level, width: 60, height: 30, view: 'relief', color: 0, ascii: true, hidden: true});
		expect(hidden.text).not.toMatch(/[#=:\-S@]/);
	});
});

describe('relief in colour', () => {
	const trail = {x: Float64Array.from([3, 2, 1, 0.2]), y: Float64Array.from([2, 1.5, 0.8, 0.1]), upTo: 3};
	const options = {level, width: 80, height: 30, view: 'relief', ascii: false, trail} as const;

	test('band edges carry faint contour glyphs over the colours; flat bands stay blank', () => {
		const {text, grid} = renderMap({...options, color: 2});
		const plain = stripAnsi(text);
		const cells = [...plain.replaceAll('\n', '')];
		const lines = cells.filter((c) => '─│╭╮╰╯┼'.includes(c)).length;
		expect(lines).toBeGreaterThan(grid.cols / 2);
		expect(lines).toBeLessThan(cells.length / 2);
		expect(cells.filter((c) => c === ' ').length).toBeGreaterThan(cells.length / 3);
		// the glyphs follow where the band changes: common on cells beside another band, rare inside one
		const rows = plain.split('\n').map((line) => [...line]);
		let boundary = 0;
		let boundaryLines = 0;
		let inside = 0;
		let insideLines = 0;
		for (let r = 1; r < grid.rows - 1; r++) {
			for (let c = 1; c < grid.cols - 1; c++) {
				const band = grid.band[r * grid.cols + c]!;
				const mixed = [-1, 0, 1].some((dr) => [-1, 0, 1].some((dc) => grid.band[(r + dr) * grid.cols + c + dc] !== band));
				const drawn = '─│╭╮╰╯┼'.includes(rows[r]![c]!);
				if (mixed) {
					boundary++;
					if (drawn) boundaryLines++;
				} else {
					inside++;
					if (drawn) insideLines++;
				}
			}
		}

		expect(boundaryLines / boundary).toBeGreaterThan(0.2);
		expect(insideLines / Math.max(1, inside)).toBeLessThan(0.1);
	});

	test('marks sit in the same cells with and without colour; each line is closed and as wide as the map', () => {
		const coloured = renderMap({...options, color: 3});
		const bare = renderMap({...options, color: 0});
		const climber = cellOf(coloured.grid, 0.2, 0.1)!;
		expect(charAt(coloured.text, climber.col, climber.row)).toBe(MARKS.unicode.climber);
		expect(charAt(bare.text, climber.col, climber.row)).toBe(MARKS.unicode.climber);
		for (const line of coloured.text.split('\n')) {
			expect([...stripAnsi(line)]).toHaveLength(coloured.grid.cols);
			// nothing leaks into the next line or the rest of the screen
			if (line.includes('\u001B[')) expect(line.endsWith('\u001B[0m')).toBe(true);
		}
	});
});

describe('contours on coarse grids', () => {
	test('a small preview draws fewer isolines than a full map, so their corners do not run together', () => {
		expect(contourEvery({rows: 38})).toBe(1);
		expect(contourEvery({rows: 10})).toBeGreaterThan(1);
		const level = testLevel({terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 6]}]});
		const lineCells = (height: number) => {
			const text = stripAnsi(renderMap({level, width: 120, height, view: 'contour', color: 0, ascii: false}).text);
			const cells = [...text.replaceAll('\n', '')];
			return cells.filter((ch) => ch !== ' ').length / cells.length;
		};

		// the share of cells carrying a line glyph stays near the full map's, not three times it
		expect(lineCells(8)).toBeLessThan(lineCells(30) * 1.5);
	});
});
