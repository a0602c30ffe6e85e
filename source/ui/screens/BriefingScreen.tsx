/** Briefing: the level's story, the knob that is new here, the lesson, and a map preview unless blind. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {unlockedKnobs} from '../../engine/knobs.js';
import {readableNumber} from '../../i18n/format.js';
import type {KnobName, Level} from '../../engine/types.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {Paragraph} from '../components/Paragraph.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {levelHeading, type ScreenEnv, uiText} from '../env.js';

/** The knobs this level unlocks that the level before it did not (all of them for the first level). */
export function newKnobs(level: Level, previous: Level | null): KnobName[] {
	const before = new Set(previous ? unlockedKnobs(previous.knobs) : []);
	return unlockedKnobs(level.knobs).filter((name) => !before.has(name));
}

export type BriefingScreenProps = {
	env: ScreenEnv;
	level: Level;
	previous: Level | null;
	onStart: () => void;
	onBack: () => void;
};

export function BriefingScreen({env, level, previous, onStart, onBack}: BriefingScreenProps) {
	const {theme, lang, width, height, view} = env;
	const t = uiText(lang);
	const {chalk} = theme;
	useScreenInput((input, key) => {
		if (key.return || input === ' ') onStart();
		else if (input === 'q' || key.escape) onBack();
	});
	const fresh = newKnobs(level, previous);
	const knobNames = (names: KnobName[]) => names.map((name) => t(name)).join(', ');
	const wide = width >= 100;
	const textWidth = wide ? Math.min(56, Math.floor(width * 0.45)) : width;
	const mapWidth = wide ? width - textWidth - 3 : width;
	const mapHeight = wide ? height - 4 : Math.max(4, height - 16);
	const showMap = level.visibility !== 'blind';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${levelHeading(level, lang)}  `)}
				{chalk.bold(cleanText(level.title[lang], width - 20))}
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} flexGrow={1} marginTop={1}>
				<Box flexDirection="column" width={textWidth} marginRight={wide ? 3 : 0}>
					<Paragraph width={textWidth} spans={[{text: cleanText(level.briefing[lang], 2000)}]} />
					<Box marginTop={1} flexDirection="column">
						{fresh.length > 0 ? <Paragraph width={textWidth} spans={[{text: t('briefingNew', {knobs: knobNames(fresh)}), paint: chalk.green.bold}]} /> : null}
						<Paragraph width={textWidth} spans={[{text: t('briefingKnobs', {knobs: knobNames(unlockedKnobs(level.knobs))})}]} />
						<Paragraph width={textWidth} spans={[{text: t('budget', {budget: level.budget, tolerance: readableNumber(level.tolerance, lang)}), paint: chalk.dim}]} />
						{level.lesson ? (
							<Paragraph
								width={textWidth}
								spans={[
									{text: `${t('lesson')}: `, paint: chalk.bold.yellow},
									{text: cleanText(level.lesson[lang], 400)},
								]}
							/>
						) : null}
						{level.visibility === 'fog' ? <Paragraph width={textWidth} spans={[{text: t('visibilityFog'), paint: chalk.magenta}]} /> : null}
						{level.visibility === 'blind' ? <Paragraph width={textWidth} spans={[{text: t('visibilityBlind'), paint: chalk.magenta}]} /> : null}
					</Box>
				</Box>
				{showMap ? (
					<Box flexGrow={1} justifyContent="center" alignItems="center" overflow="hidden">
						<TerrainMap
							level={level}
							width={mapWidth}
							height={mapHeight}
							view={view}
							color={theme.level}
							ascii={theme.ascii}
							fog={level.visibility === 'fog'}
						/>
					</Box>
				) : null}
			</Box>
			<KeyBar
				theme={theme}
				width={width}
				keys={[
					['Enter', t('keyStart')],
					['q/Esc', t('keyBack')],
				]}
			/>
		</Box>
	);
}
