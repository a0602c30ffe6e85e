// The floor under the start-up ratio: the game's first frame (the title menu as the shell draws it
// before the rest of the game loads, in English) drawn by the smallest Ink program — the same boxes,
// texts, glyphs and colours, none of the game's modules, React's production build as the game runs
// it. What it costs over bench/_ui/minimal.mjs (one line of ASCII) is what drawing this picture
// through Ink costs: a full-screen grid of cells, non-ASCII glyphs measured by string-width, the
// colour runs. Keep it the same picture as source/ui/screens/MenuScreen.tsx and source/ui/shell.tsx.
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {Box, render, Text} = await import('ink');
const {Chalk, supportsColor} = await import('chalk');

const h = React.createElement;
const chalk = new Chalk({level: Math.max(1, supportsColor ? supportsColor.level : 0)});
const {columns = 120, rows = 40} = process.stdout;
const height = Math.max(1, rows - 1);
const TITLE = ['█▀▄ █▀▀ █▀▀ █▀▀ █▀▀ █▄ █ █▀▀ █▀█', '█ █ █▀▀ ▀▀█ █   █▀▀ █ ▀█ ▀▀█ █ █', '▀▀  ▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀ ▀  ▀ ▀▀▀ ▀▀▀'];
const labels = ['Campaign', 'Tutorial', 'Daily challenge', 'Leaderboards', 'Settings', 'Quit'].map((label, i) => `${i + 1}  ${label}`);
const wide = Math.max(22, ...labels.map((label) => label.length));
const items = labels.map((label, i) => (i === 0 ? chalk.bold.inverse(` ❯ ${label.padEnd(wide)}`) : `   ${label.padEnd(wide)}`));
const keys = [['↑↓', 'move'], ['Enter', 'choose'], ['1-6', 'jump to'], ['q', 'quit'], ['Ctrl+C', 'quit']].map(([key, label]) => `${chalk.bold.cyan(key)} ${label}`).join(chalk.dim(' · '));

process.stdout.write('\u001B[?1049h');
render(
	h(
		Box,
		{width: columns, height, overflowY: 'hidden', flexDirection: 'column'},
		h(
			Box,
			{flexDirection: 'column', width: columns, height},
			h(Box, {flexDirection: 'column', alignItems: 'center', marginTop: height >= 30 ? 3 : 1}, h(Text, null, TITLE.map((line) => chalk.bold.cyan(line)).join('\n')), h(Text, null, chalk.italic('A model learns the way a ball rolls downhill.'))),
			h(Box, {flexDirection: 'column', alignItems: 'center', marginTop: height >= 30 ? 2 : 1, flexGrow: 1}, h(Text, null, items.join('\n')), h(Box, {flexDirection: 'column', marginTop: 1, width: Math.min(columns - 4, 90)})),
			h(Box, {width: columns, flexShrink: 0, flexDirection: 'column'}, h(Text, {wrap: 'truncate-end'}, keys)),
		),
	),
	{exitOnCtrlC: true, patchConsole: false},
);
setTimeout(() => {
	process.stdout.write('\u001B[?1049l');
	process.exit(0);
}, 5000);
