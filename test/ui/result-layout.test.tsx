/**
 * The result screen laid out to the rows it has, on the campaign's own levels, in both
 * languages: at 80×24 the diagnosis card is whole (its border closed) with the analogy, the
 * evidence and the advice, whatever went wrong; at 120×40 the knobs line of a level with many
 * knobs, the par caption and the stability note are whole, wrapped rather than cut.
 */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {defaultKnobs, play, type Knobs, type Level} from '../../source/engine/index.js';
import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {readableText} from '../../source/i18n/format.js';
import {uiText} from '../../source/ui/env.js';
import {loadCampaign} from '../../source/levels/load.js';
import {ResultScreen} from '../../source/ui/screens/ResultScreen.js';
import {frame, waitFor} from './helpers/ink.js';
import {testEnv} from './helpers/levels.js';

afterEach(cleanup);

let levels: Level[] = [];
beforeAll(async () => {
	levels = (await loadCampaign()).levels;
});

const levelOf = (prefix: string) => {
	const level = levels.find((candidate) => candidate.id.startsWith(prefix));
	if (!level) throw new Error(`no level ${prefix}`);
	return level;
};

/** A long share code, as real ones are (two rows at 80 columns). */
const CODE = `DSC1.${'A'.repeat(130)}.sum`;

function screen(level: Level, knobs: Partial<Knobs>, lang: 'en' | 'es', width: number, height: number, notices: string[] = []) {
	const outcome = play(level, {...defaultKnobs(level), ...knobs}, 1);
	const noop = () => {};
	const r = render(
		<ResultScreen
			env={testEnv({lang, width, height})}
			outcome={outcome}
			ghostShown={false}
			shareCode={CODE}
			next="open"
			notices={notices}
			onRetry={noop}
			onNext={noop}
			onReplay={noop}
			onDashboard={noop}
			onCode={noop}
			onGhost={noop}
			onView={noop}
			onBack={noop}
		/>,
	);
	return {r, outcome};
}

/** Text as read, whatever the wrapping: runs of spaces, box sides and no-break spaces as one space; numbers with their minus sign. */
const flat = (text: string) => readableText(text).replaceAll(/[│\s\u00A0]+/g, ' ').trim();

describe('result screen at 80×24', () => {
	// one run for every way a run can go, each from the campaign with the knobs that give it
	const cases: Array<[string, string, Partial<Knobs>]> = [
		['diverged', 'w1-03', {learningRate: 1}],
		['oscillating', 'w2-01', {}],
		['too-slow', 'w2-04', {}],
		['local-minimum', 'w4-01', {}],
		['saddle', 'w6-03', {}],
		['decay-pulled', 'w3-01', {}],
		['left-map', 'w3-02', {}],
		['reached-global', 'w6-03', {learningRate: 0.3}],
		['oscillating', 'w5-04', {learningRate: 0.1, temperature: 0.05}],
		['too-slow', 'w7-03', {}],
	];
	test.each(cases)('%s (%s): the card is whole, with the analogy, the evidence and the advice', (code, prefix, knobs) => {
		for (const lang of ['en', 'es'] as const) {
			const {r, outcome} = screen(levelOf(prefix), knobs, lang, 80, 23, [uiText(lang)('newBest')]);
			expect(outcome.diagnosis.code).toBe(code);
			const lines = frame(r).split('\n');
			expect(lines.length).toBeLessThanOrEqual(23);
			// the right-hand column starts where the card's top border does (the map, its legend and the plot are left of it)
			const column = Math.max(...lines.map((line) => [...line].join('').indexOf('╭─')));
			expect(column).toBeGreaterThan(20);
			const right = lines.map((line) => [...line].slice(column).join(''));
			const top = right.findIndex((line) => line.startsWith('╭'));
			const bottom = right.findIndex((line, i) => i > top && line.startsWith('╰'));
			expect(top, `${prefix} ${lang}: the card's top`).toBeGreaterThan(0);
			expect(bottom, `${prefix} ${lang}: the card's bottom border`).toBeGreaterThan(top);
			const card = flat(right.slice(top + 1, bottom).join('\n'));
			const words = describeDiagnosis(outcome.diagnosis);
			const t = uiText(lang);
			expect(card).toContain(flat(words.analogy[lang]));
			expect(card).toContain(`${t('what')}: ${flat(words.evidence[lang]).slice(0, 30)}`);
			expect(card).toContain(`${t('advice')}: ${flat(words.advice[lang])}`);
			// and below it, the notice
			expect(flat(right.slice(bottom).join('\n'))).toContain(t('newBest'));
			r.unmount();
		}
	});
});

describe('result screen at 120×40', () => {
	test('every knob of a level with many is shown whole; the par caption and the stability note are not cut', async () => {
		const level = levelOf('w6-06');
		for (const lang of ['en', 'es'] as const) {
			const {r} = screen(level, {}, lang, 120, 39, [uiText(lang)('newBest')]);
			const t = uiText(lang);
			const text = await waitFor(r, lang === 'en' ? /random climbers, scores/ : /escaladores al azar, puntuaciones/);
			expect(text.split('\n').length).toBeLessThanOrEqual(39);
			const right = flat(
				text
					.split('\n')
					.map((line) => [...line].slice(62).join(''))
					.join('\n'),
			);
			const knobNames = Object.keys(level.knobs).filter((name) => name !== 'learningRate');
			expect(knobNames.length).toBeGreaterThanOrEqual(2);
			const knobsLine = right.slice(right.indexOf(`${t('knobsUsed')}:`));
			expect(knobsLine, lang).toContain(`${t('learningRate')} `);
			for (const name of knobNames) expect(knobsLine, `${lang} ${name}`).toContain(`${t(name as 'temperature')} `);
			expect(right).toContain(flat(t('newBest')));
			// the histogram's caption ends with its last word, and the note on non-quadratic levels with its full stop
			expect(right).toMatch(lang === 'en' ? /▲ your score/ : /▲ tu puntuación/);
			expect(right).toMatch(lang === 'en' ? /quadratic valleys \(bowls\)\./ : /valles cuadráticos \(cuencos\)\./);
			r.unmount();
		}
	}, 60_000);
});
