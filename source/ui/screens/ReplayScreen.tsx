/** Replay: the finished run with a scrubber (← → one step, shift or PgUp/PgDn ten, Home / End). */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {useReducer} from 'react';
import type {Outcome} from '../../engine/index.js';
import {cleanText} from '../../text/sanitize.js';
import {Hud} from '../components/Hud.js';
import {KeyBar} from '../components/KeyBar.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {DancePanel} from '../components/DancePanel.js';
import {danceAt} from '../../engine/model/summary.js';
import {type ScreenEnv, uiText} from '../env.js';
import type {MapTrail} from '../map/render.js';
import {locate, motionAt, timelineLength} from '../timeline.js';

export type ReplayState = {t: number; total: number};
export type ReplayAction = {type: 'move'; by: number} | {type: 'home'} | {type: 'end'};

/** Moves the scrubber, clamped to [0, total]. */
export function replayReducer(state: ReplayState, action: ReplayAction): ReplayState {
	const clamp = (t: number) => Math.max(0, Math.min(state.total, t));
	switch (action.type) {
		case 'move': {
			return {...state, t: clamp(state.t + action.by)};
		}

		case 'home': {
			return {...state, t: 0};
		}

		case 'end': {
			return {...state, t: state.total};
		}
	}
}

export type ReplayScreenProps = {
	env: ScreenEnv;
	outcome: Outcome;
	onBack: () => void;
};

export function ReplayScreen({env, outcome, onBack}: ReplayScreenProps) {
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	const {run} = outcome;
	const {level} = run;
	const total = timelineLength(run);
	const [state, dispatch] = useReducer(replayReducer, {t: 0, total});
	useScreenInput((input, key) => {
		if (key.leftArrow) dispatch({type: 'move', by: key.shift ? -10 : -1});
		else if (key.rightArrow) dispatch({type: 'move', by: key.shift ? 10 : 1});
		else if (key.pageUp) dispatch({type: 'move', by: -10});
		else if (key.pageDown) dispatch({type: 'move', by: 10});
		else if (key.home) dispatch({type: 'home'});
		else if (key.end) dispatch({type: 'end'});
		else if (input === 'q' || key.escape) onBack();
	});
	const {climber, index, before} = locate(run, state.t);
	const hudWidth = width >= 100 ? 30 : 24;
	const mapWidth = width - hudWidth - 2;
	const mapHeight = height - 3;
	const trail: MapTrail = {x: climber.x, y: climber.y, upTo: index};
	const dance = danceAt(run, climber, index);
	const barWidth = Math.max(4, width - 2);
	const at = Math.round((barWidth - 1) * (total === 0 ? 1 : state.t / total));
	const bar = theme.ascii ? '-'.repeat(at) + '|' + '-'.repeat(barWidth - 1 - at) : '─'.repeat(at) + '●' + '─'.repeat(barWidth - 1 - at);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${t('replayTitle')} · `)}
				{chalk.bold(cleanText(level.title[lang], width - 30))}
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
						trail={trail}
						velocity={motionAt(climber, index)}
						reveal
					/>
				</Box>
				<Box marginLeft={2} flexDirection="column" width={hudWidth}>
					<Hud climber={climber} index={index} step={before + index} budget={level.budget} lang={lang} theme={theme} width={hudWidth} />
					{dance && mapHeight - 8 >= 4 ? (
						<Box marginTop={1}>
							<DancePanel dance={dance} width={hudWidth} height={mapHeight - 8} lang={lang} theme={theme} />
						</Box>
					) : null}
				</Box>
			</Box>
			<Text>{chalk.cyan(bar)}</Text>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['←→', t('keyScrub')],
					['shift+←→/PgUp/PgDn', t('keyScrubTen')],
					['Home/End', t('keyEnds')],
					['q/Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
