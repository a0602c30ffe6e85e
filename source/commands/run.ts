/** `descenso run <level> [knobs] [--json]`: simulate without the UI and print the report. */
import chalk, {Chalk} from 'chalk';
import {play} from '../engine/index.js';
import {formatLevelError} from '../levels/validate.js';
import {utcDate} from '../environment.js';
import {resolveLevelRef} from '../share/level-ref.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {buildReport, formatReport} from '../report.js';
import {cleanName} from '../text/sanitize.js';
import {CAPS, safe, safeJson, safeTranslator, styled} from '../text/safe.js';
import {type CommandContext, failure, print, usage} from './context.js';
import {knobsFromFlags} from './knob-flags.js';

export default async function run(context: CommandContext): Promise<number> {
	const t = safeTranslator(CLI_TEXT, context.lang);
	const [given, extra] = context.args;
	// `run daily --date D` plays that day's challenge, as `run daily:D` does
	const ref = given === 'daily' && context.flags.date ? `daily:${context.flags.date}` : given;
	if (!ref) return usage(context, t('missingLevel', {command: safe('run')}));
	if (extra !== undefined) return usage(context, t('extraArgs', {value: safe(extra, CAPS.arg), command: safe('run')}));
	const loaded = await resolveLevelRef(ref, {levelsDir: context.levelsDir, today: utcDate(context.now())});
	if (!loaded.ok) {
		// A level that is not there is a bad argument; one that is there but broken has failed.
		return loaded.error.code === 'ERR_NOT_FOUND' ? usage(context, formatLevelError(loaded.error)) : failure(context, formatLevelError(loaded.error));
	}

	const {level} = loaded;
	const knobs = knobsFromFlags(level, context);
	if (!knobs.ok) return usage(context, knobs.message);
	const outcome = play(level, knobs.knobs, knobs.seed);
	const name = cleanName(context.flags.name ?? '');
	if (context.json) {
		print(context, safeJson(buildReport(outcome, context.lang, name)));
		return 0;
	}

	const paint = context.color && context.stdout.isTTY ? new Chalk({level: chalk.level || 1}) : new Chalk({level: 0});
	const style = {bold: styled(paint.bold), dim: styled(paint.dim), good: styled(paint.green.bold), bad: styled(paint.red.bold)};
	print(context, formatReport(outcome, context.lang, {ascii: context.ascii, style, name}));
	return 0;
}
