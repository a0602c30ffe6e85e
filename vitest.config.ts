import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		setupFiles: ['test/setup.ts'],
		reporters: ['default', './test/summary-reporter.ts'],
	},
});
