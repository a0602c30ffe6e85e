/** `descenso scores [<level>] [--json]`: the local leaderboards — one level's top 20, or every level's best. */
import {translator} from '../i18n/index.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {loadCampaign} from '../levels/load.js';
import {boardLine, padWidth} from '../share/board.js';
import {formatStars} from '../share/describe.js';
import {dailyDateOf} from '../share/daily.js';
import {defaultDataDir, loadScores, type ScoreEntry} from '../store/index.js';
import {cleanName, cleanText} from '../text/sanitize.js';
import {type CommandContext, failure, usage} from './context.js';
import {storeMessage} from './import.js';

export default async function scores(context: CommandContext): Promise<number> {
	const t = translator(SHARE_TEXT, context.lang);
	const [ref, extra] = context.args;
	if (extra !== undefined) return usage(context, t('extraLevel', {value: cleanText(extra, 40)}));
	const loaded = await loadScores(defaultDataDir());
	if (!loaded.ok) return failure(context, t('storeReadError', {message: storeMessage(loaded)}));
	if (loaded.notice) context.stderr.write(`descenso: ${cleanText(`${loaded.notice.reason}; moved to ${loaded.notice.movedTo}`, 300)}\n`);
	const boards = loaded.value.boards;
	const {levels} = await loadCampaign(context.levelsDir);
	const titleOf = (id: string) => {
		const level = levels.find((l) => l.id === id);
		if (level) return cleanText(level.title[context.lang], 60);
		const date = dailyDateOf(id);
		return date ? t('dailyTitle', {date}) : '';
	};

	if (ref !== undefined) {
		const id = ref === 'daily' ? Object.keys(boards).filter((k) => dailyDateOf(k)).sort().at(-1) ?? ref : ref;
		const board = Object.hasOwn(boards, id) ? (boards[id] ?? []) : [];
		if (board.length === 0 && !levels.some((l) => l.id === id) && !dailyDateOf(id) && ref !== 'daily') {
			return usage(context, t('scoresUnknownLevel', {level: cleanText(id, 64)}));
		}

		if (context.json) {
			context.stdout.write(`${JSON.stringify({level: cleanText(id, 64), entries: board.map(entryJson)}, null, 2)}\n`);
			return 0;
		}

		if (board.length === 0) {
			context.stdout.write(`${t('scoresNoneLevel', {level: cleanText(id, 64)})}\n`);
			return 0;
		}

		const lines = [t('scoresHeader', {level: cleanText(id, 64), title: titleOf(id)}), t('columns')];
		board.forEach((entry, i) => lines.push(boardLine(entry, i + 1, context.lang, context.ascii, t('importedMark'))));
		context.stdout.write(`${lines.join('\n')}\n`);
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
		context.stdout.write(`${JSON.stringify({levels: summary}, null, 2)}\n`);
		return 0;
	}

	if (ids.length === 0) {
		context.stdout.write(`${t('scoresNone')}\n`);
		return 0;
	}

	const lines = [t('scoresSummaryHeader')];
	for (const id of ids) {
		const board = boards[id]!;
		const best = board[0]!;
		lines.push(
			`${cleanText(id, 40).padEnd(28)} ${String(best.score).padStart(4)} ${formatStars(best.stars, context.ascii)}  ${padWidth(cleanName(best.name) || '—', 24)} ${board.length}  ${titleOf(id)}`,
		);
	}

	context.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}

/** An entry as JSON, name cleaned again (the file is untrusted). */
function entryJson(entry: ScoreEntry) {
	return {...entry, name: cleanName(entry.name)};
}
