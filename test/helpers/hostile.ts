/**
 * A hostile level pack (issue #13): texts and names that try to act on the terminal — OSC 52
 * (clipboard), OSC 0/2 (window title), CSI 2J (clear), DECRQSS (a query the terminal answers),
 * bidi overrides, C1 controls (8-bit CSI) and a 100 KB string — in a valid level, in broken level
 * files (JSON errors quote the file; unknown keys and term types are echoed) and in a file name.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const clip = Buffer.from('rm -rf ~').toString('base64');

/** One string holding every attack. */
export const ATTACK = [
	`\x1b]52;c;${clip}\x07`,
	'\x1b]0;pwned-title\x07',
	'\x1b]2;pwned-title2\x1b\\',
	'\x1b[2J\x1b[H',
	'\x1bP$qm\x1b\\',
	'\u202Eevil\u202C\u2066x\u2069',
	'\x9b2J\x9d0;c1-title\x9c\x85',
	'\r\x08\x7f\u200b',
].join('');

/** A 100 KB attack. */
export const HUGE = `${ATTACK}${'W'.repeat(100_000)}`;

/** True when `text` holds nothing a terminal acts on and nothing that hides or reorders text. */
export function isTerminalSafe(text: string): boolean {
	return !/[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u.test(text);
}

/** A valid level whose texts are hostile. */
export function hostileLevel(id = 'hostile-one'): Record<string, unknown> {
	return {
		id,
		world: 9,
		order: 1,
		title: {es: `T${ATTACK}${HUGE}`, en: `T${ATTACK}${HUGE}`},
		briefing: {es: `B${ATTACK}`, en: `B${ATTACK}`},
		terrain: [{type: 'bowl', center: [0, 0], curvature: [2, 2]}],
		bounds: {x: [-3, 3], y: [-3, 3]},
		start: [2, 2],
		budget: 50,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {learningRate: {min: 0.001, max: 1, default: 0.1}},
		stars: [300, 600, 900],
	};
}

/** Writes the hostile pack into `dir` (created): one valid level and four broken files. */
export function writeHostilePack(dir: string): {valid: string; badJson: string; unknownKey: string; unknownTerm: string; badName: string} {
	mkdirSync(dir, {recursive: true});
	const valid = path.join(dir, 'valid.json');
	writeFileSync(valid, JSON.stringify(hostileLevel()));
	const badJson = path.join(dir, 'bad-json.json');
	writeFileSync(badJson, `{"id": "x${ATTACK}" ${ATTACK}`);
	const unknownKey = path.join(dir, 'unknown-key.json');
	writeFileSync(unknownKey, JSON.stringify({...hostileLevel('hostile-two'), [`k${ATTACK}`]: 1}));
	const unknownTerm = path.join(dir, 'unknown-term.json');
	writeFileSync(unknownTerm, JSON.stringify({...hostileLevel('hostile-three'), terrain: [{type: `t${ATTACK}`}]}));
	const badName = path.join(dir, `name\x1b]0;file-title\x07\u202E.json`);
	writeFileSync(badName, '{');
	return {valid, badJson, unknownKey, unknownTerm, badName};
}
