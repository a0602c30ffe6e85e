/**
 * The static import graph of built modules (dist/): which of our files and which packages a module
 * loads before any of its code runs. Dynamic `import()` is not followed (that is what defers a
 * module); type-only imports are gone from dist/ already.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

export const STATIC_IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g;
export const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers `source` names through `pattern` (block comments ignored). */
export function specifiers(source: string, pattern: RegExp): string[] {
	return [...source.replaceAll(/\/\*[\s\S]*?\*\//g, '').matchAll(pattern)].map((match) => match[1]!);
}

/** Every file reachable from `entries` by static imports, and every bare package (or `node:` module) they name. */
export function staticGraph(...entries: string[]): {files: Set<string>; packages: Set<string>} {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		for (const specifier of specifiers(readFileSync(file, 'utf8'), STATIC_IMPORT)) {
			if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
			else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
		}
	}

	return {files, packages};
}
