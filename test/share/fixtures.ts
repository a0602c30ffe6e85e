/** Levels and helpers for the competition's tests. */
import type {Level} from '../../source/engine/types.js';
import {tempDataDir} from '../helpers/data-dir.js';
import {parseOrThrow} from '../helpers/levels.js';

/** A small bowl with momentum and decay unlocked; learning rate, momentum and decay only. */
export const BOWL_JSON = {
	id: 'test-share-bowl',
	world: 1,
	order: 1,
	title: {es: 'Cuenco de prueba', en: 'Test bowl'},
	briefing: {es: 'Un cuenco.', en: 'A bowl.'},
	terrain: [{type: 'bowl', center: [0.5, -0.5], curvature: [2, 1]}],
	bounds: {x: [-4, 4], y: [-3, 3]},
	start: [3, 2],
	budget: 60,
	tolerance: 0.01,
	visibility: 'map',
	knobs: {
		learningRate: {min: 0.001, max: 2, default: 0.01},
		momentum: {min: 0, max: 0.95, default: 0},
	},
	stars: [300, 600, 850],
};

/** Parses a level object like a level file; throws when it is not valid (a broken fixture). */
export function levelOf(json: unknown): Level {
	return parseOrThrow(json, 'fixture.json');
}

/** A fresh temporary folder; call the returned function to remove it. */
export function tempDir(): {dir: string; remove: () => void} {
	return tempDataDir('descenso-share-');
}

/** The nasty names of docs/architecture.md, “Untrusted text” and the issue. */
export const NASTY_NAMES = {
	osc0: 'Ana\x1b]0;pwned title\x07',
	osc52: `Eve\x1b]52;c;${Buffer.from('rm -rf ~').toString('base64')}\x07`,
	bareCr: 'Bob\rMallory',
	bidi: 'Ali\u202Eecipa\u202C',
	zwj: 'Zoe\u200D\u200D\u200B\u2060x',
	long: 'L'.repeat(500),
};

/** True when `text` holds nothing that a terminal would act on or that hides or reorders text. */
export function isTerminalSafe(text: string): boolean {
	return !/[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u.test(text);
}
