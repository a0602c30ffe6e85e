/**
 * How V8 sizes its heap while the game animates (docs/architecture.md, “Memory”).
 *
 * Each frame Ink rebuilds its whole screen: an object per cell, the text of every `<Text>` cut
 * into one object per grapheme and per escape code (through `Intl.Segmenter`), and the styles of
 * each cell diffed against its neighbour's (three Sets a cell). At 120×40 that is 10 MB of
 * garbage a frame for plain text and about 20 MB for the coloured map, 30 frames a second, all of
 * it dead a frame later, and none of it avoidable through Ink's public API. V8's defaults answer
 * that rate by doubling the young generation to 2 × 16 MB and by letting whatever a collection
 * catches mid-frame pile up in the old generation (up to four times the live heap) before a full
 * collection. A minimal Ink program animating one line in a full-screen box peaks at 109–116 MB
 * that way (`npm run bench` measures it), the game at 155–200 MB.
 *
 * So the game asks V8, once, before its first frame, to favour a small heap over collection
 * time: the young generation is never doubled again, and full collections come early and shrink
 * it. The game's peak while a 600-step level animates falls to about 102–110 MB. The price is
 * collection time: a map frame through Ink takes about a quarter longer (median) and a session
 * about a quarter more CPU. Only the interactive game does this: `descenso run`, the doctor and
 * the dashboard keep V8's defaults.
 */
import v8 from 'node:v8';

/** The V8 settings, in the order they are applied. */
export const SMALL_HEAP_FLAGS = ['--semi-space-growth-factor=1', '--optimize-for-size'] as const;

let done = false;

/** Applies {@link SMALL_HEAP_FLAGS} once; later calls do nothing. A Node that refuses a flag keeps its defaults. */
export function favourSmallHeap(): void {
	if (done) return;
	done = true;
	for (const flag of SMALL_HEAP_FLAGS) {
		try {
			v8.setFlagsFromString(flag);
		} catch {
			// flags frozen after start-up (a future Node): the game only uses more memory
		}
	}
}
