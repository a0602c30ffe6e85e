/**
 * The setup screen's “slope felt” panel: what the player knows of the ground under the start —
 * its steepness and downhill arrow, the size of the first step at the typed learning rate, and
 * (off the map levels, and on model levels, whose map is a slice) the curvature felt there in
 * every parameter's direction, with the learning-rate limit it sets.
 */
import {Box, Text} from 'ink';
import type {Language} from '../../engine/types.js';
import {formatNumber} from '../../i18n/format.js';
import {uiText} from '../env.js';
import type {FeltCurvature} from '../setup-fields.js';
import {arrowFor, type Theme} from '../theme.js';
import {Paragraph} from './Paragraph.js';

export type SlopePanelProps = {
	theme: Theme;
	lang: Language;
	/** the slope under the start: |∇f| and the downhill direction (x right, y up) */
	slope: {steepness: number; dx: number; dy: number};
	/** the slope is too small to show a direction */
	flat: boolean;
	/** the learning rate typed, or null when it is not a number */
	eta: number | null;
	/** the curvature felt at the start, or null when the level does not show it */
	felt: FeltCurvature | null;
	momentum: number | null;
	nesterov: boolean;
	/** columns of the form the panel sits in */
	width: number;
	/** one-row fields: a blank row above the panel */
	compact: boolean;
};

export function SlopePanel({theme, lang, slope, flat, eta, felt, momentum, nesterov, width, compact}: SlopePanelProps) {
	const t = uiText(lang);
	const {chalk} = theme;
	return (
		<Box flexDirection="column" borderStyle={theme.ascii ? 'classic' : 'round'} paddingX={1} flexShrink={0} marginTop={compact ? 1 : 0}>
			<Text bold>{t('slopeFelt')}</Text>
			<Text>{t('steepness', {value: formatNumber(slope.steepness, lang)})}</Text>
			<Text>
				{flat ? t('flat') : t('downhill', {arrow: chalk.bold.yellow(arrowFor(slope.dx, slope.dy, theme.ascii))})}
			</Text>
			{eta !== null && !flat ? <Text>{chalk.dim(t('firstStep', {value: formatNumber(eta * slope.steepness, lang)}))}</Text> : null}
			{felt ? (
				<Text wrap="truncate-end">
					{t(felt.parameters > 2 ? 'curvatureFeltSpace' : 'curvatureFelt', {high: formatNumber(felt.high, lang), low: formatNumber(felt.low, lang), parameters: felt.parameters})}
				</Text>
			) : null}
			{felt ? (
				<Paragraph
					width={Math.max(10, width - 4)}
					spans={[
						{
							text: Number.isFinite(felt.limit)
								? t(nesterov && (momentum ?? 0) > 0 ? 'etaLimitAhead' : 'etaLimit', {
										momentum: formatNumber(momentum ?? 0, lang),
										formula: felt.formula,
										limit: formatNumber(felt.limit, lang),
									})
								: t('etaNoLimit'),
						},
						...(Number.isFinite(felt.limit) && eta !== null
							? [eta < felt.limit ? {text: `\u00A0${theme.glyphs.ok}`, paint: chalk.green} : {text: `\u00A0${theme.glyphs.bad}`, paint: chalk.red}]
							: []),
					]}
				/>
			) : null}
		</Box>
	);
}
