/** The one line the game shows for a store result worth telling: a file moved aside or backed up, a newer file, a failed save. */
import type {StoreResult} from '../store/index.js';
import {cleanText} from '../text/sanitize.js';
import type {uiText} from './env.js';

/** The notice for `result`, or null when there is nothing to tell. Names the backup when there is one. */
export function storeNotice<T>(result: StoreResult<T>, t: ReturnType<typeof uiText>): string | null {
	if (result.ok) {
		const notice = result.notice;
		if (!notice) return null;
		const vars = {file: cleanText(notice.file, 120), movedTo: cleanText(notice.movedTo, 160), reason: cleanText(notice.reason, 80)};
		return notice.kind === 'dropped' ? t('dropped', vars) : t('corrupt', vars);
	}

	if (result.code === 'ERR_NEWER_VERSION') return t('newer', {file: cleanText(result.file, 120)});
	return t('saveFailed', {file: cleanText(result.file, 120), message: cleanText(result.message, 200)});
}
