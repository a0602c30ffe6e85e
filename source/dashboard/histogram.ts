/**
 * The recorder's histogram as text: one column of block glyphs per bin, its count above the
 * axis labels. Drawn as characters (not blessed-contrib's bar chart, which paints bars as
 * background colour only: invisible without colour and in a copied screen).
 */

/** One bin: its count and the label under it. */
export type Bin = {count: number; label: string};

/**
 * Lines of a histogram `width` × `height` characters (height includes the two label rows).
 * Every bin with a positive count gets at least one glyph; the tallest reaches the top.
 */
export function histogramLines(bins: readonly Bin[], width: number, height: number, ascii: boolean): string[] {
	const n = Math.max(1, bins.length);
	const stride = Math.max(2, Math.floor(width / n));
	const barWidth = Math.max(1, Math.min(3, stride - 1));
	const rows = Math.max(1, height - 2);
	const max = Math.max(1, ...bins.map((bin) => bin.count));
	const full = ascii ? '#' : '█';
	const heights = bins.map((bin) => (bin.count > 0 ? Math.max(1, Math.round((rows * bin.count) / max)) : 0));
	const lines: string[] = [];
	for (let row = rows; row >= 1; row--) {
		let line = '';
		for (const h of heights) line += (h >= row ? full.repeat(barWidth) : ' '.repeat(barWidth)).padEnd(stride);
		lines.push(line.trimEnd().slice(0, width));
	}

	const cell = (text: string) => text.slice(0, stride - 1).padEnd(stride);
	lines.push(bins.map((bin) => cell(String(bin.count))).join('').trimEnd().slice(0, width));
	lines.push(bins.map((bin) => cell(bin.label)).join('').trimEnd().slice(0, width));
	return lines;
}
