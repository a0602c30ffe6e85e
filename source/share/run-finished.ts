/**
 * The rules of "a run finished", as data: what progress records (or the daily's score), the
 * leaderboard entry and the share code. Pure; the game's store hook writes what this returns.
 */
import {ENGINE_VERSION, type Outcome} from '../engine/index.js';
import {unlockedKnobValues} from '../engine/knob-values.js';
import {shareCodeOf} from '../report.js';
import type {LevelResult, NewScoreEntry, ScoreKnobs, Stars} from '../store/index.js';
import {dailyDateOf} from './daily.js';

export type RunRecords = {
	stars: Stars;
	/** the campaign's progress record; null for a daily level (its score goes to `daily`) */
	result: LevelResult | null;
	/** the daily challenge's date and score; null for other levels */
	daily: {date: string; score: number} | null;
	/** the local leaderboard's new entry */
	entry: NewScoreEntry;
	/** the run as a share code, under the player's name */
	shareCode: string;
};

/** The leaderboard's knobs of a run: η, μ, λ always, and the other knobs the level unlocks (no batch size for the full batch). */
export function scoreKnobs(outcome: Outcome): ScoreKnobs {
	const {level, knobs} = outcome.run;
	const values = unlockedKnobValues(level, knobs);
	if (knobs.batchSize === null) delete values.batchSize;
	return {...values, learningRate: knobs.learningRate, momentum: knobs.momentum, decay: knobs.decay} as ScoreKnobs;
}

/** Everything a finished run is recorded as, for a player called `name`. */
export function runRecords(outcome: Outcome, name: string): RunRecords {
	const {run, score} = outcome;
	const {level, seed} = run;
	const stars = Math.max(0, Math.min(3, score.stars)) as Stars;
	const date = dailyDateOf(level.id);
	const shareCode = shareCodeOf(outcome, name);
	return {
		stars,
		result: date === null ? {levelId: level.id, score: score.total, stars, knobs: unlockedKnobValues(level, run.knobs), seed} : null,
		daily: date === null ? null : {date, score: score.total},
		entry: {name, score: score.total, stars, knobs: scoreKnobs(outcome), seed, engine: ENGINE_VERSION, levelHash: level.hash, code: shareCode},
		shareCode,
	};
}
