/** The topographic map as one `<Text>`: a thin shell around the pure renderer in ui/map/render.ts. */
import {Text} from 'ink';
import {useMemo} from 'react';
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
	const text = useMemo(
		() => renderMap({level, width, height, view, color, ascii, trail, ghost, velocity, reveal, fog, hidden, hints}).text,
		// the arrays of a trail do not change while it animates; upTo does
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[level, width, height, view, color, ascii, trail?.x, upTo, ghost?.x, ghostUpTo, velocity?.dx, velocity?.dy, reveal, fog, hidden, hints],
	);
	return <Text wrap="truncate-end">{text}</Text>;
}
