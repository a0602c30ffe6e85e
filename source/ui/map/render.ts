/**
 * The topographic map (docs/architecture.md, “Drawing the map”), built as one string per row:
 * relief (elevation bands) or contour lines, with hypsometric colours, and the marks of the run
 * on top (climber, trail, ghost, start, critical points, velocity arrow, fog). The terrain grid
 * and cell placement live in `grid.ts`, the glyphs, colours and row building in `rows.ts`; this
 * module places the marks and assembles the frame, reusing unmarked rows. No React.
 */
import {criticalPoints, type Level} from '../../engine/index.js';
import {arrowFor, type ColorLevel} from '../theme.js';
import {cellIndexOf, cellOf, edgesOf, mapSize, sampleGrid, type MapGrid} from './grid.js';
import {buildRow, type Mark, type MapView, type RowLook} from './rows.js';

export {BANDS, cellOf, contourEvery, mapSize, sampleGrid, type MapGrid} from './grid.js';
export {MARKS, type MapView} from './rows.js';

/** A path drawn on the map: positions 0..upTo (inclusive) of the arrays. */
export type MapTrail = {x: Float64Array; y: Float64Array; upTo: number};

/** Everything one frame depends on. */
export type MapOptions = {
	level: Level;
	/** room for the map, in terminal columns and rows; the map fits inside keeping its aspect */
	width: number;
	height: number;
	view: MapView;
	color: ColorLevel;
	ascii: boolean;
	/** the climber's path; its last drawn point is the climber */
	trail?: MapTrail;
	/** the best earlier run, drawn faintly */
	ghost?: MapTrail;
	/** the direction the climber is moving, in map units (x right, y up) */
	velocity?: {dx: number; dy: number};
	/** show the global minimum, the other minima and the saddles */
	reveal?: boolean;
	/** only cells near where the climber passed are shown */
	fog?: boolean;
	/** nothing of the terrain is shown (blind levels before the end) */
	hidden?: boolean;
	/** relief in colour: faint contour glyphs where the band changes (default true) */
	hints?: boolean;
};

/** Slowest motion that still gets a velocity arrow, in map columns per step. */
export const ARROW_MIN_SPEED = 0.25;

/** One frame of the map: its lines (colour runs inside each), the grid they were drawn from, and the lines joined. */
export type MapFrame = {lines: string[]; grid: MapGrid; readonly text: string};

/** Builds one frame of the map: `rows` lines of `cols` cells, colour runs inside. */
export function renderMap(options: MapOptions): MapFrame {
	const {level, view, color, ascii} = options;
	const {cols, rows} = mapSize(level, options.width, options.height);
	const grid = sampleGrid(level, cols, rows);
	const n = cols * rows;
	// marks by cell index: few cells of a frame carry one
	const marks = new Map<number, Mark>();
	const put = (x: number, y: number, mark: Mark, over = false) => {
		const i = cellIndexOf(grid, x, y);
		if (i >= 0 && (over || !marks.has(i))) marks.set(i, mark);
	};

	// lowest priority first; `over` marks replace what is there
	if (options.reveal) {
		const critical = criticalPoints(level);
		for (const saddle of critical.saddles) put(saddle.x, saddle.y, 'saddle', true);
		for (const minimum of critical.minima) put(minimum.x, minimum.y, minimum.global ? 'global' : 'minimum', true);
		for (const g of critical.global) put(g.x, g.y, 'global', true);
	}

	const ghost = options.ghost;
	if (ghost) for (let t = 0; t <= Math.min(ghost.upTo, ghost.x.length - 1); t++) put(ghost.x[t]!, ghost.y[t]!, 'ghost', true);
	const trail = options.trail;
	let climber: {col: number; row: number} | null = null;
	const fogMask = options.fog && !options.reveal ? new Uint8Array(n) : null;
	if (trail) {
		const last = Math.min(trail.upTo, trail.x.length - 1);
		for (let t = 0; t <= last; t++) {
			put(trail.x[t]!, trail.y[t]!, 'trail', true);
			if (fogMask) uncover(fogMask, grid, trail.x[t]!, trail.y[t]!);
		}

		if (options.reveal) for (const g of criticalPoints(level).global) put(g.x, g.y, 'global', true);
		put(trail.x[0]!, trail.y[0]!, 'start', true);
		if (last >= 0) {
			climber = cellOf(grid, trail.x[last]!, trail.y[last]!);
			put(trail.x[last]!, trail.y[last]!, 'climber', true);
		}
	} else {
		put(level.start[0], level.start[1], 'start', true);
		if (fogMask) uncover(fogMask, grid, level.start[0], level.start[1]);
	}

	let arrowGlyph = '→';
	const velocity = options.velocity;
	// the direction in map units: a row is drawn twice as tall as a column is wide, so one row
	// counts two columns; below a quarter of a column per step the climber is at rest, no arrow
	const sx = velocity ? velocity.dx / grid.dx : 0;
	const sy = velocity ? (2 * velocity.dy) / grid.dy : 0;
	if (climber && velocity && Math.hypot(sx, sy) >= ARROW_MIN_SPEED) {
		const octant = ((Math.round(Math.atan2(sy, sx) / (Math.PI / 4)) % 8) + 8) % 8;
		const [oc, or] = [
			[1, 0],
			[1, -1],
			[0, -1],
			[-1, -1],
			[-1, 0],
			[-1, 1],
			[0, 1],
			[1, 1],
		][octant]!;
		const col = climber.col + oc!;
		const row = climber.row + or!;
		if (col >= 0 && row >= 0 && col < cols && row < rows) marks.set(row * cols + col, 'arrow');
		arrowGlyph = arrowFor(sx, sy, ascii);
	}

	const hidden = options.hidden === true && !options.reveal;
	const look: RowLook = {
		view,
		color,
		// 256 colours render the ten bands as well as truecolor, in about half the bytes per cell run
		paint: color > 2 ? 2 : color,
		ascii,
		hidden,
		edges: view === 'relief' && color !== 0 && options.hints !== false ? edgesOf(grid, ascii) : [],
		arrowGlyph,
	};
	// rows without a mark and without fog are the same every frame: built once per look
	const baseKey = `${view}|${color}|${ascii ? 1 : 0}|${hidden ? 1 : 0}|${look.edges.length > 0 ? 1 : 0}`;
	let bases = baseRows.get(grid);
	if (!bases) {
		bases = new Map();
		baseRows.set(grid, bases);
	}

	let base = bases.get(baseKey);
	if (!base) {
		base = new Array<string | undefined>(rows);
		bases.set(baseKey, base);
	}

	const marked = new Uint8Array(rows);
	for (const i of marks.keys()) marked[Math.floor(i / cols)] = 1;
	const lines = new Array<string>(rows);
	for (let r = 0; r < rows; r++) {
		if (marked[r] === 0 && !fogMask) {
			lines[r] = base[r] ??= buildRow(grid, r, look, NO_MARKS, null);
		} else {
			lines[r] = buildRow(grid, r, look, marks, fogMask);
		}
	}

	return {
		lines,
		grid,
		get text() {
			return lines.join('\n');
		},
	};
}

const NO_MARKS = new Map<number, Mark>();
/** Rows without marks, per grid and look (a grid is cached per level and size). */
const baseRows = new WeakMap<MapGrid, Map<string, Array<string | undefined>>>();

/** Marks the cells within a few columns (and half as many rows) of (x, y) as seen. */
function uncover(mask: Uint8Array, grid: MapGrid, x: number, y: number): void {
	const cell = cellOf(grid, x, y);
	if (!cell) return;
	const rc = Math.max(3, Math.round(grid.cols / 12));
	const rr = Math.max(2, Math.round(rc / 2));
	for (let row = Math.max(0, cell.row - rr); row <= Math.min(grid.rows - 1, cell.row + rr); row++) {
		for (let col = Math.max(0, cell.col - rc); col <= Math.min(grid.cols - 1, cell.col + rc); col++) {
			const u = (col - cell.col) / rc;
			const v = (row - cell.row) / rr;
			if (u * u + v * v <= 1) mask[row * grid.cols + col] = 1;
		}
	}
}
