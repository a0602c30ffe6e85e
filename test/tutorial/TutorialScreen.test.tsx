import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadProgress, saveLessonProgress} from '../../source/store/index.js';
import {LESSONS} from '../../source/tutorial/lessons.js';
import {TutorialScreen} from '../../source/ui/screens/tutorial/TutorialScreen.js';
import {HelpLayer} from '../../source/ui/components/HelpLayer.js';
import {makeTheme} from '../../source/ui/theme.js';
import {ServicesContext, storeServices} from '../../source/ui/services.js';
import {waitForFrame} from '../helpers/ink.js';

const ENTER = '\r';
const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';
const ESC = '\u001B';
const BACKSPACE = '\u007F';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'descenso-tutorial-'));
});
afterEach(async () => {
	cleanup();
	await rm(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
});

const tick = async () => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes each key, then lets React and Ink settle: until the frame changes, or ~25 ms for keys that
 * change nothing (a screen's work is synchronous: a changing key shows within a few turns).
 */
async function press(app: ReturnType<typeof render>, ...keys: string[]) {
	for (const key of keys) {
		const before = app.lastFrame();
		app.stdin.write(key);
		for (let i = 0; i < 6 || (i < 30 && app.lastFrame() === before); i++) {
			await tick();
			if (i >= 6) await new Promise((resolve) => setTimeout(resolve, 1));
		}
	}
}

function screen(lang: 'es' | 'en' = 'en', onExit = () => {}) {
	return render(<ServicesContext.Provider value={storeServices(dir)}><TutorialScreen lang={lang} color={false} ascii width={100} height={40} onExit={onExit} animate={false} /></ServicesContext.Provider>);
}

const frame = (app: ReturnType<typeof render>) => stripAnsi(app.lastFrame() ?? '');

/** Waits (by polling the file, no time limit of its own) until the saved lesson matches. */
async function savedLesson(id: string, want: (lesson: {done: boolean; step: number} | undefined) => boolean) {
	for (let i = 0; i < 500; i++) {
		const result = await loadProgress(dir);
		const lesson = result.ok ? result.value.tutorial.lessons[id] : undefined;
		if (want(lesson)) return lesson;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}

	throw new Error(`lesson ${id} was never saved as expected`);
}

async function typeInto(app: ReturnType<typeof render>, text: string, erase = 4) {
	await press(app, ...Array.from({length: erase}, () => BACKSPACE), ...text.split(''));
}


/**
 * What must never appear on a Spanish screen: English words the game uses, and number formats
 * that are not Spanish (a decimal point, e-notation, a hyphen for minus, % without its space).
 * Technical names the learner types (constant, step, cosine, warm-restarts) and key names are Spanish usage.
 */
const ENGLISH = ['the', 'and', 'of', 'with', 'without', 'not', 'yet', 'never', 'allowed', 'whole', 'numbers', 'steps', 'reached', 'floor', 'run', 'runs', 'try', 'tries', 'lower', 'raise', 'ball', 'valley', 'trapped', 'rolled', 'bouncing', 'walking', 'ground', 'friction', 'deepest', 'pit', 'saddle', 'climber', 'start', 'trail', 'velocity', 'noise', 'random', 'rate', 'score', 'minimum', 'point', 'after', 'before', 'above', 'below', 'is', 'are', 'it', 'to', 'in', 'on', 'at', 'by', 'from', 'for', 'too', 'slow', 'fast', 'lesson', 'part', 'next', 'back', 'leave', 'choose', 'open', 'done', 'answer', 'your', 'you'];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}])(${ENGLISH.join('|')})(?![\\p{L}])`, 'iu');
function spanishProblems(text: string): string[] {
	const problems: string[] = [];
	for (const line of text.split('\n')) {
		const word = ENGLISH_WORD.exec(line);
		if (word) problems.push(`English "${word[1]}": ${line}`);
		if (/\d\.\d/.test(line)) problems.push(`decimal point: ${line}`);
		if (/\de[-+]?\d/.test(line)) problems.push(`e-notation: ${line}`);
		if (/(^|[\s(;=:])-\d/.test(line)) problems.push(`hyphen for minus: ${line}`);
		if (/\d%|\d %/.test(line)) problems.push(`percent without its no-break space: ${line}`);
		// one word for the mountain pass, the saddle diagnosis's (DESIGN): "paso de montaña"
		if (/\bpuerto\b/i.test(line)) problems.push(`the mountain pass is a "paso de montaña", as the diagnosis says: ${line}`);
	}

	return problems;
}

describe('TutorialScreen', () => {
	it('lists the lessons and pages through the first one', async () => {
		const app = screen('es');
		await tick();
		expect(frame(app)).toContain('1. El paisaje montañoso');
		expect(frame(app)).toContain('10. Preguntas de reflexión');
		// the key bar at the foot of the screen (the frame is the screen's 40 rows), as on the game's other screens
		expect(frame(app).split('\n')).toHaveLength(40);
		expect(frame(app).split('\n').at(-1)).toMatch(/Enter/);
		await press(app, ENTER);
		expect(frame(app)).toContain('parte 1/5');
		expect(frame(app)).toContain('ojos vendados');
		await press(app, RIGHT);
		expect(frame(app)).toContain('parte 2/5');
		expect(frame(app)).toContain('función de pérdida');
		await press(app, LEFT);
		expect(frame(app)).toContain('parte 1/5');
		await press(app, ENTER, ENTER);
		expect(frame(app)).toContain('parte 3/5');
		expect(frame(app)).toContain('Un cuenco: f');
	});

	it('at 80×24 the map\'s legend breaks between its entries, never inside one', async () => {
		for (const lang of ['es', 'en'] as const) {
			const app = render(<ServicesContext.Provider value={storeServices(dir)}><TutorialScreen lang={lang} color={false} ascii={false} width={80} height={23} onExit={() => {}} animate={false} /></ServicesContext.Provider>);
			await tick();
			await press(app, ENTER, ENTER, ENTER);
			const text = frame(app);
			expect(text, lang).toContain(lang === 'es' ? '◎ salida' : '◎ start');
			for (const entry of lang === 'es' ? ['○ otro mínimo', '× punto silla', '◆ valle más profundo'] : ['○ other minimum', '× saddle point', '◆ deepest valley']) expect(text, lang).toContain(entry);
			app.unmount();
		}
	});

	it('blocks a task until the player\'s own run shows it, then goes on', async () => {
		const app = screen('en');
		await tick();
		// lesson 2, step 5: "make the ball explode"
		await press(app, DOWN, ENTER, RIGHT, RIGHT, RIGHT, RIGHT);
		expect(frame(app)).toContain('part 5/6');
		expect(frame(app)).toContain('makes the ball explode');
		await typeInto(app, '0,1');
		await press(app, ENTER);
		expect(frame(app)).toContain('Not yet');
		// the feedback says what to change, from what the run did
		expect(frame(app)).toContain('try a larger');
		await press(app, '\u001B[6~');
		expect(frame(app)).toContain('part 5/6');
		await typeInto(app, '0,9');
		await press(app, ENTER);
		expect(frame(app)).toContain('It exploded');
		await press(app, ENTER);
		expect(frame(app)).toContain('part 6/6');
		expect(frame(app)).toContain('fewer than 15 steps');
	});

	it('saves the step when leaving mid-lesson and resumes there', async () => {
		const first = screen('en');
		await tick();
		await press(first, ENTER, RIGHT, RIGHT, RIGHT);
		expect(frame(first)).toContain('part 4/5');
		await press(first, 'q');
		expect(frame(first)).toContain('resume at part 4');
		await savedLesson(LESSONS[0]!.id, (lesson) => lesson?.step === 3 && !lesson.done);
		first.unmount();
		cleanup();

		const second = screen('en');
		await savedLesson(LESSONS[0]!.id, (lesson) => lesson?.step === 3);
		for (let i = 0; i < 50 && !frame(second).includes('resume at part 4'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(frame(second)).toContain('resume at part 4');
		await press(second, ENTER);
		expect(frame(second)).toContain('part 4/5');
	});

	it('marks a lesson done after its last step and leaves with q from the list', async () => {
		let exited = false;
		const app = screen('en', () => {
			exited = true;
		});
		await tick();
		await press(app, ENTER, RIGHT, RIGHT, RIGHT, RIGHT);
		expect(frame(app)).toContain('bring the climber to the floor');
		// the field starts empty: Enter alone does not pass
		await press(app, ENTER);
		expect(frame(app)).toContain('type a value');
		expect(frame(app)).not.toContain('You did it');
		await typeInto(app, '0,3');
		await press(app, ENTER);
		expect(frame(app)).toContain('You did it');
		await press(app, ENTER);
		expect(frame(app)).toContain('Lesson complete');
		await press(app, ENTER);
		await savedLesson('landscape', (lesson) => lesson?.done === true);
		expect(frame(app)).toMatch(/\[x\] 1\. The mountain landscape/);
		await press(app, ESC);
		for (let i = 0; i < 50 && !exited; i++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(exited).toBe(true);
	});

	it('takes a value written in one chunk (a paste, tmux send-keys -l) whole and in order, and runs with it', async () => {
		const env = {lang: 'en' as const, theme: makeTheme(0, true), width: 100, height: 40, view: 'relief' as const};
		const app = render(
			<ServicesContext.Provider value={storeServices(dir)}>
				<HelpLayer env={env} enabled>
					<TutorialScreen lang="en" color={false} ascii width={100} height={40} onExit={() => {}} animate={false} />
				</HelpLayer>
			</ServicesContext.Provider>,
		);
		await tick();
		// lesson 2, step 5: "make the ball explode"; η starts empty
		await press(app, DOWN, ENTER, RIGHT, RIGHT, RIGHT, RIGHT);
		expect(frame(app)).toContain('makes the ball explode');
		// `?` in a task field is typed, not the help overlay
		await press(app, '?');
		expect(frame(app)).toContain('learning rate η: ?');
		await press(app, BACKSPACE);
		app.stdin.write('0.05');
		await waitForFrame(app, 'learning rate η: 0.05');
		await press(app, ENTER);
		expect(frame(app)).toContain('Not yet');
		// Backspaces and Enter inside one chunk are edits and a launch, in the order typed
		app.stdin.write(`${BACKSPACE.repeat(4)}0.9${ENTER}`);
		const shown = await waitForFrame(app, 'It exploded');
		expect(shown).toContain('learning rate η: 0.9');
		// the earlier try is listed with the η it ran with
		expect(shown).toMatch(/η = 0\.05: /);
	});

	it('runs the quiz: a wrong symptom is refused, the right one and its fix pass', async () => {
		const app = screen('en');
		await tick();
		await press(app, ...Array.from({length: 8}, () => DOWN), ENTER, RIGHT);
		expect(frame(app)).toContain('Run 1 of 4');
		await press(app, RIGHT);
		expect(frame(app)).toContain('Run 1 of 4');
		await press(app, '1');
		expect(frame(app)).toContain('Not that one');
		await press(app, '2');
		expect(frame(app)).toContain('And what would you do?');
		await press(app, '2');
		expect(frame(app)).toContain('Right!');
		await press(app, RIGHT);
		expect(frame(app)).toContain('Run 2 of 4');
	});

	it.each([{width: 80, height: 23}, {width: 120, height: 39}])('fits every step of every lesson in $width columns × $height rows (a terminal one row taller), before and after the player acts, with the key bar at the foot', async ({width, height}) => {
		const fits = (app: ReturnType<typeof render>, where: string) => {
			const rows = frame(app).split('\n');
			if (where.startsWith('es ')) expect(spanishProblems(frame(app)), where).toEqual([]);
			expect(rows.length, `${where}:\n${frame(app)}`).toBeLessThanOrEqual(height);
			for (const row of rows) expect(row.length, `${where}: ${row}`).toBeLessThanOrEqual(width);
			// the key bar on the frame's last row, as on every other screen (not a row or two above it)
			expect(rows.length, `${where}: the key bar at the foot:\n${frame(app)}`).toBe(height);
			expect(rows.slice(-2).join('\n'), `${where}: the key bar at the foot:\n${frame(app)}`).toContain('Esc');
			expect(rows.at(-1)!.trim(), `${where}: the last row is the key bar's`).not.toBe('');
		};

		for (const lang of ['es', 'en'] as const) {
			for (const [l, lesson] of LESSONS.entries()) {
				for (const [s, step] of lesson.steps.entries()) {
					// a directory per step: a screen unmounted mid-save must not overwrite the next one's progress
					const data = join(dir, `${lang}-${l}-${s}`);
					await saveLessonProgress(data, lesson.id, {done: false, step: s});
					const app = render(<ServicesContext.Provider value={storeServices(data)}><HelpLayer env={{lang, theme: makeTheme(0, false), width, height, view: 'relief'}} enabled><TutorialScreen lang={lang} color={false} ascii={false} width={width} height={height} onExit={() => {}} animate={false} /></HelpLayer></ServicesContext.Provider>);
					const where = `${width}×${height} ${lang} lesson ${l + 1} step ${s + 1} (${step.kind})`;
					// the list opens on the lesson left half-way (once the saved progress is read)
					const cursor = `› · ${l + 1}.`;
					const resumed = () => frame(app).includes(cursor) && frame(app).includes(lang === 'es' ? 'seguir en la parte' : 'resume at part');
					for (let i = 0; i < 1000 && !resumed() && s > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
					if (s > 0) expect(frame(app), where).toContain(cursor);
					await press(app, ...Array.from({length: s > 0 ? 0 : l}, () => DOWN), ENTER);
					expect(frame(app), where).toContain(`${s + 1}/${lesson.steps.length}`);
					fits(app, where);
					// what is typed here goes in one burst (the field takes a burst as it takes a paste: the
					// same text); typing key by key is the other tests' subject, this one is the layout
					if (step.kind === 'task') {
						await press(app, `${BACKSPACE.repeat(4)}0,1`, ENTER);
						fits(app, `${where} after a run`);
						await press(app, `${BACKSPACE.repeat(4)}0,2`, ENTER);
						fits(app, `${where} after a run`);
					} else if (step.kind === 'quiz') {
						await press(app, '1', '2', '3', '4');
						fits(app, `${where} after answers`);
					} else if (step.kind === 'reflection') {
						await press(app, 'una respuesta bastante larga para ver', ENTER);
						fits(app, `${where} answered`);
						await press(app, RIGHT);
						fits(app, `${where} answered, next part`);
						await press(app, '2');
						fits(app, `${where} second run`);
					} else if (step.kind === 'page') {
						for (let i = 0; i < 3; i++) {
							await press(app, RIGHT);
							fits(app, `${where} page ${i + 2}`);
						}
					}

					app.unmount();
					cleanup();
				}
			}
		}
	}, 240_000);

	it('keeps the key bar on the last row when progress cannot be saved: the error shows above it (80×24, 120×40, es and en)', async () => {
		// a file where the data directory should be: every save fails
		const blocked = join(dir, 'not-a-directory');
		await writeFile(blocked, 'x');
		for (const [width, height] of [[80, 23], [120, 39]] as const) {
			for (const lang of ['es', 'en'] as const) {
				const where = `${width}×${height} ${lang}`;
				const error = lang === 'es' ? 'No se pudo guardar el progreso' : 'Could not save progress';
				const app = render(<ServicesContext.Provider value={storeServices(blocked)}><TutorialScreen lang={lang} color={false} ascii={false} width={width} height={height} onExit={() => {}} animate={false} /></ServicesContext.Provider>);
				await tick();
				// opening a lesson saves where the learner is
				await press(app, ENTER);
				for (let i = 0; i < 500 && !frame(app).includes(error); i++) await new Promise((resolve) => setTimeout(resolve, 5));
				for (const view of ['lesson', 'list']) {
					const rows = frame(app).split('\n');
					expect(frame(app), `${where} ${view}`).toContain(error);
					expect(rows.length, `${where} ${view}:\n${frame(app)}`).toBe(height);
					expect(rows.at(-1), `${where} ${view}: the key bar on the last row:\n${frame(app)}`).toMatch(/Esc/);
					expect(rows.findIndex((row) => row.includes(error)), `${where} ${view}`).toBeLessThan(rows.length - 1);
					if (view === 'lesson') await press(app, ESC);
				}

				app.unmount();
				cleanup();
			}
		}
	});

	it('says the terminal is too small below 80×24', () => {
		const app = render(<ServicesContext.Provider value={storeServices(dir)}><TutorialScreen lang="en" color={false} ascii width={79} height={23} onExit={() => {}} animate={false} /></ServicesContext.Provider>);
		expect(frame(app)).toContain('too small');
		expect(frame(app)).toContain('80×24');
		const tall = render(<ServicesContext.Provider value={storeServices(dir)}><TutorialScreen lang="en" color={false} ascii width={80} height={22} onExit={() => {}} animate={false} /></ServicesContext.Provider>);
		expect(frame(tall)).toContain('80×24');
		const fine = render(<ServicesContext.Provider value={storeServices(dir)}><TutorialScreen lang="en" color={false} ascii width={80} height={23} onExit={() => {}} animate={false} /></ServicesContext.Provider>);
		expect(frame(fine)).not.toContain('too small');
	});

	it('takes a typed reflection answer (Backspace works) and shows the worked answer and both runs', async () => {
		const app = screen('es');
		await tick();
		await press(app, ...Array.from({length: 9}, () => DOWN), ENTER, RIGHT);
		expect(frame(app)).toContain('¿es necesariamente bueno?');
		await press(app, '\u001B[6~');
		expect(frame(app), 'cannot skip without answering').toContain('parte 2/6');
		await press(app, ...'quizaxy'.split(''), BACKSPACE, BACKSPACE, 's', ENTER);
		expect(frame(app)).toContain('Dijiste: «quizas»');
		expect(frame(app)).toContain('No necesariamente');
		// the worked answer and the runs take a screen each when the map is tall
		if (!/› 1\) η = 0,3/.test(frame(app))) await press(app, RIGHT);
		expect(frame(app)).toMatch(/› 1\) η = 0,3/);
		await press(app, '2');
		expect(frame(app)).toMatch(/› 2\) η = 0,1, μ = 0,95/);
		await press(app, RIGHT);
		expect(frame(app)).toContain('parte 3/6');
	});

	it('types ? into a reflection answer instead of opening the help overlay, which ? opens again once answered', async () => {
		const env = {lang: 'es' as const, theme: makeTheme(0, true), width: 100, height: 40, view: 'relief' as const};
		const app = render(
			<ServicesContext.Provider value={storeServices(dir)}>
				<HelpLayer env={env} enabled>
					<TutorialScreen lang="es" color={false} ascii width={100} height={40} onExit={() => {}} animate={false} />
				</HelpLayer>
			</ServicesContext.Provider>,
		);
		await tick();
		await press(app, ...Array.from({length: 9}, () => DOWN), ENTER, RIGHT);
		expect(frame(app)).toContain('¿es necesariamente bueno?');
		await press(app, ...'¿seguro?'.split(''));
		expect(frame(app), 'the answer is on screen as typed, no overlay over it').toContain('¿es necesariamente bueno?');
		expect(frame(app)).toContain('¿seguro?');
		await press(app, ENTER);
		expect(frame(app)).toContain('Dijiste: «¿seguro?»');
		await press(app, '?');
		expect(frame(app)).not.toContain('Dijiste');
		await press(app, '?');
		expect(frame(app)).toContain('Dijiste: «¿seguro?»');
	});

	it('the Spanish scan finds English words and English number formats', () => {
		expect(spanishProblems('Aún no: llegó al fondo en el paso 3')).toEqual([]);
		expect(spanishProblems('permitido: 0,0001–5 · 48\u00A0% · 3,1·10⁻⁷ · −0,5')).toEqual([]);
		for (const bad of ['reached the floor', 'allowed: 1–8', 'η = 0.5', 'loss 3.1e-7', 'x = -0,5', '48%', '48 %']) expect(spanishProblems(bad), bad).not.toEqual([]);
	});

	it('says a bad entry in Spanish on a Spanish screen, in place of the last verdict', async () => {
		const app = screen('es');
		await tick();
		// lesson 6's task has a whole-number field (K)
		await press(app, ...Array.from({length: 5}, () => DOWN), ENTER, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
		expect(frame(app)).toContain('Tu turno');
		await typeInto(app, '0,05');
		await press(app, ENTER);
		expect(frame(app)).toContain('Aún no');
		await press(app, DOWN, DOWN, DOWN);
		await typeInto(app, '2,5');
		await press(app, ENTER);
		expect(frame(app)).toContain('números');
		expect(frame(app)).not.toContain('Aún no');
		expect(spanishProblems(frame(app))).toEqual([]);
		await typeInto(app, '99');
		await press(app, ENTER);
		expect(frame(app)).toMatch(/permitido: 1–8/);
		expect(spanishProblems(frame(app))).toEqual([]);
	});

	it('re-opens a finished lesson to re-read it, with no gate in the way', async () => {
		await saveLessonProgress(dir, 'landscape', {done: true, step: 0});
		await saveLessonProgress(dir, 'step-size', {done: true, step: 0});
		const app = screen('en');
		// the list opens on the first lesson not done
		for (let i = 0; i < 1000 && !frame(app).includes('› ✓') && !frame(app).includes('› [x]') && !frame(app).includes('› [ ] 3.'); i++) await new Promise((resolve) => setTimeout(resolve, 5));
		expect(frame(app)).toContain('› [ ] 3.');
		await press(app, '\u001B[A', '\u001B[A', ENTER);
		expect(frame(app)).toContain('part 1/5');
		await press(app, RIGHT, RIGHT, RIGHT, RIGHT);
		expect(frame(app)).toContain('part 5/5');
		await press(app, ENTER);
		expect(frame(app)).toContain('Lesson complete');
	});
});
