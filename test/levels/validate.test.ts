/**
 * Level validation: one broken fixture per error code, each giving exactly that code with a
 * message naming the file and the JSON path; and every level shipped in levels/ validates.
 */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {CAMPAIGN_DIR, loadCampaign, loadLevelDir, loadLevelFile} from '../../source/levels/load.js';
import {checkFloor, formatLevelError, MAX_FILE_BYTES, parseLevel, type LevelError, type LevelErrorCode} from '../../source/levels/validate.js';

// A file the system refuses to read (EACCES), whoever runs the tests (root reads everything).
vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const refuse = (file: unknown) => String(file).includes('unreadable');
	return {
		...fs,
		readFile: async (file: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
			if (refuse(file)) throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
			return (fs.readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
		},
	};
});

const FIXTURES = fileURLToPath(new URL('../fixtures/levels/', import.meta.url));
const fixture = (name: string) => path.join(FIXTURES, name);

let temp = '';
beforeAll(async () => {
	temp = await mkdtemp(path.join(tmpdir(), 'descenso-levels-'));
});
afterAll(async () => {
	await rm(temp, {recursive: true, force: true});
});

/** For each code: how to produce it, and the JSON path its message must name ('' = the file itself). */
const CASES = {
	ERR_NOT_FOUND: {make: async () => loadLevelFile(path.join(temp, 'nowhere.json')), path: ''},
	ERR_TOO_LARGE: {make: async () => loadLevelFile(await tenMegabytes()), path: '$'},
	ERR_UNREADABLE: {
		async make() {
			// one unreadable file in a folder is reported; the folder's other levels still load
			const dir = path.join(temp, 'pack');
			await mkdir(dir, {recursive: true});
			await writeFile(path.join(dir, 'a-unreadable.json'), await readFile(fixture('valid.json'), 'utf8'));
			await writeFile(path.join(dir, 'b.json'), await readFile(fixture('valid.json'), 'utf8'));
			const set = await loadLevelDir(dir);
			expect(set.levels).toHaveLength(1);
			expect(set.errors).toHaveLength(1);
			return {ok: false as const, error: set.errors[0]!};
		},
		path: '',
	},
	ERR_JSON: {make: async () => loadLevelFile(fixture('ERR_JSON.json')), path: '$'},
	ERR_NOT_FINITE: {make: async () => loadLevelFile(fixture('ERR_NOT_FINITE.json')), path: '$.budget'},
	ERR_TOO_MANY_TERMS: {make: async () => loadLevelFile(fixture('ERR_TOO_MANY_TERMS.json')), path: '$.terrain'},
	ERR_UNKNOWN_TERM: {make: async () => loadLevelFile(fixture('ERR_UNKNOWN_TERM.json')), path: '$.terrain[1].type'},
	ERR_SCHEMA: {make: async () => loadLevelFile(fixture('ERR_SCHEMA.json')), path: '$.tolerance'},
	ERR_BOUNDS_EMPTY: {make: async () => loadLevelFile(fixture('ERR_BOUNDS_EMPTY.json')), path: '$.bounds.y'},
	ERR_START_OUT_OF_BOUNDS: {make: async () => loadLevelFile(fixture('ERR_START_OUT_OF_BOUNDS.json')), path: '$.start'},
	ERR_BUDGET: {make: async () => loadLevelFile(fixture('ERR_BUDGET.json')), path: '$.budget'},
	ERR_TOO_MUCH_WORK: {make: async () => loadLevelFile(fixture('ERR_TOO_MUCH_WORK.json')), path: '$.budget'},
	ERR_KNOB_RANGE: {make: async () => loadLevelFile(fixture('ERR_KNOB_RANGE.json')), path: '$.knobs.momentum'},
	ERR_STARS: {make: async () => loadLevelFile(fixture('ERR_STARS.json')), path: '$.stars'},
	ERR_DATASET: {make: async () => loadLevelFile(fixture('ERR_DATASET.json')), path: '$.dataset'},
	ERR_DATA: {make: async () => loadLevelFile(fixture('ERR_DATA.json')), path: '$.terrain[0].data'},
	ERR_MODEL: {make: async () => loadLevelFile(fixture('ERR_MODEL.json')), path: '$.terrain[0]'},
	ERR_NO_MINIMUM: {make: async () => loadLevelFile(fixture('ERR_NO_MINIMUM.json')), path: '$.terrain'},
	ERR_MIN_ON_BOUNDARY: {make: async () => loadLevelFile(fixture('ERR_MIN_ON_BOUNDARY.json')), path: '$.terrain'},
	ERR_DUPLICATE_ID: {
		async make() {
			const set = await loadLevelDir(fileURLToPath(new URL('../fixtures/levels-duplicate/', import.meta.url)));
			expect(set.levels).toHaveLength(1);
			expect(set.errors).toHaveLength(1);
			return {ok: false as const, error: set.errors[0]!};
		},
		path: '$.id',
	},
} satisfies Record<LevelErrorCode, {make: () => Promise<{ok: true} | {ok: false; error: LevelError}>; path: string}>;

/** A 10 MB level-shaped file, written at test time (never committed). */
async function tenMegabytes(): Promise<string> {
	const file = path.join(temp, 'huge.json');
	const base = JSON.parse(await readFile(fixture('valid.json'), 'utf8')) as Record<string, unknown>;
	base['briefing'] = {es: 'x'.repeat(5_000_000), en: 'y'.repeat(5_000_000)};
	await writeFile(file, JSON.stringify(base));
	return file;
}

describe('one fixture per level error code', () => {
	for (const [code, {make, path: jsonPath}] of Object.entries(CASES)) {
		it(code, async () => {
			const result = await make();
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.error.code).toBe(code);
			expect(result.error.path).toBe(jsonPath);
			const line = formatLevelError(result.error);
			expect(line).toContain(path.basename(result.error.file));
			if (jsonPath) expect(line).toContain(`: ${jsonPath}: `);
			expect(line).toContain(`[${code}]`);
			expect(line).not.toContain('\n');
			expect(result.error.message.length).toBeGreaterThan(5);
		});
	}

	it('the valid fixture is valid (so each broken one fails for its own reason)', async () => {
		const result = await loadLevelFile(fixture('valid.json'));
		expect(result.ok).toBe(true);
	});
});

describe('messages say what was expected', () => {
	const errorOf = async (name: string) => {
		const result = await loadLevelFile(fixture(name));
		if (result.ok) throw new Error(`${name} validated`);
		return result.error;
	};

	it('a missing field', async () => {
		expect((await errorOf('ERR_SCHEMA.json')).message).toMatch(/number/);
	});

	it('an unknown term names the known ones', async () => {
		const {message} = await errorOf('ERR_UNKNOWN_TERM.json');
		expect(message).toContain('volcano');
		expect(message).toContain('bowl, saddle, well, hill, ripples, tilt, rosenbrock, himmelblau');
	});

	it('"NaN" where a number belongs', async () => {
		const error = await errorOf('schema-nan-string.json');
		expect(error.code).toBe('ERR_SCHEMA');
		expect(error.path).toBe('$.budget');
		expect(error.message).toMatch(/number/);
	});

	it('an unknown key', async () => {
		const error = await errorOf('schema-unknown-key.json');
		expect(error.code).toBe('ERR_SCHEMA');
		expect(error.message).toContain('"secret"');
	});

	it('a text without English', async () => {
		const error = await errorOf('schema-missing-text.json');
		expect(error.code).toBe('ERR_SCHEMA');
		expect(error.path).toBe('$.title.en');
	});

	it('the start outside the bounds names the bounds', async () => {
		const {message} = await errorOf('ERR_START_OUT_OF_BOUNDS.json');
		expect(message).toContain('-4…4');
		expect(message).toContain('[5, 0]');
	});

	it('a floor outside the map or a plain tilt: the lowest point is on the edge', async () => {
		expect((await errorOf('min-outside.json')).code).toBe('ERR_MIN_ON_BOUNDARY');
		expect((await errorOf('tilt-only.json')).code).toBe('ERR_MIN_ON_BOUNDARY');
	});

	it('10 000 terms are refused, whether the file size or the term count catches it', async () => {
		const base = JSON.parse(await readFile(fixture('valid.json'), 'utf8')) as Record<string, unknown>;
		base['terrain'] = Array.from({length: 10_000}, () => ({type: 'tilt', slope: [0, 0]}));
		const text = JSON.stringify(base);
		expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
		expect(parseLevel(text, 'many.json')).toMatchObject({ok: false, error: {code: 'ERR_TOO_LARGE'}});
		const compact = {...base, terrain: Array.from({length: 1000}, () => ({type: 'tilt', slope: [0, 0]}))};
		expect(parseLevel(JSON.stringify(compact), 'many.json')).toMatchObject({ok: false, error: {code: 'ERR_TOO_MANY_TERMS'}});
	});

	it('a file just over the size limit is refused before parsing', () => {
		const text = `{"id": "${'a'.repeat(MAX_FILE_BYTES)}"}`;
		expect(parseLevel(text, 'big.json')).toMatchObject({ok: false, error: {code: 'ERR_TOO_LARGE'}});
	});

	it('deeply nested JSON does not crash the validator', () => {
		const text = `${'['.repeat(5000)}${']'.repeat(5000)}`;
		const result = parseLevel(text, 'deep.json');
		expect(result.ok).toBe(false);
	});

	it('non-object JSON', () => {
		for (const text of ['null', '[]', '42', '"level"']) {
			expect(parseLevel(text, 'odd.json')).toMatchObject({ok: false, error: {code: 'ERR_SCHEMA'}});
		}
	});
});

describe('the campaign', () => {
	it('every file in levels/ validates', async () => {
		const {levels, errors} = await loadLevelDir(CAMPAIGN_DIR);
		expect(errors.map(formatLevelError)).toEqual([]);
		expect(levels.length).toBeGreaterThan(0);
		for (const level of levels) {
			expect(level.hash).toMatch(/^[\w-]{16}$/);
		}
	});

	it('skips the critical-point checks for its own files only: an extra pack is checked in full', async () => {
		const pack = await mkdtemp(path.join(tmpdir(), 'descenso-pack-'));
		try {
			const broken = await readFile(fileURLToPath(new URL('../fixtures/levels/ERR_MIN_ON_BOUNDARY.json', import.meta.url)), 'utf8');
			await writeFile(path.join(pack, 'edge.json'), broken);
			const {errors} = await loadCampaign(pack);
			expect(errors.map((e) => e.code)).toEqual(['ERR_MIN_ON_BOUNDARY']);
			// and the same file is refused when named on its own
			expect((await loadLevelFile(path.join(pack, 'edge.json'))).ok).toBe(false);
		} finally {
			await rm(pack, {recursive: true, force: true});
		}
	});

	it.each(['ERR_MIN_ON_BOUNDARY.json', 'ERR_NO_MINIMUM.json'])('what a trusted load skips, checkFloor catches when the level is opened: %s gives the full load\'s error', async (name) => {
		const trusted = await loadLevelFile(fixture(name), {trusted: true});
		expect(trusted.ok).toBe(true);
		const full = await loadLevelFile(fixture(name));
		expect(full.ok).toBe(false);
		expect(trusted.ok && checkFloor(trusted.level, fixture(name))).toEqual(full);
		const valid = await loadLevelFile(fixture('valid.json'), {trusted: true});
		expect(valid.ok && checkFloor(valid.level, fixture('valid.json')).ok).toBe(true);
	});
});
