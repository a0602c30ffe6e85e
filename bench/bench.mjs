#!/usr/bin/env node
// `npm run bench` — every figure the issues name, measured in one run on this machine.
// Each bench/<area>.mjs exports `run(options)` → {figures: [{name, value, unit, goal?, met?, note?}]}.
// Text by default; `npm run bench -- --json` prints one JSON object; `--only=<area>` runs one area. Timings are medians: the
// machines are noisy, so compare ratios measured in the same run rather than absolute times.
import {readdir} from 'node:fs/promises';
import os from 'node:os';
import process from 'node:process';

const json = process.argv.includes('--json');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const here = new URL('.', import.meta.url);
const files = (await readdir(here)).filter((file) => file.endsWith('.mjs') && file !== 'bench.mjs' && !file.startsWith('_')).sort();

const result = {
	machine: {node: process.version, cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', platform: process.platform},
	areas: {},
};

for (const file of files) {
	const area = file.replace(/\.mjs$/, '');
	if (only && area !== only) continue;
	if (!json) process.stderr.write(`bench: ${area}…\n`);
	try {
		const module = await import(new URL(file, here).href);
		result.areas[area] = await module.run({json});
	} catch (error) {
		result.areas[area] = {error: String(error?.stack ?? error)};
	}
}

if (json) {
	process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
	const lines = [`descenso bench — node ${result.machine.node}, ${result.machine.cpus} cpus (${result.machine.model})`, ''];
	for (const [area, {figures = [], error}] of Object.entries(result.areas)) {
		lines.push(`${area}`);
		if (error) lines.push(`  error: ${error.split('\n')[0]}`);
		for (const figure of figures) {
			const value = typeof figure.value === 'number' ? Number(figure.value.toPrecision(4)).toLocaleString('en-US') : String(figure.value);
			const goal = figure.goal ? `   (goal ${figure.goal}${figure.met === undefined ? '' : figure.met ? ', met' : ', NOT met'})` : '';
			lines.push(`  ${figure.name.padEnd(52)} ${value} ${figure.unit}${goal}`);
			if (figure.note) lines.push(`  ${''.padEnd(52)} ${figure.note}`);
		}

		lines.push('');
	}

	process.stdout.write(lines.join('\n'));
}
