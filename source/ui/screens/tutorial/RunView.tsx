/** A run on the tutorial's map: the terrain, the trail revealed step by step, and a caption. */
import {Box, Text} from 'ink';
import type {Outcome} from '../../../engine/index.js';
import {TerrainMap} from '../../components/TerrainMap.js';
import {useReveal} from './use-reveal.js';

export type RunViewProps = {
	outcome: Outcome;
	width: number;
	height: number;
	color: boolean;
	ascii: boolean;
	animate: boolean;
	/** changes to replay the animation */
	replay: number;
	caption?: string;
};

export function RunView({outcome, width, height, color, ascii, animate, replay, caption}: RunViewProps) {
	const trajectory = outcome.facts.trajectory;
	const upTo = useReveal(trajectory.steps, animate, `${replay}:${outcome.run.level.id}:${JSON.stringify(outcome.run.knobs)}`);
	const done = upTo >= trajectory.steps;
	const vx = trajectory.x[upTo]! - trajectory.x[Math.max(0, upTo - 1)]!;
	const vy = trajectory.y[upTo]! - trajectory.y[Math.max(0, upTo - 1)]!;
	return (
		<Box flexDirection="column">
			<TerrainMap
				level={outcome.run.level}
				width={width}
				height={height}
				view="relief"
				color={color}
				ascii={ascii}
				trail={{x: trajectory.x, y: trajectory.y, upTo}}
				velocity={Number.isFinite(vx + vy) ? {dx: vx, dy: vy} : undefined}
				reveal={done}
			/>
			{caption ? <Text wrap="wrap">{caption}</Text> : null}
		</Box>
	);
}
