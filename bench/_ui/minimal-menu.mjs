// The floor under the start-up ratio: the game's first frame (the title menu as the shell draws it
// before the rest of the game loads, in English) drawn by the smallest Ink program — the same boxes,
// texts, glyphs and colours, none of the game's modules, React's production build as the game runs
// it. What it costs over bench/_ui/minimal.mjs (one line of ASCII) is what drawing this picture
// through Ink costs: a full-screen grid of cells, non-ASCII glyphs measured by string-width, the
// colour runs. test/ui/start-floor.test.tsx holds it to the shell's first frame.
import process from 'node:process';
import {pathToFileURL} from 'node:url';

const TITLE = ['█▀▄ █▀▀ █▀▀ █▀▀ █▀▀ █▄ █ █▀▀ █▀█', '█ █ █▀▀ ▀▀█ █   █▀▀ █ ▀█ ▀▀█ █ █', '▀▀  ▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀ ▀  ▀ ▀▀▀ ▀▀▀'];

/** The menu's first frame as Ink elements, `columns` × `rows`, painted with `chalk`. */
export function menuPicture({h, Box, Text}, chalk, columns, rows) {
	const height = Math.max(1, rows - 1);
	const labels = ['Campaign', 'Tutorial', 'Daily challenge', 'Leaderboards', 'Settings', 'Quit'].map((label, i) => `${i + 1}  ${label}`);
	const wide = Math.max(22, ...labels.map((label) => label.length));
	const items = labels.map((label, i) => (i === 0 ? chalk.bold.inverse(` ❯ ${label.padEnd(wide)}`) : `   ${label.padEnd(wide)}`));
	const keys = [['↑↓', 'move'], ['Enter', 'choose'], ['1-6', 'jump to'], ['q', 'quit'], ['Ctrl+C', 'quit']].map(([key, label]) => `${chalk.bold.cyan(key)} ${label}`).join(chalk.dim(' · '));
	return h(
		Box,
		{width: columns, height, overflowY: 'hidden', flexDirection: 'column'},
		h(
			Box,
			{flexDirection: 'column', width: columns, height},
			h(Box, {flexDirection: 'column', alignItems: 'center', marginTop: height >= 30 ? 3 : 1}, h(Text, null, TITLE.map((line) => chalk.bold.cyan(line)).join('\n')), h(Text, null, chalk.italic('A model learns the way a ball rolls downhill.'))),
			h(Box, {flexDirection: 'column', alignItems: 'center', marginTop: height >= 30 ? 2 : 1, flexGrow: 1}, h(Text, null, items.join('\n')), h(Box, {flexDirection: 'column', marginTop: 1, width: Math.min(columns - 4, 90)})),
			h(Box, {width: columns, flexShrink: 0, flexDirection: 'column'}, h(Text, {wrap: 'truncate-end'}, keys)),
		),
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.env.NODE_ENV ??= 'production';
	const {default: React} = await import('react');
	const {Box, render, Text} = await import('ink');
	const {Chalk, supportsColor} = await import('chalk');
	const {columns = 120, rows = 40} = process.stdout;
	process.stdout.write('\u001B[?1049h');
	render(menuPicture({h: React.createElement, Box, Text}, new Chalk({level: Math.max(1, supportsColor ? supportsColor.level : 0)}), columns, rows), {exitOnCtrlC: true, patchConsole: false});
	setTimeout(() => {
		process.stdout.write('\u001B[?1049l');
		process.exit(0);
	}, 5000);
}
