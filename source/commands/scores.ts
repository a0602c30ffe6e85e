/** `descenso scores [<level>] [--json]`: the local leaderboards — one level's top 20, or every level's best. */
import {SHARE_TEXT} from '../i18n/share.js';
import {loadCampaign} from '../levels/load.js';
import {boardLine, padWidth} from '../share/board.js';
import {formatStars} from '../share/describe.js';
import {dailyDateOf} from '../share/daily.js';
import {loadScores, type ScoreEntry} from '../store/index.js';
import {cleanName} from '../text/sanitize.js';
import {CAPS, line, lines as joinLines, pad, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {type CommandContext, failure, print, usage} from './context.js';
import {storeMessage} from './import.js';
import {noticeLine} from './notice.js';

export default async function scores(context: CommandContext): Promise<number> {
	const t = safeTranslator(SHARE_TEXT, context.lang);
	const [ref, extra] = context.args;
	if (extra !== undefined) return usage(context, t('extraLevel', {value: safe(extra, CAPS.arg)}));
	const loaded = await loadScores(context.dataDir);
	if (!loaded.ok) return failure(context, t('storeReadError', {message: storeMessage(loaded)}));
	if (loaded.notice) context.stderr.write(noticeLine(loaded.notice));
	const boards = loaded.value.boards;
	const {levels} = await loadCampaign(context.levelsDir);
	const titleOf = (id: string): SafeText => {
		const level = levels.find((l) => l.id === id);
		if (level) return safe(level.title[context.lang], CAPS.title);
		const date = dailyDateOf(id);
		return date ? t('dailyTitle', {date: safe(date)}) : safe('');
	};

	if (ref !== undefined) {
		const id = ref === 'daily' ? Object.keys(boards).filter((k) => dailyDateOf(k)).sort().at(-1) ?? ref : ref;
		const board = Object.hasOwn(boards, id) ? (boards[id] ?? []) : [];
		if (board.length === 0 && !levels.some((l) => l.id === id) && !dailyDateOf(id) && ref !== 'daily') {
			return usage(context, t('scoresUnknownLevel', {level: safe(id, CAPS.id)}));
		}

		if (context.json) {
			print(context, safeJson({level: safe(id, CAPS.id), entries: board.map(entryJson)}));
			return 0;
		}

		if (board.length === 0) {
			print(context, t('scoresNoneLevel', {level: safe(id, CAPS.id)}));
			return 0;
		}

		const out = [t('scoresHeader', {level: safe(id, CAPS.id), title: titleOf(id)}), t('columns')];
		board.forEach((entry, i) => out.push(boardLine(entry, i + 1, context.lang, context.ascii, t('importedMark'))));
		print(context, joinLines(out));
		return 0;
	}

	const order = (id: string) => {
		const index = levels.findIndex((l) => l.id === id);
		return index === -1 ? levels.length : index;
	};

	const ids = Object.keys(boards)
		.filter((id) => (boards[id]?.length ?? 0) > 0)
		.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
	if (context.json) {
		const summary = ids.map((id) => ({level: id, best: entryJson(boards[id]![0]!), entries: boards[id]!.length}));
		print(context, safeJson({levels: summary}));
		return 0;
	}

	if (ids.length === 0) {
		print(context, t('scoresNone'));
		return 0;
	}

	const out = [t('scoresSummaryHeader')];
	for (const id of ids) {
		const board = boards[id]!;
		const best = board[0]!;
		out.push(
			line`${pad(safe(id, CAPS.id), 28)} ${pad(safe(best.score), 4, true)} ${formatStars(best.stars, context.ascii)}  ${padWidth(safe(best.name, CAPS.name) || safe('—'), CAPS.name)} ${board.length}  ${titleOf(id)}`,
		);
	}

	print(context, joinLines(out));
	return 0;
}

/** An entry as JSON, name cleaned again (the file is untrusted). */
function entryJson(entry: ScoreEntry) {
	return {...entry, name: cleanName(entry.name)};
}
