/**
 * blessed and blessed-contrib stay inside the dashboard: the game's start-up never loads them.
 * Checked twice on the built dist/: statically (the graph of static imports from every entry of
 * the game reaches neither blessed nor dist/dashboard/) and at run time (importing the game's
 * modules leaves no blessed module in the CommonJS cache).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {DYNAMIC_IMPORT as DYNAMIC, STATIC_IMPORT as STATIC, specifiers, staticGraph} from '../helpers/module-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');
const built = existsSync(path.join(dist, 'cli.js'));

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? allFiles(full) : full.endsWith('.js') ? [full] : [];
	});
}

const GAME_ENTRIES = ['cli.js', 'ui/app.js', 'commands/play.js', 'commands/daily.js', 'ui/launch.js'].filter((file) =>
	existsSync(path.join(dist, file)),
);

describe.skipIf(!built)('the dashboard is a contained dependency', () => {
	it('the scanner sees static imports (the dashboard command itself reaches its own modules)', () => {
		const graph = staticGraph(path.join(dist, 'dashboard/screen.js'));
		expect(graph.files.has(path.join(dist, 'dashboard/data.js'))).toBe(true);
		expect(specifiers("import x from 'blessed';\nimport {a} from \"./b.js\";\nexport * from './c.js';", STATIC)).toEqual(['blessed', './b.js', './c.js']);
	});

	it.each(GAME_ENTRIES)('%s reaches neither blessed nor dist/dashboard/ through static imports', (entry) => {
		const graph = staticGraph(path.join(dist, entry));
		expect([...graph.packages].filter((name) => name.startsWith('blessed'))).toEqual([]);
		expect([...graph.files].filter((file) => file.includes(`${path.sep}dashboard${path.sep}`))).toEqual([]);
	});

	it('only the dashboard command, the dashboard itself and the game UI handover import them dynamically', () => {
		const allowed = (file: string) =>
			file === path.join(dist, 'commands/dashboard.js') ||
			file.startsWith(path.join(dist, 'dashboard') + path.sep) ||
			file.startsWith(path.join(dist, 'ui') + path.sep);
		const offenders: string[] = [];
		for (const file of allFiles(dist)) {
			const source = readFileSync(file, 'utf8');
			const dynamic = specifiers(source, DYNAMIC).filter((s) => s.startsWith('blessed') || s.includes('dashboard/'));
			const statics = specifiers(source, STATIC).filter((s) => s.startsWith('blessed'));
			if (statics.length > 0 || (dynamic.length > 0 && !allowed(file))) offenders.push(path.relative(dist, file));
		}

		expect(offenders).toEqual([]);
		expect(readFileSync(path.join(dist, 'dashboard/launch.js'), 'utf8')).toMatch(/import\(\s*['"]blessed-contrib['"]\s*\)/);
	});

	it('importing the game leaves blessed unloaded; importing blessed shows up (the check works)', () => {
		const script = `
			import {createRequire} from 'node:module';
			const require = createRequire(import.meta.url);
			const loaded = () => Object.keys(require.cache).filter((file) => /node_modules[\\\\/]blessed/.test(file)).length;
			for (const entry of ${JSON.stringify(GAME_ENTRIES.filter((entry) => entry !== 'cli.js'))}) await import('./dist/' + entry);
			await import('./dist/dashboard/launch.js');
			await import('./dist/commands/dashboard.js');
			const before = loaded();
			await import('blessed-contrib');
			console.log(JSON.stringify({before, after: loaded()}));
		`;
		const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'});
		const {before, after} = JSON.parse(output.trim().split('\n').at(-1)!) as {before: number; after: number};
		expect(before).toBe(0);
		expect(after).toBeGreaterThan(0);
	});

	it('pins blessed and blessed-contrib exactly and overrides their lodash', () => {
		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
			dependencies: Record<string, string>;
			overrides?: Record<string, string>;
		};
		expect(manifest.dependencies['blessed']).toMatch(/^\d+\.\d+\.\d+$/);
		expect(manifest.dependencies['blessed-contrib']).toMatch(/^\d+\.\d+\.\d+$/);
		expect(manifest.overrides?.['lodash']).toBeDefined();
	});
});
