/**
 * Which flags each command takes, and the two usage errors meow does not catch: a flag given
 * twice and a flag that does nothing for the command (`descenso levels --lr 3`).
 */

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
