/**
 * A schedule speaks the player's language on the screens: the setup field is named in Spanish
 * in `--lang es`, and the result's knobs line reads the schedule with its parameters named and
 * its numbers in the player's style (decimal comma in Spanish) — never the `--schedule` form
 * `cosine:0.001:400`, which machine output keeps.
 */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {defaultKnobs, play, type Level} from '../../source/engine/index.js';
import {loadCampaign} from '../../source/levels/load.js';
import {SetupScreen} from '../../source/ui/screens/SetupScreen.js';
import {ResultScreen} from '../../source/ui/screens/ResultScreen.js';
import {frame} from '../ui/helpers/ink.js';
import {testEnv} from '../ui/helpers/levels.js';

afterEach(cleanup);

let level: Level;
beforeAll(async () => {
	level = (await loadCampaign()).levels.find((candidate) => candidate.id.startsWith('w5-02'))!;
});

const flat = (text: string) => text.replaceAll(/[│\s\u00A0]+/g, ' ');

describe('a schedule on the screens', () => {
	test('the setup field is named in Spanish in es (and "schedule" in en)', () => {
		for (const size of [{width: 80, height: 23}, {width: 120, height: 39}]) {
			const es = frame(render(<SetupScreen env={testEnv({lang: 'es', ...size})} level={level} onLaunch={() => {}} onBack={() => {}} />));
			expect(es).toContain('calendario de η');
			expect(es).not.toMatch(/\bschedule\b/);
			const en = frame(render(<SetupScreen env={testEnv({lang: 'en', ...size})} level={level} onLaunch={() => {}} onBack={() => {}} />));
			expect(en).toMatch(/\bschedule\b/);
		}
	});

	test('the knobs line reads the schedule in the player\'s words and numbers, not as cosine:0.001:400', () => {
		const outcome = play(level, {...defaultKnobs(level), learningRate: 1.5, schedule: {kind: 'cosine', min: 0.0025, period: level.budget}}, 1);
		const noop = () => {};
		const expected = {
			es: `calendario de η cosine (η mínima 0,0025, periodo T₀ ${level.budget})`,
			en: `schedule cosine (η minimum 0.0025, period T₀ ${level.budget})`,
		};
		for (const size of [{width: 80, height: 23}, {width: 120, height: 39}]) {
			for (const lang of ['es', 'en'] as const) {
				const r = render(
					<ResultScreen env={testEnv({lang, ...size})} outcome={outcome} ghostShown={false} shareCode="DSC1.AAAA.sum" next="open" notices={[]}
						onRetry={noop} onNext={noop} onReplay={noop} onDashboard={noop} onGhost={noop} onView={noop} onBack={noop} />,
				);
				const lines = frame(r).split('\n');
				const where = `${lang} ${size.width}`;
				expect(lines.join('\n'), where).not.toContain('cosine:');
				// the right-hand column, where the knobs line is, starts at the card's border
				const column = Math.max(...lines.map((line) => [...line].join('').indexOf('╭─')));
				const right = lines.map((line) => [...line].slice(column).join('')).join('\n');
				expect(flat(right), where).toContain(expected[lang]);
				r.unmount();
			}
		}
	});
});
