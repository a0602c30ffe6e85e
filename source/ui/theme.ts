/**
 * How the game paints: a colour depth decided once from the command line, NO_COLOR and the
 * player's setting (Ink's own chalk ignores NO_COLOR, so every colour goes through this one),
 * and the glyph set (Unicode or ASCII).
 */
import {Chalk, supportsColor, type ChalkInstance} from 'chalk';
import type {ColorMode} from '../store/index.js';

/** 0 no colour, 1 sixteen colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour depth to paint with.
 * @param allowed false under NO_COLOR or --no-color: then always 0
 * @param mode the player's setting; `auto` asks the terminal (at least 16 colours on a TTY)
 */
export function colorLevel(allowed: boolean, mode: ColorMode | undefined): ColorLevel {
	if (!allowed || mode === 'none') return 0;
	if (mode === '16') return 1;
	if (mode === '256') return 2;
	if (mode === 'truecolor') return 3;
	const detected = supportsColor === false ? 1 : supportsColor.level;
	return Math.max(1, detected) as ColorLevel;
}

const painters = new Map<ColorLevel, ChalkInstance>();

/** A chalk that paints at exactly `level` (cached). */
export function painter(level: ColorLevel): ChalkInstance {
	let chalk = painters.get(level);
	if (!chalk) {
		chalk = new Chalk({level});
		painters.set(level, chalk);
	}

	return chalk;
}

/** Every glyph the screens draw outside the map, in Unicode and in ASCII. */
export type Glyphs = {
	star: string;
	noStar: string;
	lock: string;
	pointer: string;
	ok: string;
	bad: string;
	bar: string;
	barEmpty: string;
	knob: string;
	dot: string;
	up: string;
	down: string;
	left: string;
	right: string;
};

const UNICODE: Glyphs = {star: '★', noStar: '☆', lock: '🔒', pointer: '❯', ok: '✓', bad: '✗', bar: '█', barEmpty: '░', knob: '●', dot: '·', up: '↑', down: '↓', left: '◂', right: '▸'};
const ASCII: Glyphs = {star: '*', noStar: '.', lock: '#', pointer: '>', ok: '+', bad: 'x', bar: '#', barEmpty: '-', knob: 'o', dot: '.', up: '^', down: 'v', left: '<', right: '>'};

/** The glyph set for the `--ascii` setting. */
export function glyphs(ascii: boolean): Glyphs {
	// The lock emoji is two columns wide and not in every font: a plain mark reads the same.
	return ascii ? ASCII : {...UNICODE, lock: '⊘'};
}

/** Colours and glyphs a screen needs, bundled so props stay short. */
export type Theme = {level: ColorLevel; ascii: boolean; chalk: ChalkInstance; glyphs: Glyphs};

/** The theme for a colour depth and glyph choice. */
export function makeTheme(level: ColorLevel, ascii: boolean): Theme {
	return {level, ascii, chalk: painter(level), glyphs: glyphs(ascii)};
}

/** `n` of 3 stars as glyphs, e.g. ★★☆. */
export function starText(n: number, theme: Theme): string {
	const k = Math.max(0, Math.min(3, Math.round(n)));
	return theme.chalk.yellow(theme.glyphs.star.repeat(k)) + theme.chalk.dim(theme.glyphs.noStar.repeat(3 - k));
}

/** An arrow pointing along (dx, dy) in screen terms (y up), eight directions. */
export function arrowFor(dx: number, dy: number, ascii: boolean): string {
	if (!(Number.isFinite(dx) && Number.isFinite(dy)) || (dx === 0 && dy === 0)) return ascii ? 'o' : '•';
	const octant = Math.round(Math.atan2(dy, dx) / (Math.PI / 4));
	const index = (octant + 8) % 8;
	const arrows = ascii ? ['>', '/', '^', '\\', '<', '/', 'v', '\\'] : ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'];
	return arrows[index]!;
}
