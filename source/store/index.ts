export {defaultDataDir, storeFiles, storePath} from './paths.js';
export {
	MAX_FILE_BYTES,
	mapResult,
	readJsonFile,
	updateJsonFile,
	type JsonFileSpec,
	type StoreError,
	type StoreNotice,
	type StoreResult,
} from './json-file.js';
export {
	emptyProgress,
	loadProgress,
	parseProgress,
	recordDaily,
	recordResult,
	saveLessonProgress,
	withDaily,
	withLesson,
	withResult,
	type KnobValue,
	type LessonProgress,
	type LevelProgress,
	type LevelResult,
	type Progress,
} from './progress.js';
export {
	loadSettings,
	parseSettings,
	updateSettings,
	withSettings,
	type ColorMode,
	type Settings,
	type SettingsPatch,
} from './settings.js';
export {
	BOARD_SIZE,
	addScore,
	isSameRun,
	loadScores,
	parseScoreEntry,
	parseScores,
	placeScore,
	rankBoard,
	topScores,
	type NewScoreEntry,
	type Placement,
	type ScoreEntry,
	type ScoreKnobs,
	type Scores,
} from './scores.js';
export type {Stars} from './validate.js';
