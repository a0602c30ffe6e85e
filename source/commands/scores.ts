/** `descenso scores`: not built yet. */
import {translator} from '../i18n/index.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {type CommandContext, usage} from './context.js';

export default async function scores(context: CommandContext): Promise<number> {
	return usage(context, translator(CLI_TEXT, context.lang)('notYet', {command: context.command}));
}
