import {defineConfig} from 'vitest/config';

/**
 * Pure folders (engine, text, i18n, doctor: no mocks, no global state, no terminal) share one module
 * graph per worker (`isolate: false`): each file no longer re-imports the engine. Everything else
 * keeps a fresh module graph per file (mocks, env, Ink).
 */
const PURE = ['test/engine/**/*.test.ts', 'test/text/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/doctor/**/*.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		// vitest's default on this 2-core machine is one worker; many files wait on child processes,
		// tmux panes or files, so a second worker fills that time
		maxWorkers: 2,
		setupFiles: ['test/setup.ts'],
		reporters: ['default', './test/summary-reporter.ts'],
		projects: [
			{extends: true, test: {name: 'pure', include: PURE, isolate: false}},
			{extends: true, test: {name: 'app', include: ['test/**/*.test.{ts,tsx}'], exclude: PURE}},
		],
	},
});
