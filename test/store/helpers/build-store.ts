import {execFile} from 'node:child_process';
import {mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Compiles `source/store` (and what it imports) from today's source into a fresh temp dir, for
 * child processes, which cannot load TypeScript. Independent of `dist/`, which may be stale or
 * missing when vitest runs alone. Returns the build's folder and the URL of its `store/index.js`.
 */
export async function buildStore(): Promise<{dir: string; url: string}> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-store-build-'));
	const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
	const options = ['--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
	const args = [tsc, ...options, '--skipLibCheck', '--types', 'node', '--rootDir', 'source', '--outDir', dir, 'source/store/index.ts'];
	await promisify(execFile)(process.execPath, args, {cwd: root}).catch(async (error: {stdout?: string}) => {
		await rm(dir, {recursive: true, force: true});
		throw new Error(`could not compile source/store:\n${error.stdout ?? String(error)}`);
	});
	await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n');
	await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
	return {dir, url: pathToFileURL(path.join(dir, 'store', 'index.js')).href};
}
