/**
 * The tutorial's keys, step kind by step kind, as the key bar shows them and the `?` overlay
 * lists them. Pure: the words come from the tutorial catalogue.
 */
import type {TutorialTextKey} from '../../../i18n/tutorial.js';
import type {KeyEntry} from '../../components/KeyBar.js';

/** What the keys do on: the lesson list, a narration page (or a part of a longer one), a demonstration, a task (before and after it is passed), a quiz (before and after), a reflection (before and after the answer). */
export type StepKeys = 'menu' | 'page' | 'demo' | 'task' | 'taskPassed' | 'quiz' | 'quizDone' | 'reflection' | 'reflectionDone';
export type TutorialKeys = {kind: StepKeys} | {kind: 'more'; part: number; parts: number};

type Say = (key: TutorialTextKey, vars?: Record<string, string>) => string;

export function tutorialKeys(keys: TutorialKeys, t: Say): KeyEntry[] {
	const back: KeyEntry = ['←', t('keyBack')];
	const leave: KeyEntry = ['q/Esc', t('keyLeave')];
	switch (keys.kind) {
		case 'menu': {
			return [['↑/↓', t('keyChoose')], ['Enter', t('keyOpen')], leave];
		}

		case 'page': {
			return [['Enter/→', t('keyNext')], back, ['q/Esc', t('keyLeaveSaved')]];
		}

		case 'more': {
			return [['Enter/→', t('keyMore', {part: String(keys.part), parts: String(keys.parts)})], back, ['q/Esc', t('keyLeaveSaved')]];
		}

		case 'demo': {
			return [['Enter/→', t('keyNext')], back, ['r', t('keyReplay')], leave];
		}

		// in a task or an unanswered reflection the letters and arrows are typed into a field
		case 'task': {
			return [['', t('keyTypeValues')], ['Tab/↑/↓', t('keyField')], ['Enter', t('keyLaunch')], ['PgUp', t('keyBack')], ['Esc', t('keyLeave')]];
		}

		case 'taskPassed': {
			return [['Enter/PgDn', t('keyNext')], ['Enter', t('keyRelaunch')], ['PgUp', t('keyBack')], ['Esc', t('keyLeave')]];
		}

		case 'quiz': {
			return [['1–4', t('keyChoose')], back, leave];
		}

		case 'quizDone': {
			return [['Enter/→', t('keyNext')], back, leave];
		}

		case 'reflection': {
			return [['', t('keyTypeAnswer')], ['Enter', t('keySubmit')], ['PgUp', t('keyBack')], ['Esc', t('keyLeave')]];
		}

		case 'reflectionDone': {
			return [['Enter/→', t('keyNext')], ['1/2', t('keyReplayRun')], back, leave];
		}
	}
}
