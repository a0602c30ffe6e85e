import {describe, expect, test} from 'vitest';
import {defaultKnobs, play} from '../../source/engine/index.js';
import {CAMPAIGN_DIR, loadLevelDir} from '../../source/levels/load.js';
import {timelineLength} from '../../source/ui/timeline.js';
import {emptyProgress, withResult, type Progress} from '../../source/store/index.js';
import {menuReducer, MENU_ITEMS} from '../../source/ui/screens/MenuScreen.js';
import {levelSelectReducer} from '../../source/ui/screens/LevelSelectScreen.js';
import {setupReducer, validateField, initialTexts, resolveTexts, slopeAtStart} from '../../source/ui/setup-state.js';
import {runReducer, initialRunState, runFinished, SPEEDS, defaultSpeed, RUN_SECONDS} from '../../source/ui/screens/RunScreen.js';
import {replayReducer} from '../../source/ui/screens/ReplayScreen.js';
import {settingsReducer, cycleSetting} from '../../source/ui/screens/SettingsScreen.js';
import {resultReducer} from '../../source/ui/screens/ResultScreen.js';
import {newKnobs} from '../../source/ui/screens/BriefingScreen.js';
import {backOf, navReducer} from '../../source/ui/navigation.js';
import {isUnlocked, lockReason, nextLevel} from '../../source/ui/unlock.js';
import {applyEditing, editText} from '../../source/ui/editing.js';
import {endsBelowFrame, fixFrameStart} from '../../source/ui/terminal-fix.js';
import {testLevel} from './helpers/levels.js';

const w1a = testLevel({id: 'w1-a', world: 1, order: 1});
const w1b = testLevel({id: 'w1-b', world: 1, order: 2});
const w2a = testLevel({id: 'w2-a', world: 2, order: 1});
const w2b = testLevel({id: 'w2-b', world: 2, order: 2});
const campaign = [w2b, w1b, w2a, w1a];

function starred(...ids: string[]): Progress {
	return ids.reduce((p, id) => withResult(p, {levelId: id, score: 500, stars: 1, knobs: {learningRate: 1}, seed: 1}), emptyProgress());
}

describe('unlock rules', () => {
	test('only the first level of world 1 is open at the start', () => {
		const open = campaign.filter((level) => isUnlocked(campaign, emptyProgress(), level)).map((l) => l.id);
		expect(open).toEqual(['w1-a']);
	});

	test('a level opens when the one before it has a star', () => {
		expect(isUnlocked(campaign, starred('w1-a'), w1b)).toBe(true);
		expect(lockReason(campaign, starred('w1-a'), w2a)).toBe('world');
	});

	test('a played level without stars does not open the next', () => {
		const progress = withResult(emptyProgress(), {levelId: 'w1-a', score: 100, stars: 0, knobs: {learningRate: 1}, seed: 1});
		expect(lockReason(campaign, progress, w1b)).toBe('level');
	});

	test('a world opens when every level of the world before has a star', () => {
		expect(isUnlocked(campaign, starred('w1-b'), w2a)).toBe(false);
		expect(isUnlocked(campaign, starred('w1-a', 'w1-b'), w2a)).toBe(true);
		expect(isUnlocked(campaign, starred('w1-a', 'w1-b'), w2b)).toBe(false);
	});

	test('next level follows world and order', () => {
		expect(nextLevel(campaign, w1b)?.id).toBe('w2-a');
		expect(nextLevel(campaign, w2b)).toBeNull();
	});
});

describe('menu', () => {
	test('wraps around and jumps', () => {
		expect(menuReducer({index: 0}, {type: 'up'}).index).toBe(MENU_ITEMS.length - 1);
		expect(menuReducer({index: MENU_ITEMS.length - 1}, {type: 'down'}).index).toBe(0);
		expect(menuReducer({index: 0}, {type: 'jump', index: 99}).index).toBe(MENU_ITEMS.length - 1);
	});
});

describe('level select', () => {
	test('moves without wrapping and clears the lock message', () => {
		const reduce = levelSelectReducer(3);
		expect(reduce({index: 0, message: null}, {type: 'up'}).index).toBe(0);
		expect(reduce({index: 2, message: null}, {type: 'down'}).index).toBe(2);
		const locked = reduce({index: 1, message: null}, {type: 'locked', reason: 'level'});
		expect(locked.message).toBe('level');
		expect(reduce(locked, {type: 'down'}).message).toBeNull();
	});

	test('←/→ jump to the same place in the world before or after, clamped to its length', () => {
		// worlds: 1 1 1 | 2 2 | 3 3 3
		const reduce = levelSelectReducer(8, [1, 1, 1, 2, 2, 3, 3, 3]);
		expect(reduce({index: 2, message: null}, {type: 'nextWorld'}).index).toBe(4);
		expect(reduce({index: 4, message: null}, {type: 'nextWorld'}).index).toBe(6);
		expect(reduce({index: 6, message: 'level'}, {type: 'prevWorld'})).toEqual({index: 4, message: null});
		expect(reduce({index: 3, message: null}, {type: 'prevWorld'}).index).toBe(0);
		// no world beyond the ends
		expect(reduce({index: 1, message: null}, {type: 'prevWorld'}).index).toBe(1);
		expect(reduce({index: 7, message: null}, {type: 'nextWorld'}).index).toBe(7);
	});
});

describe('setup', () => {
	const level = testLevel({knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}, momentum: {min: 0, max: 0.99, default: 0}}});

	test('fields wrap with next/prev', () => {
		const reduce = setupReducer(['learningRate', 'momentum']);
		const state = {values: {}, focus: 1, tried: false, pristine: [], launches: 0};
		expect(reduce(state, {type: 'next'}).focus).toBe(0);
		expect(reduce({...state, focus: 0}, {type: 'prev'}).focus).toBe(1);
	});

	test('typing at the end of an untouched default replaces it; editing keeps it', () => {
		const reduce = setupReducer(['learningRate']);
		const start = {values: {learningRate: '0.05'}, focus: 0, tried: false, pristine: ['learningRate' as const], launches: 0};
		const typed = reduce(start, {type: 'set', knob: 'learningRate', value: '0.051'});
		expect(typed.values.learningRate).toBe('1');
		expect(reduce(typed, {type: 'set', knob: 'learningRate', value: '1.5'}).values.learningRate).toBe('1.5');
		expect(reduce(start, {type: 'set', knob: 'learningRate', value: '0.0'}).values.learningRate).toBe('0.0');
	});

	test('validation accepts a decimal comma and names what is wrong', () => {
		expect(validateField(level, 'learningRate', '0,5', 'en')).toBeNull();
		expect(validateField(level, 'learningRate', 'abc', 'en')).toMatch(/not a number/);
		expect(validateField(level, 'learningRate', '7', 'en')).toMatch(/out of range/);
		expect(validateField(level, 'momentum', '1', 'es')).toMatch(/fuera de rango/);
		expect(validateField(level, 'learningRate', '', 'en')).not.toBeNull();
	});

	test('defaults follow the language and resolve to the level defaults', () => {
		const texts = initialTexts(level, 'es');
		expect(texts.learningRate).toBe('0,05');
		const resolved = resolveTexts(level, texts);
		expect(resolved.ok && resolved.value.learningRate).toBe(0.05);
	});

	test('the slope at the start points downhill', () => {
		const slope = slopeAtStart(level);
		expect(slope.steepness).toBeCloseTo(Math.hypot(3, 2), 10);
		expect(slope.dx).toBeCloseTo(-3, 10);
		expect(slope.dy).toBeCloseTo(-2, 10);
	});
});

describe('run animation', () => {
	test('ticks advance by the speed and stop at the end', () => {
		const state = initialRunState(100, 3);
		const after = runReducer(state, {type: 'tick', ms: 500});
		expect(after.t).toBeCloseTo(SPEEDS[3]! / 2, 10);
		expect(runReducer({...state, t: 99.9}, {type: 'tick', ms: 100_000}).t).toBe(100);
		expect(runFinished(runReducer(state, {type: 'end'}))).toBe(true);
	});

	test('pause stops ticks; a single step pauses and moves one step', () => {
		const paused = runReducer(initialRunState(50), {type: 'pause'});
		expect(runReducer(paused, {type: 'tick', ms: 1000}).t).toBe(0);
		const stepped = runReducer({...initialRunState(50), t: 3.4}, {type: 'step'});
		expect(stepped).toMatchObject({t: 4, paused: true});
	});

	test('a late frame advances the run by at most two frames of steps, not by all the time it was late', () => {
		const state = initialRunState(10_000, 6);
		const late = runReducer(state, {type: 'tick', ms: 400, frameMs: 1000 / 30});
		expect(late.t).toBeCloseTo((SPEEDS[6]! * 2) / 30, 10);
		expect(runReducer(state, {type: 'tick', ms: 20, frameMs: 1000 / 30}).t).toBeCloseTo((SPEEDS[6]! * 20) / 1000, 10);
	});

	test('every campaign level plays in 2–6 s at its default speed, at 30 frames a second, at its budget and at its default knobs\' run', async () => {
		const {levels} = await loadLevelDir(CAMPAIGN_DIR);
		expect(levels.length).toBeGreaterThan(0);
		for (const level of levels) {
			for (const total of [level.budget, timelineLength(play(level, defaultKnobs(level), 1).run)]) {
				const seconds = total / SPEEDS[defaultSpeed(total)]!;
				// runs that stop early (a divergence after a few steps) may be quicker, never slower
				if (total >= 2 * RUN_SECONDS * SPEEDS[0]!) expect(seconds, `${level.id}: ${total} steps`).toBeGreaterThanOrEqual(2);
				expect(seconds, `${level.id}: ${total} steps`).toBeLessThanOrEqual(6);
			}
		}
	});

	test('speed stays within the table', () => {
		expect(runReducer(initialRunState(10, 0), {type: 'slower'}).speed).toBe(0);
		expect(runReducer(initialRunState(10, SPEEDS.length - 1), {type: 'faster'}).speed).toBe(SPEEDS.length - 1);
		expect(SPEEDS[defaultSpeed(80)]! * 5).toBeGreaterThanOrEqual(80);
	});
});

describe('replay scrubber', () => {
	test('moves by one or ten, clamped, and jumps to the ends', () => {
		const state = {t: 5, total: 12};
		expect(replayReducer(state, {type: 'move', by: -10}).t).toBe(0);
		expect(replayReducer(state, {type: 'move', by: 10}).t).toBe(12);
		expect(replayReducer(state, {type: 'move', by: 1}).t).toBe(6);
		expect(replayReducer(state, {type: 'end'}).t).toBe(12);
		expect(replayReducer(state, {type: 'home'}).t).toBe(0);
	});
});

describe('settings', () => {
	test('cycles each choice and does not move while editing', () => {
		expect(cycleSetting({version: 1}, 'language', 1, 'es')).toEqual({language: 'en'});
		expect(cycleSetting({version: 1, view: 'relief'}, 'view', 1, 'en')).toEqual({view: 'contour'});
		expect(cycleSetting({version: 1}, 'glyphs', 1, 'en')).toEqual({ascii: true});
		expect(cycleSetting({version: 1, color: 'auto'}, 'colour', -1, 'en')).toEqual({color: 'none'});
		const editing = settingsReducer({index: 4, editing: false, draft: ''}, {type: 'edit', draft: 'Ana'});
		expect(settingsReducer(editing, {type: 'down'}).index).toBe(4);
	});
});

describe('result', () => {
	test('ghost toggles only when there is one; next reports why it cannot', () => {
		expect(resultReducer({ghost: false, message: null}, {type: 'ghost', available: true}).ghost).toBe(true);
		expect(resultReducer({ghost: false, message: null}, {type: 'ghost', available: false}).message).toBe('noGhost');
		expect(resultReducer({ghost: false, message: null}, {type: 'next', next: 'locked'}).message).toBe('locked');
	});
});

describe('briefing', () => {
	test('the new knob is the one the previous level did not have', () => {
		const withMomentum = testLevel({knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}, momentum: {min: 0, max: 0.9, default: 0}}});
		expect(newKnobs(withMomentum, w1a)).toEqual(['momentum']);
		expect(newKnobs(w1a, null)).toEqual(['learningRate']);
	});
});

describe('navigation', () => {
	const ids = new Set(['w1-a']);
	test('back goes up one level of the game', () => {
		expect(backOf({screen: 'levels'}, ids)).toEqual({screen: 'menu'});
		expect(backOf({screen: 'briefing', level: w1a}, ids)).toEqual({screen: 'levels'});
		expect(backOf({screen: 'setup', level: w1a}, ids)).toEqual({screen: 'briefing', level: w1a});
		expect(backOf({screen: 'setup', level: w2a}, ids)).toEqual({screen: 'menu'});
		expect(navReducer({route: {screen: 'settings'}, campaignIds: ids}, {type: 'back'}).route).toEqual({screen: 'menu'});
	});
});

describe('typing and terminal helpers', () => {
	test('backspaces inside a burst delete; control characters are dropped', () => {
		expect(applyEditing('0.05\u007F\u007F\u007F\u007F0,9')).toBe('0,9');
		expect(applyEditing('a\u001Bb\u0007c')).toBe('abc');
	});

	test('one input event may hold several keys: Backspaces delete, Enter submits what was typed before it', () => {
		expect(editText('0.05', '\u007F\u007F', {})).toEqual({value: '0.', submit: false, typed: false});
		expect(editText('0.05', '', {delete: true}).value).toBe('0.0');
		expect(editText('', '0,3\r', {})).toEqual({value: '0,3', submit: true, typed: true});
		expect(editText('abc', '', {return: true})).toEqual({value: 'abc', submit: true, typed: false});
		expect(editText('abc', '', {leftArrow: true}).value).toBe('abc');
		expect(editText('', 'x'.repeat(50), {}, 10).value).toBe('x'.repeat(10));
	});

	test('edits in the setup reducer start from the current text, so two in one tick both count', () => {
		const reduce = setupReducer(['learningRate']);
		const start = {values: {learningRate: '0.05'}, focus: 0, tried: false, pristine: ['learningRate' as const], launches: 0};
		const once = reduce(start, {type: 'edit', input: '', key: {delete: true}});
		const twice = reduce(once, {type: 'edit', input: '', key: {delete: true}});
		expect(twice.values.learningRate).toBe('0.');
		// typing over the starting text replaces it; Enter in the same burst launches
		const typed = reduce(start, {type: 'edit', input: '0,3\r', key: {}});
		expect(typed.values.learningRate).toBe('0,3');
		expect(typed.launches).toBe(1);
		expect(typed.pristine).toEqual([]);
	});

	test('the frame fix adds the missing row only when the cursor is below the frame', () => {
		expect(fixFrameStart('\u001B[?2026h\u001B[38Ahello', true)).toBe('\u001B[?2026h\u001B[39Ahello');
		expect(fixFrameStart('\u001B[38Ahello', false)).toBe('\u001B[38Ahello');
		expect(fixFrameStart('\u001B[2K\u001B[1A', true)).toBe('\u001B[2K\u001B[1A');
		expect(endsBelowFrame('line\n\u001B[?2026l', false)).toBe(true);
		expect(endsBelowFrame('x\u001B[E', false)).toBe(true);
		expect(endsBelowFrame('last line', true)).toBe(false);
		expect(endsBelowFrame('\u001B[?2026h', true)).toBe(true);
	});
});
