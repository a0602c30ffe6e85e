/**
 * The map's terrain grid (docs/architecture.md, “Drawing the map”): the level's landscape sampled
 * on a grid of terminal cells (a cell is about twice as tall as wide, so a row spans twice the
 * y-distance a column spans in x), its elevation bands by quantile, which cell a map point falls
 * in ({@link cellOf}), and the contour glyphs (marching squares) crossing each cell. Pure apart
 * from small caches of sampled grids and contour glyphs; no React.
 */
import {landscapeOf, type Level} from '../../engine/index.js';
import {newSample} from '../../engine/terrain.js';

/** The terrain sampled for one (level, size). */
export type MapGrid = {
	cols: number;
	rows: number;
	x0: number;
	y1: number;
	/** map units per column and per row */
	dx: number;
	dy: number;
	/** elevation band of each cell centre, row-major, 0 (lowest) … BANDS − 1 */
	band: Uint8Array;
	/** for contours: above-threshold bits are computed from these corner values, (cols+1)×(rows+1) */
	corners: Float64Array;
	/** BANDS − 1 elevation thresholds, ascending (quantiles of the cell values) */
	thresholds: Float64Array;
};

/** Number of elevation bands. */
export const BANDS = 10;

/** The largest aspect-correct grid (columns, rows) that fits in width × height cells. */
export function mapSize(level: Level, width: number, height: number): {cols: number; rows: number} {
	const wx = level.bounds.x[1] - level.bounds.x[0];
	const wy = level.bounds.y[1] - level.bounds.y[0];
	const maxCols = Math.max(2, Math.floor(width));
	const maxRows = Math.max(2, Math.floor(height));
	// one row covers twice what one column covers: rows = cols · wy / (2 · wx)
	let cols = maxCols;
	let rows = Math.round((cols * wy) / (2 * wx));
	if (rows > maxRows) {
		rows = maxRows;
		cols = Math.min(maxCols, Math.round((rows * 2 * wx) / wy));
	}

	return {cols: Math.max(2, cols), rows: Math.max(2, rows)};
}

const grids = new Map<string, MapGrid>();
const GRID_CACHE = 32;

/** The terrain sampled for a level at cols × rows cells (cached by level hash, the run's view of a model level, and size). */
export function sampleGrid(level: Level, cols: number, rows: number): MapGrid {
	const key = `${level.hash}${level.view ? `/${level.view}` : ''}:${cols}x${rows}`;
	const hit = grids.get(key);
	if (hit) return hit;
	const landscape = landscapeOf(level);
	const [x0, x1] = level.bounds.x;
	const [y0, y1] = level.bounds.y;
	const dx = (x1 - x0) / cols;
	const dy = (y1 - y0) / rows;
	const sample = newSample();
	const values = new Float64Array(cols * rows);
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) values[r * cols + c] = clampValue(landscape.evaluate(x0 + (c + 0.5) * dx, y1 - (r + 0.5) * dy, sample));
	}

	const corners = new Float64Array((cols + 1) * (rows + 1));
	for (let r = 0; r <= rows; r++) {
		for (let c = 0; c <= cols; c++) corners[r * (cols + 1) + c] = clampValue(landscape.evaluate(x0 + c * dx, y1 - r * dy, sample));
	}

	const sorted = Float64Array.from(values).sort();
	const thresholds = new Float64Array(BANDS - 1);
	for (let i = 1; i < BANDS; i++) thresholds[i - 1] = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / BANDS))]!;
	const band = new Uint8Array(cols * rows);
	for (let i = 0; i < values.length; i++) band[i] = bandOf(values[i]!, thresholds);
	const grid: MapGrid = {cols, rows, x0, y1, dx, dy, band, corners, thresholds};
	if (grids.size >= GRID_CACHE) grids.delete(grids.keys().next().value!);
	grids.set(key, grid);
	return grid;
}

function clampValue(v: number): number {
	return Number.isFinite(v) ? v : v > 0 || Number.isNaN(v) ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

function bandOf(value: number, thresholds: Float64Array): number {
	let band = 0;
	while (band < thresholds.length && value > thresholds[band]!) band++;
	return band;
}

/**
 * How close to a cell's edge (in cells) a point counts as on it. A ball resting a hair above a
 * minimum that lies exactly on a row edge (y = 0 on a map with an even number of rows) belongs
 * in the minimum's cell, not the one above it.
 */
const EDGE_SNAP = 1 / 32;

/** Index of the cell holding `u` (in cells from the map's edge): points on an edge, or within {@link EDGE_SNAP} of it, go to the cell after it. */
function cellIndex(u: number): number {
	const edge = Math.round(u);
	return Math.abs(u - edge) < EDGE_SNAP ? edge : Math.floor(u);
}

/**
 * The cell (column, row) holding map point (x, y), or null when it lies outside the map. Every
 * map (campaign, tutorial, previews, replay) places its marks through this one function.
 */
export function cellOf(grid: MapGrid, x: number, y: number): {col: number; row: number} | null {
	const i = cellIndexOf(grid, x, y);
	return i < 0 ? null : {col: i % grid.cols, row: Math.floor(i / grid.cols)};
}

/** {@link cellOf} as a row-major cell index (row · cols + col), or −1 outside the map. */
export function cellIndexOf(grid: MapGrid, x: number, y: number): number {
	if (!(Number.isFinite(x) && Number.isFinite(y))) return -1;
	const u = (x - grid.x0) / grid.dx;
	const v = (grid.y1 - y) / grid.dy;
	if (u < 0 || v < 0 || u > grid.cols || v > grid.rows) return -1;
	// the far edges belong to the last column and row
	const col = Math.min(grid.cols - 1, cellIndex(u));
	const row = Math.min(grid.rows - 1, cellIndex(v));
	return row * grid.cols + col;
}

/** Marching-squares glyph for a cell whose corners are above (1) or below (0) a threshold. */
function contourGlyph(tl: number, tr: number, br: number, bl: number, ascii: boolean): string | null {
	const code = (tl << 3) | (tr << 2) | (br << 1) | bl;
	const unicode = ascii ? null : ['', '╮', '╭', '─', '╰', '┼', '│', '╯', '╯', '│', '┼', '╰', '─', '╭', '╮', ''];
	const plain = ['', '\\', '/', '-', '\\', '+', '|', '/', '/', '|', '+', '\\', '-', '/', '\\', ''];
	const glyph = (unicode ?? plain)[code]!;
	return glyph === '' ? null : glyph;
}

const edgeCache = new WeakMap<MapGrid, Array<Array<string | null>>>();

/** Per cell, the contour glyph crossing it (null for none), computed once per grid and glyph set. */
export function edgesOf(grid: MapGrid, ascii: boolean): Array<string | null> {
	let both = edgeCache.get(grid);
	if (!both) {
		both = [];
		edgeCache.set(grid, both);
	}

	const k = ascii ? 1 : 0;
	let edges = both[k];
	if (!edges) {
		edges = new Array<string | null>(grid.cols * grid.rows);
		for (let r = 0; r < grid.rows; r++) {
			for (let c = 0; c < grid.cols; c++) edges[r * grid.cols + c] = contourAt(grid, r, c, ascii, 2)?.glyph ?? null;
		}

		both[k] = edges;
	}

	return edges;
}

/**
 * Which thresholds the contour view draws: all of them on a fine grid; on a coarse one (a small
 * preview) neighbouring isolines share cells and their corners run together into unreadable
 * glyphs, so only every second or third is drawn.
 */
export function contourEvery(grid: {rows: number}): number {
	return grid.rows >= 24 ? 1 : grid.rows >= 12 ? 2 : 3;
}

/**
 * The contour crossing a cell: the lowest threshold whose isoline passes through it.
 * @param every only every n-th threshold draws a line (relief's hints: fewer lines, less to paint)
 */
export function contourAt(grid: MapGrid, r: number, c: number, ascii: boolean, every = 1): {glyph: string; band: number} | null {
	const w = grid.cols + 1;
	const tl = grid.corners[r * w + c]!;
	const tr = grid.corners[r * w + c + 1]!;
	const bl = grid.corners[(r + 1) * w + c]!;
	const br = grid.corners[(r + 1) * w + c + 1]!;
	const lo = Math.min(tl, tr, bl, br);
	const hi = Math.max(tl, tr, bl, br);
	for (let k = 0; k < grid.thresholds.length; k++) {
		const level = grid.thresholds[k]!;
		if (level < lo || level >= hi || (k + 1) % every !== 0) continue;
		const glyph = contourGlyph(+(tl > level), +(tr > level), +(br > level), +(bl > level), ascii);
		if (glyph) return {glyph, band: k + 1};
	}

	return null;
}
