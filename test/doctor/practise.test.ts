/** Each diagnosis names a campaign level that exists, under its real title, in both languages. */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';
import {DOCTOR_CODES} from '../../source/doctor/diagnose.js';
import {PRACTISE_LEVEL} from '../../source/doctor/report.js';
import {DOCTOR_TEXT} from '../../source/i18n/doctor.js';

const levelsDir = fileURLToPath(new URL('../../levels', import.meta.url));

it('names levels that exist, with their world, order and title', () => {
	const levels = new Map<string, {world: number; order: number; title: {es: string; en: string}}>();
	for (const world of readdirSync(levelsDir).filter((d) => d.startsWith('world-'))) {
		for (const file of readdirSync(join(levelsDir, world)).filter((f) => f.endsWith('.json'))) {
			const level = JSON.parse(readFileSync(join(levelsDir, world, file), 'utf8')) as {id: string; world: number; order: number; title: {es: string; en: string}};
			levels.set(level.id, level);
		}
	}

	for (const code of DOCTOR_CODES) {
		const level = levels.get(PRACTISE_LEVEL[code]);
		expect(level, code).toBeDefined();
		const text = DOCTOR_TEXT[`practise_${code.replace('-', '_')}` as keyof typeof DOCTOR_TEXT];
		expect(text.en).toBe(`World ${level!.world} · ${level!.order}, ${level!.title.en}`);
		expect(text.es).toBe(`Mundo ${level!.world} · ${level!.order}, ${level!.title.es}`);
	}
});
