/**
 * Verifying a share code (README, “Competing”): decode it, find its level, check the level's content hash
 * and the engine version, turn the carried knobs back into a run's knobs within the level's
 * ranges, re-simulate, and compare the score. A claimed score either comes out again or the
 * code is rejected with a reason code.
 */
import {ENGINE_VERSION, play, resolveKnobs, type Outcome} from '../engine/index.js';
import {NEUTRAL_KNOBS} from '../engine/simulate.js';
import type {KnobInput} from '../engine/knobs.js';
import type {KnobName, Knobs, Level} from '../engine/types.js';
import {loadCampaign} from '../levels/load.js';
import {decodeShareCode, type ShareError, type SharePayload} from './code.js';
import {dailyDateOf, dailyLevel} from './daily.js';

/** Why a code was rejected: a decoding error, or what the re-simulation found. */
export type RejectionCode =
	| ShareError
	| 'ERR_UNKNOWN_LEVEL'
	| 'ERR_LEVEL_CHANGED'
	| 'ERR_ENGINE_VERSION'
	| 'ERR_KNOBS'
	| 'ERR_SCORE_MISMATCH';

export type Verdict =
	| {ok: true; payload: SharePayload; level: Level; knobs: Knobs; outcome: Outcome}
	| {
			ok: false;
			code: RejectionCode;
			/** decoded payload, when the code got that far */
			payload?: SharePayload;
			/** the knob outside the level's ranges (ERR_KNOBS) */
			knob?: KnobName;
			/** this install's content hash of the level (ERR_LEVEL_CHANGED) */
			levelHash?: string;
			/** the score the re-simulation gave (ERR_SCORE_MISMATCH) */
			resimulated?: number;
	  };

/** Finds a level by id; undefined when this install lacks it. */
export type LevelFinder = (id: string) => Promise<Level | undefined> | Level | undefined;

/**
 * The run's knobs from a code's knobs, or the name of the first knob that the level locks (and
 * the code sets away from neutral) or that falls outside the level's range.
 */
export function knobsFromShare(level: Level, shared: SharePayload['knobs']): {ok: true; knobs: Knobs} | {ok: false; knob: KnobName} {
	const spec = level.knobs;
	const input: KnobInput = {learningRate: shared.learningRate};
	const locked: Array<[KnobName, boolean]> = [
		['momentum', shared.momentum === NEUTRAL_KNOBS.momentum],
		['decay', shared.decay === NEUTRAL_KNOBS.decay],
		['schedule', shared.schedule === 'constant'],
		['temperature', shared.temperature === NEUTRAL_KNOBS.temperature],
		['batchSize', shared.batchSize === NEUTRAL_KNOBS.batchSize],
		['restarts', shared.restarts === NEUTRAL_KNOBS.restarts],
		['nesterov', shared.nesterov === NEUTRAL_KNOBS.nesterov],
	];
	for (const [name, neutral] of locked) {
		if (spec[name] === undefined) {
			if (!neutral) return {ok: false, knob: name};
			continue;
		}

		const value = name === 'nesterov' ? shared.nesterov : shared[name];
		if (value === null) return {ok: false, knob: name};
		input[name] = value;
	}

	const resolved = resolveKnobs(level, input);
	return resolved.ok ? {ok: true, knobs: resolved.value} : {ok: false, knob: resolved.error.knob};
}

/** Checks a decoded payload against its level (undefined: this install lacks it). Pure. */
export function verifyPayload(payload: SharePayload, level: Level | undefined): Verdict {
	if (payload.engine !== ENGINE_VERSION) return {ok: false, code: 'ERR_ENGINE_VERSION', payload};
	if (!level) return {ok: false, code: 'ERR_UNKNOWN_LEVEL', payload};
	if (level.hash !== payload.levelHash) return {ok: false, code: 'ERR_LEVEL_CHANGED', payload, levelHash: level.hash};
	const knobs = knobsFromShare(level, payload.knobs);
	if (!knobs.ok) return {ok: false, code: 'ERR_KNOBS', payload, knob: knobs.knob};
	const outcome = play(level, knobs.knobs, payload.seed);
	if (outcome.score.total !== payload.score) {
		return {ok: false, code: 'ERR_SCORE_MISMATCH', payload, resimulated: outcome.score.total};
	}

	return {ok: true, payload, level, knobs: knobs.knobs, outcome};
}

/** Verifies a share code (any input; never throws on a malformed code). */
export async function verifyShareCode(code: unknown, findLevel: LevelFinder): Promise<Verdict> {
	const decoded = decodeShareCode(code);
	if (!decoded.ok) return {ok: false, code: decoded.error};
	const {payload} = decoded;
	if (payload.engine !== ENGINE_VERSION) return {ok: false, code: 'ERR_ENGINE_VERSION', payload};
	return verifyPayload(payload, await findLevel(payload.level));
}

/**
 * Finds a level by id among the campaign, the extra pack and the daily levels (regenerated from
 * the date in the id). Only ids: a share code never names a file to read.
 */
export function installedLevels(extraDir?: string): LevelFinder {
	let campaign: Promise<Level[]> | undefined;
	return async (id) => {
		const date = dailyDateOf(id);
		if (date !== null) return dailyLevel(date);
		campaign ??= loadCampaign(extraDir).then((set) => set.levels);
		return (await campaign).find((level) => level.id === id);
	};
}
