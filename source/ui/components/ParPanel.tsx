/** Par, the player's percentile among random climbers, and their histogram with the player's mark. */
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {Language, Level} from '../../engine/types.js';
import {parChart} from '../../share/par-chart.js';
import type {ParStats} from '../../share/par.js';
import {cleanText} from '../../text/sanitize.js';
import {useServices} from '../services.js';

export type ParPanelProps = {
	level: Level;
	/** the player's score, 0–1000 */
	score: number;
	lang: Language;
	/** columns available */
	width: number;
	color: boolean;
	ascii: boolean;
	/** precomputed par and sample (tests, or a caller that loaded them); default: the game's par service */
	stats?: ParStats;
};

export function ParPanel({level, score, lang, width, color, ascii, stats}: ParPanelProps) {
	const {par} = useServices();
	const known = useMemo(() => stats ?? par(level), [stats, level, par]);
	const chart = useMemo(() => parChart(known, score, {width, lang, ascii}), [known, score, width, lang, ascii]);
	return (
		<Box flexDirection="column">
			{chart.headline.map((line, i) => (
				<Text key={`h${i}`} bold={color}>
					{cleanText(line, width)}
				</Text>
			))}
			{chart.bars.map((line, i) => (
				<Text key={i} color={color ? 'cyan' : undefined}>
					{line}
				</Text>
			))}
			<Text color={color ? 'yellow' : undefined}>{chart.marks}</Text>
			<Text dimColor={color}>{cleanText(chart.caption, width)}</Text>
		</Box>
	);
}
