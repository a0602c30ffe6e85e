import type {ReactElement} from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {describe, expect, test} from 'vitest';
import {MapRow, MapRows, TerrainMap, type MapRowProps, type MapRowsProps, type TerrainMapProps} from '../../source/ui/components/TerrainMap.js';
import {renderMap} from '../../source/ui/map/render.js';
import {twoWellsLevel} from './helpers/levels.js';

const level = twoWellsLevel();
const trail = {x: Float64Array.from([3, 2, 1, 0.2]), y: Float64Array.from([2, 1.5, 0.8, 0.1]), upTo: 3};
const props: TerrainMapProps = {level, width: 100, height: 36, view: 'relief', color: 3, ascii: false, trail, velocity: {dx: -1, dy: -1}};

/** The element a component returns, captured while React renders it (its hooks need a render). */
function elementOf<P>(component: (props: P) => unknown, componentProps: P): ReactElement {
	let captured: ReactElement | undefined;
	function Probe() {
		captured = component(componentProps) as ReactElement;
		return captured;
	}

	render(
		<Box width={120} height={40}>
			<Probe />
		</Box>,
	).unmount();
	return captured!;
}

describe('the map through Ink', () => {
	test('one row element per map row, keyed by its place, laid out as ASCII of the map width; no horizontal clip', () => {
		for (const view of ['relief', 'contour'] as const) {
			const frame = renderMap({...props, view, color: 3});
			const element = elementOf(TerrainMap, {...props, view});
			expect(element.type).toBe(MapRows);
			const box = MapRows(element.props as MapRowsProps) as ReactElement<{children: ReactElement[]; overflow?: string; overflowX?: string}>;
			// a horizontal clip makes Ink measure and slice every row of every frame
			expect(box.props.overflow).toBeUndefined();
			expect(box.props.overflowX).toBeUndefined();
			const rows = box.props.children;
			expect(rows).toHaveLength(frame.lines.length);
			rows.forEach((row, r) => {
				expect(row.type).toBe(MapRow);
				expect(row.key).toBe(String(r));
				const {line, shape} = row.props as MapRowProps;
				expect(line).toBe(frame.lines[r]);
				// what Ink measures each frame: printable ASCII (string-width's fast path), as wide as the painted row
				expect(shape).toMatch(/^[\u0020-\u007E]*$/);
				expect(shape).toHaveLength([...stripAnsi(line)].length);
				if (r > 0) return;
				// Ink measures the shape and is handed the painted row when it writes it
				const inner = elementOf((MapRow as unknown as {type: (p: MapRowProps) => unknown}).type, {line, shape});
				const {transform, children} = inner.props as {transform: (text: string, index: number) => string; children: ReactElement<{children: string}>};
				expect(children.props.children).toBe(shape);
				expect(transform(shape, 0)).toBe(line);
			});
		}
	});

	test('Ink writes the painted rows: the same cells and colours as the renderer drew', () => {
		for (const view of ['relief', 'contour'] as const) {
			const frame = renderMap({...props, view, color: 3});
			const shown = render(<TerrainMap {...props} view={view} />);
			const written = shown.lastFrame() ?? '';
			shown.unmount();
			// (Ink drops a row's trailing blanks when they carry no colour)
			const cells = (lines: string[]) => lines.map((line) => stripAnsi(line).trimEnd());
			expect(cells(written.split('\n'))).toEqual(cells(frame.lines));
			// every colour the renderer opened reaches the terminal (Ink writes one sequence per attribute)
			const opened = (text: string) => new Set((text.match(/\u001B\[[\d;]+m/g) ?? []).flatMap((sgr) => sgr.match(/[34]8;(?:5;\d+|2;\d+;\d+;\d+)/g) ?? []));
			expect(opened(written).size).toBeGreaterThan(4);
			expect(opened(written)).toEqual(opened(frame.text));
		}
	});
});
