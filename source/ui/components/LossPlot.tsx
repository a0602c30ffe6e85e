/** The loss curve of a run, log scale, with its axis labels. */
import {Box, Text} from 'ink';
import {powerOfTen} from '../../i18n/format.js';
import {lossPlot, plotRange} from '../map/plot.js';
import type {Theme} from '../theme.js';

export type LossPlotProps = {
	loss: Float64Array;
	minLoss: number;
	width: number;
	height: number;
	theme: Theme;
	title: string;
};

export function LossPlot({loss, minLoss, width, height, theme, title}: LossPlotProps) {
	const [lo, hi] = plotRange(loss, minLoss);
	const labelWidth = 7;
	const lines = lossPlot(loss, minLoss, Math.max(4, width - labelWidth), Math.max(1, height - 1), theme.ascii);
	const {chalk} = theme;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">{chalk.dim(title)}</Text>
			{lines.map((line, i) => {
				const label = i === 0 ? powerOfTen(Math.round(hi), theme.ascii) : i === lines.length - 1 ? powerOfTen(Math.round(lo), theme.ascii) : '';
				return (
					<Text key={i}>
						{chalk.dim(label.padStart(labelWidth - 1))} {chalk.green(line)}
					</Text>
				);
			})}
		</Box>
	);
}
