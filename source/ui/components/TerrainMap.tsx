/**
 * The topographic map: a thin shell around the pure renderer in ui/map/render.ts, one `<Text>`
 * per map row. A frame of the run changes the few rows the climber and its trail touch; the
 * other rows keep the same string, so React skips them (memo) and Ink's text measurement,
 * cached by text, costs nothing for them. The rows sit in a box clipped vertically only: the
 * map is sized to fit its width, and a horizontal clip would make Ink re-slice every row.
 */
import {Box, Text} from 'ink';
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
	const lines = useMemo(
		() => renderMap({level, width, height, view, color, ascii, trail, ghost, velocity, reveal, fog, hidden, hints}).lines,
		// the arrays of a trail do not change while it animates; upTo does
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[level, width, height, view, color, ascii, trail?.x, upTo, ghost?.x, ghostUpTo, velocity?.dx, velocity?.dy, reveal, fog, hidden, hints],
	);
	return (
		<Box flexDirection="column" flexShrink={0} overflowY="hidden">
			{lines.map((line, row) => (
				// a row's place is its identity: the same key keeps the same Ink node from frame to frame
				<MapRow key={row} line={line} />
			))}
		</Box>
	);
}

/** One row of the map; re-rendered only when its text changes. */
const MapRow = memo(function MapRow({line}: {line: string}) {
	return <Text wrap="truncate-end">{line}</Text>;
});
