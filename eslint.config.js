// ESLint 9 flat config: typescript-eslint's recommended rules and React's rules of hooks.
// `npm run lint` runs it; `npm test` runs it before the tests.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'coverage/', 'node_modules/', '.bench-tmp/']},
	{linterOptions: {reportUnusedDisableDirectives: 'error'}},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx,js,mjs,cjs}'],
		languageOptions: {globals: {...globals.node}},
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
			// a terminal game filters escape sequences and control characters on purpose, in many places
			'no-control-regex': 'off',
		},
	},
	{
		files: ['source/**/*.{ts,tsx}'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'use the seeded Prng of engine/math.ts'},
			],
		},
	},
	{
		files: ['source/engine/**/*.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{selector: "MemberExpression[object.name='Math'][property.name=/^(random|exp|sin|cos|tan|log|pow)$/]", message: 'the engine is deterministic: use the routines of engine/math.ts'},
				{selector: "NewExpression[callee.name='Date']", message: 'the engine does not read the clock: take the date as an argument'},
				{selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'the engine does not read the clock: take the date as an argument'},
			],
		},
	},
	{
		// vitest helpers named use* (useTempDir) are not React hooks
		files: ['test/**/*.ts'],
		rules: {'react-hooks/rules-of-hooks': 'off'},
	},
	{
		files: ['**/*.cjs'],
		languageOptions: {sourceType: 'commonjs'},
	},
);
