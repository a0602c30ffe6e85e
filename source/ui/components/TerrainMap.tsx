/** The topographic map as one `<Text>`: a thin shell around the pure renderer in ui/map/render.ts. */
import {Text} from 'ink';
import {useMemo} from 'react';
import type {Level} from '../../engine/types.js';
import {renderMap, type MapTrail, type MapView} from '../map/render.js';
import {colorLevel, type ColorLevel} from '../theme.js';

export type TerrainMapProps = {
	level: Level;
	/** room for the map in terminal columns and rows; the map keeps its aspect inside it */
	width: number;
	height: number;
	view: MapView;
	/** a colour depth (0 none … 3 truecolor), or true for "what the terminal supports" */
	color: boolean | ColorLevel;
	ascii: boolean;
	/** the climber's path, drawn up to index `upTo`; the point there is the climber */
	trail?: MapTrail;
	/** the player's best earlier run on this level, drawn faintly */
	ghost?: MapTrail;
	/** the climber's direction of motion in map units (x right, y up) */
	velocity?: {dx: number; dy: number};
	/** show the global minimum, the other minima and the saddles (after a run) */
	reveal?: boolean;
	/** only what the climber has passed near is shown */
	fog?: boolean;
	/** nothing of the terrain is shown (a blind level before the end) */
	hidden?: boolean;
	/** relief in colour: faint contour glyphs where the band changes (default true) */
	hints?: boolean;
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
