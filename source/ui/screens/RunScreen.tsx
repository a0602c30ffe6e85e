/** Run: the map animating step by step with the climber, its trail, its velocity, and the HUD. */
import {Box, Text} from 'ink';
import {useHelpOpen, useScreenInput} from '../hooks/use-screen-input.js';
import {useEffect, useReducer} from 'react';
import type {Outcome} from '../../engine/index.js';
import {cleanText} from '../../text/sanitize.js';
import {danceAt} from '../../engine/model/summary.js';
import {DancePanel} from '../components/DancePanel.js';
import {Hud} from '../components/Hud.js';
import {KeyBar} from '../components/KeyBar.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {headingTitle, levelHeading, type ScreenEnv, uiText} from '../env.js';
import type {MapTrail} from '../map/render.js';
import {locate, motionAt, timelineLength} from '../timeline.js';
import {arrowFor} from '../theme.js';
import {readableNumber} from '../../i18n/format.js';
import {Paragraph} from '../components/Paragraph.js';
import {slopeAt} from '../setup-state.js';

/** How steep the slope under the feet is now, against the start's, as a bar (log scale, so it keeps moving near the floor). */
export function feltBar(steepness: number, atStart: number, width: number, ascii: boolean): string {
	const ratio = steepness > 0 ? Math.log10(steepness / atStart) : -Infinity;
	// six decades from the start's steepness down to nothing
	const fill = Math.max(0, Math.min(width, Math.round(width * (1 + ratio / 6))));
	return (ascii ? '#' : '█').repeat(fill) + (ascii ? '.' : '░').repeat(width - fill);
}

/** Animation speeds, in steps per second. */
export const SPEEDS = [1, 2, 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120] as const;

export type RunState = {
	/** global step shown, fractional between frames */
	t: number;
	total: number;
	paused: boolean;
	/** index into SPEEDS */
	speed: number;
};

export type RunAction =
	/**
	 * `ms` of wall time went by; with `frameMs` (the animation's frame), at most two frames count,
	 * so a frame the terminal drew late makes the run lag a little rather than jump many steps
	 */
	| {type: 'tick'; ms: number; frameMs?: number}
	| {type: 'pause'}
	| {type: 'faster'}
	| {type: 'slower'}
	| {type: 'step'}
	| {type: 'end'};

/** How long a run takes at its default speed, about: between 2.8 and 5.7 s, as the speeds double. */
export const RUN_SECONDS = 4;

/** The speed (index into SPEEDS) that plays `total` steps closest to {@link RUN_SECONDS} (on a log scale). */
export function defaultSpeed(total: number): number {
	let best = 0;
	for (let i = 1; i < SPEEDS.length; i++) {
		if (Math.abs(Math.log(total / SPEEDS[i]! / RUN_SECONDS)) < Math.abs(Math.log(total / SPEEDS[best]! / RUN_SECONDS))) best = i;
	}

	return best;
}

export function initialRunState(total: number, speed = defaultSpeed(total)): RunState {
	return {t: 0, total, paused: false, speed};
}

export function runReducer(state: RunState, action: RunAction): RunState {
	switch (action.type) {
		case 'tick': {
			if (state.paused || state.t >= state.total) return state;
			const ms = action.frameMs === undefined ? action.ms : Math.min(action.ms, 2 * action.frameMs);
			return {...state, t: Math.min(state.total, state.t + (SPEEDS[state.speed]! * ms) / 1000)};
		}

		case 'pause': {
			return {...state, paused: !state.paused};
		}

		case 'faster': {
			return {...state, speed: Math.min(SPEEDS.length - 1, state.speed + 1)};
		}

		case 'slower': {
			return {...state, speed: Math.max(0, state.speed - 1)};
		}

		case 'step': {
			return {...state, paused: true, t: Math.min(state.total, Math.floor(state.t) + 1)};
		}

		case 'end': {
			return {...state, t: state.total};
		}
	}
}

/** Whether the animation has shown every step. */
export function runFinished(state: RunState): boolean {
	return state.t >= state.total;
}

export type RunScreenProps = {
	env: ScreenEnv;
	outcome: Outcome;
	ghost?: MapTrail;
	/** frames per second of the animation clock */
	fps?: number;
	/** false: no animation, the run's last frame at once (default true) */
	animate?: boolean;
	onFinish: () => void;
	onAbort: () => void;
};

export function RunScreen({env, outcome, ghost, fps = 30, animate = true, onFinish, onAbort}: RunScreenProps) {
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	const {run} = outcome;
	const {level} = run;
	const [state, dispatch] = useReducer(runReducer, timelineLength(run), (total) => ({...initialRunState(total), t: animate ? 0 : total}));
	const finished = runFinished(state);
	// under the help overlay or the "too small" screen the run holds still
	const suspended = useHelpOpen();
	useEffect(() => {
		if (finished) {
			onFinish();
			return;
		}

		if (suspended) return;

		let last = Date.now();
		const timer = setInterval(() => {
			const now = Date.now();
			dispatch({type: 'tick', ms: now - last, frameMs: 1000 / fps});
			last = now;
		}, 1000 / fps);
		return () => clearInterval(timer);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- onFinish is a fresh closure each render; the animation restarts only when it ends, fps changes or it is suspended
	}, [finished, fps, suspended]);
	useScreenInput((input, key) => {
		if (input === ' ') dispatch({type: 'pause'});
		else if (input === '+' || input === '=') dispatch({type: 'faster'});
		else if (input === '-' || input === '_') dispatch({type: 'slower'});
		else if (input === '.') dispatch({type: 'step'});
		else if (key.return) dispatch({type: 'end'});
		else if (input === 'a' || input === 'q' || key.escape) onAbort();
	});
	const {k, climber, index, before} = locate(run, state.t);
	const blind = level.visibility === 'blind';
	const hudWidth = width >= 100 ? 30 : 24;
	const mapWidth = width - hudWidth - 2;
	const mapHeight = height - 2;
	const trail: MapTrail = {x: climber.x, y: climber.y, upTo: index};
	const felt = blind ? slopeAt(level, climber.x[index] ?? level.start[0], climber.y[index] ?? level.start[1]) : {steepness: 0, dx: 0, dy: 0};
	const feltScale = blind ? Math.max(1e-12, climber.grad[0] ?? 1) : 1;
	// a model with many parameters: each one dances on its own axis beside the map
	const dance = blind ? null : danceAt(run, climber, index);
	const danceHeight = mapHeight - 9 - (run.climbers.length > 1 ? 1 : 0);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${levelHeading(level, lang)}  `)}
				{chalk.bold(cleanText(headingTitle(level, lang), width - 30))}
				{state.paused ? chalk.inverse.yellow(`  ${t('paused')}  `) : ''}
			</Text>
			<Box flexDirection="row" flexGrow={1}>
				<Box width={mapWidth} height={mapHeight} justifyContent="center" alignItems="center" overflow="hidden">
					<TerrainMap
						level={level}
						width={mapWidth}
						height={mapHeight}
						view={view}
						color={theme.level}
						ascii={theme.ascii}
						trail={blind ? undefined : trail}
						ghost={blind ? undefined : ghost}
						velocity={blind ? undefined : motionAt(climber, index)}
						fog={level.visibility === 'fog'}
						hidden={blind}
					/>
				</Box>
				<Box flexDirection="column" marginLeft={2} width={hudWidth}>
					<Hud climber={climber} index={index} step={before + index} budget={level.budget} lang={lang} theme={theme} width={hudWidth} />
					{run.climbers.length > 1 ? <Text>{chalk.dim(t('climber', {k: k + 1, n: run.climbers.length}))}</Text> : null}
					<Text>{chalk.dim(t('speedValue', {n: SPEEDS[state.speed]!}))}</Text>
					{dance && danceHeight >= 4 ? (
						<Box marginTop={1}>
							<DancePanel dance={dance} width={hudWidth} height={danceHeight} lang={lang} theme={theme} />
						</Box>
					) : null}
					{blind ? (
						<Box marginTop={1} flexDirection="column">
							<Text>
								{chalk.bold(t('feltNow'))} {chalk.bold.yellow(arrowFor(felt.dx, felt.dy, theme.ascii))} {chalk.dim(`|∇f| ${readableNumber(felt.steepness, lang, 3)}`)}
							</Text>
							<Text>{chalk.yellow(feltBar(felt.steepness, feltScale, hudWidth - 2, theme.ascii))}</Text>
							<Paragraph width={hudWidth} spans={[{text: t('blindRun'), paint: chalk.magenta}]} />
						</Box>
					) : null}
				</Box>
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['space', t(state.paused ? 'keyResume' : 'keyPause')],
					['+/-', t('keySpeed')],
					['.', t('keyStep')],
					['Enter', t('keySkip')],
					['a', t('keyAbort')],
				]}
			/>
		</Box>
	);
}
