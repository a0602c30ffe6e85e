/**
 * Which flags each command takes, and the two usage errors meow does not catch: a flag given
 * twice and a flag that does nothing for the command (`descenso levels --lr 3`). Also the flags
 * of a plain start of the game (`descenso --lang en`), read without loading meow.
 */
import {parseArgs} from 'node:util';

/** Flags every command takes. */
const GLOBAL = ['lang', 'levels', 'color', 'ascii', 'help', 'version'] as const;
const KNOBS = ['lr', 'momentum', 'decay', 'schedule', 'temperature', 'batch', 'restarts', 'nesterov', 'seed'] as const;

/** The flags each command takes beyond the global ones. */
export const COMMAND_FLAGS: Record<string, readonly string[]> = {
	menu: [],
	tutorial: [],
	play: [],
	daily: ['date', 'json'],
	run: [...KNOBS, 'name', 'date', 'json'],
	verify: ['json'],
	import: ['json'],
	scores: ['json'],
	levels: ['json'],
	dashboard: [...KNOBS, 'name'],
	doctor: ['json', 'column', 'watch'],
};

/** What is wrong with the flags of `argv` for `command`, or null when nothing is. */
export type FlagProblem = {kind: 'repeated' | 'not-for-command'; flag: string; command: string; allowed: string[]} | null;

/**
 * Finds a repeated flag (`--lr 1 --lr 2`, `--color --no-color`) or a flag `command` does not take.
 * `valued` lists the flags that take a value (their next argument is skipped unless written
 * `--flag=value`). Arguments after `--` are not flags. An unknown command is left to the caller.
 */
export function flagProblem(argv: readonly string[], valued: ReadonlySet<string>): FlagProblem {
	const given: Array<{name: string; raw: string}> = [];
	let command: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') break;
		if (!arg.startsWith('--')) {
			command ??= arg;
			continue;
		}

		const [rawName = '', value] = arg.slice(2).split(/=(.*)/s, 2);
		const name = rawName.startsWith('no-') ? rawName.slice(3) : rawName;
		if (valued.has(name) && value === undefined) i++;
		given.push({name, raw: `--${rawName}`});
	}

	command ??= 'menu';
	const own = COMMAND_FLAGS[command];
	const allowed = own ? [...GLOBAL, ...own] : [];
	const shown = allowed.filter((f) => f !== 'version' && f !== 'help');
	const seen = new Set<string>();
	for (const {name, raw} of given) {
		if (seen.has(name)) return {kind: 'repeated', flag: raw, command, allowed: shown};
		seen.add(name);
		if (own && !allowed.includes(name) && isKnown(name, valued)) return {kind: 'not-for-command', flag: raw, command, allowed: shown};
	}

	return null;
}

function isKnown(name: string, valued: ReadonlySet<string>): boolean {
	return valued.has(name) || ([...GLOBAL, ...KNOBS, 'json', 'date', 'name', 'watch'] as readonly string[]).includes(name);
}

/** A flag as cli.tsx declares it for meow. */
export type FlagSpec = {readonly type: 'string' | 'boolean'; readonly default?: boolean};

/**
 * The flags of a command line that names no command and holds only flags written the plain way
 * (`--lang en`, `--lang=es`, `--ascii`, `--levels pack`), read with Node's own parser so that
 * starting the game does not load meow; `undefined` for anything else, which meow then reads.
 * What it returns is what meow returns for the same command line: every boolean present (false
 * unless given or defaulted), a string flag only when given. `--help` is left to meow (its text
 * needs the package's description), as are `--no-…`, `--version`, short flags, unknown or
 * mis-cased flags, a flag with no value and any argument that is not a flag.
 */
export function plainStartFlags(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): Record<string, string | boolean> | undefined {
	const options = Object.fromEntries(Object.entries(specs).filter(([name]) => name !== 'help').map(([name, spec]) => [name, {type: spec.type}]));
	let values: Record<string, string | boolean | undefined>;
	try {
		({values} = parseArgs({args: [...argv], options, strict: true, allowPositionals: false}));
	} catch {
		return undefined;
	}

	const flags: Record<string, string | boolean> = {};
	for (const [name, spec] of Object.entries(specs)) if (spec.type === 'boolean') flags[name] = spec.default ?? false;
	for (const [name, value] of Object.entries(values)) if (value !== undefined) flags[name] = value;
	return flags;
}
