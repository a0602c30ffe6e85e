/** `descenso run <level> [knobs] [--json]`: simulate without the UI and print the report. */
import chalk, {Chalk} from 'chalk';
import {play} from '../engine/index.js';
import {formatLevelError} from '../levels/validate.js';
import {resolveLevel} from '../levels/load.js';
import {translator} from '../i18n/index.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {buildReport, formatReport} from '../report.js';
import {cleanName} from '../text/sanitize.js';
import {type CommandContext, usage} from './context.js';
import {knobsFromFlags} from './knob-flags.js';

export default async function run(context: CommandContext): Promise<number> {
	const t = translator(CLI_TEXT, context.lang);
	const [given, extra] = context.args;
	// `run daily --date D` plays that day's challenge, as `run daily:D` does
	const ref = given === 'daily' && context.flags.date ? `daily:${context.flags.date}` : given;
	if (!ref) return usage(context, t('missingLevel', {command: 'run'}));
	if (extra !== undefined) return usage(context, t('extraArgs', {value: extra.slice(0, 40), command: 'run'}));
	const loaded = await resolveLevel(ref, context.levelsDir);
	if (!loaded.ok) {
		// A level that is not there is a bad argument; one that is there but broken has failed.
		context.stderr.write(`descenso: ${formatLevelError(loaded.error)}\n`);
		return loaded.error.code === 'ERR_NOT_FOUND' ? 2 : 1;
	}

	const {level} = loaded;
	const knobs = knobsFromFlags(level, context);
	if (!knobs.ok) return usage(context, knobs.message);
	const outcome = play(level, knobs.knobs, knobs.seed);
	const name = cleanName(context.flags.name ?? '');
	if (context.json) {
		context.stdout.write(`${JSON.stringify(buildReport(outcome, context.lang, name), null, 2)}\n`);
		return 0;
	}

	const paint = context.color && context.stdout.isTTY ? new Chalk({level: chalk.level || 1}) : new Chalk({level: 0});
	const style = {bold: paint.bold, dim: paint.dim, good: paint.green.bold, bad: paint.red.bold};
	context.stdout.write(`${formatReport(outcome, context.lang, {ascii: context.ascii, style, name})}\n`);
	return 0;
}
