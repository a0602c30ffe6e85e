/**
 * The topographic map: a thin shell around the pure renderer in ui/map/render.ts, one row of
 * Ink per map row (docs/architecture.md, “Drawing the map”).
 *
 * Ink measures a `<Text>` by its text every frame (string-width, whose fast path is printable
 * ASCII; a row of box-drawing glyphs costs it a hundred times more), then tokenises what is
 * written. So each row is laid out as a blank ASCII line exactly as wide as the map, and a
 * `<Transform>` hands Ink the painted row (glyphs and colour runs) when it writes it: the same
 * width, so the layout is the one Ink measured (the contract of `<Transform>`). A frame of the
 * run changes the few rows the climber and its trail touch; the others keep the same string,
 * so React skips them (memo). The rows sit in a box clipped vertically only: the map is sized
 * to fit its width, and a horizontal clip would make Ink measure and re-slice every row.
 */
import {Box, Text, Transform, useIsScreenReaderEnabled} from 'ink';
import stripAnsi from 'strip-ansi';
import {memo, useMemo} from 'react';
import {renderMap, type MapOptions} from '../map/render.js';
import {colorLevel, type ColorLevel} from '../theme.js';

/** The renderer's options, with the colour also given as "what the terminal supports" (true). */
export type TerrainMapProps = Omit<MapOptions, 'color'> & {
	/** a colour depth (0 none … 3 truecolor), or true for "what the terminal supports" */
	color: boolean | ColorLevel;
};

export function TerrainMap(props: TerrainMapProps) {
	const {level, width, height, view, ascii, trail, ghost, velocity, reveal, fog, hidden, hints} = props;
	const color = typeof props.color === 'number' ? props.color : colorLevel(props.color, 'auto');
	const upTo = trail?.upTo;
	const ghostUpTo = ghost?.upTo;
	const frame = useMemo(
		() => renderMap({level, width, height, view, color, ascii, trail, ghost, velocity, reveal, fog, hidden, hints}),
		// the arrays of a trail do not change while it animates; upTo does
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[level, width, height, view, color, ascii, trail?.x, upTo, ghost?.x, ghostUpTo, velocity?.dx, velocity?.dy, reveal, fog, hidden, hints],
	);
	return <MapRows lines={frame.lines} cols={frame.grid.cols} />;
}

/** Props of {@link MapRows}: the painted rows of one frame, each `cols` cells wide. */
export type MapRowsProps = {lines: readonly string[]; cols: number};

/** The rows of a map frame as Ink elements: one per row, keyed by its place. No hooks, so it can be inspected as a tree. */
export function MapRows({lines, cols}: MapRowsProps) {
	// what Ink lays out for every row: one string per width, so its measure cache keeps one entry
	const shape = ' '.repeat(cols);
	return (
		<Box flexDirection="column" flexShrink={0} overflowY="hidden">
			{lines.map((line, row) => (
				// a row's place is its identity: the same key keeps the same Ink node from frame to frame
				<MapRow key={row} line={line} shape={shape} />
			))}
		</Box>
	);
}

/** Props of one map row: what Ink lays out (`shape`) and what it writes there (`line`). */
export type MapRowProps = {line: string; shape: string};

/** One row of the map; re-rendered only when its text changes. A screen reader gets the row's glyphs. */
export const MapRow = memo(function MapRow({line, shape}: MapRowProps) {
	const reader = useIsScreenReaderEnabled();
	return (
		<Transform transform={() => line} accessibilityLabel={reader ? stripAnsi(line) : undefined}>
			<Text wrap="truncate-end">{shape}</Text>
		</Transform>
	);
});
