/** `descenso verify <code> [--json]`: re-simulate a share code and say whether its score holds. */
import type {Language} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {describeRejection, formatKnobs, formatStars} from '../share/describe.js';
import {installedLevels, verifyShareCode, type Verdict} from '../share/verify.js';
import {cleanName, cleanText} from '../text/sanitize.js';
import {type CommandContext, usage} from './context.js';

/** The code argument, or the exit code of a usage error. */
export function codeArgument(context: CommandContext): string | number {
	const t = translator(SHARE_TEXT, context.lang);
	const [code, extra] = context.args;
	if (code === undefined) return usage(context, t('missingCode', {command: context.command}));
	if (extra !== undefined) return usage(context, t('extraCode', {value: cleanText(extra, 40), command: context.command}));
	return code;
}

/** The verdict as JSON: `{ok, code?, reason?, level, levelHash, engine, name, claimed, resimulated, stars?}`. */
export function verdictJson(verdict: Verdict, lang: Language): Record<string, unknown> {
	const payload = verdict.payload;
	const base = {
		level: payload ? cleanText(payload.level, 64) : null,
		levelHash: payload ? cleanText(payload.levelHash, 64) : null,
		engine: payload ? cleanText(payload.engine, 16) : null,
		name: payload ? cleanName(payload.name) : null,
		seed: payload?.seed ?? null,
		claimed: payload?.score ?? null,
	};
	if (verdict.ok) {
		return {ok: true, ...base, resimulated: verdict.outcome.score.total, stars: verdict.outcome.score.stars, knobs: payload!.knobs};
	}

	return {ok: false, code: verdict.code, reason: describeRejection(verdict, lang), ...base, resimulated: verdict.resimulated ?? null};
}

/** One line for people. */
export function verdictLine(verdict: Verdict, lang: Language, ascii: boolean): string {
	if (!verdict.ok) return describeRejection(verdict, lang);
	const t = translator(SHARE_TEXT, lang);
	const {payload, outcome} = verdict;
	return t('holds', {
		name: cleanName(payload.name) || t('anonymous'),
		score: outcome.score.total,
		stars: formatStars(outcome.score.stars, ascii),
		level: cleanText(payload.level, 64),
		knobs: formatKnobs(payload.knobs, lang),
		seed: payload.seed,
	});
}

export default async function verify(context: CommandContext): Promise<number> {
	const code = codeArgument(context);
	if (typeof code === 'number') return code;
	const verdict = await verifyShareCode(code, installedLevels(context.levelsDir));
	if (context.json) context.stdout.write(`${JSON.stringify(verdictJson(verdict, context.lang), null, 2)}\n`);
	else if (verdict.ok) context.stdout.write(`${verdictLine(verdict, context.lang, context.ascii)}\n`);
	else context.stderr.write(`descenso: ${verdictLine(verdict, context.lang, context.ascii)}\n`);
	return verdict.ok ? 0 : 1;
}
