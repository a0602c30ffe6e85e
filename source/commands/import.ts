/** `descenso import <code> [--json]`: verify a share code, then add it to the local leaderboard, marked imported. */
import {SHARE_TEXT} from '../i18n/share.js';
import {scheduleKind} from '../share/describe.js';
import {installedLevels, verifyShareCode} from '../share/verify.js';
import {addScore, BOARD_SIZE, type ScoreKnobs, type StoreError} from '../store/index.js';
import {CAPS, line, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {type CommandContext, failure, print} from './context.js';
import {noticeLine} from './notice.js';
import {codeArgument, verdictJson, verdictLine} from './verify.js';

export default async function importCode(context: CommandContext): Promise<number> {
	const t = safeTranslator(SHARE_TEXT, context.lang);
	const code = codeArgument(context);
	if (typeof code === 'number') return code;
	const verdict = await verifyShareCode(code, installedLevels(context.levelsDir));
	if (!verdict.ok) {
		if (!context.json) return failure(context, verdictLine(verdict, context.lang, context.ascii));
		print(context, safeJson(verdictJson(verdict, context.lang)));
		return 1;
	}

	const {payload, level, outcome} = verdict;
	const shared = payload.knobs;
	const knobs: ScoreKnobs = {learningRate: shared.learningRate, momentum: shared.momentum, decay: shared.decay};
	if (level.knobs.schedule) knobs.schedule = scheduleKind(shared.schedule);
	if (level.knobs.temperature) knobs.temperature = shared.temperature;
	if (level.knobs.batchSize && shared.batchSize !== null) knobs.batchSize = shared.batchSize;
	if (level.knobs.restarts) knobs.restarts = shared.restarts;
	if (level.knobs.nesterov) knobs.nesterov = shared.nesterov;
	const added = await addScore(context.dataDir, level.id, {
		name: payload.name,
		score: outcome.score.total,
		stars: outcome.score.stars as 0 | 1 | 2 | 3,
		knobs,
		seed: payload.seed,
		engine: payload.engine,
		levelHash: payload.levelHash,
		imported: true,
		code: code.replace(/\s+/g, ''),
	});
	if (!added.ok) return failure(context, t('storeError', {message: storeMessage(added)}));
	if (added.notice) context.stderr.write(noticeLine(added.notice));
	const {rank, duplicate} = added.value;
	const id = safe(level.id, CAPS.id);
	const said = duplicate
		? t('importedDuplicate', {level: id, rank: rank ?? safe('—')})
		: rank === null
			? t('importedOff', {level: id, score: outcome.score.total, size: BOARD_SIZE})
			: t('imported', {level: id, rank, size: added.value.board.length});
	if (context.json) {
		print(context, safeJson({...verdictJson(verdict, context.lang), imported: !duplicate && rank !== null, rank, duplicate}));
	} else {
		print(context, line`${verdictLine(verdict, context.lang, context.ascii)}\n${said}`);
	}

	return 0;
}

/** One line for a store error. */
export function storeMessage(error: StoreError): SafeText {
	return error.code === 'ERR_NEWER_VERSION'
		? line`${safe(error.file, CAPS.file)} was written by a newer descenso (version ${error.version}; this one reads ${error.supported}) [${safe(error.code)}]`
		: line`${safe(error.message)} [${safe(error.code)}]`;
}
