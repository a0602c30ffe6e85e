/**
 * One line of the map as a string (docs/architecture.md, “Drawing the map”): the glyph tables
 * (elevation ramps, the marks), the hypsometric colours, and {@link buildRow}, which lays the
 * cells of a row out with their marks and opens a colour (SGR) run only where the look changes,
 * with one escape sequence for all that changes there. Pure apart from a small cache of SGR
 * parameters; no React.
 */
import {painter, type ColorLevel} from '../theme.js';
import {contourAt, contourEvery, type MapGrid} from './grid.js';

/** How the terrain is drawn. */
export type MapView = 'relief' | 'contour';

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

export type Mark = keyof (typeof MARKS)['unicode'] | 'arrow';

/**
 * One run's look as SGR parameters (`48;5;24`, `91`, … without the escape around them): emitting
 * only what changes, in one sequence, keeps a frame small — Ink tokenises every character of it.
 */
type Sgr = {bg: string; fg: string; bold: boolean};
const sgrCache = new Map<number, Sgr>();

/** The parameters of the one SGR sequence `style` opens with (chalk closes each call; the map only needs openers). */
function opener(style: (s: string) => string): string {
	const open = style('\u0000').split('\u0000')[0] ?? '';
	return /^\u001B\[([\d;]+)m$/.exec(open)?.[1] ?? '';
}

/** The SGR parameters of a run of cells: background band (or −1 for none), a foreground kind ({@link FG}). */
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
const DEFAULT_BG = '49';
const DEFAULT_FG = '39';
const BOLD_ON = '1';
const BOLD_OFF = '22';

/** SGR parameters with one more appended. */
function also(params: string, param: string): string {
	return params === '' ? param : `${params};${param}`;
}

/** How the rows of one frame are drawn (everything but the marks and the fog). */
export type RowLook = {
	view: MapView;
	color: ColorLevel;
	paint: ColorLevel;
	ascii: boolean;
	hidden: boolean;
	edges: Array<string | null>;
	arrowGlyph: string;
};

/** Foreground kinds of a run of cells; contour lines of band n are LINE + n. */
const FG = {plain: 0, edge: 1, mark: 2, climber: 3, arrow: 4, start: 5, ghost: 6, global: 7, none: 8, line: 16} as const;
const FG_NAME = ['plain', 'edge', 'mark', 'climber', 'arrow', 'start', 'ghost', 'global'] as const;

/** One line of the map: cells with their marks, colour runs opened only where the look changes. */
export function buildRow(grid: MapGrid, r: number, look: RowLook, marks: Map<number, Mark>, fogMask: Uint8Array | null): string {
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
			let params = '';
			if (sgr.bold !== openBold) params = sgr.bold ? BOLD_ON : BOLD_OFF;
			if (sgr.bg !== openBg) params = also(params, sgr.bg === '' ? DEFAULT_BG : sgr.bg);
			// a run of blanks shows no foreground: whatever is open may stay open
			if (sgr.fg !== openFg && !runBlank) params = also(params, sgr.fg === '' ? DEFAULT_FG : sgr.fg);
			if (params !== '') line += `\u001B[${params}m`;
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

