/** The setup screen's selectors, schedule parameters, sparkline and curvature panel, driven by keys. */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import type {Level} from '../../source/engine/types.js';
import {loadCampaign} from '../../source/levels/load.js';
import {uiText} from '../../source/ui/env.js';
import {SetupScreen} from '../../source/ui/screens/SetupScreen.js';
import {KEYS, frame, press} from '../helpers/ink.js';
import {testEnv, testLevel} from './helpers/levels.js';

afterEach(cleanup);

const fog = testLevel({
	visibility: 'fog',
	terrain: [{type: 'bowl', center: [0, 0], curvature: [1, 4]}],
	budget: 100,
	knobs: {
		learningRate: {min: 0.001, max: 3, default: 0.1},
		momentum: {min: 0, max: 0.99, default: 0.9},
		schedule: {allowed: ['constant', 'step', 'cosine'], default: 'constant'},
		nesterov: {default: false},
	},
});

describe('SetupScreen choices', () => {
	for (const size of [{width: 120, height: 39}, {width: 80, height: 23}]) {
		test(`${size.width} columns: ←/→ choose the schedule and look-ahead; parameters show their defaults; Enter runs what is shown`, async () => {
			const onLaunch = vi.fn();
			const r = render(<SetupScreen env={testEnv(size)} level={fog} onLaunch={onLaunch} onBack={() => {}} />);
			// the curvature under the start and the limit it sets for μ = 0.9
			expect(frame(r)).toContain('curvature λ: largest 4, smallest 1');
			expect(frame(r)).toContain('at μ = 0.9: η < (2 + 2μ)/λ = 0.95');
			await press(r, KEYS.down, KEYS.down, KEYS.right, KEYS.right);
			let shown = frame(r);
			expect(shown).toMatch(/◂ cosine ▸/);
			expect(shown).toContain('η minimum');
			expect(shown).toContain('default 0.001');
			expect(shown).toContain('η(t) over 100 steps');
			// a parameter typed; look-ahead switched on (the limit follows)
			await press(r, KEYS.down, KEYS.down, '5', '0', KEYS.down, KEYS.right);
			shown = frame(r);
			expect(shown).toContain('at μ = 0.9, look-ahead:');
			// the formula is never split across lines
			expect(shown).toContain('η < (2 + 2μ)/(1 + 2μ)/λ = 0.339');
			await press(r, KEYS.enter);
			expect(onLaunch).toHaveBeenCalledTimes(1);
			const [knobs, texts] = onLaunch.mock.calls[0]!;
			expect(knobs).toMatchObject({learningRate: 0.1, momentum: 0.9, nesterov: true, schedule: {kind: 'cosine', min: 0.001, period: 50}});
			expect(texts).toMatchObject({schedule: 'cosine:0.001:50', nesterov: 'yes'});
		});
	}

	test('the cursor starts on the knob it is asked to (the one a diagnosis advises)', () => {
		const r = render(<SetupScreen env={testEnv()} level={fog} focusKnob="momentum" onLaunch={() => {}} onBack={() => {}} />);
		expect(frame(r)).toMatch(/❯ momentum μ/);
	});
});

describe('SetupScreen at 80×24', () => {
	let levels: Level[] = [];
	beforeAll(async () => {
		levels = (await loadCampaign()).levels;
	});

	test('the map shows beside the slope panel, in the rows under the fields; the fields and the key bar stay whole', () => {
		// one field, two bordered fields, one-row fields with a schedule, a model level (curvature lines), fog
		for (const prefix of ['w1-01', 'w3-01', 'w5-04', 'w7-03', 'w6-01']) {
			const level = levels.find((candidate) => candidate.id.startsWith(prefix))!;
			for (const lang of ['en', 'es'] as const) {
				const r = render(<SetupScreen env={testEnv({lang, width: 80, height: 23})} level={level} onLaunch={() => {}} onBack={() => {}} />);
				const lines = frame(r).split('\n');
				const where = `${prefix} ${lang}`;
				expect(lines.length, where).toBeLessThanOrEqual(23);
				expect(lines.at(-1), where).toMatch(/^Tab\/↑↓/);
				// the start mark is on the map, right of the panel; the panel's lines are whole
				const panelTop = lines.findIndex((line) => /^╭─+╮/.test(line));
				const panelRight = lines[panelTop]!.indexOf('╮');
				expect(panelRight, where).toBeLessThan(56);
				const map = lines.slice(panelTop, -1).map((line) => [...line].slice(panelRight + 1).join(''));
				expect(map.join('\n'), where).toContain('◎');
				for (const line of lines.slice(panelTop + 1)) if (line.startsWith('│')) expect(line[panelRight], `${where}: ${line}`).toBe('│');
				for (const knob of Object.keys(level.knobs)) if (knob !== 'schedule') expect(frame(r), where).toContain(testEnvText(lang, knob));
				r.unmount();
			}
		}
	});

	test('one-row fields: choices, ranges and errors too long for the row go on a second row, whole', async () => {
		const level = levels.find((candidate) => candidate.id.startsWith('w6-06'))!;
		for (const lang of ['es', 'en'] as const) {
			const r = render(<SetupScreen env={testEnv({lang, width: 80, height: 23})} level={level} onLaunch={() => {}} onBack={() => {}} />);
			expect(frame(r), lang).toContain('[ ');
			expect(frame(r), lang).toContain('warm-restarts');
			// an out-of-range η: the error and the range
			await press(r, ...Array.from({length: 6}, () => KEYS.backspace), '9', '9');
			const text = frame(r);
			expect(text.split('\n').length, lang).toBeLessThanOrEqual(23);
			expect(text, lang).not.toContain('…');
			expect(text.replaceAll(/\s+/g, ' '), lang).toContain(lang === 'es' ? 'entre 0,001 y 1,5' : 'from 0.001 to 1.5');
			expect(text.split('\n').at(-1), lang).toMatch(/^Tab/);
			r.unmount();
		}
	});

	test('at 100 columns and few rows, one-row fields get the width for their ranges', () => {
		const level = levels.find((candidate) => candidate.id.startsWith('w6-06'))!;
		for (const lang of ['es', 'en'] as const) {
			const r = render(<SetupScreen env={testEnv({lang, width: 100, height: 29})} level={level} onLaunch={() => {}} onBack={() => {}} />);
			const text = frame(r);
			expect(text, lang).toContain('[ ');
			expect(text, lang).not.toContain('…');
			expect(text, lang).toContain(lang === 'es' ? 'entre 0,001 y 1,5' : 'from 0.001 to 1.5');
			expect(text, lang).toContain(lang === 'es' ? 'entre 0 y 0,99' : 'from 0 to 0.99');
			r.unmount();
		}
	});

	test('a blind level shows no map there, and says so', () => {
		const level = levels.find((candidate) => candidate.visibility === 'blind')!;
		const r = render(<SetupScreen env={testEnv({width: 80, height: 23})} level={level} onLaunch={() => {}} onBack={() => {}} />);
		expect(frame(r)).not.toContain('◎');
		expect(frame(r)).toContain('Blind:');
	});
});

/** A knob's label as the setup screen writes it. */
function testEnvText(lang: 'en' | 'es', knob: string): string {
	return uiText(lang)(knob as 'learningRate');
}
