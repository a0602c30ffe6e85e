/** Words for the competition's results: why a code was rejected, a run's knobs in one line. */
import {ENGINE_VERSION} from '../engine/index.js';
import {formatNumber} from '../i18n/format.js';
import type {Language} from '../engine/types.js';
import {SHARE_TEXT} from '../i18n/share.js';
import type {ScoreKnobs} from '../store/scores.js';
import {CAPS, lines, safe, safeTranslator, type SafeText} from '../text/safe.js';
import type {SharePayload} from './code.js';
import type {Verdict} from './verify.js';
import {KNOB_FLAGS} from '../engine/knob-flags.js';


/** One line saying why a code was rejected, in `lang`; every text from the code is cleaned. */
export function describeRejection(verdict: Extract<Verdict, {ok: false}>, lang: Language): SafeText {
	const t = safeTranslator(SHARE_TEXT, lang);
	const level = safe(verdict.payload?.level ?? '', CAPS.id);
	const vars: Record<string, SafeText | number> = {level, actual: safe(ENGINE_VERSION)};
	switch (verdict.code) {
		case 'ERR_LEVEL_CHANGED': {
			vars['claimed'] = safe(verdict.payload?.levelHash ?? '', 20);
			vars['actual'] = safe(verdict.levelHash ?? '', 20);
			break;
		}

		case 'ERR_ENGINE_VERSION': {
			vars['claimed'] = safe(verdict.payload?.engine ?? '', 16);
			break;
		}

		case 'ERR_KNOBS': {
			vars['knob'] = safe(verdict.knob ? KNOB_FLAGS[verdict.knob] : '');
			break;
		}

		case 'ERR_SCORE_MISMATCH': {
			vars['claimed'] = verdict.payload?.score ?? safe('?');
			vars['actual'] = verdict.resimulated ?? safe('?');
			break;
		}

		default:
	}

	return t('rejected', {reason: t(verdict.code, vars), code: safe(verdict.code)});
}

/** A run's knobs in one short line: `η 0.3 · μ 0.9 · λ 0 · cosine:…`, only what is not neutral beyond η, μ, λ. */
export function formatKnobs(knobs: ScoreKnobs | SharePayload['knobs'], lang: Language): SafeText {
	const n = (value: number) => formatNumber(value, lang, 3);
	const parts = [`η ${n(knobs.learningRate)}`, `μ ${n(knobs.momentum)}`, `λ ${n(knobs.decay)}`];
	if (knobs.schedule !== undefined && knobs.schedule !== 'constant') parts.push(safe(knobs.schedule, CAPS.arg));
	if (knobs.temperature !== undefined && knobs.temperature !== 0) parts.push(`T ${n(knobs.temperature)}`);
	if (knobs.batchSize !== undefined && knobs.batchSize !== null) parts.push(`B ${knobs.batchSize}`);
	if (knobs.restarts !== undefined && knobs.restarts !== 1) parts.push(`K ${knobs.restarts}`);
	if (knobs.nesterov) parts.push('Nesterov');
	return lines(parts.map((part) => safe(part)), ' · ');
}

/** Stars as glyphs: `★★☆` (ASCII: `**-`). */
export function formatStars(stars: number, ascii = false): SafeText {
	const [on, off] = ascii ? ['*', '-'] : ['★', '☆'];
	return safe(on.repeat(stars) + off.repeat(Math.max(0, 3 - stars)));
}

/** The schedule kind of a carried schedule text (`cosine:0.01:100` → `cosine`). */
export function scheduleKind(text: string): 'constant' | 'step' | 'cosine' | 'warm-restarts' {
	const kind = text.split(':')[0];
	return kind === 'step' || kind === 'cosine' || kind === 'warm-restarts' ? kind : 'constant';
}
