/**
 * Text as the player reads it on the campaign's own levels: no wrapped line of a briefing or a
 * diagnosis card starts with a stray space (Ink wraps with trim:false), in both languages.
 */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {defaultKnobs, play, type Level} from '../../source/engine/index.js';
import {loadCampaign} from '../../source/levels/load.js';
import {BriefingScreen} from '../../source/ui/screens/BriefingScreen.js';
import {ResultScreen} from '../../source/ui/screens/ResultScreen.js';
import {frame} from './helpers/ink.js';
import {testEnv} from './helpers/levels.js';

afterEach(cleanup);

let levels: Level[] = [];
beforeAll(async () => {
	levels = (await loadCampaign()).levels;
});

/** The first `columns` characters of each line that holds text there. */
const column = (text: string, columns: number) =>
	text
		.split('\n')
		.map((line) => [...line].slice(0, columns).join(''))
		.filter((line) => line.trim() !== '');

describe('wrapped text', () => {
	test('briefings: the text column never starts a line with a space (en, es; 100 and 120 columns)', () => {
		expect(levels.length).toBeGreaterThan(20);
		for (const lang of ['en', 'es'] as const) {
			for (const width of [100, 120]) {
				for (const level of levels) {
					const r = render(<BriefingScreen env={testEnv({lang, width})} level={level} previous={null} onStart={() => {}} onBack={() => {}} />);
					const textWidth = Math.min(56, Math.floor(width * 0.45));
					const lines = column(frame(r), textWidth).slice(1, -1);
					for (const line of lines) expect(line, `${level.id} ${lang} ${width}`).not.toMatch(/^ /);
					r.unmount();
				}
			}
		}
		// 4 × every campaign level's briefing screen: well within a minute, but not on a loaded machine
	}, 120_000);

	test('diagnosis cards: no line inside the card starts with a stray space', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const level of levels.slice(0, 12)) {
				const outcome = play(level, defaultKnobs(level), 1);
				const r = render(
					<ResultScreen
						env={testEnv({lang, width: 120, theme: testEnv().theme})}
						outcome={outcome}
						ghostShown={false}
						shareCode="DSC1.x"
						next="open"
						notices={[]}
						onRetry={() => {}}
						onNext={() => {}}
						onReplay={() => {}}
						onDashboard={() => {}}
						onGhost={() => {}}
						onView={() => {}}
						onBack={() => {}}
					/>,
				);
				const card = frame(r)
					.split('\n')
					.map((line) => /│ (.*)$/.exec(line)?.[1])
					.filter((line): line is string => line !== undefined && line.trim() !== '');
				expect(card.length).toBeGreaterThan(2);
				for (const line of card) expect(line, `${level.id} ${lang}`).not.toMatch(/^ /);
				r.unmount();
			}
		}
	});
});

describe('briefing at 80×24', () => {
	test('the map takes the rows the text leaves: the whole story, the notes and the key bar fit, and no more than one row stays blank besides the two gaps (on a map level: fog hides most of it)', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const level of levels) {
				const r = render(<BriefingScreen env={testEnv({lang, width: 80, height: 23})} level={level} previous={null} onStart={() => {}} onBack={() => {}} />);
				const lines = frame(r).split('\n');
				const where = `${level.id} ${lang}`;
				expect(lines.length, where).toBeLessThanOrEqual(23);
				expect(lines.at(-1), where).toMatch(/^Enter/);
				expect(lines.join(' ').replaceAll(/\s+/g, ' '), where).toContain(level.briefing[lang].replaceAll(/\s+/g, ' '));
				// where the map shows (a line of its glyphs); a long story leaves it no room (fewer than four rows)
				const map = lines.some((line) => (line.match(/[─│╭╮╯╰█▓▒░∙]/g) ?? []).length >= 3);
				if (level.visibility === 'map') expect(lines.filter((line) => line.trim() === '').length, where).toBeLessThanOrEqual(map ? 3 : 5);
				r.unmount();
			}
		}
	}, 120_000);
});
