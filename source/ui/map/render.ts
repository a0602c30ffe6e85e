/**
 * The topographic map (docs/architecture.md, “Drawing the map”), built as ONE string per frame: the level's landscape sampled
 * on a grid of terminal cells (a cell is about twice as tall as wide, so a row spans twice the
 * y-distance a column spans in x), drawn as relief (elevation bands by quantile, so deep wells
 * show) or contour lines (marching squares), with hypsometric colours, and the marks of the run
 * on top. Pure apart from a small cache of sampled grids; no React.
 */
import {criticalPoints, landscapeOf, type Level} from '../../engine/index.js';
import {newSample} from '../../engine/terrain.js';
import {arrowFor, painter, type ColorLevel} from '../theme.js';

/** How the terrain is drawn. */
export type MapView = 'relief' | 'contour';

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

/** Deep water blue → green → yellow → brown → white. */
const HYPSO = ['#08306b', '#2166ac', '#4393c3', '#1b7837', '#5aae61', '#d9ef8b', '#fee08b', '#bf812d', '#8c510a', '#f5f5f5'];
const HYPSO_16 = ['bgBlue', 'bgBlue', 'bgCyan', 'bgGreen', 'bgGreenBright', 'bgYellowBright', 'bgYellow', 'bgRed', 'bgMagenta', 'bgWhiteBright'] as const;
const LINE_16 = ['blue', 'blueBright', 'cyan', 'green', 'greenBright', 'yellowBright', 'yellow', 'red', 'magenta', 'whiteBright'] as const;
/**
 * The faint contour drawn over relief: light grey on dark bands, dark grey on light ones. Two
 * colours, not one per band, so that a line of the map rarely has to switch its foreground.
 */
const EDGE_ON_DARK = '#9a9a9a';
const EDGE_ON_LIGHT = '#6b6b6b';

/** Bands whose background is dark enough for light marks. */
const DARK_BAND = [true, true, true, true, false, false, false, false, true, false];

/** Glyphs for elevation when there is no colour (low → high), and for the marks. */
const RAMP_UNICODE = ['·', '·', '∙', ':', ':', '░', '░', '▒', '▓', '█'];
const RAMP_ASCII = ['.', '.', ',', ':', ':', '-', '-', '=', '=', '#'];

/** The glyph of each mark, Unicode and ASCII. */
export const MARKS = {
	unicode: {climber: '●', start: '◎', trail: '•', ghost: '∘', global: '◆', minimum: '○', saddle: '×'},
	ascii: {climber: '@', start: 'S', trail: 'o', ghost: '+', global: 'G', minimum: 'm', saddle: 'x'},
} as const;

type Mark = keyof (typeof MARKS)['unicode'] | 'arrow';

/** Slowest motion that still gets a velocity arrow, in map columns per step. */
export const ARROW_MIN_SPEED = 0.25;

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
function cellIndexOf(grid: MapGrid, x: number, y: number): number {
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

/** One run's look as raw SGR openers: emitting only what changes keeps a frame small. */
type Sgr = {bg: string; fg: string; bold: boolean};
const sgrCache = new Map<number, Sgr>();

/** The opening escape sequence `style` writes (chalk closes each call; the map only needs openers). */
function opener(style: (s: string) => string): string {
	return style('\u0000').split('\u0000')[0] ?? '';
}

/** The SGR openers of a run of cells: background band (or −1 for none), a foreground kind ({@link FG}). */
function sgrFor(level: ColorLevel, bg: number, fgKind: number): Sgr {
	const key = (level * 16 + bg + 1) * 64 + fgKind;
	let sgr = sgrCache.get(key);
	if (sgr) return sgr;
	const chalk = painter(level);
	const background = bg < 0 ? '' : opener(level === 1 ? chalk[HYPSO_16[bg]!] : chalk.bgHex(HYPSO[bg]!));
	let foreground = '';
	let bold = false;
	const fg = fgKind >= FG.line ? `line${fgKind - FG.line}` : FG_NAME[fgKind]!;
	switch (fg) {
		case 'climber':
		case 'arrow': {
			foreground = opener(chalk.redBright);
			bold = true;
			break;
		}

		case 'start': {
			foreground = opener(chalk.magentaBright);
			bold = true;
			break;
		}

		case 'ghost': {
			foreground = opener(chalk.cyanBright);
			break;
		}

		case 'global': {
			foreground = opener(chalk.yellowBright);
			bold = true;
			break;
		}

		case 'mark': {
			foreground = opener(bg >= 0 && !DARK_BAND[bg] ? chalk.black : chalk.whiteBright);
			break;
		}

		case 'plain': {
			break;
		}

		case 'edge': {
			// the contour between two bands, a grey that shows faintly on the band
			const dark = bg >= 0 && DARK_BAND[bg];
			foreground = opener(level === 1 ? (dark ? chalk.white : chalk.blackBright) : chalk.hex(dark ? EDGE_ON_DARK : EDGE_ON_LIGHT));
			break;
		}

		default: {
			// a contour line of band n
			const n = Number(fg.slice(4));
			foreground = opener(level === 1 ? chalk[LINE_16[n]!] : chalk.hex(HYPSO[Math.max(1, n)]!));
		}
	}

	sgr = {bg: background, fg: foreground, bold};
	sgrCache.set(key, sgr);
	return sgr;
}

const NO_SGR: Sgr = {bg: '', fg: '', bold: false};
const RESET = '\u001B[0m';
const DEFAULT_BG = '\u001B[49m';
const DEFAULT_FG = '\u001B[39m';
const BOLD_ON = '\u001B[1m';
const BOLD_OFF = '\u001B[22m';

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

/** How the rows of one frame are drawn (everything but the marks and the fog). */
type RowLook = {
	view: MapView;
	color: ColorLevel;
	paint: ColorLevel;
	ascii: boolean;
	hidden: boolean;
	edges: Array<string | null>;
	arrowGlyph: string;
};

const NO_MARKS = new Map<number, Mark>();
/** Rows without marks, per grid and look (a grid is cached per level and size). */
const baseRows = new WeakMap<MapGrid, Map<string, Array<string | undefined>>>();

/** Foreground kinds of a run of cells; contour lines of band n are LINE + n. */
const FG = {plain: 0, edge: 1, mark: 2, climber: 3, arrow: 4, start: 5, ghost: 6, global: 7, none: 8, line: 16} as const;
const FG_NAME = ['plain', 'edge', 'mark', 'climber', 'arrow', 'start', 'ghost', 'global'] as const;

/** One line of the map: cells with their marks, colour runs opened only where the look changes. */
function buildRow(grid: MapGrid, r: number, look: RowLook, marks: Map<number, Mark>, fogMask: Uint8Array | null): string {
	const {cols} = grid;
	const {view, color, paint, ascii, hidden, edges, arrowGlyph} = look;
	const glyphSet = ascii ? MARKS.ascii : MARKS.unicode;
	const ramp = ascii ? RAMP_ASCII : RAMP_UNICODE;
	let line = '';
	// the style of the run being gathered: (bg + 1) · 64 + fg, or −1 before the first cell
	let runStyle = -1;
	let run = '';
	let runBlank = true;
	// what the terminal has open now on this line
	let openBg = '';
	let openFg = '';
	let openBold = false;
	const flush = () => {
		if (run === '') return;
		if (color !== 0) {
			const sgr = runStyle % 64 === FG.none ? NO_SGR : sgrFor(paint, Math.floor(runStyle / 64) - 1, runStyle % 64);
			if (sgr.bold !== openBold) line += sgr.bold ? BOLD_ON : BOLD_OFF;
			if (sgr.bg !== openBg) line += sgr.bg === '' ? DEFAULT_BG : sgr.bg;
			// a run of blanks shows no foreground: whatever is open may stay open
			if (sgr.fg !== openFg && !runBlank) line += sgr.fg === '' ? DEFAULT_FG : sgr.fg;
			openBold = sgr.bold;
			openBg = sgr.bg;
			if (!runBlank) openFg = sgr.fg;
		}

		line += run;
		run = '';
		runBlank = true;
	};

	for (let c = 0; c < cols; c++) {
		const i = r * cols + c;
		const mark = marks.get(i);
		const visible = !hidden && (!fogMask || fogMask[i] === 1);
		const band = grid.band[i]!;
		let glyph: string;
		let style: number;
		if (mark && !hidden && (visible || mark === 'climber' || mark === 'arrow' || mark === 'trail' || mark === 'start')) {
			glyph = mark === 'arrow' ? arrowGlyph : glyphSet[mark];
			const bg = visible && view === 'relief' ? band : -1;
			const fg = mark === 'trail' || mark === 'minimum' || mark === 'saddle' ? FG.mark : FG[mark];
			style = (bg + 1) * 64 + fg;
		} else if (!visible) {
			glyph = hidden && (r + c) % 6 === 0 && r % 3 === 0 ? (ascii ? '.' : '·') : ' ';
			style = color === 0 ? FG.none : FG.plain;
		} else if (view === 'relief') {
			if (color === 0) {
				glyph = ramp[band]!;
				style = FG.none;
			} else {
				// flat colour alone reads as blocks: a faint contour where the band changes
				const edge = edges[i];
				glyph = edge ?? ' ';
				style = (band + 1) * 64 + (edge ? FG.edge : FG.plain);
			}
		} else {
			const contour = contourAt(grid, r, c, ascii, contourEvery(grid));
			glyph = contour?.glyph ?? ' ';
			style = color === 0 || !contour ? FG.none : FG.line + contour.band;
		}

		if (style !== runStyle) {
			flush();
			runStyle = style;
		}

		run += glyph;
		if (glyph !== ' ') runBlank = false;
	}

	flush();
	if (openBg !== '' || openFg !== '' || openBold) line += RESET;
	return line;
}

const edgeCache = new WeakMap<MapGrid, Array<Array<string | null>>>();

/** Per cell, the contour glyph crossing it (null for none), computed once per grid and glyph set. */
function edgesOf(grid: MapGrid, ascii: boolean): Array<string | null> {
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
function contourAt(grid: MapGrid, r: number, c: number, ascii: boolean, every = 1): {glyph: string; band: number} | null {
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
