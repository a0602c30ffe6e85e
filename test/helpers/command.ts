/**
 * A sub-command run in this process: the context cli.tsx would hand it for `descenso <command>
 * <args>` with these flags (English unless `lang` says otherwise, no colour, a fresh temp data
 * folder), stdout and stderr captured, the exit code it returns. A spawn of `node dist/cli.js`
 * costs ~0.2 s of CPU; this costs the command's own work. Use it for the many cases of one rule of
 * a command; what belongs to cli.tsx (argv, LANG, --help, unknown flags and commands, exit codes
 * reaching the shell) goes through the binary (test/helpers/cli.ts), with a few cases of each rule.
 *
 * ```ts
 * const result = await runCommand('run', [level], {lr: 'NaN'});   // like `descenso run <level> --lr NaN`
 * ```
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import type {CommandContext, Flags} from '../../source/commands/context.js';
import type {Language} from '../../source/engine/types.js';
import type {CliResult} from './cli.js';

const COMMANDS = {
	run: async () => import('../../source/commands/run.js'),
	levels: async () => import('../../source/commands/levels.js'),
};

/** Runs `descenso <command> ...args` with `flags` (as cli.tsx passes them: strings, booleans) in this process. */
export async function runCommand(command: keyof typeof COMMANDS, args: string[], flags: Partial<Flags> = {}, lang?: Language): Promise<CliResult> {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'descenso-command-'));
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
	stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
	const json = flags.json ?? false;
	const context: CommandContext = {
		command,
		args,
		flags: {color: false, ascii: false, ...flags, json},
		dataDir,
		lang: lang ?? 'en',
		langExplicit: lang !== undefined,
		color: false,
		ascii: false,
		json,
		levelsDir: flags.levels,
		now: () => new Date(),
		env: {},
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		stdin: new PassThrough() as unknown as NodeJS.ReadStream,
		terminal: stdout as unknown as NodeJS.WriteStream,
	};
	try {
		const code = await (await COMMANDS[command]()).default(context);
		// what was written is in the strings once the streams have passed it on
		await new Promise((resolve) => setImmediate(resolve));
		return {code, stdout: out, stderr: err};
	} finally {
		rmSync(dataDir, {recursive: true, force: true});
	}
}
