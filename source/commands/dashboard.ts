/**
 * `descenso dashboard <level|code> [knobs]`: the full-screen flight recorder of a run. The run is
 * either a level with knob flags or a share code (which carries its own knobs and seed); the
 * dashboard itself (blessed) is loaded only once everything checked out and a terminal is there.
 */
import {resolveKnobs, type KnobInput} from '../engine/knobs.js';
import type {Knobs, Level} from '../engine/types.js';
import {DASHBOARD_TEXT} from '../i18n/dashboard.js';
import {formatLevelError} from '../levels/validate.js';
import {utcDate} from '../environment.js';
import {SIGNAL_EXIT_CODES} from '../signals.js';
import {resolveLevelRef} from '../share/level-ref.js';
import {decodeShareCode, SHARE_PREFIX, type SharePayload} from '../share/code.js';
import {CAPS, safe, safeTranslator} from '../text/safe.js';
import {failure, type CommandContext, usage} from './context.js';
import {describeKnobError, KNOB_FLAGS, knobInput, knobsFromFlags} from './knob-flags.js';

/** A run to record: the level, its knobs and seed, and the player's name. */
type Chosen = {ok: true; level: Level; knobs: Knobs; seed: number; name: string} | {ok: false; code: number};

export default async function dashboard(context: CommandContext): Promise<number> {
	const t = safeTranslator(DASHBOARD_TEXT, context.lang);
	const [ref, extra] = context.args;
	if (!ref) return usage(context, t('missingRef'));
	if (extra !== undefined) return usage(context, t('extraArgs', {value: safe(extra, CAPS.arg)}));
	const chosen = ref.startsWith(`${SHARE_PREFIX}.`) ? await fromCode(ref, context) : await fromLevel(ref, context);
	if (!chosen.ok) return chosen.code;
	if (!context.stdin.isTTY || !context.stdout.isTTY) {
		return usage(context, t('noTty', {ref: safe(ref, CAPS.arg)}));
	}

	const {openDashboard} = await import('../dashboard/launch.js');
	try {
		const signal = await openDashboard({
			level: chosen.level,
			knobs: chosen.knobs,
			seed: chosen.seed,
			lang: context.lang,
			name: chosen.name,
			ascii: context.ascii,
			dataDir: context.dataDir,
			input: context.stdin,
			output: context.terminal,
		});
		// closed by a signal: the terminal is handed back; exit as the signal would have, 128 + n
		if (signal) return SIGNAL_EXIT_CODES[signal];
	} catch (error) {
		return failure(context, t('failed', {reason: safe((error as Error)?.message ?? String(error), CAPS.message)}));
	}

	return 0;
}

async function fromLevel(ref: string, context: CommandContext): Promise<Chosen> {
	const loaded = await resolveLevelRef(ref, {levelsDir: context.levelsDir, today: utcDate(context.now())});
	if (!loaded.ok) {
		const message = formatLevelError(loaded.error);
		return {ok: false, code: loaded.error.code === 'ERR_NOT_FOUND' ? usage(context, message) : failure(context, message)};
	}

	const knobs = knobsFromFlags(loaded.level, context);
	if (!knobs.ok) return {ok: false, code: usage(context, knobs.message)};
	return {ok: true, level: loaded.level, knobs: knobs.knobs, seed: knobs.seed, name: context.flags.name ?? ''};
}

async function fromCode(code: string, context: CommandContext): Promise<Chosen> {
	const t = safeTranslator(DASHBOARD_TEXT, context.lang);
	const given = Object.entries(knobInput(context)).find(([, value]) => value !== undefined);
	if (given) return {ok: false, code: usage(context, t('codeAndKnobs', {flag: safe(KNOB_FLAGS[given[0] as keyof typeof KNOB_FLAGS])}))};
	const decoded = decodeShareCode(code);
	if (!decoded.ok) return {ok: false, code: usage(context, t('badCode', {reason: safe(decoded.message)}))};
	const {payload} = decoded;
	const levelName = safe(payload.level, CAPS.id);
	const loaded = await resolveLevelRef(payload.level, {levelsDir: context.levelsDir, today: utcDate(context.now())});
	if (!loaded.ok) return {ok: false, code: failure(context, t('codeLevelMissing', {level: levelName}))};
	const {level} = loaded;
	if (level.hash !== payload.levelHash) return {ok: false, code: failure(context, t('codeLevelChanged', {level: levelName}))};
	const knobs = knobsOfCode(level, payload);
	if (!knobs.ok) return {ok: false, code: failure(context, t('codeKnobs', {reason: describeKnobError(knobs.error, level, context)}))};
	return {ok: true, level, knobs: knobs.value, seed: payload.seed, name: payload.name};
}

/**
 * The knobs a share code carries, checked against the level like typed flags would be; a locked
 * knob must carry its neutral value. The schedule's text is parsed as if the player typed it.
 */
function knobsOfCode(level: Level, payload: SharePayload) {
	const k = payload.knobs;
	const spec = level.knobs;
	const input: KnobInput = {learningRate: k.learningRate};
	if (spec.momentum || k.momentum !== 0) input.momentum = k.momentum;
	if (spec.decay || k.decay !== 0) input.decay = k.decay;
	if (spec.temperature || k.temperature !== 0) input.temperature = k.temperature;
	if (spec.batchSize || k.batchSize !== null) input.batchSize = k.batchSize ?? undefined;
	if (spec.restarts || k.restarts !== 1) input.restarts = k.restarts;
	if (spec.nesterov || k.nesterov) input.nesterov = k.nesterov;
	if (spec.schedule || k.schedule !== 'constant') input.schedule = k.schedule;
	return resolveKnobs(level, input);
}
