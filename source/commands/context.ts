/** What every command receives from cli.tsx: the resolved environment, parsed flags, output streams. */
import type {Environment} from '../environment.js';
import {line, type SafeText, type SafeWriter} from '../text/safe.js';

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
	/** doctor: the log column to read as the loss */
	column?: string;
	/** doctor: follow the log as it grows */
	watch?: boolean;
};

export type CommandContext = Environment & {
	command: string;
	/** positional arguments after the command */
	args: string[];
	flags: Flags;
	json: boolean;
	/** the raw environment, for test hooks only (DESCENSO_*): the data folder, language, colour and clock are resolved above */
	env: Record<string, string | undefined>;
	/** where the command's output goes: safe text only (see text/safe.ts) */
	stdout: SafeWriter;
	/** where error lines go: safe text only */
	stderr: SafeWriter;
	stdin: NodeJS.ReadStream;
	/**
	 * The terminal's own output stream, for Ink and blessed only: they draw frames whose texts
	 * went through the sanitizer when the level, code or score file was read.
	 */
	terminal: NodeJS.WriteStream;
};

/** Prints one line to stderr and returns the exit code for bad usage. */
export function usage(context: CommandContext, message: SafeText): number {
	context.stderr.write(line`descenso: ${message}\n`);
	return 2;
}

/** Prints one line to stderr and returns the exit code for a failure. */
export function failure(context: CommandContext, message: SafeText): number {
	context.stderr.write(line`descenso: ${message}\n`);
	return 1;
}

/** Prints safe text and a line break to stdout. */
export function print(context: CommandContext, text: SafeText): void {
	context.stdout.write(line`${text}\n`);
}
