/**
 * The figures the narration states in words are the engine's: each literal number of a lesson's
 * text is checked here against the terrain, the gates or engine/theory.ts (the figures that come
 * from a run are filled in when the lesson loads: see run.ts and figures.ts).
 */
import {describe, expect, it} from 'vitest';
import {criticalMomentum, maxStableEta} from '../../source/engine/theory.js';
import {TUTORIAL_TEXT} from '../../source/i18n/tutorial.js';
import {learnerNumber, learnerText} from '../../source/tutorial/format.js';
import {pageVars} from '../../source/tutorial/figures.js';
import {QUICK_STEPS, RAVINE_STEPS} from '../../source/tutorial/gates.js';
import {tutorialLevel} from '../../source/tutorial/levels.js';
import {runTask} from '../../source/tutorial/run.js';

const floorOf = (id: Parameters<typeof tutorialLevel>[0]) => {
	const result = runTask(id, {}, 1);
	if (!result.ok) throw new Error(id);
	return result.value.run.critical.global[0]!;
};

describe('figures stated in the narration', () => {
	for (const lang of ['es', 'en'] as const) {
		const n = (value: number) => learnerNumber(value, lang, 3);
		it(`${lang}: lesson 2's curvature, limit and perfect step are the steep bowl's`, () => {
			const steep = floorOf('steep-bowl').curvature[1];
			expect(steep).toBeCloseTo(4, 9);
			const text = TUTORIAL_TEXT.l2p2[lang];
			expect(text).toContain(`λ = ${n(steep)}`);
			expect(text).toContain(`η < ${n(maxStableEta(steep))}`);
			expect(text).toContain(`η = 1/λ = ${n(1 / steep)}`);
			expect(TUTORIAL_TEXT.l2t2ok[lang]).toContain(`η = 1/λ = ${n(1 / steep)}`);
			expect(TUTORIAL_TEXT.l2t2[lang]).toContain(String(QUICK_STEPS));
		});

		it(`${lang}: lesson 1's start, tolerance and budget are the bowl's`, () => {
			const bowl = tutorialLevel('bowl');
			expect(TUTORIAL_TEXT.l1d1[lang]).toContain(`(${n(bowl.start[0])}${lang === 'es' ? '; ' : ', '}${n(bowl.start[1])})`);
			expect(TUTORIAL_TEXT.l1d1[lang]).toContain(n(bowl.tolerance));
			expect(TUTORIAL_TEXT.l1t1[lang]).toContain(String(bowl.budget));
		});

		it(`${lang}: lesson 3's critical damping and task steps come from theory and the gate`, () => {
			expect(TUTORIAL_TEXT.l3d4[lang]).toContain(`(1 − √${n(0.25)})²`);
			expect(criticalMomentum(0.25, floorOf('spring').curvature[0])).toBeCloseTo(0.25, 12);
			expect(TUTORIAL_TEXT.l3t1[lang]).toContain(String(RAVINE_STEPS));
			expect(TUTORIAL_TEXT.l4t2[lang]).toContain(n(tutorialLevel('offset-bowl').tolerance));
		});

		it(`${lang}: lesson 7's pass is where the engine finds the saddle`, () => {
			const saddle = runTask('saddle', {}, 1);
			if (!saddle.ok) throw new Error('saddle');
			const pass = saddle.value.run.critical.saddles[0]!;
			expect(Math.hypot(pass.x, pass.y)).toBeLessThan(1e-6);
			expect(pageVars('l7p2', lang)['across']).toBe(learnerNumber(pass.curvature[0], lang, 2));
		});
	}

	it('learnerText makes a program\'s numbers readable', () => {
		expect(learnerText('última 3,66e67 (paso 239); subió en el 33 % de los pasos; x = -2', 'es')).toBe('última 3,66·10⁶⁷ (paso 239); subió en el 33\u00A0% de los pasos; x = −2');
		expect(learnerText('loss 1.2e-7', 'en')).toBe('loss 1.2·10⁻⁷');
	});
});
