/**
 * The command line as a user meets it: `node dist/cli.js` in a child process without a terminal.
 * Every bad input gets one line on stderr (never a stack trace) and the exit code of README, “Command line”:
 * 0 ok, 1 the thing asked for failed, 2 bad usage.
 *
 * A spawn costs ~0.2 s of CPU, so each rule goes through the binary with the cases the command line
 * itself must get right (argv, LANG, flags it refuses, a campaign found from dist/) and one plain
 * case; its other cases run the same command in this process (`runCommand`, test/helpers/command.ts)
 * under the same checks.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hasStackTrace, runCli, type CliResult} from '../helpers/cli.js';
import {runCommand} from '../helpers/command.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/levels/${name}`, import.meta.url));
const VALID = fixture('valid.json');
const KNOBS = fixture('knobs.json');

let temp = '';
let huge = '';
let manyTerms = '';
beforeAll(async () => {
	temp = await mkdtemp(path.join(tmpdir(), 'descenso-cli-files-'));
	const base = JSON.parse(await readFile(VALID, 'utf8')) as Record<string, unknown>;
	huge = path.join(temp, 'huge.json');
	await writeFile(huge, JSON.stringify({...base, briefing: {es: 'x'.repeat(5_000_000), en: 'y'.repeat(5_000_000)}}));
	manyTerms = path.join(temp, 'many.json');
	await writeFile(manyTerms, JSON.stringify({...base, terrain: Array.from({length: 10_000}, () => ({type: 'tilt', slope: [0, 0]}))}));
});
afterAll(async () => {
	await rm(temp, {recursive: true, force: true});
});

/** Exactly one line on stderr, starting with "descenso:", no stack trace, nothing on stdout. */
function expectOneLineError(result: CliResult, code: number, ...mentions: Array<string | RegExp>) {
	expect(result.code, result.stderr).toBe(code);
	expect(result.stdout).toBe('');
	expect(result.stderr.endsWith('\n')).toBe(true);
	const lines = result.stderr.trimEnd().split('\n');
	expect(lines, result.stderr).toHaveLength(1);
	expect(lines[0]).toMatch(/^descenso: /);
	expect(hasStackTrace(result.stderr)).toBe(false);
	expect(result.stderr).not.toMatch(/internal error|TypeError|ReferenceError/);
	for (const m of mentions) {
		if (typeof m === 'string') expect(lines[0]).toContain(m);
		else expect(lines[0]).toMatch(m);
	}
}

describe('bad knob values: exit 2 and one line naming the flag and the allowed range', () => {
	// through the binary: an empty value, negative numbers that look like short flags, `=`, and one plain bad value
	const throughBinary: Array<[string, string[], ...Array<string | RegExp>]> = [
		['--lr abc', ['--lr', 'abc'], '--lr', '"abc"', '0.001–3'],
		["--lr ''", ['--lr', ''], '--lr', '""', '0.001–3'],
		['--lr -1', ['--lr', '-1'], '--lr', '-1', 'out of range', '0.001–3'],
		['--lr=-1', ['--lr=-1'], '--lr', '-1', 'out of range', '0.001–3'],
		['--lr -1e-2', ['--lr', '-1e-2'], '--lr', '-1e-2', 'out of range'],
		['--lr -0,5', ['--lr', '-0,5'], '--lr', '-0,5', 'out of range'],
	];
	for (const [name, args, ...mentions] of throughBinary) {
		it(name, async () => {
			expectOneLineError(await runCli(['run', VALID, ...args]), 2, ...mentions);
		});
	}

	// the value rules of the run command, in this process
	const inProcess: Array<[string, string, ...Array<string | RegExp>]> = [
		['--lr NaN', 'NaN', '--lr', 'NaN', '0.001–3'],
		['--lr Infinity', 'Infinity', '--lr', 'Infinity', '0.001–3'],
		['--lr 1e400', '1e400', '--lr', '1e400', '0.001–3'],
		['--lr 5', '5', '--lr', 'out of range', '0.001–3'],
		['--lr 0x10', '0x10', '--lr', 'not a number'],
		['--lr 1,2,3', '1,2,3', '--lr', 'not a number'],
	];
	for (const [name, lr, ...mentions] of inProcess) {
		it(name, async () => {
			expectOneLineError(await runCommand('run', [VALID], {lr}), 2, ...mentions);
		});
	}

	it('--momentum 1 (must stay below 1)', async () => {
		expectOneLineError(await runCommand('run', [KNOBS], {momentum: '1'}), 2, '--momentum', '0–0.99');
	});

	it('--decay 1', async () => {
		expectOneLineError(await runCommand('run', [KNOBS], {decay: '1'}), 2, '--decay', '0–0.5');
	});

	it('a locked knob names the knobs the level allows', async () => {
		expectOneLineError(await runCommand('run', [VALID], {momentum: '0.5'}), 2, '--momentum', 'locked', '--lr');
		expectOneLineError(await runCommand('run', [KNOBS], {temperature: '0.5'}), 2, '--temperature', '--lr, --momentum, --decay');
	});

	it('a bad seed', async () => {
		expectOneLineError(await runCommand('run', [VALID], {seed: '-3'}), 2, '--seed');
		expectOneLineError(await runCommand('run', [VALID], {seed: '1.5'}), 2, '--seed');
	});

	it('errors speak Spanish with --lang es or LANG=es_*', async () => {
		expectOneLineError(await runCli(['run', VALID, '--lr', 'abc', '--lang', 'es']), 2, '--lr', 'no es un número');
		expectOneLineError(await runCli(['run', VALID, '--lr', 'abc'], {env: {LANG: 'es_AR.UTF-8'}}), 2, 'no es un número');
		expectOneLineError(await runCommand('run', [VALID], {momentum: '0,5'}, 'es'), 2, 'bloqueado', '--lr');
	});

	it('--lr 0,05 is accepted as 0.05', async () => {
		const result = await runCommand('run', [VALID], {lr: '0,05', json: true});
		expect(result.code, result.stderr).toBe(0);
		const report = JSON.parse(result.stdout) as {params: {learningRate: number}};
		expect(report.params.learningRate).toBe(0.05);
		const comma = JSON.parse((await runCommand('run', [KNOBS], {lr: '0,2', momentum: '0,5', json: true})).stdout) as {
			params: {learningRate: number; momentum: number};
		};
		expect(comma.params).toMatchObject({learningRate: 0.2, momentum: 0.5});
	});
});

describe('bad usage: exit 2', () => {
	it('an unknown flag', async () => {
		expectOneLineError(await runCli(['run', VALID, '--frobnicate', '3']), 2, '--frobnicate', '--help');
	});

	it('an unknown command', async () => {
		expectOneLineError(await runCli(['frobnicate']), 2, 'frobnicate', 'run');
	});

	it('an unknown level id', async () => {
		expectOneLineError(await runCommand('run', ['w9-99-no-such-level']), 2, 'w9-99-no-such-level', 'ERR_NOT_FOUND', 'descenso levels');
	});

	it('a path that does not exist', async () => {
		const missing = path.join(temp, 'missing.json');
		expectOneLineError(await runCommand('run', [missing]), 2, missing, 'ERR_NOT_FOUND');
		expectOneLineError(await runCommand('levels', ['validate', missing]), 2, missing, 'ERR_NOT_FOUND');
	});

	it('run without a level', async () => {
		expectOneLineError(await runCommand('run', []), 2, 'descenso run');
	});

	it('a bad --lang', async () => {
		expectOneLineError(await runCli(['run', VALID, '--lang', 'fr']), 2, 'fr', 'es', 'en');
	});
});

describe('broken level files: `run` exits 1 with one line; `levels validate` reports and exits 1', () => {
	const broken: Array<[string, () => string, string, ...string[]]> = [
		['a file that is not JSON', () => fixture('ERR_JSON.json'), 'ERR_JSON'],
		['a level with a missing field', () => fixture('ERR_SCHEMA.json'), 'ERR_SCHEMA', '$.tolerance'],
		['an unknown term type', () => fixture('ERR_UNKNOWN_TERM.json'), 'ERR_UNKNOWN_TERM', '$.terrain[1].type', 'volcano'],
		['"NaN" where a number belongs', () => fixture('schema-nan-string.json'), 'ERR_SCHEMA', '$.budget'],
		['a number too large to be finite', () => fixture('ERR_NOT_FINITE.json'), 'ERR_NOT_FINITE', '$.budget'],
		['a start outside the bounds', () => fixture('ERR_START_OUT_OF_BOUNDS.json'), 'ERR_START_OUT_OF_BOUNDS', '$.start'],
		['a global minimum on the boundary', () => fixture('ERR_MIN_ON_BOUNDARY.json'), 'ERR_MIN_ON_BOUNDARY', '$.terrain'],
		['a 10 MB file', () => huge, 'ERR_TOO_LARGE', 'KiB'],
		['10 000 terms', () => manyTerms, 'ERR_TOO_'],
	];
	// each file in this process; one through the binary below, and the folder and a good file too
	for (const [name, file, code, ...mentions] of broken) {
		it(`${name}: run`, async () => {
			expectOneLineError(await runCommand('run', [file()]), 1, code, path.basename(file()), ...mentions);
		});

		it(`${name}: levels validate`, async () => {
			const result = await runCommand('levels', ['validate', file()]);
			expect(result.code).toBe(1);
			const output = (result.stdout + result.stderr).trim();
			expect(output.split('\n')).toHaveLength(1);
			expect(output).toContain(code);
			expect(output).toContain(path.basename(file()));
			for (const m of mentions) expect(output).toContain(m);
			expect(hasStackTrace(output)).toBe(false);
		});
	}

	it('a file that is not JSON, through the binary: run exits 1 with one line', async () => {
		expectOneLineError(await runCli(['run', fixture('ERR_JSON.json')]), 1, 'ERR_JSON', 'ERR_JSON.json');
	});

	it('levels validate on a good file and on a folder', async () => {
		const good = await runCli(['levels', 'validate', VALID]);
		expect(good.code).toBe(0);
		expect(good.stdout).toContain('valid');
		const folder = await runCli(['levels', 'validate', path.dirname(VALID)]);
		expect(folder.code).toBe(1);
		expect(folder.stdout).toContain('ERR_MIN_ON_BOUNDARY');
		expect(folder.stdout).toContain('ERR_UNKNOWN_TERM');
		expect(hasStackTrace(folder.stdout + folder.stderr)).toBe(false);
	});
});

describe('runs', () => {
	it('a run that explodes: exit 0, final.loss null, diagnosis diverged', async () => {
		const result = await runCommand('run', [fixture('explodes.json')], {lr: '10', json: true});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
		const report = JSON.parse(result.stdout) as {final: {loss: number | null}; diagnosis: {code: string; advice: string}; outcome: string; score: number};
		expect(report.final.loss).toBeNull();
		expect(report.diagnosis.code).toBe('diverged');
		expect(report.diagnosis.advice).toMatch(/^Lower η to /);
		expect(report.outcome).toBe('failure');
		expect(report.score).toBe(0);
		const human = await runCommand('run', [fixture('explodes.json')], {lr: '10'});
		expect(human.code).toBe(0);
		expect(human.stdout).toContain('diverged');
	});

	it('--json has exactly the fields of README, “Command line”', async () => {
		const result = await runCli(['run', KNOBS, '--lr', '0.3', '--momentum', '0.2', '--json']);
		expect(result.code, result.stderr).toBe(0);
		const report = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(Object.keys(report).sort()).toEqual(
			['level', 'levelHash', 'engine', 'params', 'outcome', 'diagnosis', 'score', 'stars', 'steps', 'arrivedAt', 'final', 'globalMinimum', 'shareCode'].sort(),
		);
		expect(Object.keys(report['diagnosis'] as object).sort()).toEqual(['advice', 'analogy', 'code', 'evidence', 'suggestion', 'title']);
		expect(Object.keys(report['final'] as object).sort()).toEqual(['loss', 'x', 'y']);
		expect(Object.keys(report['globalMinimum'] as object).sort()).toEqual(['loss', 'x', 'y']);
		expect(report['params']).toMatchObject({learningRate: 0.3, momentum: 0.2, decay: 0, seed: 1});
		expect(report['level']).toBe('fixture-knobs');
		expect(report['engine']).toBe('1');
		expect(report['outcome']).toBe((report['diagnosis'] as {code: string}).code === 'reached-global' ? 'success' : 'failure');
		expect(typeof report['shareCode']).toBe('string');
		expect(Number.isInteger(report['score'])).toBe(true);
	});

	it('the same run twice gives the same report', async () => {
		const a = await runCli(['run', KNOBS, '--lr', '0.7', '--momentum', '0.6', '--json']);
		const b = await runCli(['run', KNOBS, '--lr', '0.7', '--momentum', '0.6', '--json']);
		expect(a.stdout).toBe(b.stdout);
	});

	it('--lang es prints the report in Spanish with decimal commas; LANG=es_ES does too', async () => {
		const es = await runCli(['run', VALID, '--lang', 'es']);
		expect(es.code).toBe(0);
		expect(es.stdout).toMatch(/Puntuación|pérdida/);
		expect(es.stdout).toMatch(/\d,\d/);
		const en = await runCommand('run', [VALID]);
		expect(en.stdout).not.toMatch(/Puntuación/);
		const env = await runCli(['run', VALID], {env: {LANG: 'es_ES.UTF-8'}});
		expect(env.stdout).toBe(es.stdout);
		// the same report in this process: what the binary printed is the command's output
		expect((await runCommand('run', [VALID], {}, 'es')).stdout).toBe(es.stdout);
		const json = JSON.parse((await runCommand('run', [VALID], {json: true}, 'es')).stdout) as {diagnosis: {analogy: string}};
		expect(json.diagnosis.analogy).toMatch(/valle|pelota|pozo|paso|fricción|terreno/i);
	});

	it('runs a campaign level by id', async () => {
		const list = await runCommand('levels', [], {json: true});
		expect(list.code, list.stderr).toBe(0);
		const {levels} = JSON.parse(list.stdout) as {levels: Array<{id: string}>};
		expect(levels.length).toBeGreaterThan(0);
		const result = await runCli(['run', levels[0]!.id, '--json']);
		expect(result.code, result.stderr).toBe(0);
		expect((JSON.parse(result.stdout) as {level: string}).level).toBe(levels[0]!.id);
	});
});

describe('--help and --version', () => {
	it('--help', async () => {
		const result = await runCli(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('descenso run <level>');
		expect(result.stdout).toContain('--lr');
		expect(result.stdout).toContain('Exit codes');
	});

	it('--version prints the package version', async () => {
		const result = await runCli(['--version']);
		expect(result.code).toBe(0);
		const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		expect(result.stdout.trim()).toBe(pkg.version);
	});
});
