/**
 * `descenso` (the menu), `descenso play <level>` (straight to that level's setup) and
 * `descenso tutorial`: the interactive game. The UI is imported only once the arguments are good.
 */
import {utcDate} from '../environment.js';
import {CLI_TEXT} from '../i18n/cli.js';
import {CAPS, safe, safeTranslator} from '../text/safe.js';
import {type CommandContext, failure, usage} from './context.js';

export default async function play(context: CommandContext): Promise<number> {
	const t = safeTranslator(CLI_TEXT, context.lang);
	if (context.command === 'play') {
		const [ref, extra] = context.args;
		if (ref === undefined) return usage(context, t('missingLevel', {command: safe('play')}));
		if (extra !== undefined) return usage(context, t('extraArgs', {value: safe(extra, CAPS.arg), command: safe('play')}));
		// the level loader is not needed to show the menu: loaded here only, and lazily by the game
		const [{resolveLevelRef}, {formatLevelError}] = await Promise.all([import('../share/level-ref.js'), import('../levels/validate.js')]);
		const resolved = await resolveLevelRef(ref, {levelsDir: context.levelsDir, today: utcDate(context.now())});
		if (!resolved.ok) return resolved.error.code === 'ERR_NOT_FOUND' ? usage(context, formatLevelError(resolved.error)) : failure(context, formatLevelError(resolved.error));
		const {launchGame} = await import('../ui/launch.js');
		return launchGame(context, {screen: 'setup', level: resolved.level});
	}

	if (context.args.length > 0) return usage(context, t('extraArgs', {value: safe(context.args[0], CAPS.arg), command: safe(context.command, CAPS.arg)}));
	const {launchGame} = await import('../ui/launch.js');
	return launchGame(context, context.command === 'tutorial' ? {screen: 'tutorial'} : {screen: 'menu'});
}
