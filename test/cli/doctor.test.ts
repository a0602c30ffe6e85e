/**
 * `descenso doctor` as a user meets it without a terminal: the report, the exit codes, one line
 * for each bad input, never a stack trace, never a hang on a named pipe; --watch picks up lines
 * appended while it runs.
 */
import {execFileSync, spawn} from 'node:child_process';
import {appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {CLI, hasStackTrace, runCli} from '../helpers/cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/doctor/tuning', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'descenso-doctor-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function file(name: string, content: string | Buffer): string {
	const full = path.join(dir, name);
	writeFileSync(full, content);
	return full;
}

function oneLine(result: {code: number | null; stdout: string; stderr: string}, code: number): string {
	expect(result.code).toBe(code);
	expect(result.stdout).toBe('');
	expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	expect(hasStackTrace(result.stderr)).toBe(false);
	return result.stderr;
}

describe('descenso doctor', () => {
	it('prints the JSON report of README, “Reading your own training run: `descenso doctor`” and exits 0', async () => {
		const result = await runCli(['doctor', path.join(fixtures, 'linreg-warmup-blows-up', 'trainer_state.json'), '--json']);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as {file: string; format: string; series: Array<{name: string; points: unknown[]}>; diagnosis: Record<string, string>};
		expect(report.format).toBe('huggingface');
		expect(report.series.map((s) => s.name)).toEqual(['loss', 'eval_loss', 'learning_rate']);
		expect(report.diagnosis.code).toBe('exploding');
		expect(Object.keys(report.diagnosis)).toEqual(expect.arrayContaining(['code', 'title', 'analogy', 'evidence', 'advice', 'practise']));
		// the evidence quotes the learning rate it blew up at, as the log has it
		expect(report.diagnosis['evidence']).toMatch(/steps after η reached 0\.\d+/);
		expect(report.diagnosis['practise']).toBe('World 1 · 3, Bouncing ball');
	});

	it('reads standard input with -, and speaks Spanish', async () => {
		const input = readFileSync(path.join(fixtures, 'linreg-lr-too-small', 'loss.txt'), 'utf8');
		const result = await runCli(['doctor', '-', '--lang', 'es'], {input});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Convergencia muy lenta [too-slow]');
		expect(result.stdout).toContain('Practica esto: Mundo 1 · 2, Terreno plano');
	});

	it('gives one line and exit 1 for a directory, a missing, empty or binary file', async () => {
		expect(oneLine(await runCli(['doctor', dir]), 1)).toContain('directory');
		expect(oneLine(await runCli(['doctor', path.join(dir, 'missing.csv')]), 1)).toContain('no such file');
		expect(oneLine(await runCli(['doctor', file('empty.csv', '')]), 1)).toContain('empty');
		expect(oneLine(await runCli(['doctor', file('blob.bin', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 0xff]))]), 1)).toContain('binary');
	});

	it('gives one line and exit 1 for a file that is one endless line, or one JSON document cut short', async () => {
		expect(oneLine(await runCli(['doctor', file('line.csv', `loss,${'9'.repeat(1.5 * 1024 * 1024)}`)]), 1)).toContain('does not look like a training log');
		expect(oneLine(await runCli(['doctor', file('cut.json', '{\n  "log_history": [\n    {"loss": 2.1, "step": 10},\n')]), 1)).toContain('does not look like a training log');
	});

	it('a log with its loss column named but no number yet says so, and does not claim there is no loss column', async () => {
		for (const [name, text] of [['header.csv', 'step,loss,val_loss\n'], ['blank.csv', 'step,train/loss\n1,\n2,\n']] as const) {
			const line = oneLine(await runCli(['doctor', file(name, text)]), 1);
			expect(line).toContain('does not look like a training log yet');
			expect(line).toMatch(/its loss column \((loss|val_loss|train\/loss)\) holds no number/);
			expect(line).not.toContain('no loss column');
		}
	});

	it('lists the columns it saw when there is no loss, and suggests --column; sanitized', async () => {
		const evil = file('acc.csv', 'epoch,acc\x1b]0;pwned\x07uracy,top5\n0,0.5,0.7\n1,0.6,0.8\n');
		const line = oneLine(await runCli(['doctor', evil]), 1);
		expect(line).toContain('epoch, accuracy, top5');
		expect(line).toContain('--column');
		expect(line).not.toMatch(/\x1b|\x07/);
		expect((await runCli(['doctor', evil, '--column', 'top5', '--json'])).code).toBe(0);
		expect(oneLine(await runCli(['doctor', evil, '--column', 'nope']), 1)).toContain('nope');
	});

	it('exits 2 for bad usage', async () => {
		oneLine(await runCli(['doctor']), 2);
		oneLine(await runCli(['doctor', 'a.csv', 'b.csv']), 2);
		oneLine(await runCli(['doctor', 'a.csv', '--bogus']), 2);
		oneLine(await runCli(['doctor', '-', '--watch']), 2);
	});

	it('does not hang on a named pipe with no writer, and reads one with a writer', async () => {
		const fifo = path.join(dir, 'pipe');
		execFileSync('mkfifo', [fifo]);
		expect(oneLine(await runCli(['doctor', fifo], {env: {DESCENSO_FIFO_WAIT_MS: '300'}}), 1)).toContain('no writer');
		const reading = runCli(['doctor', fifo, '--json']);
		const writer = spawn('sh', ['-c', `cat "${path.join(fixtures, 'linreg-good', 'log.jsonl')}" > "${fifo}"`]);
		const result = await reading;
		writer.kill();
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({format: 'jsonl', diagnosis: {code: 'healthy'}});
		oneLine(await runCli(['doctor', fifo, '--watch']), 1);
	});

	it('--watch re-diagnoses as lines are appended', async () => {
		const log = path.join(dir, 'growing.csv');
		const rows = readFileSync(path.join(fixtures, 'linreg-warmup-blows-up', 'keras.csv'), 'utf8').split('\n');
		writeFileSync(log, `${rows.slice(0, 120).join('\n')}\n`);
		const child = spawn(process.execPath, [CLI, 'doctor', log, '--watch', '--json'], {env: {...process.env, NO_COLOR: '1', LANG: 'C'}, stdio: ['pipe', 'pipe', 'pipe']});
		let out = '';
		const codes = () => [...out.matchAll(/"code": "([a-z-]+)"/g)].map((m) => m[1]);
		const until = async (test: () => boolean) => {
			while (!test()) await new Promise((resolve) => setTimeout(resolve, 50));
		};
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
		try {
			await until(() => codes().length >= 1);
			appendFileSync(log, `${rows.slice(120).filter((r) => r !== '').join('\n')}\n`);
			await until(() => codes().includes('exploding'));
			expect(codes()[0]).not.toBe('exploding');
		} finally {
			child.kill('SIGINT');
		}
	});
});

describe('descenso doctor --watch on a log rewritten from the start', () => {
	it('reads it again whole, not as an append: a new, longer run in the same file is diagnosed as itself', async () => {
		const log = path.join(dir, 'rewritten.jsonl');
		writeFileSync(log, readFileSync(path.join(fixtures, 'linreg-good', 'log.jsonl')));
		const child = spawn(process.execPath, [CLI, 'doctor', log, '--watch'], {env: {...process.env, NO_COLOR: '1', LANG: 'C'}, stdio: ['pipe', 'pipe', 'pipe']});
		let out = '';
		const reports = () => [...out.matchAll(/Series: loss \((\d+)\)[\s\S]*?\[([a-z-]+)\]/g)].map((m) => ({points: Number(m[1]), code: m[2]}));
		const until = async (test: () => boolean) => {
			while (!test()) await new Promise((resolve) => setTimeout(resolve, 50));
		};
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
		try {
			await until(() => reports().length >= 1);
			expect(reports()[0]).toEqual({points: 150, code: 'healthy'});
			appendFileSync(log, '{"step": 151, "loss": 21.5}\n{"step": 152, "loss": 21.5}\n');
			await until(() => reports().length >= 2);
			expect(reports()[1]).toEqual({points: 152, code: 'healthy'});
			// a new run rewrites the file with a longer log (its 240 epochs blow up): read on from the
			// old length, its second half would pass for more epochs of the first run
			writeFileSync(log, readFileSync(path.join(fixtures, 'linreg-warmup-blows-up', 'log.jsonl')));
			await until(() => reports().length >= 3);
			expect(reports()[2]).toEqual({points: 240, code: 'exploding'});
		} finally {
			child.kill('SIGINT');
		}
	});
});

describe('README', () => {
	it('shows the exact output of descenso doctor on the bundled example', async () => {
		const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
		const block = /```\n\$ descenso doctor (examples\/doctor\/\S+)\n([\s\S]*?)\n```/.exec(readme);
		expect(block).not.toBeNull();
		const result = await runCli(['doctor', block![1]!]);
		expect(result.code).toBe(0);
		expect(result.stdout.trimEnd()).toBe(block![2]);
	});
});
