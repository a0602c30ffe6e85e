/** The few parts of blessed-contrib 4.11 the flight recorder uses (the package ships no types). */
declare module 'blessed-contrib' {
	import type {Widgets} from 'blessed';

	type WidgetFactory<W> = (options: Record<string, unknown>) => W;

	namespace contrib {
		type LineData = {title: string; x: string[]; y: number[]; style?: {line?: string}};
		interface LineWidget extends Widgets.BoxElement {
			setData(data: LineData[]): void;
		}

		interface BarWidget extends Widgets.BoxElement {
			setData(data: {titles: string[]; data: number[]}): void;
		}

		interface GaugeWidget extends Widgets.BoxElement {
			setPercent(percent: number): void;
		}

		interface LogWidget extends Widgets.BoxElement {
			log(line: string): void;
		}

		/** The drawille context: a 2D-canvas look-alike drawing braille dots. */
		interface CanvasContext {
			strokeStyle: string;
			fillStyle: string;
			beginPath(): void;
			moveTo(x: number, y: number): void;
			lineTo(x: number, y: number): void;
			stroke(): void;
			fillText(text: string, x: number, y: number): void;
			clearRect(x: number, y: number, width: number, height: number): void;
			_canvas: {set(x: number, y: number): void; color: string};
		}

		interface CanvasWidget extends Widgets.BoxElement {
			ctx: CanvasContext;
			canvasSize: {width: number; height: number};
		}

		class grid {
			constructor(options: {rows: number; cols: number; screen: Widgets.Screen; hideBorder?: boolean; color?: string});
			set<W>(row: number, col: number, rowSpan: number, colSpan: number, factory: WidgetFactory<W>, options: Record<string, unknown>): W;
		}

		const line: WidgetFactory<LineWidget>;
		const bar: WidgetFactory<BarWidget>;
		const gauge: WidgetFactory<GaugeWidget>;
		const log: WidgetFactory<LogWidget>;
		const canvas: WidgetFactory<CanvasWidget>;
	}

	export default contrib;
}
