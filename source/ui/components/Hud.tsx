/** The numbers under the climber at one step: step / budget, loss, |∇f|, |v|, η now. */
import {Box, Text} from 'ink';
import {readableNumber} from '../../i18n/format.js';
import type {Trajectory} from '../../engine/types.js';
import {uiText} from '../env.js';
import type {Theme} from '../theme.js';
import type {Language} from '../../engine/types.js';

export type HudProps = {
	climber: Trajectory;
	index: number;
	/** the step count shown, over all climbers */
	step: number;
	budget: number;
	lang: Language;
	theme: Theme;
	width: number;
};

export function Hud({climber, index, step, budget, lang, theme, width}: HudProps) {
	const t = uiText(lang);
	const {chalk} = theme;
	const n = (v: number | undefined) => readableNumber(v ?? Number.NaN, lang, 4);
	const rows: Array<[string, string]> = [
		[t('step'), `${step} / ${budget}`],
		[t('loss'), n(climber.loss[index])],
		['|∇f|', n(climber.grad[index])],
		['|v|', n(climber.speed[index])],
		['η', n(climber.eta[Math.min(index, climber.steps - 1)] ?? climber.eta[0])],
	];
	const fill = Math.max(0, Math.min(width - 2, Math.round(((width - 2) * step) / Math.max(1, budget))));
	return (
		<Box flexDirection="column" width={width}>
			{rows.map(([label, value]) => (
				<Text key={label}>
					{chalk.dim(label.padEnd(9))}
					{chalk.bold(value)}
				</Text>
			))}
			<Text>{chalk.cyan(theme.glyphs.bar.repeat(fill)) + chalk.dim(theme.glyphs.barEmpty.repeat(Math.max(0, width - 2 - fill)))}</Text>
		</Box>
	);
}
