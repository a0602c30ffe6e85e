/**
 * Runs the built command (`node dist/cli.js`) as a user would, without a terminal: pipes for
 * stdin/stdout/stderr, LANG=C, NO_COLOR, and a private XDG_DATA_HOME so no test touches real
 * progress or scores. `npm test` builds dist/ before vitest runs.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {code: number | null; stdout: string; stderr: string};

export type CliOptions = {
	/** extra or replaced environment variables (undefined removes one) */
	env?: Record<string, string | undefined>;
	/** written to stdin, which is then closed */
	input?: string;
	/** data directory; a fresh temp dir by default */
	dataHome?: string;
	timeoutMs?: number;
};

/** Spawns `node dist/cli.js ...args` and collects its output and exit code. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	const dataHome = options.dataHome ?? mkdtempSync(path.join(tmpdir(), 'descenso-cli-'));
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries({
		PATH: process.env['PATH'],
		HOME: dataHome,
		LANG: 'C',
		LC_ALL: undefined,
		LC_MESSAGES: undefined,
		NO_COLOR: '1',
		XDG_DATA_HOME: dataHome,
		...options.env,
	})) {
		if (value !== undefined) env[key] = value;
	}

	try {
		return await new Promise<CliResult>((resolve, reject) => {
			const child = spawn(process.execPath, [CLI, ...args], {env, stdio: ['pipe', 'pipe', 'pipe']});
			let stdout = '';
			let stderr = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
			const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
			child.on('error', reject);
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({code, stdout, stderr});
			});
			child.stdin.end(options.input ?? '');
		});
	} finally {
		if (!options.dataHome) rmSync(dataHome, {recursive: true, force: true});
	}
}

/** True when `text` looks like a stack trace ("    at foo (file:1:2)"). */
export function hasStackTrace(text: string): boolean {
	return /^\s+at\s/m.test(text) || /\n\s*at\s/.test(text);
}
