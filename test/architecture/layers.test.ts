/**
 * The layer check bites: on a copy of source/ with one import against the order added, the same
 * dependency-cruiser rules that `npm test` runs (`npm run layers`) report it.
 */
import {execFile} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

let copy: string;
beforeAll(() => {
	copy = mkdtempSync(path.join(tmpdir(), 'descenso-layers-'));
	for (const file of ['source', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json']) cpSync(path.join(ROOT, file), path.join(copy, file), {recursive: true});
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, {recursive: true, force: true}));

/**
 * Runs the layer check on the copy, from `roots` (and every module they reach) rather than all of
 * source/: the rules are the same, and the imports under test start there. The rules it reports,
 * as `rule: from → to`.
 */
async function violations(...roots: string[]): Promise<string[]> {
	const {stdout} = await run(process.execPath, [path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), ...roots, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {cwd: copy, maxBuffer: 64 << 20});
	const result = JSON.parse(stdout) as {summary: {violations: Array<{rule: {name: string}; from: string; to: string}>}};
	return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layer rules (npm run layers checks the real tree; this shows they bite)', () => {
	it('refuse an engine file importing the UI, the store importing the UI, and the UI importing a command', async () => {
		appendFileSync(path.join(copy, 'source/engine/math.ts'), "\nimport '../ui/theme.js';\n");
		appendFileSync(path.join(copy, 'source/store/paths.ts'), "\nimport '../ui/theme.js';\n");
		appendFileSync(path.join(copy, 'source/ui/theme.ts'), "\nimport '../commands/context.js';\n");
		// (the three also close a cycle, reported as well)
		expect(await violations('source/engine/math.ts', 'source/store/paths.ts', 'source/ui/theme.ts')).toEqual(
			expect.arrayContaining([
			'engine-is-pure: source/engine/math.ts → source/ui/theme.ts',
			'faces-not-commands: source/ui/theme.ts → source/commands/context.ts',
			'store-below-faces: source/store/paths.ts → source/ui/theme.ts',
			]),
		);
	});
});
