/** `descenso import <code> [--json]`: verify a share code, then add it to the local leaderboard, marked imported. */
import {translator} from '../i18n/index.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {scheduleKind} from '../share/describe.js';
import {installedLevels, verifyShareCode} from '../share/verify.js';
import {addScore, BOARD_SIZE, defaultDataDir, type ScoreKnobs, type StoreError} from '../store/index.js';
import {cleanText} from '../text/sanitize.js';
import {type CommandContext, failure} from './context.js';
import {codeArgument, verdictJson, verdictLine} from './verify.js';

export default async function importCode(context: CommandContext): Promise<number> {
	const t = translator(SHARE_TEXT, context.lang);
	const code = codeArgument(context);
	if (typeof code === 'number') return code;
	const verdict = await verifyShareCode(code, installedLevels(context.levelsDir));
	if (!verdict.ok) {
		if (context.json) context.stdout.write(`${JSON.stringify(verdictJson(verdict, context.lang), null, 2)}\n`);
		else context.stderr.write(`descenso: ${verdictLine(verdict, context.lang, context.ascii)}\n`);
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
	const added = await addScore(defaultDataDir(), level.id, {
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
	const {rank, duplicate} = added.value;
	const id = cleanText(level.id, 64);
	const line = duplicate
		? t('importedDuplicate', {level: id, rank: rank ?? '—'})
		: rank === null
			? t('importedOff', {level: id, score: outcome.score.total, size: BOARD_SIZE})
			: t('imported', {level: id, rank, size: added.value.board.length});
	if (context.json) {
		context.stdout.write(`${JSON.stringify({...verdictJson(verdict, context.lang), imported: !duplicate && rank !== null, rank, duplicate}, null, 2)}\n`);
	} else {
		context.stdout.write(`${verdictLine(verdict, context.lang, context.ascii)}\n${line}\n`);
	}

	return 0;
}

/** One line for a store error. */
export function storeMessage(error: StoreError): string {
	return error.code === 'ERR_NEWER_VERSION'
		? `${error.file} was written by a newer descenso (version ${error.version}; this one reads ${error.supported}) [${error.code}]`
		: `${cleanText(error.message, 200)} [${error.code}]`;
}
