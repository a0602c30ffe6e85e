/** `descenso verify <code> [--json]`: re-simulate a share code and say whether its score holds. */
import type {Language} from '../engine/types.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {describeRejection, formatKnobs, formatStars} from '../share/describe.js';
import {installedLevels, verifyShareCode, type Verdict} from '../share/verify.js';
import {cleanName, cleanText} from '../text/sanitize.js';
import {CAPS, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {type CommandContext, failure, print, usage} from './context.js';

/** The code argument, or the exit code of a usage error. */
export function codeArgument(context: CommandContext): string | number {
	const t = safeTranslator(SHARE_TEXT, context.lang);
	const [code, extra] = context.args;
	const command = safe(context.command, CAPS.arg);
	if (code === undefined) return usage(context, t('missingCode', {command}));
	if (extra !== undefined) return usage(context, t('extraCode', {value: safe(extra, CAPS.arg), command}));
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
export function verdictLine(verdict: Verdict, lang: Language, ascii: boolean): SafeText {
	if (!verdict.ok) return describeRejection(verdict, lang);
	const t = safeTranslator(SHARE_TEXT, lang);
	const {payload, outcome} = verdict;
	return t('holds', {
		name: safe(payload.name, CAPS.name) || t('anonymous'),
		score: outcome.score.total,
		stars: formatStars(outcome.score.stars, ascii),
		level: safe(payload.level, CAPS.id),
		knobs: formatKnobs(payload.knobs, lang),
		seed: payload.seed,
	});
}

export default async function verify(context: CommandContext): Promise<number> {
	const code = codeArgument(context);
	if (typeof code === 'number') return code;
	const verdict = await verifyShareCode(code, installedLevels(context.levelsDir));
	if (context.json) print(context, safeJson(verdictJson(verdict, context.lang)));
	else if (verdict.ok) print(context, verdictLine(verdict, context.lang, context.ascii));
	else return failure(context, verdictLine(verdict, context.lang, context.ascii));
	return verdict.ok ? 0 : 1;
}
