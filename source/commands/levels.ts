/** `descenso levels` lists the campaign with the player's stars; `levels validate <path>` checks files. */
import {stat} from 'node:fs/promises';
import {formatLevelError, type LevelError} from '../levels/validate.js';
import {loadCampaign, loadLevelDir, loadLevelFile} from '../levels/load.js';
import {translator} from '../i18n/index.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {cleanText} from '../text/sanitize.js';
import {loadProgress, defaultDataDir} from '../store/index.js';
import {type CommandContext, usage} from './context.js';

export default async function levels(context: CommandContext): Promise<number> {
	const t = translator(CLI_TEXT, context.lang);
	const [sub, target, extra] = context.args;
	if (sub === 'validate') {
		if (!target || extra !== undefined) return usage(context, t('validateUsage'));
		return validate(context, target);
	}

	if (sub !== undefined) return usage(context, t('levelsUsage'));
	const {levels: list, errors} = await loadCampaign(context.levelsDir);
	const missingPack = errors.find((error) => error.code === 'ERR_NOT_FOUND' && error.file === context.levelsDir);
	if (missingPack) return usage(context, formatLevelError(missingPack));
	const progress = await loadProgress(defaultDataDir());
	if (progress.ok && progress.notice) {
		context.stderr.write(`descenso: ${cleanText(`${progress.notice.reason}; moved to ${progress.notice.movedTo}`, 300)}\n`);
	}

	const starsOf = (id: string) => (progress.ok ? (progress.value.levels[id]?.stars ?? 0) : 0);
	if (context.json) {
		const rows = list.map((level) => ({
			id: level.id,
			world: level.world,
			order: level.order,
			title: cleanText(level.title[context.lang], 60),
			visibility: level.visibility,
			knobs: Object.keys(level.knobs),
			stars: starsOf(level.id),
			best: progress.ok ? (progress.value.levels[level.id]?.best ?? null) : null,
		}));
		context.stdout.write(`${JSON.stringify({levels: rows, errors}, null, 2)}\n`);
		return errors.length > 0 ? 1 : 0;
	}

	const star = context.ascii ? '*' : '★';
	const noStar = context.ascii ? '.' : '☆';
	const lines = [t('levelsHeader')];
	for (const level of list) {
		const stars = starsOf(level.id);
		lines.push(`  ${String(level.world).padStart(2)} · ${String(level.order).padStart(2)} · ${star.repeat(stars)}${noStar.repeat(3 - stars)} · ${level.id.padEnd(28)} ${cleanText(level.title[context.lang], 60)}`);
	}

	if (errors.length > 0) {
		lines.push('', t('levelsBroken', {count: errors.length}), ...errors.map((error) => `  ${formatLevelError(error)}`));
	}

	context.stdout.write(`${lines.join('\n')}\n`);
	return errors.length > 0 ? 1 : 0;
}

async function validate(context: CommandContext, target: string): Promise<number> {
	const t = translator(CLI_TEXT, context.lang);
	let isDir = false;
	try {
		isDir = (await stat(target)).isDirectory();
	} catch {
		context.stderr.write(`descenso: ${formatLevelError({code: 'ERR_NOT_FOUND', file: target, path: '', message: 'no such file or folder'})}\n`);
		return 2;
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
		context.stdout.write(`${JSON.stringify({valid: ok.map((o) => o.id), errors}, null, 2)}\n`);
	} else {
		const lines = [
			...ok.map((o) => (isDir ? `  ok ${o.id}` : t('validateOk', o))),
			...errors.map((error) => `  ${formatLevelError(error)}`),
		];
		if (isDir) lines.push(t('validateSummary', {ok: ok.length, bad: errors.length}));
		context.stdout.write(`${lines.join('\n')}\n`);
	}

	return errors.length > 0 ? 1 : 0;
}
