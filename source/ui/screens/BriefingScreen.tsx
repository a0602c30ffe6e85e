/** Briefing: the level's story, the knob that is new here, the lesson, and a map preview unless blind. */
import {Box, Text} from 'ink';
import {useScreenInput} from '../hooks/use-screen-input.js';
import {unlockedKnobs} from '../../engine/knobs.js';
import {readableNumber} from '../../i18n/format.js';
import type {KnobName, Level} from '../../engine/types.js';
import {cleanText} from '../../text/sanitize.js';
import {KeyBar} from '../components/KeyBar.js';
import {Paragraph} from '../components/Paragraph.js';
import {wrapSpans, type Span} from '../../text/wrap.js';
import {TerrainMap} from '../components/TerrainMap.js';
import {headingTitle, levelHeading, type ScreenEnv, uiText} from '../env.js';

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
	const story: Span[] = [{text: cleanText(level.briefing[lang], 2000)}];
	const notes: Span[][] = [
		...(fresh.length > 0 ? [[{text: t('briefingNew', {knobs: knobNames(fresh)}), paint: chalk.green.bold}]] : []),
		[{text: t('briefingKnobs', {knobs: knobNames(unlockedKnobs(level.knobs))})}],
		[{text: t('budget', {budget: level.budget, tolerance: readableNumber(level.tolerance, lang)}), paint: chalk.dim}],
		...(level.lesson
			? [
					[
						{text: `${t('lesson')}: `, paint: chalk.bold.yellow},
						{text: cleanText(level.lesson[lang], 400)},
					],
				]
			: []),
		...(level.visibility === 'fog' ? [[{text: t('visibilityFog'), paint: chalk.magenta}]] : []),
		...(level.visibility === 'blind' ? [[{text: t('visibilityBlind'), paint: chalk.magenta}]] : []),
	];
	const mapWidth = wide ? width - textWidth - 3 : width;
	// below 100 columns the map takes the rows the text leaves (title, gap, story, gap, notes, key bar)
	const textRows = [story, ...notes].reduce((rows, spans) => rows + wrapSpans(spans, textWidth).length, 0) + 1;
	const mapHeight = wide ? height - 4 : height - 3 - textRows;
	const showMap = level.visibility !== 'blind' && mapHeight >= 4;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				{chalk.bold.cyan(`${levelHeading(level, lang)}  `)}
				{chalk.bold(cleanText(headingTitle(level, lang), width - 20))}
			</Text>
			<Box flexDirection={wide ? 'row' : 'column'} flexGrow={1} marginTop={1}>
				<Box flexDirection="column" width={textWidth} marginRight={wide ? 3 : 0} flexShrink={0}>
					<Paragraph width={textWidth} spans={story} />
					<Box marginTop={1} flexDirection="column">
						{notes.map((spans, i) => (
							<Paragraph key={i} width={textWidth} spans={spans} />
						))}
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
