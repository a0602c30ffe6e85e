import {describeDiagnosis} from '../../source/i18n/diagnosis.js';
import {render, cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {play} from '../../source/engine/index.js';
import {emptyProgress, withResult} from '../../source/store/index.js';
import {loadCampaign} from '../../source/levels/load.js';
import {dailyLevel} from '../../source/share/daily.js';
import {MenuScreen} from '../../source/ui/screens/MenuScreen.js';
import {LevelSelectScreen} from '../../source/ui/screens/LevelSelectScreen.js';
import {BriefingScreen} from '../../source/ui/screens/BriefingScreen.js';
import {SetupScreen} from '../../source/ui/screens/SetupScreen.js';
import {RunScreen} from '../../source/ui/screens/RunScreen.js';
import {ResultScreen} from '../../source/ui/screens/ResultScreen.js';
import {ReplayScreen} from '../../source/ui/screens/ReplayScreen.js';
import {SettingsScreen} from '../../source/ui/screens/SettingsScreen.js';
import {TooSmallScreen} from '../../source/ui/screens/TooSmallScreen.js';
import {useFakeClock} from '../helpers/clock.js';
import {useTempDataDir} from '../helpers/data-dir.js';
import {KEYS, frame, press, settle, waitFor} from './helpers/ink.js';
import {testEnv, testLevel} from './helpers/levels.js';

afterEach(cleanup);

const level = testLevel();
const level2 = testLevel({id: 'w1-02-test', order: 2, title: {es: 'Segunda', en: 'Second'}, knobs: {learningRate: {min: 0.001, max: 3, default: 0.05}, momentum: {min: 0, max: 0.9, default: 0}}});
const blind = testLevel({id: 'w1-03-blind', order: 3, visibility: 'blind'});

describe('MenuScreen', () => {
	test('shows every item and the keys; Enter picks, arrows move, q quits', async () => {
		const onSelect = vi.fn();
		const r = render(<MenuScreen env={testEnv()} notices={['a notice']} onSelect={onSelect} />);
		const text = frame(r);
		for (const label of ['Campaign', 'Tutorial', 'Daily challenge', 'Leaderboards', 'Settings', 'Quit', 'a notice', 'Enter']) expect(text).toContain(label);
		await press(r, KEYS.down, KEYS.down, KEYS.enter);
		expect(onSelect).toHaveBeenLastCalledWith('daily');
		await press(r, 'q');
		expect(onSelect).toHaveBeenLastCalledWith('quit');
	});

	test('speaks Spanish', () => {
		const r = render(<MenuScreen env={testEnv({lang: 'es'})} notices={[]} onSelect={() => {}} />);
		expect(frame(r)).toContain('Campaña');
		expect(frame(r)).toContain('Reto del día');
	});
});

describe('LevelSelectScreen', () => {
	test('locked levels say so and do not open; open ones do', async () => {
		const onPick = vi.fn();
		const onBack = vi.fn();
		const r = render(<LevelSelectScreen env={testEnv()} levels={[level2, level]} progress={emptyProgress()} onPick={onPick} onBack={onBack} />);
		expect(frame(r)).toMatch(/1\. Test/);
		expect(frame(r)).toMatch(/2\. Second.*locked/);
		await press(r, KEYS.down, KEYS.enter);
		expect(onPick).not.toHaveBeenCalled();
		expect(frame(r)).toContain('earn at least one star');
		await press(r, KEYS.up, KEYS.enter);
		expect(onPick).toHaveBeenCalledWith(level);
		await press(r, KEYS.escape);
		expect(onBack).toHaveBeenCalled();
	});

	test('one world at a time: ←/→ switch worlds, a long world scrolls with "more" marks', async () => {
		const many = Array.from({length: 12}, (_, i) =>
			testLevel({id: `w2-${String(i + 1).padStart(2, '0')}-many`, world: 2, order: i + 1, title: {es: `Nivel ${i + 1}`, en: `Level ${i + 1}`}}),
		);
		const r = render(<LevelSelectScreen env={testEnv({width: 80, height: 16})} levels={[level, ...many]} progress={emptyProgress()} onPick={() => {}} onBack={() => {}} />);
		expect(frame(r)).toMatch(/World 1 .*★ 0\/3/);
		expect(frame(r)).not.toContain('Level 1');
		await press(r, KEYS.right);
		const world2 = frame(r);
		expect(world2).toMatch(/World 2 .*★ 0\/36/);
		expect(world2).toContain('1. Level 1 ');
		expect(world2).not.toContain('Level 12');
		expect(world2).toMatch(/↓ \d+ more/);
		expect(world2.split('\n').length).toBeLessThanOrEqual(16);
		await press(r, KEYS.end);
		const bottom = frame(r);
		expect(bottom).toContain('Level 12');
		expect(bottom).toMatch(/↑ \d+ more/);
		expect(bottom).not.toContain('1. Level 1 ');
		await press(r, KEYS.left);
		expect(frame(r)).toContain('Test');
	});

	test('at 80×24 in Spanish a locked world says why on a line of its own, whole; the lesson wraps without a stray space', async () => {
		const {levels} = await loadCampaign();
		const r = render(<LevelSelectScreen env={testEnv({lang: 'es', width: 80, height: 23})} levels={levels} progress={emptyProgress()} onPick={() => {}} onBack={() => {}} />);
		for (let i = 0; i < 6; i++) await press(r, KEYS.right);
		const text = frame(r);
		expect(text).toMatch(/Mundo 7/);
		expect(text.split('\n').length).toBeLessThanOrEqual(23);
		expect(text.replaceAll(/\s+/g, ' ')).toContain('cerrado: consigue una estrella en cada nivel del mundo anterior');
		expect(text).not.toContain('…');
		// the lesson: the lines between the last level and the key bar, two columns in
		const lines = text.split('\n');
		const lesson = lines.slice(lines.findIndex((line) => line.includes('7. ')) + 1, -1).filter((line) => line.trim() !== '');
		expect(lesson.length).toBeGreaterThan(1);
		for (const line of lesson) expect(line, line).toMatch(/^ {2}\S/);
	});

	test('while the campaign loads it says so', () => {
		const r = render(<LevelSelectScreen env={testEnv()} levels={[]} loading progress={emptyProgress()} onPick={() => {}} onBack={() => {}} />);
		expect(frame(r)).toContain('Loading…');
		expect(frame(r)).not.toContain('No levels');
	});

	test('shows best stars', () => {
		const progress = withResult(emptyProgress(), {levelId: level.id, score: 700, stars: 2, knobs: {learningRate: 1}, seed: 1});
		const r = render(<LevelSelectScreen env={testEnv()} levels={[level, level2]} progress={progress} onPick={() => {}} onBack={() => {}} />);
		expect(frame(r)).toContain('★★☆');
		expect(frame(r)).toContain('best 700');
		expect(frame(r)).not.toMatch(/Second.*locked/);
	});
});

describe('BriefingScreen', () => {
	test('story, new knob, lesson, map preview; Enter starts', async () => {
		const onStart = vi.fn();
		const r = render(<BriefingScreen env={testEnv()} level={level2} previous={level} onStart={onStart} onBack={() => {}} />);
		const text = frame(r);
		expect(text).toContain('Go down to the floor.');
		expect(text).toContain('New in this level: momentum μ');
		expect(text).toContain('A step = η × slope.');
		expect(text).toContain('◎');
		await press(r, KEYS.enter);
		expect(onStart).toHaveBeenCalled();
	});

	test('a blind level shows no map', () => {
		const r = render(<BriefingScreen env={testEnv()} level={blind} previous={level} onStart={() => {}} onBack={() => {}} />);
		expect(frame(r)).not.toContain('◎');
		expect(frame(r)).toContain('Blind');
	});
});

describe('SetupScreen', () => {
	test('validates as typed, shows the range and the slope, launches with Enter', async () => {
		const onLaunch = vi.fn();
		const r = render(<SetupScreen env={testEnv()} level={level2} onLaunch={onLaunch} onBack={() => {}} />);
		expect(frame(r)).toContain('from 0.001 to 3');
		expect(frame(r)).toContain('steepness |∇f| = 3.61');
		expect(frame(r)).toContain('↙');
		await press(r, 'x');
		expect(frame(r)).toContain('"x" is not a number');
		await press(r, KEYS.enter);
		expect(onLaunch).not.toHaveBeenCalled();
		expect(frame(r)).toContain('Fix the marked fields');
		await press(r, KEYS.backspace, '0', ',', '7', KEYS.tab, '0', ',', '5');
		expect(frame(r)).not.toContain('not a number');
		await press(r, KEYS.enter);
		expect(onLaunch).toHaveBeenCalledTimes(1);
		const [knobs, texts] = onLaunch.mock.calls[0]!;
		expect(knobs).toMatchObject({learningRate: 0.7, momentum: 0.5});
		expect(texts).toEqual({learningRate: '0,7', momentum: '0,5'});
	});

	test('a burst of keys in one write: two Backspaces delete two characters; Enter at its end launches', async () => {
		const onLaunch = vi.fn();
		const r = render(<SetupScreen env={testEnv()} level={level} onLaunch={onLaunch} onBack={() => {}} />);
		expect(frame(r)).toMatch(/│ 0\.05/);
		// waits on what the burst does, not on a number of turns: React yields a render that takes
		// longer than its 5 ms slice, which a loaded machine does (seen failing after 3 turns)
		r.stdin.write(`${KEYS.backspace}${KEYS.backspace}`);
		await waitFor(r, /│ 0\._?\s/);
		r.stdin.write('3\r');
		await vi.waitFor(() => expect(onLaunch).toHaveBeenCalled(), {timeout: 10_000});
		await settle();
		expect(onLaunch).toHaveBeenCalledTimes(1);
		expect(onLaunch.mock.calls[0]![0]).toMatchObject({learningRate: 0.3});
	});

	test('Esc goes back; a blind level says the slope is all there is', async () => {
		const onBack = vi.fn();
		const r = render(<SetupScreen env={testEnv()} level={blind} onLaunch={() => {}} onBack={onBack} />);
		expect(frame(r)).toContain('Blind: you will not see the map');
		await press(r, KEYS.escape);
		expect(onBack).toHaveBeenCalled();
	});
});

describe('RunScreen', () => {
	const outcome = play(level, {...play(level, {learningRate: 0.5, momentum: 0, decay: 0, schedule: {kind: 'constant'}, temperature: 0, batchSize: null, restarts: 1, nesterov: false}, 1).run.knobs}, 1);

	test('shows the HUD; . steps, space pauses, Enter finishes, a aborts', async () => {
		const onFinish = vi.fn();
		const onAbort = vi.fn();
		const r = render(<RunScreen env={testEnv()} outcome={outcome} fps={1} onFinish={onFinish} onAbort={onAbort} />);
		expect(frame(r)).toMatch(/step\s+0 \/ 40/);
		expect(frame(r)).toContain('|∇f|');
		await press(r, '.');
		expect(frame(r)).toMatch(/step\s+1 \/ 40/);
		expect(frame(r)).toContain('PAUSED');
		await press(r, '+');
		expect(frame(r)).toMatch(/steps\/s/);
		await press(r, 'a');
		expect(onAbort).toHaveBeenCalled();
		await press(r, KEYS.enter);
		await settle(5);
		expect(onFinish).toHaveBeenCalled();
	});

	describe('on a fake clock', () => {
		const clock = useFakeClock();

		test('animates on its own: 40 steps in about four seconds at the default speed, then finishes', async () => {
			const onFinish = vi.fn();
			const r = render(<RunScreen env={testEnv()} outcome={outcome} fps={30} onFinish={onFinish} onAbort={() => {}} />);
			await clock.advance(1000);
			const step = Number(/step\s+(\d+) \/ 40/.exec(frame(r))?.[1]);
			expect(step).toBeGreaterThanOrEqual(8);
			expect(step).toBeLessThanOrEqual(12);
			expect(onFinish).not.toHaveBeenCalled();
			await clock.advance(4000);
			expect(onFinish).toHaveBeenCalled();
		});
	});
});

describe('ResultScreen and ReplayScreen', () => {
	const good = play(level, {learningRate: 0.9, momentum: 0, decay: 0, schedule: {kind: 'constant'}, temperature: 0, batchSize: null, restarts: 1, nesterov: false}, 1);
	const bad = play(level, {learningRate: 2.5, momentum: 0, decay: 0, schedule: {kind: 'constant'}, temperature: 0, batchSize: null, restarts: 1, nesterov: false}, 1);
	const dataDir = useTempDataDir();
	const handlers = () => ({dataDir: dataDir(), onRetry: vi.fn(), onNext: vi.fn(), onReplay: vi.fn(), onDashboard: vi.fn(), onGhost: vi.fn(), onView: vi.fn(), onBack: vi.fn()});

	test('a success shows score, stars, breakdown, the card, the curve and the share code; keys call out', async () => {
		const h = handlers();
		const r = render(<ResultScreen env={testEnv()} outcome={good} ghostShown shareCode="DSC1.test" next="open" notices={['saved!']} {...h} />);
		const text = frame(r);
		expect(text).toContain('You made it!');
		expect(text).toContain(`Score ${good.score.total}/1000`);
		expect(text).toContain(`closeness ${good.score.closeness} + speed ${good.score.speed}`);
		expect(text).toContain(describeDiagnosis(good.diagnosis).analogy.en.slice(0, 20));
		expect(text).toContain('Loss curve');
		expect(text).toContain('DSC1.test');
		expect(text).toContain('saved!');
		expect(text).toContain('◆');
		for (const key of ['r', 'n', 'p', 'd', 'v', 'q'] as const) await press(r, key);
		for (const fn of [h.onRetry, h.onNext, h.onReplay, h.onDashboard, h.onView, h.onBack]) expect(fn).toHaveBeenCalledTimes(1);
		await press(r, 'g');
		expect(frame(r)).toContain('no ghost on this level yet');
	});

	test('the share code is shown whole, wrapped, and at 80×24 the card keeps score, stars, analogy, evidence and advice', async () => {
		const code = `DSC1.${'A'.repeat(120)}.sum`;
		const r = render(<ResultScreen env={testEnv({width: 80, height: 23})} outcome={bad} ghostShown={false} shareCode={code} next="open" notices={[]} {...handlers()} />);
		const text = frame(r);
		expect(text.split('\n').length).toBeLessThanOrEqual(23);
		expect(text.replaceAll(/\s+/g, '')).toContain(code);
		expect(text).not.toContain('…\n');
		expect(text).toContain(`Score ${bad.score.total}/1000`);
		expect(text).toContain('☆☆☆');
		// the right-hand column (the map and plot take the first 32 columns and a gap of 2)
		const flat = text
			.split('\n')
			.map((line) => line.slice(34))
			.join(' ')
			.replaceAll(/[│\s]+/g, ' ');
		for (const part of [describeDiagnosis(bad.diagnosis).analogy.en, describeDiagnosis(bad.diagnosis).evidence.en.slice(0, 30), 'What to change']) expect(flat).toContain(part.replaceAll(/\s+/g, ' '));
	});

	test('par fills in after the first frame, which already shows the score', async () => {
		const r = render(<ResultScreen env={testEnv()} outcome={good} ghostShown={false} shareCode="x" next="open" notices={[]} {...handlers()} />);
		expect(frame(r)).toContain('Working out par…');
		expect(frame(r)).toContain(`Score ${good.score.total}/1000`);
		await waitFor(r, /Par|par /);
		expect(frame(r)).not.toContain('Working out par…');
	});

	test('a failure shows the diagnosis and its advice; a locked next level says why', async () => {
		const h = handlers();
		const r = render(<ResultScreen env={testEnv()} outcome={bad} ghostShown={false} shareCode="x" next="locked" notices={[]} {...h} />);
		expect(bad.diagnosis.code).toBe('diverged');
		expect(frame(r)).toContain('You missed the floor');
		expect(frame(r)).toContain('What to change');
		await press(r, 'n');
		expect(h.onNext).not.toHaveBeenCalled();
		expect(frame(r)).toContain('The next level opens');
	});

	test('the replay scrubber moves one and ten steps and jumps to the ends', async () => {
		const onBack = vi.fn();
		const r = render(<ReplayScreen env={testEnv()} outcome={good} onBack={onBack} />);
		expect(frame(r)).toMatch(/step\s+0 \/ 40/);
		await press(r, KEYS.right);
		expect(frame(r)).toMatch(/step\s+1 \/ 40/);
		await press(r, KEYS.pageDown);
		expect(frame(r)).toMatch(/step\s+11 \/ 40/);
		await press(r, KEYS.shiftLeft);
		expect(frame(r)).toMatch(/step\s+1 \/ 40/);
		await press(r, KEYS.end);
		expect(frame(r)).toMatch(/step\s+40 \/ 40/);
		await press(r, KEYS.home);
		expect(frame(r)).toMatch(/step\s+0 \/ 40/);
		await press(r, 'q');
		expect(onBack).toHaveBeenCalled();
	});
});

describe('SettingsScreen and TooSmallScreen', () => {
	test('cycling a value reports the change; the name is edited and cleaned', async () => {
		const onChange = vi.fn();
		const r = render(<SettingsScreen env={testEnv()} settings={{version: 1}} colorAllowed={false} onChange={onChange} onBack={() => {}} />);
		expect(frame(r)).toContain('turned off by NO_COLOR');
		await press(r, KEYS.enter);
		expect(onChange).toHaveBeenLastCalledWith({language: 'es'});
		await press(r, KEYS.up, KEYS.enter, 'A', 'n', 'a', KEYS.enter);
		expect(onChange).toHaveBeenLastCalledWith({playerName: 'Ana'});
	});

	test('too small names the size needed', () => {
		const r = render(<TooSmallScreen lang="en" columns={60} rows={20} />);
		expect(frame(r)).toContain('60×20');
		expect(frame(r)).toContain('80×24');
	});
});

describe('waitFor helper', () => {
	test('fails when the text never comes', async () => {
		const r = render(<TooSmallScreen lang="en" columns={60} rows={20} />);
		await expect(waitFor(r, 'never', 50)).rejects.toThrow(/timed out/);
	});
});

describe('daily challenge headings', () => {
	test('the heading says "Daily challenge · date" once; the title beside it keeps only the day\'s name', () => {
		const daily = dailyLevel('2026-11-26');
		for (const lang of ['en', 'es'] as const) {
			const r = render(<BriefingScreen env={testEnv({lang})} level={daily} previous={null} onStart={() => {}} onBack={() => {}} />);
			const first = frame(r).split('\n')[0]!;
			const word = lang === 'es' ? 'Reto del día' : 'Daily challenge';
			expect(first, lang).toContain(`${word} · 2026-11-26`);
			expect(first.split(word).length - 1, `${lang}: ${first}`).toBe(1);
			expect(daily.title[lang].endsWith(first.split('  ').at(-1)!.trim()), `${lang}: ${first}`).toBe(true);
			r.unmount();
		}
	});
});
