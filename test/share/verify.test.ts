import {describe, expect, it} from 'vitest';
import {ENGINE_VERSION, play, resolveKnobs} from '../../source/engine/index.js';
import type {Level} from '../../source/engine/types.js';
import {encodeShareCode, shareKnobs, type SharePayload} from '../../source/share/code.js';
import {dailyLevel} from '../../source/share/daily.js';
import {describeRejection} from '../../source/share/describe.js';
import {installedLevels, verifyShareCode, type Verdict} from '../../source/share/verify.js';
import {BOWL_JSON, levelOf} from './fixtures.js';

const level = levelOf(BOWL_JSON);
const finder = (id: string): Level | undefined => (id === level.id ? level : undefined);

/** The payload of a real run on `on` with the given knob values. */
function runPayload(on: Level, input: Record<string, number>, seed = 1, name = 'Ana'): SharePayload {
	const knobs = resolveKnobs(on, input);
	if (!knobs.ok) throw new Error('bad knobs in test');
	const outcome = play(on, knobs.value, seed);
	return {level: on.id, levelHash: on.hash, engine: ENGINE_VERSION, knobs: shareKnobs(knobs.value), seed, name, score: outcome.score.total};
}

const rejection = (verdict: Verdict) => (verdict.ok ? 'holds' : verdict.code);

describe('verifyShareCode', () => {
	const good = runPayload(level, {learningRate: 0.4, momentum: 0.3});

	it('accepts a real run: the score comes out again', async () => {
		expect(good.score).toBeGreaterThan(0);
		const verdict = await verifyShareCode(encodeShareCode(good), finder);
		expect(verdict.ok).toBe(true);
		if (verdict.ok) expect(verdict.outcome.score.total).toBe(good.score);
	});

	it('rejects a re-encoded code with a changed score (valid checksum): the score does not come out again', async () => {
		const verdict = await verifyShareCode(encodeShareCode({...good, score: good.score - 1}), finder);
		expect(rejection(verdict)).toBe('ERR_SCORE_MISMATCH');
		if (!verdict.ok) {
			expect(verdict.resimulated).toBe(good.score);
			expect(describeRejection(verdict, 'en')).toContain(`claimed ${good.score - 1}, re-simulated ${good.score}`);
		}
	});

	it('rejects a different seed claiming the same score when the run differs', async () => {
		const other = runPayload(level, {learningRate: 0.01});
		const verdict = await verifyShareCode(encodeShareCode({...other, score: good.score}), finder);
		expect(rejection(verdict)).toBe('ERR_SCORE_MISMATCH');
	});

	it('rejects a changed level (content hash)', async () => {
		const changed = levelOf({...BOWL_JSON, budget: 61});
		expect(changed.hash).not.toBe(level.hash);
		const verdict = await verifyShareCode(encodeShareCode(good), () => changed);
		expect(rejection(verdict)).toBe('ERR_LEVEL_CHANGED');
		expect(rejection(await verifyShareCode(encodeShareCode({...good, levelHash: 'x'.repeat(16)}), finder))).toBe('ERR_LEVEL_CHANGED');
	});

	it('rejects another engine version', async () => {
		const verdict = await verifyShareCode(encodeShareCode({...good, engine: `${ENGINE_VERSION}0`}), finder);
		expect(rejection(verdict)).toBe('ERR_ENGINE_VERSION');
		if (!verdict.ok) expect(describeRejection(verdict, 'es')).toContain('otra versión del motor');
	});

	it('rejects a level this install lacks', async () => {
		const verdict = await verifyShareCode(encodeShareCode({...good, level: 'w9-99-nowhere'}), finder);
		expect(rejection(verdict)).toBe('ERR_UNKNOWN_LEVEL');
	});

	it('rejects knobs outside the level ranges, and locked knobs set away from neutral', async () => {
		const cases: Array<[Partial<SharePayload['knobs']>, string]> = [
			[{learningRate: 3}, 'learningRate'],
			[{learningRate: 0}, 'learningRate'],
			[{momentum: 0.99}, 'momentum'],
			[{decay: 0.1}, 'decay'],
			[{schedule: 'cosine'}, 'schedule'],
			[{temperature: 0.5}, 'temperature'],
			[{batchSize: 8}, 'batchSize'],
			[{restarts: 4}, 'restarts'],
			[{nesterov: true}, 'nesterov'],
		];
		for (const [change, knob] of cases) {
			const verdict = await verifyShareCode(encodeShareCode({...good, knobs: {...good.knobs, ...change}}), finder);
			expect(rejection(verdict), knob).toBe('ERR_KNOBS');
			if (!verdict.ok) expect(verdict.knob).toBe(knob);
		}
	});

	it('re-simulates with a carried schedule text exactly', async () => {
		const scheduled = levelOf({...BOWL_JSON, id: 'test-share-sched', knobs: {...BOWL_JSON.knobs, schedule: {allowed: ['constant', 'cosine', 'step'], default: 'constant'}}});
		const knobs = resolveKnobs(scheduled, {learningRate: 0.3, schedule: 'cosine:0.0007:45'});
		expect(knobs.ok).toBe(true);
		if (!knobs.ok) return;
		const outcome = play(scheduled, knobs.value, 3);
		const code = encodeShareCode({level: scheduled.id, levelHash: scheduled.hash, engine: ENGINE_VERSION, knobs: shareKnobs(knobs.value), seed: 3, name: '', score: outcome.score.total});
		const verdict = await verifyShareCode(code, () => scheduled);
		expect(rejection(verdict)).toBe('holds');
		if (verdict.ok) expect(verdict.knobs.schedule).toEqual({kind: 'cosine', min: 0.0007, period: 45});
	});

	it('passes malformed codes through as rejections, never throwing', async () => {
		expect(rejection(await verifyShareCode('DSC1.abc', finder))).toBe('ERR_CODE_TRUNCATED');
		expect(rejection(await verifyShareCode(42, finder))).toBe('ERR_CODE_EMPTY');
	});

	it('verifies a daily challenge code by regenerating the level from its id', async () => {
		const daily = dailyLevel('2026-03-14');
		const p = runPayload(daily, {learningRate: 0.05, momentum: 0.8}, 5);
		const verdict = await verifyShareCode(encodeShareCode(p), installedLevels());
		expect(rejection(verdict)).toBe('holds');
		const forged = await verifyShareCode(encodeShareCode({...p, level: 'daily-2026-03-15'}), installedLevels());
		expect(rejection(forged)).toBe('ERR_LEVEL_CHANGED');
	});

	it('never treats a level id in a code as a file path', async () => {
		const verdict = await verifyShareCode(encodeShareCode({...good, level: '../../package.json'}), installedLevels());
		expect(rejection(verdict)).toBe('ERR_UNKNOWN_LEVEL');
	});
});
