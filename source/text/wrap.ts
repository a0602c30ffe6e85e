/**
 * Word wrapping done before the text reaches Ink. Ink wraps with `trim: false`, so a line broken
 * at a space starts with that space; and it breaks formulas anywhere (`η =⏎1/λ`, `(2;⏎1)`).
 * Here a line never starts or ends with a break space, and a formula stays on one line: a space
 * next to an operator or inside brackets does not break (unless the formula alone is wider
 * than the line, when it is cut where it must).
 */
import stringWidth from 'string-width';

/** One run of text and how to paint it (the painter must not change its width). */
export type Span = {text: string; paint?: (text: string) => string};

/** Characters a formula is made of: a space beside one of these does not break the line. */
const OPERATORS = new Set(['=', '<', '>', '≈', '≤', '≥', '≠', '×', '·', '+', '−', '-', '/', '→', '←', '^', '*', '±']);
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** The break opportunities of `text`: indices of spaces where a line may break. */
export function breakSpaces(text: string): Set<number> {
	const chars = [...text];
	const breaks = new Set<number>();
	let depth = 0;
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		if (OPEN.has(ch)) depth++;
		else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
		else if (ch === ' ') {
			// inside brackets a point or a pair stays whole: "(2; 1)", "(0.5, 3)"
			if (depth > 0 && (chars[i - 1] === ';' || (chars[i - 1] === ',' && /[\d−-]/.test(chars[i + 1] ?? '')))) continue;
			const before = chars[i - 1] ?? ' ';
			const after = chars[i + 1] ?? ' ';
			// "a = b", "η·λ < 2": the operator and both sides stay together
			if (OPERATORS.has(before) && before !== '-') continue;
			if (OPERATORS.has(after) && !(after === '-' && /\w/.test(chars[i + 2] ?? ''))) continue;
			breaks.add(i);
		}
	}

	return breaks;
}

/**
 * Splits `text` (plain, one paragraph per `\n`) into lines at most `width` columns wide, breaking
 * only at the spaces `breakSpaces` allows; the break space itself is dropped. Returns, for each
 * line, the index range [start, end) into `[...text]` it covers.
 */
export function wrapRanges(text: string, width: number): Array<[number, number]> {
	const chars = [...text];
	const widths = chars.map((ch) => stringWidth(ch));
	const breaks = breakSpaces(text);
	const limit = Math.max(1, width);
	const ranges: Array<[number, number]> = [];
	let start = 0;
	while (start <= chars.length) {
		// a paragraph ends at the next newline
		let end = chars.indexOf('\n', start);
		if (end === -1) end = chars.length;
		let lineStart = start;
		// skip break spaces at the start of a line (two spaces in a row, a space after \n)
		while (lineStart < end && chars[lineStart] === ' ' && breaks.has(lineStart)) lineStart++;
		if (lineStart === end) ranges.push([lineStart, end]);
		while (lineStart < end) {
			let used = 0;
			let i = lineStart;
			let lastBreak = -1;
			while (i < end && used + widths[i]! <= limit) {
				if (breaks.has(i)) lastBreak = i;
				used += widths[i]!;
				i++;
			}

			if (i >= end) {
				ranges.push([lineStart, trimEnd(chars, lineStart, end)]);
				lineStart = end;
				break;
			}

			// the character after the line is a break space: the line ends there
			let cut = breaks.has(i) ? i : lastBreak > lineStart ? lastBreak : -1;
			if (cut === -1) {
				// a formula longer than the line: break it at its last space that fits, else
				// cut a long word at the width
				let space = i - 1;
				while (space > lineStart && chars[space] !== ' ') space--;
				if (space > lineStart) {
					ranges.push([lineStart, trimEnd(chars, lineStart, space)]);
					lineStart = space;
					while (lineStart < end && chars[lineStart] === ' ') lineStart++;
					continue;
				}

				cut = Math.max(i, lineStart + 1);
				ranges.push([lineStart, cut]);
				lineStart = cut;
			} else {
				ranges.push([lineStart, trimEnd(chars, lineStart, cut)]);
				lineStart = cut;
			}

			while (lineStart < end && chars[lineStart] === ' ') lineStart++;
		}

		start = end + 1;
	}

	return ranges;
}

function trimEnd(chars: string[], start: number, end: number): number {
	let e = end;
	while (e > start && chars[e - 1] === ' ') e--;
	return e;
}

/** `text` wrapped to `width` columns, as lines (no line starts with a space it was broken at). */
export function wrapText(text: string, width: number): string[] {
	const chars = [...text];
	return wrapRanges(text, width).map(([s, e]) => chars.slice(s, e).join(''));
}

/** Painted spans wrapped to `width`: each line keeps the painting of the spans it covers. */
export function wrapSpans(spans: readonly Span[], width: number): string[] {
	const owner: number[] = [];
	const chars: string[] = [];
	spans.forEach((span, index) => {
		for (const ch of span.text) {
			chars.push(ch);
			owner.push(index);
		}
	});
	return wrapRanges(chars.join(''), width).map(([s, e]) => {
		let line = '';
		let i = s;
		while (i < e) {
			const index = owner[i]!;
			let j = i;
			while (j < e && owner[j] === index) j++;
			const piece = chars.slice(i, j).join('');
			const paint = spans[index]!.paint;
			line += paint ? paint(piece) : piece;
			i = j;
		}

		return line;
	});
}

/**
 * Whole entries ("η 0.3", "◆ global minimum") laid on lines at most `width` columns wide, with
 * `separator` between two entries on one line: a line breaks between entries, never inside one
 * (an entry wider than the line alone is wrapped like text). The first line starts with `lead`.
 */
export function packEntries(entries: readonly string[], width: number, separator: string, lead = ''): string[] {
	const lines: string[] = [];
	let line = lead;
	let empty = true;
	for (const entry of entries) {
		const joined = empty ? line + entry : line + separator + entry;
		if (empty || stringWidth(joined) <= width) line = joined;
		else {
			lines.push(line);
			line = entry;
		}

		empty = false;
	}

	if (!empty || line !== '') lines.push(line);
	return lines.flatMap((text) => (stringWidth(text) > width ? wrapText(text, width) : [text]));
}
