/** `descenso levels` lists the campaign with the player's stars; `levels validate <path>` checks files. */
import {stat} from 'node:fs/promises';
import {formatLevelError, type LevelError} from '../levels/validate.js';
import {loadCampaign, loadLevelDir, loadLevelFile} from '../levels/load.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {CAPS, line, lines, pad, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {loadProgress} from '../store/index.js';
import {type CommandContext, print, usage} from './context.js';
import {noticeLine} from './notice.js';

export default async function levels(context: CommandContext): Promise<number> {
	const t = safeTranslator(CLI_TEXT, context.lang);
	const [sub, target, extra] = context.args;
	if (sub === 'validate') {
		if (!target || extra !== undefined) return usage(context, t('validateUsage'));
		return validate(context, target);
	}

	if (sub !== undefined) return usage(context, t('levelsUsage'));
	const {levels: list, errors} = await loadCampaign(context.levelsDir);
	const missingPack = errors.find((error) => error.code === 'ERR_NOT_FOUND' && error.file === context.levelsDir);
	if (missingPack) return usage(context, formatLevelError(missingPack));
	const progress = await loadProgress(context.dataDir);
	if (progress.ok && progress.notice) context.stderr.write(noticeLine(progress.notice));

	const starsOf = (id: string) => (progress.ok ? (progress.value.levels[id]?.stars ?? 0) : 0);
	if (context.json) {
		const rows = list.map((level) => ({
			id: level.id,
			world: level.world,
			order: level.order,
			title: safe(level.title[context.lang], CAPS.title),
			visibility: level.visibility,
			knobs: Object.keys(level.knobs),
			stars: starsOf(level.id),
			best: progress.ok ? (progress.value.levels[level.id]?.best ?? null) : null,
		}));
		print(context, safeJson({levels: rows, errors}));
		return errors.length > 0 ? 1 : 0;
	}

	const star = context.ascii ? '*' : '★';
	const noStar = context.ascii ? '.' : '☆';
	const out: SafeText[] = [t('levelsHeader')];
	for (const level of list) {
		const stars = safe(star.repeat(starsOf(level.id)) + noStar.repeat(3 - starsOf(level.id)));
		out.push(line`  ${pad(safe(level.world), 2, true)} · ${pad(safe(level.order), 2, true)} · ${stars} · ${pad(safe(level.id, CAPS.id), 28)} ${safe(level.title[context.lang], CAPS.title)}`);
	}

	if (errors.length > 0) {
		out.push(line``, t('levelsBroken', {count: errors.length}), ...errors.map((error) => line`  ${formatLevelError(error)}`));
	}

	print(context, lines(out));
	return errors.length > 0 ? 1 : 0;
}

async function validate(context: CommandContext, target: string): Promise<number> {
	const t = safeTranslator(CLI_TEXT, context.lang);
	let isDir = false;
	try {
		isDir = (await stat(target)).isDirectory();
	} catch {
		return usage(context, formatLevelError({code: 'ERR_NOT_FOUND', file: target, path: '', message: 'no such file or folder'}));
	}

	const errors: LevelError[] = [];
	const ok: Array<{file: string; id: string}> = [];
	if (isDir) {
		const set = await loadLevelDir(target);
		errors.push(...set.errors);
		ok.push(...set.levels.map((level) => ({file: level.id, id: level.id})));
	} else {
		const result = await loadLevelFile(target);
		if (result.ok) ok.push({file: target, id: result.level.id});
		else errors.push(result.error);
	}

	if (context.json) {
		print(context, safeJson({valid: ok.map((o) => o.id), errors}));
	} else {
		const out = [
			...ok.map((o) => (isDir ? line`  ok ${safe(o.id, CAPS.id)}` : t('validateOk', {file: safe(o.file, CAPS.file), id: safe(o.id, CAPS.id)}))),
			...errors.map((error) => line`  ${formatLevelError(error)}`),
		];
		if (isDir) out.push(t('validateSummary', {ok: ok.length, bad: errors.length}));
		print(context, lines(out));
	}

	return errors.length > 0 ? 1 : 0;
}
