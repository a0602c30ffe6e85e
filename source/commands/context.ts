/** What every command receives from cli.tsx: parsed flags, language, output streams. */
import type {Language} from '../engine/types.js';

export type Flags = {
	lr?: string;
	momentum?: string;
	decay?: string;
	schedule?: string;
	temperature?: string;
	batch?: string;
	restarts?: string;
	nesterov?: boolean;
	seed?: string;
	lang?: string;
	levels?: string;
	color: boolean;
	ascii: boolean;
	json: boolean;
	name?: string;
	date?: string;
};

export type CommandContext = {
	command: string;
	/** positional arguments after the command */
	args: string[];
	flags: Flags;
	lang: Language;
	/** true when --lang was given (it then overrides the saved setting) */
	langExplicit: boolean;
	color: boolean;
	ascii: boolean;
	json: boolean;
	levelsDir?: string;
	env: Record<string, string | undefined>;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
};

/** Prints one line to stderr and returns the exit code for bad usage. */
export function usage(context: CommandContext, message: string): number {
	context.stderr.write(`descenso: ${message}\n`);
	return 2;
}

/** Prints one line to stderr and returns the exit code for a failure. */
export function failure(context: CommandContext, message: string): number {
	context.stderr.write(`descenso: ${message}\n`);
	return 1;
}
