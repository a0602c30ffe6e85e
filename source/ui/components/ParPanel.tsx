/** Par, the player's percentile among random climbers, and their histogram with the player's mark. */
import {Box, Text} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import type {Language, Level} from '../../engine/types.js';
import {parChart} from '../../share/par-chart.js';
import type {ParStats} from '../../share/par.js';
import {SHARE_TEXT} from '../../i18n/share.js';
import {say} from '../../i18n/index.js';
import {cleanText} from '../../text/sanitize.js';
import {wrapText} from '../../text/wrap.js';
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
	const [found, setFound] = useState<{level: Level; stats: ParStats} | undefined>(undefined);
	const cached = useMemo(() => stats ?? par.known(level), [stats, level, par]);
	useEffect(() => {
		if (cached) return undefined;
		// Off the render path: the search runs in slices between frames and keys, after the run's
		// saves; leaving the screen stops it.
		const stop = new AbortController();
		par.compute(level, stop.signal).then(
			(computed) => setFound({level, stats: computed}),
			() => undefined,
		);
		return () => stop.abort();
	}, [cached, level, par]);
	const known = cached ?? (found?.level === level ? found.stats : undefined);
	const chart = useMemo(() => (known ? parChart(known, score, {width, lang, ascii}) : undefined), [known, score, width, lang, ascii]);
	if (!chart) {
		return (
			<Box flexDirection="column">
				<Text dimColor={color}>{say(SHARE_TEXT.computingPar, lang)}</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			{chart.headline.flatMap((line) => wrapText(cleanText(line, 400), width)).map((line, i) => (
				<Text key={`h${i}`} bold={color}>
					{line}
				</Text>
			))}
			{chart.bars.map((line, i) => (
				<Text key={i} color={color ? 'cyan' : undefined}>
					{line}
				</Text>
			))}
			<Text color={color ? 'yellow' : undefined}>{chart.marks}</Text>
			{wrapText(cleanText(chart.caption, 400), width).map((line, i) => (
				<Text key={`c${i}`} dimColor={color}>
					{line}
				</Text>
			))}
		</Box>
	);
}
