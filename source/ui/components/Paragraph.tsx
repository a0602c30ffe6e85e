/** Text wrapped before Ink sees it: no line starts with a stray space, formulas are not split. */
import {Box, Text} from 'ink';
import {wrapSpans, type Span} from '../../text/wrap.js';

export type ParagraphProps = {
	/** the runs of text, each with its own painting */
	spans: readonly Span[];
	/** columns available */
	width: number;
	/** most lines shown (the rest is cut); default all */
	maxLines?: number;
};

export function Paragraph({spans, width, maxLines}: ParagraphProps) {
	const lines = wrapSpans(spans, width);
	const shown = maxLines === undefined ? lines : lines.slice(0, Math.max(0, maxLines));
	return (
		<Box flexDirection="column" flexShrink={0}>
			{shown.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
}
