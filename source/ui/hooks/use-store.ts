/**
 * The game's one way to the store: holds settings and progress as the screens see them, owns
 * the queue of saves (quitting waits for it), turns store results into notices for the player,
 * and provides the services screens read through (ui/services.tsx). What a finished run is
 * recorded as comes from share/run-finished.ts; this hook only writes it.
 */
import {useCallback, useMemo, useRef, useState} from 'react';
import type {Outcome} from '../../engine/index.js';
import type {Language} from '../../engine/types.js';
import {chooseLanguage} from '../../environment.js';
import {runRecords, type RunRecords} from '../../share/run-finished.js';
import {
	addScore,
	recordDaily,
	recordResult,
	updateSettings,
	withResult,
	withSettings,
	type Progress,
	type Settings,
	type SettingsPatch,
	type StoreResult,
} from '../../store/index.js';
import {uiText} from '../env.js';
import {storeServices, type Services} from '../services.js';
import {storeNotice} from '../store-notice.js';

type UiText = ReturnType<typeof uiText>;

export type GameStore = {
	settings: Settings;
	/** the language spoken: --lang, else the saved one, else the environment's; a choice made in Settings wins */
	lang: Language;
	t: UiText;
	progress: Progress;
	/** lines for the menu (a file set aside, a save that failed) */
	notices: string[];
	/** lines for the result screen about the last run's saves (new best, rank, a save that failed) */
	resultNotices: string[];
	services: Services;
	saveSettings: (patch: SettingsPatch) => void;
	/** records a finished run under the player's name: progress or the daily, the leaderboard; returns what was recorded */
	recordRun: (outcome: Outcome, name: string) => RunRecords;
	/** a new run starts: its result screen begins without notices */
	clearResultNotices: () => void;
	/** a line for the menu from elsewhere (the daily challenge could not be built) */
	addNotice: (line: string) => void;
	/** a line for the result screen from elsewhere (the run opened the next level) */
	addResultNotice: (line: string) => void;
	/** resolves once every save under way has finished */
	settled: () => Promise<void>;
};

/** Where the store is and the language the command line resolved (see environment.ts). */
export type StoreEnv = {dataDir: string; lang: Language; langExplicit: boolean};

export function useStore({dataDir, lang: envLang, langExplicit}: StoreEnv, initial: {settings: Settings; progress: Progress; notices?: string[]}): GameStore {
	const [settings, setSettings] = useState(initial.settings);
	// --lang wins over the saved language, until the player changes it in Settings
	const [chosenLang, setChosenLang] = useState<Language | undefined>(undefined);
	const lang = chosenLang ?? chooseLanguage(langExplicit ? envLang : undefined, settings.language, envLang);
	const t = uiText(lang);
	const [progress, setProgress] = useState(initial.progress);
	const [notices, setNotices] = useState<string[]>(initial.notices ?? []);
	const [resultNotices, setResultNotices] = useState<string[]>([]);
	const pending = useRef(new Set<Promise<unknown>>());
	// notices are worded in the language of the moment they arrive
	const words = useRef(t);
	words.current = t;

	/** Keeps a save in flight so that quitting waits for it. */
	const track = useCallback(<T>(promise: Promise<T>): Promise<T> => {
		pending.current.add(promise);
		void promise.finally(() => pending.current.delete(promise));
		return promise;
	}, []);

	const noticeOf = <T>(result: StoreResult<T>) => storeNotice(result, words.current);

	const settled = useCallback(async () => {
		await Promise.allSettled([...pending.current]);
	}, []);
	const services = useMemo(() => storeServices(dataDir, {track, settled}), [dataDir, track, settled]);

	const saveSettings = (patch: SettingsPatch) => {
		if (patch.language) setChosenLang(patch.language);
		setSettings((current) => withSettings(current, patch));
		void track(updateSettings(dataDir, patch)).then((result) => {
			const notice = noticeOf(result);
			if (notice) setNotices((list) => [...list, notice]);
		});
	};

	const recordRun = (outcome: Outcome, name: string): RunRecords => {
		const records = runRecords(outcome, name);
		const {result, daily, entry} = records;
		const addResultNotices = (lines: string[]) => {
			if (lines.length > 0) setResultNotices((list) => [...list, ...lines]);
		};

		if (result) {
			setProgress((current) => withResult(current, result));
			void track(recordResult(dataDir, result)).then((saved) => {
				const notice = noticeOf(saved);
				addResultNotices(notice ? [notice] : []);
				if (saved.ok) setProgress(saved.value);
			});
		}

		if (daily) {
			void track(recordDaily(dataDir, daily.date, daily.score)).then((saved) => {
				const notice = noticeOf(saved);
				addResultNotices(notice ? [notice] : []);
			});
		}

		void track(addScore(dataDir, outcome.run.level.id, entry)).then((placed) => {
			const notice = noticeOf(placed);
			const lines: string[] = notice ? [notice] : [];
			if (placed.ok && !placed.value.duplicate && entry.score > 0) {
				if (placed.value.isBest) lines.push(words.current('newBest'));
				else if (placed.value.rank !== null) lines.push(words.current('rank', {rank: placed.value.rank}));
			}

			addResultNotices(lines);
		});
		return records;
	};

	return {
		settings,
		lang,
		t,
		progress,
		notices,
		resultNotices,
		services,
		saveSettings,
		recordRun,
		clearResultNotices: () => setResultNotices([]),
		addNotice: (line) => setNotices((list) => [...list, line]),
		addResultNotice: (line) => setResultNotices((list) => [...list, line]),
		settled,
	};
}
