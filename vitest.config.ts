import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

/**
 * Files that need a module graph of their own (`isolate: true`): they mock a module (`vi.mock`),
 * which must not leak into the files that run after them in the same worker.
 */
const ISOLATED = ['test/levels/validate.test.ts'];

/**
 * Every other file shares one module graph per worker (`isolate: false`): a file no longer
 * re-imports Ink, React and the engine (0.2–0.9 s of CPU each), which was a quarter of the suite.
 * So a file must leave nothing behind that changes another: it restores what it changes in
 * `process.env` and the timers, unmounts what it renders, and does not rely on a cold in-memory
 * cache (those caches hold deterministic results, keyed by content, so sharing them is safe).
 * Each file still gets its own empty XDG_DATA_HOME (test/setup.ts runs before every file).
 */
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		// one worker more than cores (vitest's default is one fewer: a single worker on 2 cores): the
		// tmux files spend most of their time waiting on the game's screen, and others on child
		// processes or files, so an extra worker keeps both cores busy meanwhile (2 cores, load 12–15:
		// 11 of the heaviest files took 88 s with 2 workers, 76 s with 3, for 5% more CPU)
		maxWorkers: availableParallelism() + 1,
		setupFiles: ['test/setup.ts'],
		reporters: ['default', './test/summary-reporter.ts'],
		projects: [
			{extends: true, test: {name: 'shared', include: ['test/**/*.test.{ts,tsx}'], exclude: ISOLATED, isolate: false}},
			{extends: true, test: {name: 'isolated', include: ISOLATED}},
		],
	},
});
