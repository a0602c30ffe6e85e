/**
 * Fitting the tutorial into the terminal: text is wrapped here (not by Ink) so the screen knows
 * exactly how many rows every part takes, and long narration is split into pages. A frame taller
 * than the terminal makes Ink clear the whole screen on every frame (flicker).
 */
import stringWidth from 'string-width';

/**
 * `text` wrapped at `width` columns (≥ 1) by words, one string per terminal row (a blank row is
 * one space). Newlines are kept; a continued line keeps its paragraph's indentation (and a bullet's hanging indent);
 * a word wider than the line is cut.
 */
export function wrapText(text: string, width: number): string[] {
	const room = Math.max(1, Math.floor(width));
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		const lead = /^\s*(?:[•*-] )?/.exec(paragraph)?.[0] ?? '';
		const indent = lead.length < room / 2 ? ' '.repeat(stringWidth(lead)) : '';
		const words = paragraph.slice(lead.length).split(/(?<= )/);
		let line = lead;
		let lineWidth = stringWidth(lead);
		let fresh = true;
		for (const piece of words) {
			let word = piece;
			const width = stringWidth(word.trimEnd());
			if (!fresh && lineWidth + width > room) {
				lines.push(line.trimEnd());
				line = indent;
				lineWidth = indent.length;
			}

			while (stringWidth(word.trimEnd()) > room - lineWidth && lineWidth + 1 <= room) {
				// a word longer than a whole line: cut it
				const [head, rest] = cut(word, room - lineWidth);
				lines.push(line + head);
				line = indent;
				lineWidth = indent.length;
				word = rest;
				if (indent.length >= room) break;
			}

			line += word;
			lineWidth += stringWidth(word);
			fresh = false;
		}

		// a blank row is a space: Ink gives an empty <Text> no height at all
		lines.push(line.trimEnd() || ' ');
	}

	return lines;
}

function cut(word: string, columns: number): [string, string] {
	let head = '';
	for (const char of word) {
		if (stringWidth(head + char) > columns) break;
		head += char;
	}

	if (head === '') head = [...word][0] ?? '';
	return [head, word.slice(head.length)];
}

/**
 * `lines` split into pages of at most `height` rows (≥ 1), breaking at a blank line when one
 * falls in the second half of a page, and without blank lines at the top of a page.
 */
export function pageLines(lines: readonly string[], height: number): string[][] {
	const room = Math.max(1, Math.floor(height));
	const pages: string[][] = [];
	let index = 0;
	while (index < lines.length) {
		while (index < lines.length && lines[index]!.trim() === '' && pages.length > 0) index++;
		if (index >= lines.length) break;
		let end = Math.min(lines.length, index + room);
		if (end < lines.length) {
			for (let i = end - 1; i > index + room / 2; i--) {
				if (lines[i]!.trim() === '') {
					end = i;
					break;
				}
			}
		}

		pages.push(lines.slice(index, end));
		index = end;
	}

	return pages.length > 0 ? pages : [[]];
}

/** A number kept within [low, high] (low wins when they cross). */
export function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}
