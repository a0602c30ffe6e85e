#!/usr/bin/env node
/**
 * The only file that reads argv, the environment and the TTY. It turns them into a context and
 * hands it to one command; commands are loaded lazily so the game starts fast and never loads
 * what it does not use (the dashboard's blessed above all).
 */
import process from 'node:process';
import meow from 'meow';
import {languageFromEnv, translator} from './i18n/index.js';
import {CLI_TEXT} from './i18n/cli.js';
import {defaultDataDir} from './store/paths.js';
import {savedLanguage} from './store/saved-language.js';
import type {CommandContext, Flags} from './commands/context.js';

const help = `
  Usage
    $ descenso                         play (menu → levels → setup → run → result)
    $ descenso tutorial                guided lessons
    $ descenso play <level>            straight to a level's setup screen
    $ descenso daily                   today's challenge (UTC date)
    $ descenso run <level> [knobs]     simulate without the UI, print the report
    $ descenso verify <code>           re-simulate a share code and check its score
    $ descenso import <code>           verify a share code and add it to the leaderboard
    $ descenso scores [<level>]        leaderboards
    $ descenso levels                  list levels with your stars
    $ descenso levels validate <path>  check a level file or a folder of them
    $ descenso dashboard <level|code>  full-screen flight recorder of a run

  <level> is a level id (see \`descenso levels\`) or a path to a .json level file.

  Knobs (each level unlocks some; a locked knob is refused)
    --lr <η>             learning rate, e.g. 0.05 (0,05 works too)
    --momentum <μ>       inertia, 0 ≤ μ < 1
    --decay <λ>          friction, 0 ≤ λ < 1
    --schedule <kind>    constant | step | cosine | warm-restarts (options after colons:
                         step:γ:every, cosine:η_min:period, warm-restarts:η_min:T₀:mult)
    --temperature <T>    Langevin noise
    --batch <B>          batch size (smaller is noisier)
    --restarts <K>       climbers sharing the budget
    --nesterov           look-ahead gradient
    --seed <n>           random seed (default 1)

  Global
    --lang es|en         language (default from LANG)
    --levels <dir>       an extra level pack
    --no-color           no colour (NO_COLOR is honoured too)
    --ascii              ASCII glyphs only
    --json               machine-readable output (run, scores, levels, verify)
    --help, --version

  Exit codes: 0 ok · 1 the thing asked for failed · 2 bad usage
`;

const FLAGS = {
	lr: {type: 'string'},
	momentum: {type: 'string'},
	decay: {type: 'string'},
	schedule: {type: 'string'},
	temperature: {type: 'string'},
	batch: {type: 'string'},
	restarts: {type: 'string'},
	nesterov: {type: 'boolean'},
	seed: {type: 'string'},
	lang: {type: 'string'},
	levels: {type: 'string'},
	color: {type: 'boolean', default: true},
	ascii: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	name: {type: 'string'},
	date: {type: 'string'},
} as const;

const COMMANDS: Record<string, () => Promise<{default: (context: CommandContext) => Promise<number>}>> = {
	run: async () => import('./commands/run.js'),
	levels: async () => import('./commands/levels.js'),
	play: async () => import('./commands/play.js'),
	tutorial: async () => import('./commands/play.js'),
	daily: async () => import('./commands/daily.js'),
	verify: async () => import('./commands/verify.js'),
	import: async () => import('./commands/import.js'),
	scores: async () => import('./commands/scores.js'),
	dashboard: async () => import('./commands/dashboard.js'),
};

async function main(): Promise<number> {
	const env = process.env;
	// React's development build costs several times the frame time; no import of React has run yet.
	env['NODE_ENV'] ??= 'production';
	const cli = meow(help, {
		importMeta: import.meta,
		argv: joinNegativeValues(process.argv.slice(2)),
		allowUnknownFlags: true,
		flags: FLAGS,
		autoHelp: true,
		autoVersion: true,
	});
	const flags = cli.flags as unknown as Flags & Record<string, unknown>;
	const rawLang = flags.lang;
	// --lang, then the language saved in Settings, then the environment
	const lang = rawLang === 'es' || rawLang === 'en' ? rawLang : ((await savedLanguage(defaultDataDir())) ?? languageFromEnv(env));
	const t = translator(CLI_TEXT, lang);
	const fail = (message: string) => {
		process.stderr.write(`descenso: ${message}\n`);
		return 2;
	};

	if (rawLang !== undefined && rawLang !== 'es' && rawLang !== 'en') return fail(t('badLang', {value: String(rawLang)}));
	const known = new Set(Object.keys(FLAGS));
	const unknown = Object.keys(flags).filter((key) => !known.has(key));
	if (unknown.length > 0) return fail(t('unknownFlag', {flag: `--${toKebab(unknown[0]!)}`}));

	const [command = 'menu', ...args] = cli.input;
	const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
	const context: CommandContext = {
		command,
		args,
		flags,
		lang,
		langExplicit: rawLang !== undefined,
		color: flags.color && !noColor,
		ascii: flags.ascii,
		json: flags.json,
		levelsDir: flags.levels,
		env,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
	};

	if (command === 'menu') return (await import('./commands/play.js')).default(context);
	const load = COMMANDS[command];
	if (!load) return fail(t('unknownCommand', {command: command.slice(0, 40), commands: Object.keys(COMMANDS).join(', ')}));
	return (await load()).default(context);
}

/**
 * `--lr -1e-2` or `--lr -0,5` would reach meow as a flag followed by short flags (`-1`, `-e`, …);
 * glue a value that starts with a minus sign to its string flag (`--lr=-1e-2`) so the range check,
 * not the flag parser, answers it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
	const valued = new Set(Object.entries(FLAGS).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const next = argv[i + 1];
		if (valued.has(arg) && next !== undefined && /^-[\d.,]/.test(next)) {
			out.push(`${arg}=${next}`);
			i++;
		} else {
			out.push(arg);
		}
	}

	return out;
}

function toKebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// A reader that goes away (`descenso run … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
	});
}

try {
	process.exitCode = await main();
} catch (error) {
	process.stderr.write(`descenso: internal error: ${(error as Error)?.message ?? String(error)}\n`);
	process.exitCode = 1;
}
