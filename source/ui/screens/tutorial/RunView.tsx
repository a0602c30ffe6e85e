/** A run on the tutorial's map: the terrain, the trail revealed step by step, and a caption. */
import {Box, Text} from 'ink';
import type {Outcome} from '../../../engine/index.js';
import {TerrainMap} from '../../components/TerrainMap.js';
import {useReveal} from './use-reveal.js';

/** Above this many critical points (a ripple field) the map does not mark them: they would hide the trail. */
const MAX_MARKED = 12;
/** A last step shorter than this share of the map's diagonal draws no velocity arrow (the climber has stopped). */
const STILL = 1e-3;

export type RunViewProps = {
	outcome: Outcome;
	/** room for the map, in columns and rows (rows ≥ 1; the caption comes on top of them) */
	width: number;
	height: number;
	color: boolean;
	ascii: boolean;
	animate: boolean;
	/** changes to replay the animation */
	replay: number;
	/** the caption, already wrapped to the width (one string per row) */
	caption?: readonly string[];
};

export function RunView({outcome, width, height, color, ascii, animate, replay, caption}: RunViewProps) {
	const trajectory = outcome.facts.trajectory;
	const upTo = useReveal(trajectory.steps, animate, `${replay}:${outcome.run.level.id}:${JSON.stringify(outcome.run.knobs)}`);
	const done = upTo >= trajectory.steps;
	const vx = trajectory.x[upTo]! - trajectory.x[Math.max(0, upTo - 1)]!;
	const vy = trajectory.y[upTo]! - trajectory.y[Math.max(0, upTo - 1)]!;
	const moving = Number.isFinite(vx + vy) && Math.hypot(vx, vy) > STILL * outcome.facts.size;
	const {critical} = outcome.run;
	const few = critical.minima.length + critical.saddles.length <= MAX_MARKED;
	return (
		<Box flexDirection="column">
			<TerrainMap
				level={outcome.run.level}
				width={width}
				height={Math.max(1, height)}
				view="relief"
				color={color}
				ascii={ascii}
				trail={{x: trajectory.x, y: trajectory.y, upTo}}
				velocity={moving ? {dx: vx, dy: vy} : undefined}
				reveal={done && few}
			/>
			{caption?.map((line, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={i}>{line}</Text>
			))}
		</Box>
	);
}
