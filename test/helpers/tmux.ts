/**
 * The real binary in a real terminal: tmux sessions for the tests that drive the game, the
 * recorder and the signals through a pane. One place starts a session (its own temp
 * XDG_DATA_HOME), reads the pane, sends keys and waits for what the screen shows; every wait
 * polls, none sleeps blindly.
 *
 * A wait that times out says what would let us tell a lost key from a stuck or dead game: the
 * pane, tmux's view of it, whether the game process is still alive (its State and CPU time in
 * /proc), the pane tty's mode (raw or cooked, from `stty -a`) and the machine's load.
 *
 * Targets are exact (`=name:`): tmux otherwise takes a session name it cannot find as a prefix,
 * so a key meant for a closed `x-1` would reach `x-10`.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository: sessions start there, so `node dist/cli.js` is the built game. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** tmux is installed (CI installs it; a machine without it skips these tests). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export type Session = {
	/** the session's name (unique in this run) */
	name: string;
	/** its empty temp XDG_DATA_HOME (or the one given to {@link startSession}) */
	dataDir: string;
};

const sessions: string[] = [];
const ownDirs: string[] = [];
let count = 0;
/** Per session: when it started, and what was sent to it when (the report on a timeout lists them). */
const sent = new Map<string, {start: number; keys: string[]}>();

function note(session: Session, what: string): void {
	const log = sent.get(session.name);
	if (log) log.keys.push(`+${((Date.now() - log.start) / 1000).toFixed(2)} s ${what}`);
}

/** Runs tmux and returns what it printed. */
export function tmux(...args: string[]): string {
	return execFileSync('tmux', args, {encoding: 'utf8'});
}

/** The exact target of a session's (only) pane. */
const target = (session: Session | string) => `=${typeof session === 'string' ? session : session.name}:`;

/**
 * Starts `command` (run by tmux's shell, in the repository) in a new detached session of
 * `size`; `command` gets the session's data folder, a fresh temp dir unless `dataDir` is given.
 */
export function startSession(prefix: string, size: [number, number], command: (dataDir: string) => string, options: {dataDir?: string} = {}): Session {
	const name = `${prefix}-${process.pid}-${count++}`;
	const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), `descenso-${prefix}-`));
	if (!options.dataDir) ownDirs.push(dataDir);
	sessions.push(name);
	sent.set(name, {start: Date.now(), keys: []});
	tmux('new-session', '-d', '-s', name, '-x', String(size[0]), '-y', String(size[1]), '-c', ROOT, command(dataDir));
	return {name, dataDir};
}

/** Closes every session started here and removes the data folders made for them (call in afterAll). */
export function closeSessions(): void {
	for (const name of sessions.splice(0)) {
		spawnSync('tmux', ['kill-session', '-t', `=${name}`]);
		sent.delete(name);
	}

	for (const dir of ownDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** What the pane shows: its visible rows, or what capture-pane's `flags` ask (`-J` joins wrapped rows, `-S -50` adds scrollback). */
export function pane(session: Session, ...flags: string[]): string {
	return tmux('capture-pane', '-p', ...flags, '-t', target(session));
}

/** A tmux format variable of the pane, e.g. `alternate_on`, `cursor_flag`. */
export function paneFlag(session: Session, name: string): string {
	return tmux('display', '-p', '-t', target(session), `#{${name}}`).trim();
}

/** Sends keys by tmux name (`Enter`, `Escape`, `C-c`, `BSpace`, `q`); several in one call arrive as one burst. */
export function sendKeys(session: Session, ...keys: string[]): void {
	note(session, keys.join(' '));
	tmux('send-keys', '-t', target(session), ...keys);
}

/** Types `text` literally, in one burst. */
export function typeText(session: Session, text: string): void {
	note(session, JSON.stringify(text));
	tmux('send-keys', '-t', target(session), '-l', text);
}

/** Resizes the session's window (the program sees SIGWINCH). */
export function resizeWindow(session: Session, size: [number, number]): void {
	tmux('resize-window', '-t', target(session), '-x', String(size[0]), '-y', String(size[1]));
}

/** Copies everything the pane's program writes, raw bytes, to the end of `file` (tmux pipe-pane). */
export function pipePane(session: Session, file: string): void {
	tmux('pipe-pane', '-o', '-t', target(session), `cat >> '${file}'`);
}

/** The first process started by the pane's command (the game, under a `sh`/`bash` that runs it). */
export function childPid(session: Session): number {
	const shell = paneFlag(session, 'pane_pid');
	return Number(execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]);
}

export type WaitOptions = {
	/** what is awaited, for the message (default: the condition itself) */
	what?: string;
	/** how long before giving up (default 60 s: CI runs the whole suite on two cores) */
	ms?: number;
};

/**
 * Polls the pane until it matches `condition` (a pattern, or a predicate of the pane's text) and
 * returns that text; on timeout, throws with {@link diagnose}.
 */
export async function waitFor(session: Session, condition: RegExp | ((text: string) => boolean), options: WaitOptions = {}): Promise<string> {
	const {ms = 60_000} = options;
	const met = typeof condition === 'function' ? condition : (text: string) => condition.test(text);
	const end = Date.now() + ms;
	for (;;) {
		const text = pane(session);
		if (met(text)) return text;
		if (Date.now() > end) {
			note(session, `gave up waiting for ${options.what ?? String(condition)}`);
			throw new Error(`timed out after ${ms / 1000} s waiting for ${options.what ?? String(condition)} in ${session.name}\n${diagnose(session)}`);
		}

		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** USER_HZ: /proc counts CPU time in ticks of 1/100 s on Linux */
const TICKS = 100;

/** One process of the pane: its command, /proc State, CPU time and what it waits in. */
function describeProcess(pid: number): string {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '?';
		// fields after the command's closing parenthesis: utime and stime are the 12th and 13th
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const cpu = (Number(rest[11]) + Number(rest[12])) / TICKS;
		const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
		const wchan = readFileSync(`/proc/${pid}/wchan`, 'utf8');
		return `pid ${pid} (${field('Name')}) State ${field('State')}, CPU ${cpu.toFixed(2)} s (user ${(Number(rest[11]) / TICKS).toFixed(2)}), threads ${field('Threads')}, waiting in ${wchan === '' || wchan === '0' ? '-' : wchan}, signals pending ${field('SigPnd')}/${field('ShdPnd')}: ${args.slice(0, 160)}`;
	} catch {
		return `pid ${pid}: gone`;
	}
}

/** The processes under `root` (itself first), from /proc. */
function processTree(root: number): number[] {
	const parents = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
		} catch {
			// gone meanwhile
		}
	}

	const tree: number[] = [];
	const visit = (pid: number) => {
		tree.push(pid);
		for (const child of parents.get(pid) ?? []) visit(child);
	};

	visit(root);
	return tree;
}

/** Never throws: each part says what it could not read. */
function attempt(what: string, read: () => string): string {
	try {
		return read();
	} catch (error) {
		return `${what}: could not read (${String((error as Error)?.message ?? error).split('\n')[0]})`;
	}
}

/**
 * What a timed-out wait reports: the pane; tmux's view of it; every process under the pane
 * (is the game alive? running, sleeping, stopped? how much CPU has it used?); the pane tty's
 * mode (raw: `-icanon -echo`, as the game sets it; cooked: `icanon echo`) and the bytes it holds
 * unread; what the test sent to the pane and when; the machine's load.
 */
export function diagnose(session: Session): string {
	const parts = [`--- the pane shows ---\n${attempt('pane', () => pane(session))}`];
	const format = 'pane_pid #{pane_pid}, pane_dead #{pane_dead}, current command #{pane_current_command}, tty #{pane_tty}, alternate_on #{alternate_on}, cursor_flag #{cursor_flag}, in mode #{pane_in_mode}';
	parts.push(attempt('tmux', () => `--- tmux: ${tmux('display', '-p', '-t', target(session), format).trim()}`));
	parts.push(
		attempt('processes', () => {
			const tree = processTree(Number(paneFlag(session, 'pane_pid')));
			const lines = tree.map((pid) => describeProcess(pid));
			const game = lines.some((line) => /\((node|descenso)\) State/.test(line));
			return `--- processes under the pane (the game is ${game ? 'alive' : 'NOT running'}) ---\n${lines.join('\n')}`;
		}),
	);
	parts.push(
		attempt('tty', () => {
			const tty = paneFlag(session, 'pane_tty');
			const settings = execFileSync('stty', ['-F', tty, '-a'], {encoding: 'utf8'});
			const flags = settings.split(/[\s;]+/);
			const mode = flags.includes('-icanon') ? 'raw (-icanon)' : flags.includes('icanon') ? 'cooked (icanon)' : 'unknown';
			// FIONREAD on the tty: bytes the terminal sent that the program has not read (a key sitting there was never read)
			const unread = attempt('unread input', () =>
				execFileSync(
					'perl',
					['-MFcntl', '-e', 'sysopen(my $f, $ARGV[0], O_RDONLY|O_NONBLOCK|O_NOCTTY) or die "$!"; my $n = pack("L", 0); ioctl($f, 0x541B, $n) or die "$!"; print unpack("L", $n)', tty],
					{encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']},
				).trim(),
			);
			return `--- tty ${tty}: ${mode}, unread input bytes: ${unread} ---\n${settings.trim()}`;
		}),
	);
	parts.push(`--- sent to the pane, from its start: ${sent.get(session.name)?.keys.join(' · ') || 'nothing'}`);
	parts.push(attempt('load', () => `--- load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}, ${os.availableParallelism()} cores`));
	return parts.join('\n');
}
