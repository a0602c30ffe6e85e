import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';

/** A fresh empty directory under the OS temp dir for each test, removed afterwards. */
export function useTempDir(): () => string {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'descenso-store-'));
	});
	afterEach(async () => {
		await rm(dir, {recursive: true, force: true});
	});
	return () => dir;
}
