/** The loss curve of a run, log scale, with its axis labels. */
import {Box, Text} from 'ink';
import {readableNumber, powerOfTen} from '../../i18n/format.js';
import type {Language} from '../../i18n/index.js';
import {lossPlot, plotRange} from '../map/plot.js';
import type {Theme} from '../theme.js';

export type LossPlotProps = {
	loss: Float64Array;
	minLoss: number;
	width: number;
	height: number;
	theme: Theme;
	title: string;
	lang: Language;
};

/**
 * The top and bottom labels of the log axis (values of loss − floor): powers of ten when the curve
 * spans more than a decade; inside one decade both would read 10⁰, so the two values themselves
 * (when they fit the label column).
 */
export function axisLabels(lo: number, hi: number, lang: Language, ascii: boolean, width: number): [string, string] {
	if (Math.round(hi) !== Math.round(lo)) return [powerOfTen(Math.round(hi), ascii), powerOfTen(Math.round(lo), ascii)];
	const top = readableNumber(10 ** hi, lang, 2);
	const bottom = readableNumber(10 ** lo, lang, 2);
	if (top !== bottom && top.length <= width && bottom.length <= width) return [top, bottom];
	return [powerOfTen(Math.round(hi), ascii), ''];
}

export function LossPlot({loss, minLoss, width, height, theme, title, lang}: LossPlotProps) {
	const [lo, hi] = plotRange(loss, minLoss);
	const labelWidth = 7;
	const lines = lossPlot(loss, minLoss, Math.max(4, width - labelWidth), Math.max(1, height - 1), theme.ascii);
	const {chalk} = theme;
	const [top, bottom] = axisLabels(lo, hi, lang, theme.ascii, labelWidth - 1);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">{chalk.dim(title)}</Text>
			{lines.map((line, i) => {
				const label = i === 0 ? top : i === lines.length - 1 ? bottom : '';
				return (
					<Text key={i}>
						{chalk.dim(label.padStart(labelWidth - 1))} {chalk.green(line)}
					</Text>
				);
			})}
		</Box>
	);
}
