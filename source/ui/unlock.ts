/**
 * Which levels are open: the first level of world 1 always; any other level when the one before
 * it in its world has a star; the first level of a world when every level of the world before
 * it has a star.
 */
import type {Level} from '../engine/types.js';
import type {Progress} from '../store/index.js';

/** Levels in campaign order: by world, then by order. */
export function campaignOrder(levels: readonly Level[]): Level[] {
	return [...levels].sort((a, b) => a.world - b.world || a.order - b.order || a.id.localeCompare(b.id));
}

/** Stars earned on a level, 0–3. */
export function starsOn(progress: Progress, levelId: string): number {
	return Object.hasOwn(progress.levels, levelId) ? (progress.levels[levelId]?.stars ?? 0) : 0;
}

/** Why a level is closed, or null when it is open. */
export function lockReason(levels: readonly Level[], progress: Progress, level: Level): 'level' | 'world' | null {
	const ordered = campaignOrder(levels);
	const inWorld = ordered.filter((l) => l.world === level.world);
	const index = inWorld.findIndex((l) => l.id === level.id);
	if (index > 0) return starsOn(progress, inWorld[index - 1]!.id) > 0 ? null : 'level';
	const worlds = [...new Set(ordered.map((l) => l.world))];
	const w = worlds.indexOf(level.world);
	if (w <= 0) return null;
	const previous = ordered.filter((l) => l.world === worlds[w - 1]);
	return previous.every((l) => starsOn(progress, l.id) > 0) ? null : 'world';
}

export function isUnlocked(levels: readonly Level[], progress: Progress, level: Level): boolean {
	return lockReason(levels, progress, level) === null;
}

/** The level after `level` in campaign order, or null at the end. */
export function nextLevel(levels: readonly Level[], level: Level): Level | null {
	const ordered = campaignOrder(levels);
	const index = ordered.findIndex((l) => l.id === level.id);
	return index >= 0 ? (ordered[index + 1] ?? null) : null;
}

/** The level before `level` in campaign order, or null for the first. */
/** The level (or world) `result` opens on a campaign level: the one after it, if it was locked before and is open after. */
export function openedBy(levels: readonly Level[], before: Progress, after: Progress, level: Level): Level | null {
	const following = nextLevel(levels, level);
	return following && !isUnlocked(levels, before, following) && isUnlocked(levels, after, following) ? following : null;
}

export function previousLevel(levels: readonly Level[], level: Level): Level | null {
	const ordered = campaignOrder(levels);
	const index = ordered.findIndex((l) => l.id === level.id);
	return index > 0 ? (ordered[index - 1] ?? null) : null;
}
