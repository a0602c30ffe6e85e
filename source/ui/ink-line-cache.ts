/**
 * Ink 6.8 turns every line of every frame back into styled cells (ANSI tokenizing, string widths)
 * with caches that live for one frame only. An animating map changes a few of its 38 lines per
 * frame, so most of that work is repeated. This keeps Ink's per-frame caches across frames: the
 * same line text gives the same cells, so nothing else changes. It reaches into Ink's build
 * (`build/output.js`, not part of its public exports) and does nothing if that is not there or not
 * shaped as expected — the game then runs as before, only slower.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/** Lines remembered before the caches are emptied: a 120×40 screen has 40 and a moving climber changes a few a frame; more would only hold memory. */
const MAX_LINES = 300;

type Caches = {widths: Map<string, number>; blockWidths: Map<string, number>; styledChars: Map<string, unknown>};
type OutputClass = {prototype: {get: (this: {caches: Caches}) => unknown}; new (options: {width: number; height: number}): {caches: Caches}};

let installed: Promise<boolean> | undefined;

/** Installs the shared caches once; resolves to whether they are in use. */
export async function keepInkLineCaches(): Promise<boolean> {
	installed ??= install();
	return installed;
}

async function install(): Promise<boolean> {
	try {
		const require = createRequire(import.meta.url);
		const file = path.join(path.dirname(require.resolve('ink')), 'output.js');
		const {default: Output} = (await import(pathToFileURL(file).href)) as {default: OutputClass};
		const probe = new Output({width: 0, height: 0}).caches;
		if (!(probe?.widths instanceof Map && probe.blockWidths instanceof Map && probe.styledChars instanceof Map)) return false;
		const shared = probe;
		const get = Output.prototype.get;
		if (typeof get !== 'function') return false;
		Output.prototype.get = function (this: {caches: Caches}) {
			if (shared.styledChars.size > MAX_LINES || shared.widths.size > MAX_LINES * 4) {
				shared.widths.clear();
				shared.blockWidths.clear();
				shared.styledChars.clear();
			}

			this.caches = shared;
			return get.call(this);
		};

		return true;
	} catch {
		return false;
	}
}
