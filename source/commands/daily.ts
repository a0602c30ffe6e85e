/**
 * `descenso daily [--date YYYY-MM-DD]`: today's challenge (UTC date). In a terminal it opens the
 * game at the daily level; without one it describes the level and how to play it with `run`.
 */
import {formatRange, unlockedKnobs} from '../engine/knobs.js';
import type {KnobName, Level} from '../engine/types.js';
import {translator} from '../i18n/index.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {dailyChallenge, isDailyDate, todayUtc} from '../share/daily.js';
import {cleanText} from '../text/sanitize.js';
import {type CommandContext, usage} from './context.js';
import {KNOB_FLAGS} from './knob-flags.js';

export default async function daily(context: CommandContext): Promise<number> {
	const t = translator(SHARE_TEXT, context.lang);
	const given = context.flags.date;
	if (given !== undefined && !isDailyDate(given)) return usage(context, t('badDate', {value: cleanText(given, 20)}));
	if (context.args.length > 0) return usage(context, t('dailyArgs', {value: cleanText(context.args[0], 40)}));
	const date = given ?? todayUtc();
	const {level, par} = dailyChallenge(date);
	if (context.stdin.isTTY && context.stdout.isTTY && !context.json) {
		const {launchGame} = await import('../ui/launch.js');
		return launchGame(context, {screen: 'daily', level});
	}

	const ref = given === undefined ? 'daily' : `daily:${date}`;
	if (context.json) {
		const {hash, id, title, briefing, budget, stars, visibility, knobs} = level;
		context.stdout.write(`${JSON.stringify({date, id, levelHash: hash, title: title[context.lang], briefing: briefing[context.lang], budget, visibility, stars, par, knobs, run: `descenso run ${ref}`}, null, 2)}\n`);
		return 0;
	}

	context.stdout.write(`${describeDaily(level, date, par, ref, context.lang)}\n`);
	return 0;
}

/** The daily level for people: title, briefing, rules, knob ranges and how to play it. */
export function describeDaily(level: Level, date: string, par: number, ref: string, lang: 'es' | 'en'): string {
	const t = translator(SHARE_TEXT, lang);
	const knobs = unlockedKnobs(level.knobs)
		.map((name: KnobName) => {
			const spec = level.knobs[name];
			const range = spec && 'min' in spec ? ` ${formatRange(name, spec)}` : spec && 'allowed' in spec ? ` ${spec.allowed.join('|')}` : '';
			return `${KNOB_FLAGS[name]}${range}`;
		})
		.join(', ');
	return [
		t('dailyHeader', {date, id: level.id}),
		level.title[lang],
		level.briefing[lang],
		t('dailyFacts', {budget: level.budget, visibility: level.visibility, stars: level.stars.join(' / '), par}),
		t('dailyKnobs', {knobs}),
		t('dailyHowTo', {ref}),
	].join('\n');
}
