// Runs package.json scripts side by side (as many at once as the machine has cores), each one's
// output held back and printed whole when it ends, so logs never interleave. Exits 1 when any
// of them failed, after all have ended, so one run shows every failure (type errors and lint
// alike). `npm test` uses it for the checks that precede vitest: they are independent and each
// is single-threaded, so two cores finish them in about half the time.
//
//   node scripts/parallel.mjs typecheck lint layers compile
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const {scripts} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const names = process.argv.slice(2);
const unknown = names.filter((name) => typeof scripts[name] !== 'string');
if (names.length === 0 || unknown.length > 0) {
	process.stderr.write(`parallel: unknown script ${unknown.join(', ') || '(none given)'}; package.json has: ${Object.keys(scripts).join(', ')}\n`);
	process.exit(2);
}

// what `npm run` would do, without starting npm once more per script
const env = {...process.env, PATH: [path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter)};

function run(name) {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(scripts[name], {cwd: root, env, shell: true, stdio: ['ignore', 'pipe', 'pipe']});
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		let done = false;
		const finish = (code, error) => {
			if (done) return;
			done = true;
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			const ok = code === 0;
			process.stdout.write(`${ok ? '✔' : '✖'} ${name} (${seconds} s)${ok ? '' : `: ${error ?? `exit ${code}`}`}\n`);
			const text = Buffer.concat(output).toString('utf8').trim();
			if (text) process.stdout.write(`${text}\n`);
			resolve(ok);
		};

		child.on('error', (error) => finish(null, error.message));
		child.on('close', (code, signal) => finish(code, signal ? `killed by ${signal}` : undefined));
	});
}

// longest first is the caller's order; a free lane takes the next script
const queue = [...names];
const lanes = Array.from({length: Math.min(availableParallelism(), names.length)}, async () => {
	let ok = true;
	for (let name = queue.shift(); name !== undefined; name = queue.shift()) ok = (await run(name)) && ok;
	return ok;
});
const results = await Promise.all(lanes);
process.exitCode = results.every(Boolean) ? 0 : 1;
