/**
 * Temporary data directories. Every test file already runs with its own empty XDG_DATA_HOME
 * (test/setup.ts), which must still be empty when the file ends: a test that saves something
 * passes its own directory from here, never relies on the default one.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';

/** A fresh empty directory; call `remove` when done. */
export function tempDataDir(prefix = 'descenso-test-'): {dir: string; remove: () => void} {
	const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
	return {dir, remove: () => rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 20})};
}

/** A fresh empty directory for each test of the current scope, removed after it: `const dir = useTempDataDir(); … dir()`. */
export function useTempDataDir(prefix?: string): () => string {
	let current: {dir: string; remove: () => void} | undefined;
	beforeEach(() => {
		current = tempDataDir(prefix);
	});
	afterEach(() => {
		current?.remove();
		current = undefined;
	});
	return () => {
		if (!current) throw new Error('useTempDataDir(): the directory exists only inside a test');
		return current.dir;
	};
}
