// Doctor figures: `descenso doctor` on a big training log generated here, in a temp dir (never committed):
// wall time, CPU time and peak RSS of the built CLI reading it. `node bench/doctor.mjs <file> <MB> [csv|jsonl]`
// writes such a log for trying by hand.
import {spawn} from 'node:child_process';
import {createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A deterministic random source (mulberry32), so every bench reads the same log. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes a training log of about `megabytes` MB to `file`: a healthy run logged every step as
 * PyTorch Lightning's metrics.csv does (wide rows, validation on rows of its own every 1000 steps,
 * floats printed in full) or as JSON lines from a trainer. Resolves to the number of steps.
 */
export async function generateLog(file, megabytes, format = 'csv') {
	const target = megabytes * 1024 * 1024;
	const rand = random(42);
	const out = createWriteStream(file);
	const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
	// bytes per training row, to size the run so the curve spans the whole file
	const steps = Math.round(target / (format === 'csv' ? 84 : 134));
	let bytes = 0;
	let chunk = '';
	const emit = async (line) => {
		chunk += line;
		if (chunk.length > 1 << 16) {
			bytes += chunk.length;
			await write(chunk);
			chunk = '';
		}
	};
	if (format === 'csv') await emit('epoch,step,train_loss_step,train_acc_step,grad_norm,lr-AdamW,val_loss,val_acc,train_loss_epoch\n');
	const perEpoch = Math.max(1, Math.round(steps / 20));
	let step = 0;
	for (; bytes + chunk.length < target; step++) {
		const epoch = Math.floor(step / perEpoch);
		const progress = step / steps;
		const noise = Math.exp((rand() - 0.5) * 0.3);
		const loss = (0.25 + 2.1 * Math.exp(-progress * 12)) * noise;
		const lr = 3e-4 * Math.min(1, step / 2000) * (0.5 + 0.5 * Math.cos(Math.PI * Math.min(1, progress)));
		const acc = Math.min(0.99, 0.1 + 0.85 * (1 - Math.exp(-progress * 10)) + (rand() - 0.5) * 0.05);
		const grad = 0.5 + 4 * Math.exp(-progress * 8) * rand();
		if (format === 'csv') {
			await emit(`${epoch},${step},${loss},${acc},${grad},${lr},,,\n`);
			if (step % 1000 === 999) await emit(`${epoch},${step},,,,,${0.27 + 2.1 * Math.exp(-progress * 12)},${acc},\n`);
		} else {
			await emit(`${JSON.stringify({loss, grad_norm: grad, learning_rate: lr, epoch: step / perEpoch, step})}\n`);
			if (step % 1000 === 999) await emit(`${JSON.stringify({eval_loss: 0.27 + 2.1 * Math.exp(-progress * 12), eval_accuracy: acc, epoch: step / perEpoch, step})}\n`);
		}
	}

	await write(chunk);
	await new Promise((resolve) => out.end(resolve));
	return step;
}

/** Runs the built CLI on `file` (text report): wall time, CPU time and peak RSS as the child itself saw them. */
function measure(file) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const child = spawn(process.execPath, ['--import', PROBE, CLI, 'doctor', file], {stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: {...process.env, LANG: 'C', NO_COLOR: '1'}});
		let out = '';
		let err = '';
		let usage = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.stdio[3].on('data', (c) => (usage += c));
		child.on('close', (code) => {
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			const {rss, cpu} = usage ? JSON.parse(usage) : {rss: Number.NaN, cpu: Number.NaN};
			resolve({code, ms, cpu, rssMb: rss / 1024, code_line: /\[([a-z-]+)\]/.exec(out)?.[1] ?? err.trim().split('\n')[0]});
		});
	});
}

const PROBE = `data:text/javascript,${encodeURIComponent("import {writeSync} from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); try { writeSync(3, JSON.stringify({rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000})); } catch {} });")}`;

export async function run() {
	const dir = mkdtempSync(path.join(tmpdir(), 'descenso-bench-doctor-'));
	try {
		const figures = [];
		for (const format of ['csv', 'jsonl']) {
			const file = path.join(dir, `metrics.${format}`);
			const steps = await generateLog(file, 100, format);
			const mb = statSync(file).size / 1024 / 1024;
			const r = await measure(file);
			const what = `${mb.toFixed(0)} MB ${format === 'csv' ? 'Lightning CSV' : 'JSON lines'}, ${(steps / 1e6).toFixed(2)} M steps`;
			const note = `${what}: exit ${r.code}, read as ${r.code_line}`;
			figures.push({name: `doctor ${format}: wall time`, value: r.ms, unit: 'ms', note});
			figures.push({name: `doctor ${format}: CPU time`, value: r.cpu, unit: 'ms'});
			figures.push({name: `doctor ${format}: peak RSS`, value: r.rssMb, unit: 'MB'});
		}

		return {figures};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [file, mb = '100', format = 'csv'] = process.argv.slice(2);
	if (!file) {
		process.stderr.write('usage: node bench/doctor.mjs <file> [MB] [csv|jsonl]\n');
		process.exit(2);
	}
	const steps = await generateLog(file, Number(mb), format);
	process.stdout.write(`${file}: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${steps} steps\n`);
}
