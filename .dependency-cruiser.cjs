/**
 * The layers of descenso, checked by `npm run layers` (and so by `npm test`).
 * See docs/architecture.md for the map. From the bottom up:
 *
 *   engine                      pure physics: imports nothing of ours
 *   i18n, text                  words and the sanitizer (may use engine's types)
 *   levels                      level files → Level (engine, i18n, text)
 *   share, tutorial, report     codes, daily, par, lessons (engine, levels, i18n, text)
 *   doctor                      training logs → diagnosis, pure (engine, i18n, text)
 *   store                       files on disk (not ui, not commands, not dashboard)
 *   ui, dashboard               the two faces (not commands, not each other except lazily)
 *   commands                    one module per sub-command (may start ui/launch.tsx)
 *   cli.tsx                     argv, env and the TTY: on top of everything
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'engine-is-pure',
			comment: 'the engine imports nothing of ours outside itself (no words, no files, no UI)',
			severity: 'error',
			from: {path: '^source/engine/'},
			to: {path: '^source/', pathNot: '^source/engine/'},
		},
		{
			name: 'engine-no-io',
			comment: 'the engine is deterministic: no node built-ins, no React, no Ink',
			severity: 'error',
			from: {path: '^source/engine/'},
			to: {dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled']},
		},
		{
			name: 'words-stay-low',
			comment: 'i18n and text sit just above the engine',
			severity: 'error',
			from: {path: '^source/(i18n|text)/'},
			to: {path: '^source/', pathNot: '^source/(engine|i18n|text)/'},
		},
		{
			name: 'levels-on-engine',
			comment: 'levels: parse and validate level files, on the engine only',
			severity: 'error',
			from: {path: '^source/levels/'},
			to: {path: '^source/', pathNot: '^source/(engine|levels|i18n|text)/'},
		},
		{
			name: 'doctor-is-pure',
			comment: 'doctor reads training logs from text: engine, i18n and text only (no files, no UI)',
			severity: 'error',
			from: {path: '^source/doctor/'},
			to: {path: '^source/', pathNot: '^source/(engine|doctor|i18n|text)/'},
		},
		{
			name: 'doctor-no-io',
			severity: 'error',
			from: {path: '^source/doctor/'},
			to: {dependencyTypes: ['core']},
		},
		{
			name: 'share-on-levels',
			comment: 'share codes, the daily, par: engine and levels (the score entry types of store, type-only)',
			severity: 'error',
			from: {path: '^source/(share|tutorial)/|^source/report\\.ts$'},
			to: {path: '^source/', pathNot: '^source/(engine|levels|share|tutorial|doctor|i18n|text|store)/|^source/report\\.ts$'},
		},
		{
			name: 'share-reads-no-store',
			comment: 'share may name the store\'s types but not call it (no I/O below the store)',
			severity: 'error',
			from: {path: '^source/(share|tutorial)/|^source/report\\.ts$'},
			to: {path: '^source/store/', dependencyTypesNot: ['type-only']},
		},
		{
			name: 'store-below-faces',
			comment: 'the store knows nothing of screens, commands or the dashboard',
			severity: 'error',
			from: {path: '^source/store/'},
			to: {path: '^source/(ui|commands|dashboard)/|^source/cli\\.tsx$'},
		},
		{
			name: 'faces-not-commands',
			comment: 'ui and dashboard never import a command (commands may start them)',
			severity: 'error',
			from: {path: '^source/(ui|dashboard)/'},
			to: {path: '^source/commands/|^source/cli\\.tsx$'},
		},
		{
			name: 'dashboard-not-ui',
			severity: 'error',
			from: {path: '^source/dashboard/'},
			to: {path: '^source/ui/'},
		},
		{
			name: 'ui-opens-dashboard-lazily',
			comment: 'the game never loads blessed: ui reaches the dashboard only by a dynamic import of dashboard/launch',
			severity: 'error',
			from: {path: '^source/ui/'},
			to: {path: '^source/dashboard/', dependencyTypesNot: ['dynamic-import']},
		},
		{
			name: 'commands-start-the-game-only',
			comment: 'a command may start an interactive screen (ui/launch.tsx, ui/<area>/launch.tsx), nothing else of ui',
			severity: 'error',
			from: {path: '^source/commands/'},
			to: {path: '^source/ui/', pathNot: ['^source/ui/launch\\.tsx$', '^source/ui/[a-z-]+/launch\\.tsx$']},
		},
		{
			name: 'only-cli-on-top',
			comment: 'nothing imports cli.tsx',
			severity: 'error',
			from: {},
			to: {path: '^source/cli\\.tsx$'},
		},
		{
			name: 'no-circular-folders',
			comment: 'no cycle leaves its folder (modules of one folder may need each other; folders may not)',
			severity: 'error',
			from: {path: '^source/([^/]+)/'},
			to: {circular: true, viaSomeNot: '^source/$1/'},
		},
		{
			name: 'no-circular-root',
			comment: 'no cycle through the modules at the top of source/ (cli.tsx, report.ts, environment.ts)',
			severity: 'error',
			from: {path: '^source/[^/]+$'},
			to: {circular: true},
		},
		{
			name: 'no-source-into-tests',
			severity: 'error',
			from: {path: '^source/'},
			to: {path: '^(test|bench|scripts)/'},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
		exclude: {path: '^source/.*\\.d\\.ts$'},
	},
};
