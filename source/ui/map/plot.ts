/**
 * The loss curve as text: log10 of the gap to the global minimum against the step, drawn with
 * braille dots (2×4 per cell) or, in ASCII, one `*` per column.
 */

/** `height` lines of `width` cells plotting log10(loss − minLoss) over the run; non-finite values sit at the top. */
export function lossPlot(loss: Float64Array, minLoss: number, width: number, height: number, ascii: boolean): string[] {
	const n = loss.length;
	const w = Math.max(1, Math.floor(width));
	const h = Math.max(1, Math.floor(height));
	if (n === 0) return Array.from({length: h}, () => ' '.repeat(w));
	const subX = ascii ? 1 : 2;
	const subY = ascii ? 1 : 4;
	const px = w * subX;
	const py = h * subY;
	const values: number[] = [];
	for (let i = 0; i < px; i++) {
		const v = loss[Math.min(n - 1, Math.floor((i * n) / px))]! - minLoss;
		values.push(Number.isFinite(v) ? Math.log10(Math.max(v, 1e-12)) : Number.POSITIVE_INFINITY);
	}

	const finite = values.filter((v) => Number.isFinite(v));
	const lo = finite.length > 0 ? Math.min(...finite) : 0;
	const hi = finite.length > 0 ? Math.max(...finite) : 1;
	const rowOf = (v: number) => {
		if (!Number.isFinite(v)) return 0;
		const share = hi > lo ? (v - lo) / (hi - lo) : 0.5;
		return Math.min(py - 1, Math.max(0, Math.round((1 - share) * (py - 1))));
	};

	const lines: string[] = [];
	if (ascii) {
		const grid = Array.from({length: h}, () => Array.from({length: w}, () => ' '));
		values.forEach((v, i) => {
			grid[rowOf(v)]![i] = Number.isFinite(v) ? '*' : '!';
		});
		for (const row of grid) lines.push(row.join(''));
		return lines;
	}

	// braille: bit for (dx, dy) in a 2×4 cell
	const BITS = [
		[0x01, 0x08],
		[0x02, 0x10],
		[0x04, 0x20],
		[0x40, 0x80],
	];
	const cells = new Uint8Array(w * h);
	let previous: number | null = null;
	values.forEach((v, i) => {
		const row = rowOf(v);
		const from = previous ?? row;
		// join the dots vertically so steep drops stay connected
		for (let r = Math.min(from, row); r <= Math.max(from, row); r++) {
			cells[Math.floor(r / 4) * w + Math.floor(i / 2)]! |= BITS[r % 4]![i % 2]!;
		}

		previous = row;
	});
	for (let r = 0; r < h; r++) {
		let line = '';
		for (let c = 0; c < w; c++) line += String.fromCharCode(0x2800 + cells[r * w + c]!);
		lines.push(line);
	}

	return lines;
}

/** The range of the plot's y axis as powers of ten, [low, high], for labels. */
export function plotRange(loss: Float64Array, minLoss: number): [number, number] {
	let lo = Number.POSITIVE_INFINITY;
	let hi = Number.NEGATIVE_INFINITY;
	for (const value of loss) {
		const v = value - minLoss;
		if (!Number.isFinite(v)) continue;
		const l = Math.log10(Math.max(v, 1e-12));
		lo = Math.min(lo, l);
		hi = Math.max(hi, l);
	}

	return Number.isFinite(lo) ? [lo, hi] : [0, 0];
}
