/**
 * Asks V8 to favour a small heap over a fast-growing one. An animating map makes a few MB of
 * short-lived strings per second (Ink re-parses every frame's text); by default V8 lets the heap
 * grow past 80 MB before collecting, doubling the process's resident memory for garbage. The
 * game calls this once its first frame is drawn (set earlier, it slows loading Ink by ~10 %).
 */
import v8 from 'node:v8';

let done = false;

export function favourSmallHeap(): void {
	if (done) return;
	done = true;
	v8.setFlagsFromString('--optimize-for-size');
}
