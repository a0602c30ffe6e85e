/**
 * The score (README, “Score and stars”), 0–1000:
 *   closeness (up to 600) = 600 · log(g₀ / g) / log(g₀ / (tol/1000)), g clamped to [tol/1000, g₀],
 *     where g is the final gap to the global minimum's loss and g₀ the gap at the level's start
 *     (the same yardstick for every run of the level, restarts included);
 *   speed (up to 400)     = 400 · (1 − arrival step / budget), only when the run succeeded;
 *   0 for a run that diverged or left the map.
 * Stars: none unless the run reached the global minimum, then one per threshold met.
 */
import {log} from './math.js';
import type {ScoreFacts} from './analysis.js';
import type {DiagnosisCode} from './diagnosis/index.js';
import type {Level} from './types.js';

export const CLOSENESS_POINTS = 600;
export const SPEED_POINTS = 400;

export type Score = {
	/** 0–1000 */
	total: number;
	/** 0–3 */
	stars: number;
	closeness: number;
	speed: number;
};

export function scoreRun(level: Level, code: DiagnosisCode, facts: ScoreFacts): Score {
	if (code === 'diverged' || code === 'left-map') return {total: 0, stars: 0, closeness: 0, speed: 0};
	const floor = level.tolerance / 1000;
	const start = Math.max(facts.levelStartGap, level.tolerance);
	const gap = Math.min(start, Math.max(facts.endGap, floor));
	const closeness = Math.round((CLOSENESS_POINTS * log(start / gap)) / log(start / floor));
	const success = code === 'reached-global';
	const arrived = (facts.arrivedAt ?? facts.trajectory.steps) + facts.stepsBefore;
	const speed = success ? Math.round(SPEED_POINTS * Math.max(0, 1 - arrived / level.budget)) : 0;
	const total = Math.max(0, Math.min(1000, closeness + speed));
	return {total, stars: success ? starsFor(level, total) : 0, closeness, speed};
}

/** Stars for a total under the level's three thresholds. */
export function starsFor(level: Level, total: number): number {
	return level.stars.filter((threshold) => total >= threshold).length;
}
