/**
 * The setup screen's “slope felt” panel: what the player knows of the ground under the start —
 * its steepness and downhill arrow, the size of the first step at the typed learning rate, and
 * (off the map levels, and on model levels, whose map is a slice) the curvature felt there in
 * every parameter's direction, with the learning-rate limit it sets.
 */
import {Box} from 'ink';
import stringWidth from 'string-width';
import type {Language} from '../../engine/types.js';
import {readableNumber} from '../../i18n/format.js';
import {uiText} from '../env.js';
import type {FeltCurvature} from '../setup-fields.js';
import {arrowFor, type Theme} from '../theme.js';
import {Paragraph} from './Paragraph.js';
import {wrapSpans, type Span} from '../../text/wrap.js';

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

/** The panel's paragraphs (each wraps to the panel's width), without its border. */
export function slopePanelParagraphs({theme, lang, slope, flat, eta, felt, momentum, nesterov}: Omit<SlopePanelProps, 'width' | 'compact'>): Span[][] {
	const t = uiText(lang);
	const {chalk} = theme;
	const paragraphs: Span[][] = [
		[{text: t('slopeFelt'), paint: chalk.bold}],
		[{text: t('steepness', {value: readableNumber(slope.steepness, lang)})}],
		flat
			? [{text: t('flat')}]
			: (() => {
					const [before, after] = t('downhill', {arrow: '\u0000'}).split('\u0000') as [string, string];
					return [{text: before}, {text: arrowFor(slope.dx, slope.dy, theme.ascii), paint: chalk.bold.yellow}, {text: after ?? ''}];
				})(),
	];
	if (eta !== null && !flat) paragraphs.push([{text: t('firstStep', {value: readableNumber(eta * slope.steepness, lang)}), paint: chalk.dim}]);
	if (felt) {
		paragraphs.push([
			{
				text: t(felt.parameters > 2 ? 'curvatureFeltSpace' : 'curvatureFelt', {high: readableNumber(felt.high, lang), low: readableNumber(felt.low, lang), parameters: felt.parameters}),
			},
		]);
		paragraphs.push([
			{
				text: Number.isFinite(felt.limit)
					? t(nesterov && (momentum ?? 0) > 0 ? 'etaLimitAhead' : 'etaLimit', {
							momentum: readableNumber(momentum ?? 0, lang),
							formula: felt.formula,
							limit: readableNumber(felt.limit, lang),
						})
					: t('etaNoLimit'),
			},
			...(Number.isFinite(felt.limit) && eta !== null
				? [eta < felt.limit ? {text: `\u00A0${theme.glyphs.ok}`, paint: chalk.green} : {text: `\u00A0${theme.glyphs.bad}`, paint: chalk.red}]
				: []),
		]);
	}

	return paragraphs.map((spans) => spans.filter((span) => span.text !== ''));
}

/** Columns the panel needs to show each paragraph on one line (border and padding included). */
export function slopePanelWidth(paragraphs: Span[][]): number {
	return 4 + Math.max(...paragraphs.map((spans) => stringWidth(spans.map((span) => span.text).join(''))));
}

/** Rows the panel takes at `width` columns (border included). */
export function slopePanelRows(paragraphs: Span[][], width: number): number {
	return 2 + paragraphs.reduce((rows, spans) => rows + wrapSpans(spans, Math.max(10, width - 4)).length, 0);
}

export function SlopePanel(props: SlopePanelProps) {
	const {theme, width, compact} = props;
	const paragraphs = slopePanelParagraphs(props);
	return (
		<Box flexDirection="column" borderStyle={theme.ascii ? 'classic' : 'round'} paddingX={1} flexShrink={0} marginTop={compact ? 1 : 0} width={width}>
			{paragraphs.map((spans, i) => (
				<Paragraph key={i} width={Math.max(10, width - 4)} spans={spans} />
			))}
		</Box>
	);
}
