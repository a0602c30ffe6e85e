/** Kept for the store's tests: one fresh empty directory per test (see test/helpers/data-dir.ts). */
import {useTempDataDir} from '../../helpers/data-dir.js';

/** A fresh empty directory under the OS temp dir for each test, removed afterwards. */
export function useTempDir(): () => string {
	return useTempDataDir('descenso-store-');
}
