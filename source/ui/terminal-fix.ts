/**
 * A work-around for Ink 6.8's incremental renderer. When a frame ends with a newline (any frame
 * shorter than the terminal), log-update leaves the cursor on the row below the frame but moves
 * up only `lines − 1` rows before the next frame: every frame lands one row low, the final
 * newline scrolls the screen, and lines it skipped as unchanged show their neighbour's text.
 * This wraps the output stream and adds the missing row to that one cursor-up.
 */

const BSU = '\u001B[?2026h';
const ESU = '\u001B[?2026l';
const FRAME_START = /^((?:\u001B\[\?2026h)?)\u001B\[(\d+)A/;

/** Rewrites one chunk of output; `belowFrame` says whether the cursor sits under the last frame. */
export function fixFrameStart(chunk: string, belowFrame: boolean): string {
	if (!belowFrame) return chunk;
	return chunk.replace(FRAME_START, (_whole, bsu: string, rows: string) => `${bsu}\u001B[${Number(rows) + 1}A`);
}

/** Whether the cursor ends under the frame after writing `chunk` (it ended with a newline or a move to the next line). */
export function endsBelowFrame(chunk: string, before: boolean): boolean {
	let text = chunk;
	while (text.endsWith(ESU)) text = text.slice(0, -ESU.length);
	while (text.startsWith(BSU)) text = text.slice(BSU.length);
	if (text === '') return before;
	// an unchanged last line is skipped with "cursor next line" instead of a newline
	return text.endsWith('\n') || text.endsWith('\u001B[E');
}

/** `stream` with its `write` fixed as described above; everything else passes through. */
export function withFrameFix(stream: NodeJS.WriteStream): NodeJS.WriteStream {
	let belowFrame = false;
	const write = (chunk: unknown, ...rest: unknown[]) => {
		if (typeof chunk !== 'string') return (stream.write as (...args: unknown[]) => boolean)(chunk, ...rest);
		const fixed = fixFrameStart(chunk, belowFrame);
		belowFrame = endsBelowFrame(chunk, belowFrame);
		return (stream.write as (...args: unknown[]) => boolean)(fixed, ...rest);
	};

	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') return write;
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
