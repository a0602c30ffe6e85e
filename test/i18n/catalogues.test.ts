/**
 * Every text a player can see exists in Spanish and English: each catalogue in source/i18n,
 * every level file, every tutorial lesson.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {TUTORIAL_TEXT} from '../../source/i18n/tutorial.js';
import {LESSONS} from '../../source/tutorial/lessons.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const i18nDir = join(root, 'source', 'i18n');
const levelsDir = join(root, 'levels');

type Pair = {es: string; en: string};

function isPair(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && ('es' in value || 'en' in value);
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Problems with one {es, en} text; empty when it is fine. */
function problems(where: string, text: Record<string, unknown>): string[] {
	const found: string[] = [];
	for (const lang of ['es', 'en'] as const) {
		const value = text[lang];
		if (typeof value !== 'string') found.push(`${where}: no ${lang}`);
		else if (value.trim() === '') found.push(`${where}: empty ${lang}`);
	}

	const extra = Object.keys(text).filter((k) => k !== 'es' && k !== 'en');
	if (extra.length > 0) found.push(`${where}: unexpected keys ${extra.join(', ')}`);
	if (typeof text['es'] === 'string' && typeof text['en'] === 'string') {
		const es = placeholders(text['es']);
		const en = placeholders(text['en']);
		if (es.join() !== en.join()) found.push(`${where}: placeholders differ (es {${es.join('}{')}} en {${en.join('}{')}})`);
	}

	return found;
}

/** Catalogues: exported objects whose values are all {es, en} texts. */
function catalogueProblems(module: string, exports: Record<string, unknown>): {catalogues: number; problems: string[]} {
	let catalogues = 0;
	const found: string[] = [];
	for (const [name, value] of Object.entries(exports)) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
		const entries = Object.entries(value as Record<string, unknown>);
		if (entries.length === 0 || !entries.every(([, text]) => isPair(text))) continue;
		catalogues++;
		for (const [key, text] of entries) found.push(...problems(`${module}: ${name}.${key}`, text as Record<string, unknown>));
	}

	return {catalogues, problems: found};
}

function jsonFiles(dir: string): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir);
	} catch {
		return [];
	}

	return entries.flatMap((name) => {
		const path = join(dir, name);
		// a data/ folder holds model terrains' data sets, not levels (as the level loader reads it)
		if (statSync(path).isDirectory()) return name === 'data' ? [] : jsonFiles(path);
		return name.endsWith('.json') ? [path] : [];
	});
}

describe('catalogues', () => {
	const modules = readdirSync(i18nDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));

	it('finds the catalogue modules', () => {
		expect(modules).toContain('tutorial.ts');
		expect(modules).toContain('cli.ts');
	});

	for (const name of modules) {
		it(`${name}: every text has es and en, none empty, the same placeholders`, async () => {
			const exports = (await import(join(i18nDir, name))) as Record<string, unknown>;
			const {problems: found} = catalogueProblems(name, exports);
			expect(found).toEqual([]);
		});
	}

	it('catches a missing language, an empty text and mismatched placeholders', () => {
		const bad = {
			BAD: {
				a: {es: 'hola {name}', en: 'hello {nombre}'},
				b: {es: '', en: 'x'},
				c: {es: 'solo'},
			},
		};
		expect(catalogueProblems('fake', bad).problems).toHaveLength(3);
	});
});

describe('levels', () => {
	const files = jsonFiles(levelsDir);

	it('has level files to check', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('every level has its title, briefing and lesson in es and en', () => {
		const found: string[] = [];
		for (const file of files) {
			const where = relative(root, file);
			let level: Record<string, unknown>;
			try {
				level = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			} catch {
				found.push(`${where}: not JSON`);
				continue;
			}

			for (const field of ['title', 'briefing', 'lesson']) {
				const text = level[field];
				if (text === undefined && field === 'lesson') continue;
				if (!isPair(text)) found.push(`${where}: ${field} missing`);
				else found.push(...problems(`${where}: ${field}`, text));
			}
		}

		expect(found).toEqual([]);
	});
});

describe('tutorial lessons', () => {
	it('every text a lesson shows exists in both languages', () => {
		const keys = new Set<string>();
		for (const lesson of LESSONS) {
			keys.add(lesson.title);
			for (const step of lesson.steps) {
				for (const value of Object.values(step)) if (typeof value === 'string' && value in TUTORIAL_TEXT) keys.add(value);
				if (step.kind === 'demo') keys.add(step.demo.caption);
				if (step.kind === 'quiz') keys.add(step.run.caption);
				if (step.kind === 'reflection') for (const demo of step.demos) keys.add(demo.caption);
			}
		}

		expect(keys.size).toBeGreaterThan(60);
		const found: string[] = [];
		for (const key of keys) {
			const text = (TUTORIAL_TEXT as Record<string, Pair | undefined>)[key];
			if (!text) found.push(`${key}: missing`);
			else found.push(...problems(key, text));
		}

		expect(found).toEqual([]);
	});
});
