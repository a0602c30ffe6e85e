/**
 * The hostile pack through every command of the built binary: whatever a level file, a file
 * name, a share code or an argument holds, the bytes written to stdout and stderr hold nothing a
 * terminal would act on, and no untrusted field is printed longer than its cap.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ENGINE_VERSION} from '../../source/engine/index.js';
import {parseLevel} from '../../source/levels/validate.js';
import {encodeShareCode} from '../../source/share/code.js';
import {runCli, hasStackTrace} from '../helpers/cli.js';
import {ATTACK, hostileLevel, isTerminalSafe, writeHostilePack} from '../helpers/hostile.js';

let root: string;
let pack: ReturnType<typeof writeHostilePack>;
let packDir: string;
let dataHome: string;

beforeAll(() => {
	root = mkdtempSync(path.join(tmpdir(), 'descenso-hostile-'));
	packDir = path.join(root, 'pack');
	pack = writeHostilePack(packDir);
	dataHome = path.join(root, 'data');
});

afterAll(() => rmSync(root, {recursive: true, force: true}));

function hostileCode(): string {
	const parsed = parseLevel(JSON.stringify(hostileLevel()), 'x.json');
	if (!parsed.ok) throw new Error(parsed.error.message);
	return encodeShareCode({
		level: 'hostile-one',
		levelHash: parsed.level.hash,
		engine: ENGINE_VERSION,
		knobs: {learningRate: 0.1, momentum: 0, decay: 0, schedule: 'constant', temperature: 0, batchSize: null, restarts: 1, nesterov: false},
		seed: 1,
		name: `N${ATTACK}`,
		score: 0,
	});
}

/** Every longest run of one character in the output: none of the 100 KB title's W's survive past the title cap. */
function longestRun(text: string, c: string): number {
	return Math.max(0, ...[...text.matchAll(new RegExp(`${c}+`, 'g'))].map((m) => m[0].length));
}

describe('the hostile pack through every command', () => {
	const commands: Array<[string, () => string[]]> = [
		['levels', () => ['levels', '--levels', packDir]],
		['levels --json', () => ['levels', '--levels', packDir, '--json']],
		['levels validate <folder>', () => ['levels', 'validate', packDir]],
		['levels validate <bad json>', () => ['levels', 'validate', pack.badJson]],
		['levels validate <unknown key>', () => ['levels', 'validate', pack.unknownKey]],
		['levels validate <unknown term>', () => ['levels', 'validate', pack.unknownTerm]],
		['levels validate <bad file name>', () => ['levels', 'validate', pack.badName]],
		['levels validate --json <folder>', () => ['levels', 'validate', packDir, '--json']],
		['run <id>', () => ['run', 'hostile-one', '--levels', packDir]],
		['run <file>', () => ['run', pack.valid]],
		['run <file> --json', () => ['run', pack.valid, '--json', '--name', `N${ATTACK}`]],
		['run <bad json>', () => ['run', pack.badJson]],
		['run <missing hostile id>', () => ['run', `x${ATTACK}`]],
		['run --lr <hostile>', () => ['run', pack.valid, '--lr', `1${ATTACK}`]],
		['run --seed <hostile>', () => ['run', pack.valid, '--seed', `1${ATTACK}`]],
		['run --schedule <hostile>', () => ['run', pack.valid, '--schedule', `s${ATTACK}`]],
		['play <hostile> (no terminal)', () => ['play', `x${ATTACK}`]],
		['dashboard <file> (no terminal)', () => ['dashboard', pack.valid]],
		['dashboard <hostile code>', () => ['dashboard', `descenso1.${ATTACK}`]],
		['verify <hostile code>', () => ['verify', hostileCode(), '--levels', packDir]],
		['verify --json <hostile code>', () => ['verify', hostileCode(), '--levels', packDir, '--json']],
		['verify <garbage>', () => ['verify', `x${ATTACK}`]],
		['import <hostile code>', () => ['import', hostileCode(), '--levels', packDir]],
		['scores', () => ['scores', '--levels', packDir]],
		['scores <id>', () => ['scores', 'hostile-one', '--levels', packDir]],
		['scores --json', () => ['scores', '--json']],
		['scores <hostile>', () => ['scores', `x${ATTACK}`]],
		['daily --date <hostile>', () => ['daily', '--date', `2026${ATTACK}`]],
		['unknown command', () => [`x${ATTACK}`]],
		['unknown flag', () => ['levels', `--x${ATTACK}`]],
		['--lang <hostile>', () => ['levels', '--lang', `e${ATTACK}`]],
	];

	it.each(commands)('%s', async (_label, args) => {
		const result = await runCli(args(), {dataHome});
		const bytes = result.stdout + result.stderr;
		expect(bytes.length).toBeGreaterThan(0);
		expect(isTerminalSafe(bytes)).toBe(true);
		// JSON keeps the data, escaped (`\u001b]0;pwned…`); text output drops the payloads whole
		if (!args().includes('--json')) expect(bytes).not.toMatch(/pwned|c1-title|file-title/);
		expect(longestRun(bytes, 'W')).toBeLessThanOrEqual(80);
		expect(hasStackTrace(bytes)).toBe(false);
	});

	it('the JSON outputs still parse, with the data exact where it was escaped', async () => {
		const result = await runCli(['run', pack.valid, '--json'], {dataHome});
		const report = JSON.parse(result.stdout) as {level: string};
		expect(report.level).toBe('hostile-one');
		const listing = await runCli(['levels', 'validate', packDir, '--json'], {dataHome});
		const parsed = JSON.parse(listing.stdout) as {errors: Array<{file: string}>};
		// the file name is kept whole in JSON (escaped), so a script can find the file
		expect(parsed.errors.map((e) => e.file)).toContain(pack.badName);
	});
});
