/** One line for a store notice: a file the player should know was moved aside or backed up. */
import type {StoreNotice} from '../store/index.js';
import {CAPS, line, safe, type SafeText} from '../text/safe.js';

/** `descenso: <file> …; its bytes were moved to <backup>` with a line break, ready for stderr. */
export function noticeLine(notice: StoreNotice): SafeText {
	return line`descenso: ${noticeText(notice)}\n`;
}

/** The notice's words, without the program name. */
export function noticeText(notice: StoreNotice): SafeText {
	const file = safe(notice.file, CAPS.file);
	const backup = safe(notice.movedTo, CAPS.file);
	if (notice.kind === 'dropped') return line`${file}: ${safe(notice.reason, CAPS.arg * 2)} as malformed; the file as it was is kept in ${backup}`;
	return line`${file} could not be read (${safe(notice.reason, CAPS.arg * 2)}); it was moved to ${backup} and a fresh one was started`;
}
