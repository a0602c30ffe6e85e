import {cleanup, render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it} from 'vitest';
import {StabilityMap, isQuadratic, stabilityMapLines, type StabilityMapProps} from '../../source/ui/components/StabilityMap.js';
import {convergenceRate, bestMomentum} from '../../source/engine/theory.js';
import {NEUTRAL_KNOBS} from '../../source/engine/simulate.js';
import {bowlLevel} from './level-helper.js';

afterEach(cleanup);

const level = bowlLevel({curvature: [1, 4], momentum: {min: 0, max: 0.9, default: 0}, learningRate: {min: 0.01, max: 3, default: 0.1}});
const knobs = {...NEUTRAL_KNOBS, learningRate: 0.1, momentum: 0.45};
const props: StabilityMapProps = {level, knobs, lang: 'en', width: 80, height: 24, color: false, ascii: true};

/** The map's rows: label, bar, then one glyph per cell. */
function cells(frame: string): Array<{mu: number; cells: string}> {
	return frame
		.split('\n')
		.filter((line) => /^\s*μ=/.test(line))
		.map((line) => {
			const [label, rest] = line.split('|') as [string, string];
			return {mu: Number(label.trim().slice(2).replace(',', '.')), cells: rest};
		});
}

describe('StabilityMap', () => {
	it('fits 80 × 24 and marks diverging cells, the player and the optimum', () => {
		const {lastFrame} = render(<StabilityMap {...props} />);
		const frame = stripAnsi(lastFrame() ?? '');
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(24);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
		const rows = cells(frame);
		expect(rows.length).toBeGreaterThan(3);
		// rows run from μ = 0.9 down to 0 in equal steps
		for (const [j, row] of rows.entries()) row.mu = (0.9 * (rows.length - 1 - j)) / (rows.length - 1);
		const columns = rows[0]!.cells.length;
		const etaAt = (i: number) => 0.01 * (3 / 0.01) ** (i / (columns - 1));
		let you = 0;
		let star = 0;
		for (const row of rows) {
			for (const [i, glyph] of [...row.cells].entries()) {
				if (glyph === '@') you++;
				else if (glyph === '*') star++;
				else {
					// a cell is 'x' exactly where the closed forms say the run diverges (worst rate ≥ 1)
					const rate = Math.max(convergenceRate(etaAt(i), row.mu, 1), convergenceRate(etaAt(i), row.mu, 4));
					if (Math.abs(rate - 1) > 0.02) expect(glyph === 'x').toBe(rate >= 1);
				}
			}
		}

		expect(you).toBe(1);
		expect(star).toBe(1);
		// the player's mark sits on the row of μ nearest 0.45 and the column of η nearest 0.1
		const youRow = rows.find((row) => row.cells.includes('@'))!;
		const nearest = rows.reduce((a, b) => (Math.abs(b.mu - 0.45) < Math.abs(a.mu - 0.45) ? b : a));
		expect(youRow).toBe(nearest);
		const column = youRow.cells.indexOf('@');
		expect(Math.abs(Math.log(etaAt(column) / 0.1))).toBeLessThanOrEqual(Math.log(3 / 0.01) / (columns - 1) / 2 + 1e-9);
		// the right edge (η = 3, η·λₙ = 12 > 2 + 2μ) diverges on every row, the left edge never
		for (const row of rows) {
			expect(row.cells.at(-1)).toBe('x');
			expect(row.cells[0]).not.toBe('x');
		}
	});

	it('reads out the player’s rate, the optimum and the steps to shrink the error 1000×', () => {
		const frame = stripAnsi(render(<StabilityMap {...props} />).lastFrame() ?? '');
		const rate = Math.max(convergenceRate(0.1, 0.45, 1), convergenceRate(0.1, 0.45, 4));
		const steps = Math.ceil(Math.log(1000) / -Math.log(rate));
		expect(frame).toContain(`You: η=0.1 μ=0.45 → rate ${Number(rate.toPrecision(3))}, ×1000 in ${steps} steps`);
		const best = bestMomentum(1, 4);
		expect(frame).toContain(`Optimum: η*=${Number(best.eta.toPrecision(2))} μ*=${Number(best.momentum.toPrecision(2))} → rate 0.333`);
	});

	it('is one strip at μ = 0 when momentum is locked, with plain descent’s optimum', () => {
		const plain = bowlLevel({curvature: [1, 4]});
		const lines = stabilityMapLines({...props, level: plain, knobs: {...NEUTRAL_KNOBS, learningRate: 0.6}}).map((line) => stripAnsi(line));
		const rows = cells(lines.join('\n'));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.mu).toBe(0);
		// η = 0.6: η·λₙ = 2.4 > 2 diverges
		expect(lines.join('\n')).toContain('(diverges)');
		expect(lines.join('\n')).toContain('Optimum: η*=0.4 μ*=0 → rate 0.6');
	});

	it('speaks Spanish with a decimal comma, and says so for a terrain that is not a bowl', () => {
		const spanish = stripAnsi(render(<StabilityMap {...props} lang="es" ascii={false} />).lastFrame() ?? '');
		expect(spanish).toContain('Mapa de estabilidad');
		expect(spanish).toContain('μ=0,45');
		expect(spanish).toContain('◉');
		const bumpy = bowlLevel({terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 1]}, {type: 'ripples', center: [0, 0], amplitude: 0.1, wavelength: 1}]});
		expect(isQuadratic(bumpy)).toBe(false);
		expect(stripAnsi(render(<StabilityMap {...props} level={bumpy} />).lastFrame() ?? '')).toContain('only holds for quadratic valleys');
	});
});
