/**
 * The screens write a negative number with the minus sign (−0.541), as people read it; the
 * machine output built from the same run (the JSON report, its diagnosis text) keeps the
 * hyphen-minus that programs parse.
 */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultKnobs, play} from '../../source/engine/index.js';
import {formatNumber, readableNumber, readableText} from '../../source/i18n/format.js';
import {loadCampaign} from '../../source/levels/load.js';
import {buildReport} from '../../source/report.js';
import {ResultScreen} from '../../source/ui/screens/ResultScreen.js';
import {SetupScreen} from '../../source/ui/screens/SetupScreen.js';
import {frame} from './helpers/ink.js';
import {testEnv} from './helpers/levels.js';

afterEach(cleanup);

describe('the minus sign', () => {
	test('readableNumber and readableText put − where formatNumber writes -; formatNumber is unchanged', () => {
		expect(formatNumber(-1.5, 'en')).toBe('-1.5');
		expect(readableNumber(-1.5, 'en')).toBe('−1.5');
		expect(readableNumber(-0.000_012_3, 'es')).toBe('−1,23·10⁻⁵');
		expect(readableNumber(2, 'en')).toBe('2');
		expect(readableText('curvatures -0.541 (downhill), loss -1.36 at (-2, 0.5); η·λ = -3; step-by-step x-1')).toBe(
			'curvatures −0.541 (downhill), loss −1.36 at (−2, 0.5); η·λ = −3; step-by-step x-1',
		);
	});

	test('a saddle: the card shows −, the JSON report of the same run keeps -', async () => {
		const level = (await loadCampaign()).levels.find((candidate) => candidate.id.startsWith('w6-03'))!;
		const outcome = play(level, defaultKnobs(level), 1);
		expect(outcome.diagnosis.code).toBe('saddle');
		const report = buildReport(outcome, 'en');
		expect(report.diagnosis.evidence).toMatch(/curvatures -\d/);
		const noop = () => {};
		const r = render(
			<ResultScreen env={testEnv()} outcome={outcome} ghostShown={false} shareCode="DSC1.x" next="open" notices={[]} onRetry={noop} onNext={noop} onReplay={noop} onDashboard={noop} onGhost={noop} onView={noop} onBack={noop} />,
		);
		const text = frame(r);
		expect(text).toMatch(/curvatures\s+−\d/);
		expect(text).not.toMatch(/[\s(]-\d/);
	});

	test('the setup\'s slope panel: a curvature below zero reads with −', async () => {
		const level = (await loadCampaign()).levels.find((candidate) => candidate.id.startsWith('w6-06'))!;
		const r = render(<SetupScreen env={testEnv({lang: 'es'})} level={level} onLaunch={() => {}} onBack={() => {}} />);
		expect(frame(r)).toMatch(/menor −\d/);
		expect(frame(r)).not.toMatch(/[\s(]-\d/);
	});
});
