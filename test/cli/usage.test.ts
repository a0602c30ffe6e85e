/** Usage is usage (issue #13): one line and exit 2 for repeated flags, flags a command does not take, and an unusable data folder. */
import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {flagProblem, plainStartFlags} from '../../source/commands/flag-rules.js';
import {runCli} from '../helpers/cli.js';

const VALUED = new Set(['lr', 'momentum', 'levels', 'lang', 'name', 'date', 'seed', 'schedule']);

describe('flagProblem', () => {
	it('finds a repeated flag, however it is written', () => {
		expect(flagProblem(['run', 'x', '--lr', '1', '--lr=2'], VALUED)).toMatchObject({kind: 'repeated', flag: '--lr'});
		expect(flagProblem(['run', 'x', '--color', '--no-color'], VALUED)).toMatchObject({kind: 'repeated'});
	});

	it('finds a flag the command does not take, and takes a value that looks like a flag as a value', () => {
		expect(flagProblem(['levels', '--lr', '3'], VALUED)).toMatchObject({kind: 'not-for-command', flag: '--lr', command: 'levels'});
		expect(flagProblem(['verify', 'code', '--date', '2026-01-01'], VALUED)).toMatchObject({kind: 'not-for-command', command: 'verify'});
		expect(flagProblem(['run', 'x', '--name', '--lr'], VALUED)).toBeNull();
		expect(flagProblem(['run', 'x', '--lr', '0.1', '--seed', '2', '--json', '--levels', 'p'], VALUED)).toBeNull();
		expect(flagProblem(['--lr', '1'], VALUED)).toMatchObject({kind: 'not-for-command', command: 'menu'});
	});
});

describe('plainStartFlags', () => {
	// every kind of flag cli.tsx declares: string, boolean defaulting to true, to false, and none
	const FLAGS = {
		lang: {type: 'string'},
		levels: {type: 'string'},
		lr: {type: 'string'},
		color: {type: 'boolean', default: true},
		ascii: {type: 'boolean', default: false},
		nesterov: {type: 'boolean'},
		help: {type: 'boolean'},
	} as const;
	const viaMeow = (argv: string[]) =>
		meow('', {importMeta: import.meta, argv, allowUnknownFlags: true, flags: FLAGS, autoHelp: false, autoVersion: false}).flags;

	it.each([[['--lang', 'en']], [['--lang=es']], [['--ascii']], [['--color', '--levels', './pack']], [['--lang', 'xx', '--nesterov']], [['--lang=']], [['--']]])(
		'reads %j as meow does',
		(argv) => {
			const flags = plainStartFlags(argv, FLAGS);
			expect(flags).toBeDefined();
			expect(flags).toEqual(viaMeow(argv));
		},
	);

	it.each([
		[['play', 'w1-01']],
		[['--lang', 'en', 'tutorial']],
		[['--no-color']],
		[['--help']],
		[['--version']],
		[['--Lang', 'en']],
		[['-x']],
		[['--lang']],
		[['--lang', '--ascii']],
		[['--ascii=false']],
		[['--unknown']],
	])('leaves %j to meow', (argv) => {
		expect(plainStartFlags(argv, FLAGS)).toBeUndefined();
	});
});

describe('through the binary', () => {
	it.each([
		['a repeated flag', ['run', 'w1-01-first-steps', '--lr', '0.1', '--lr', '0.2'], /--lr is given twice/],
		['a flag levels does not take', ['levels', '--lr', '3'], /--lr does not apply to descenso levels; this command takes: .*--no-color/],
		['a flag scores does not take', ['scores', '--seed', '3'], /--seed does not apply/],
	])('%s: exit 2, one line', async (_label, args, message) => {
		const result = await runCli(args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stdout).toBe('');
	});

	it.each([
		['HOME empty', {HOME: '', XDG_DATA_HOME: undefined}, /HOME is empty/],
		['XDG_DATA_HOME relative', {XDG_DATA_HOME: 'relative/dir'}, /XDG_DATA_HOME is "relative\/dir", not an absolute path/],
	])('%s: scores and play (which read the data folder) are refused with one line', async (_label, env, message) => {
		for (const args of [['scores'], ['play', 'w1-01-first-steps']]) {
			const result = await runCli(args, {env});
			expect(result.code, args[0]).toBe(2);
			expect(result.stderr).toMatch(message);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
		}

		// the whole line in the player's language
		const es = await runCli(['scores', '--lang', 'es'], {env});
		expect(es.code).toBe(2);
		expect(es.stderr).toMatch(/^descenso: no hay una carpeta de datos válida: (HOME está vacío|XDG_DATA_HOME es "relative\/dir", no una ruta absoluta); define/);
	});

	it('levels validate and doctor never touch the data folder: they work with HOME and XDG_DATA_HOME empty', async () => {
		const env = {HOME: '', XDG_DATA_HOME: ''};
		const validate = await runCli(['levels', 'validate', 'levels'], {env});
		expect(validate.stderr).toBe('');
		expect(validate.code).toBe(0);
		const doctor = await runCli(['doctor', 'examples/doctor/cars-warmup.csv', '--json'], {env});
		expect(doctor.code).toBe(0);
		expect(JSON.parse(doctor.stdout).diagnosis.code).toBe('exploding');
	});
});
