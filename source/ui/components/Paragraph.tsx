/** Text wrapped before Ink sees it: no line starts with a stray space, formulas are not split. */
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {wrapSpans, type Span} from '../../text/wrap.js';

export type ParagraphProps = {
	/** the runs of text, each with its own painting */
	spans: readonly Span[];
	/** columns available */
	width: number;
	/** most lines shown (the rest is cut, the last line shown then ends with "…"); default all */
	maxLines?: number;
};

export function Paragraph({spans, width, maxLines}: ParagraphProps) {
	const lines = wrapSpans(spans, width);
	const shown = maxLines === undefined || lines.length <= maxLines ? lines : cut(lines, Math.max(0, maxLines), width);
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

/** The first `count` lines, the last of them ending with "…" to say the text goes on (its last word gives way when the line is full). */
function cut(lines: string[], count: number, width: number): string[] {
	if (count === 0) return [];
	const shown = lines.slice(0, count);
	let last = shown[count - 1]!;
	// the lines carry colour: drop whole words from the end (never inside an escape) until "…" fits
	while (stringWidth(last) + 1 > width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
	shown[count - 1] = `${last}…`;
	return shown;
}
