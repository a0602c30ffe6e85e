/**
 * `descenso daily [--date YYYY-MM-DD]`: today's challenge (UTC date). In a terminal it opens the
 * game at the daily level; without one it describes the level and how to play it with `run`.
 */
import {unlockedKnobs} from '../engine/knobs.js';
import {formatRange} from '../i18n/format.js';
import {criticalPoints} from '../engine/critical.js';
import type {CriticalPoint, KnobName, Level} from '../engine/types.js';
import {SHARE_TEXT} from '../i18n/share.js';
import {utcDate} from '../environment.js';
import {dailyChallenge, isDailyDate} from '../share/daily.js';
import {CAPS, lines, safe, safeJson, safeTranslator, type SafeText} from '../text/safe.js';
import {type CommandContext, print, usage} from './context.js';
import {KNOB_FLAGS} from './knob-flags.js';

export default async function daily(context: CommandContext): Promise<number> {
	const t = safeTranslator(SHARE_TEXT, context.lang);
	const given = context.flags.date;
	if (given !== undefined && !isDailyDate(given)) return usage(context, t('badDate', {value: safe(given, CAPS.arg)}));
	if (context.args.length > 0) return usage(context, t('dailyArgs', {value: safe(context.args[0], CAPS.arg)}));
	const date = given ?? utcDate(context.now());
	const {level, file, par} = dailyChallenge(date);
	if (context.stdin.isTTY && context.stdout.isTTY && !context.json) {
		const {launchGame} = await import('../ui/launch.js');
		return launchGame(context, {screen: 'daily', level});
	}

	const ref = given === undefined ? 'daily' : `daily:${date}`;
	if (context.json) {
		// README, “Command line”: the story's claims (a pass, two valleys…) hold on criticalPoints
		const points = criticalPoints(level);
		const point = ({x, y, loss, curvature}: CriticalPoint) => ({x, y, loss, curvature});
		print(
			context,
			safeJson({
				date,
				title: level.title[context.lang],
				story: level.briefing[context.lang],
				level: file,
				criticalPoints: {minima: points.minima.map(point), saddles: points.saddles.map(point), maxima: points.maxima.map(point)},
				levelHash: level.hash,
				par,
				run: `descenso run ${ref}`,
			}),
		);
		return 0;
	}

	print(context, describeDaily(level, date, par, ref, context.lang));
	return 0;
}

/** The daily level for people: title, briefing, rules, knob ranges and how to play it. */
export function describeDaily(level: Level, date: string, par: number, ref: string, lang: 'es' | 'en'): SafeText {
	const t = safeTranslator(SHARE_TEXT, lang);
	const knobs = unlockedKnobs(level.knobs)
		.map((name: KnobName) => {
			const spec = level.knobs[name];
			const range = spec && 'min' in spec ? ` ${formatRange(name, spec)}` : spec && 'allowed' in spec ? ` ${spec.allowed.join('|')}` : '';
			return `${KNOB_FLAGS[name]}${range}`;
		})
		.join(', ');
	return lines([
		t('dailyHeader', {date: safe(date, CAPS.arg), id: safe(level.id, CAPS.id)}),
		safe(level.title[lang], CAPS.title),
		safe(level.briefing[lang], CAPS.briefing),
		t('dailyFacts', {budget: level.budget, visibility: safe(level.visibility), stars: safe(level.stars.join(' / ')), par}),
		t('dailyKnobs', {knobs: safe(knobs)}),
		t('dailyHowTo', {ref: safe(ref, CAPS.arg)}),
	]);
}
