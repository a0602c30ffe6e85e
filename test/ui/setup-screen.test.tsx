/** The setup screen's selectors, schedule parameters, sparkline and curvature panel, driven by keys. */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
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
