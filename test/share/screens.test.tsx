import {render, cleanup} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it} from 'vitest';
import {MEMORY_SERVICES, ServicesContext, storeServices} from '../../source/ui/services.js';
import {ParPanel} from '../../source/ui/components/ParPanel.js';
import {LeaderboardScreen, leaderboardReducer} from '../../source/ui/screens/LeaderboardScreen.js';
import {computeParStats, percentileOf} from '../../source/share/par.js';
import {waitForFrame} from '../helpers/ink.js';
import {addScore} from '../../source/store/index.js';
import {BOWL_JSON, isTerminalSafe, levelOf, NASTY_NAMES, tempDir} from './fixtures.js';

afterEach(cleanup);

const level = levelOf(BOWL_JSON);
const other = levelOf({...BOWL_JSON, id: 'test-share-other', order: 2, title: {es: 'Otro', en: 'Other'}});
const stats = computeParStats(level);

const tick = async () => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes keys one at a time, letting React's scheduler run after each. Ink holds a lone escape
 * sequence until it knows the sequence is complete, so arrows get a few more turns.
 */
async function press(stdin: {write: (s: string) => void}, ...keys: string[]) {
	for (const key of keys) {
		stdin.write(key);
		await tick();
		if (key.startsWith('\u001B')) await new Promise((resolve) => setTimeout(resolve, 30));
		await tick();
	}
}

async function until(check: () => boolean) {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('<ParPanel>', () => {
	it('shows par, the percentile and a histogram with the mark, in English and Spanish', () => {
		const percent = Math.round(percentileOf(stats, 700) * 100);
		const en = render(<ParPanel level={level} score={700} lang="en" width={60} color={false} ascii={false} stats={stats} />);
		const frame = stripAnsi(en.lastFrame() ?? '');
		expect(frame).toContain(`Par ${stats.par}`);
		expect(frame).toContain(`better than ${percent}% of random climbers`);
		expect(frame).toContain('▲');
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
		const es = render(<ParPanel level={level} score={700} lang="es" width={60} color={false} ascii={true} stats={stats} />);
		const esFrame = stripAnsi(es.lastFrame() ?? '');
		expect(esFrame).toContain(`mejor que el ${percent}% de los escaladores al azar`);
		expect(esFrame).toMatch(/\^/);
		expect(esFrame).not.toMatch(/[▁-█▲]/);
	});

	it('asks the game’s par service when not given par: "computing par…" until it answers', async () => {
		const asked: string[] = [];
		let answer: (value: typeof stats) => void = () => undefined;
		const services = {
			...MEMORY_SERVICES,
			par: {
				known: () => undefined,
				compute: async (l: typeof level) => {
					asked.push(l.id);
					return new Promise<typeof stats>((resolve) => (answer = resolve));
				},
			},
		};
		const panel = render(
			<ServicesContext.Provider value={services}>
				<ParPanel level={level} score={0} lang="en" width={40} color={false} ascii={false} />
			</ServicesContext.Provider>,
		);
		await waitForFrame(panel, 'computing par…');
		expect(asked).toEqual([level.id]);
		answer(stats);
		const shown = await waitForFrame(panel, `Par ${stats.par}`);
		expect(shown).toContain('better than 0%');
	});
});

describe('<LeaderboardScreen>', () => {
	it('lists a level’s board, moves with ↑↓, shows keys, and leaves with q', async () => {
		const {dir, remove} = tempDir();
		try {
			const entry = {stars: 2 as const, knobs: {learningRate: 0.3, momentum: 0.5, decay: 0}, seed: 1, engine: '1', levelHash: level.hash};
			await addScore(dir, level.id, {...entry, name: 'Ana', score: 800});
			await addScore(dir, level.id, {...entry, name: NASTY_NAMES.osc0, score: 650, imported: true});
			await addScore(dir, other.id, {...entry, name: 'Bea', score: 400});
			let exited = 0;
			const screen = render(<ServicesContext.Provider value={storeServices(dir)}><LeaderboardScreen lang="en" levels={[level, other]} color={false} ascii={false} width={100} height={30} onExit={() => exited++} /></ServicesContext.Provider>);
			const frame = () => stripAnsi(screen.lastFrame() ?? '');
			await until(() => frame().includes('Ana'));
			expect(frame()).toContain('Test bowl');
			expect(frame()).toMatch(/1\.\s+Ana\s+800/);
			expect(frame()).toMatch(/2\.\s+Ana\s+650.*\(imported\)/);
			expect(frame()).toContain('q/Esc');
			expect(isTerminalSafe(frame())).toBe(true);
			await press(screen.stdin, '\u001B[B');
			await until(() => frame().includes('Other'));
			expect(frame()).toContain('Other');
			expect(frame()).toContain('Bea');
			expect(frame()).not.toContain('800');
			await press(screen.stdin, '\u001B[B');
			await until(() => frame().includes('Test bowl'));
			expect(frame()).toContain('Test bowl');
			await press(screen.stdin, '\u001B[A');
			await until(() => frame().includes('Bea'));
			expect(frame()).toContain('Bea');
			await press(screen.stdin, 'q');
			await until(() => exited > 0);
			expect(exited).toBe(1);
		} finally {
			remove();
		}
	});

	it('fits a short terminal and says when a level has no scores', async () => {
		const {dir, remove} = tempDir();
		try {
			const entry = {stars: 1 as const, knobs: {learningRate: 0.3, momentum: 0, decay: 0}, seed: 1, engine: '1', levelHash: level.hash};
			for (let k = 0; k < 20; k++) await addScore(dir, level.id, {...entry, name: `P${k}`, score: 100 + k});
			const screen = render(<ServicesContext.Provider value={storeServices(dir)}><LeaderboardScreen lang="es" levels={[level, other]} color={false} ascii={true} width={80} height={12} onExit={() => {}} /></ServicesContext.Provider>);
			const frame = () => stripAnsi(screen.lastFrame() ?? '');
			await until(() => frame().includes('P19'));
			// the screen's height is the frame's (the app passes the terminal's rows − 1), its key bar on the last line
			expect(frame().split('\n')).toHaveLength(12);
			expect(frame().split('\n').at(-1)).toMatch(/q\/Esc/);
			expect(frame()).toContain('más');
			await press(screen.stdin, '\u001B[B');
			await until(() => frame().includes('Nadie'));
			expect(frame()).toContain('Nadie ha puntuado');
		} finally {
			remove();
		}
	});

	it('wraps around in its reducer', () => {
		const state = {boards: {}, error: null, index: 0};
		expect(leaderboardReducer(state, {type: 'move', by: -1, count: 3}).index).toBe(2);
		expect(leaderboardReducer({...state, index: 2}, {type: 'move', by: 1, count: 3}).index).toBe(0);
	});
});
