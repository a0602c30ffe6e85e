/**
 * Share codes (README, “Competing”): a compact URL-safe text carrying everything needed to re-simulate a
 * score — level id and content hash, engine version, knobs, seed, player name, claimed score —
 * with a checksum. Decoding never throws: every malformed code gets a reason.
 */
import {createHash} from 'node:crypto';
import {formatSchedule} from '../engine/schedule.js';
import type {Knobs} from '../engine/types.js';
import {cleanName} from '../text/sanitize.js';

export const SHARE_PREFIX = 'DSC1';

/** What a share code carries. */
export type SharePayload = {
	level: string;
	levelHash: string;
	engine: string;
	knobs: {
		learningRate: number;
		momentum: number;
		decay: number;
		schedule: string;
		temperature: number;
		batchSize: number | null;
		restarts: number;
		nesterov: boolean;
	};
	seed: number;
	name: string;
	score: number;
};

export type ShareError =
	| 'ERR_CODE_EMPTY'
	| 'ERR_CODE_FORMAT'
	| 'ERR_CODE_TRUNCATED'
	| 'ERR_CODE_CHECKSUM'
	| 'ERR_CODE_CONTENT'
	| 'ERR_CODE_TOO_LONG';

export type DecodeResult = {ok: true; payload: SharePayload} | {ok: false; error: ShareError; message: string};

const MAX_CODE_LENGTH = 2048;

/** The knobs of a run in the form a share code carries. */
export function shareKnobs(knobs: Knobs): SharePayload['knobs'] {
	return {
		learningRate: knobs.learningRate,
		momentum: knobs.momentum,
		decay: knobs.decay,
		schedule: formatSchedule(knobs.schedule),
		temperature: knobs.temperature,
		batchSize: knobs.batchSize,
		restarts: knobs.restarts,
		nesterov: knobs.nesterov,
	};
}

function checksum(body: string): string {
	return createHash('sha256').update(`${SHARE_PREFIX}.${body}`).digest('base64url').slice(0, 8);
}

/** Encodes a payload: `DSC1.<base64url body>.<checksum>`. */
export function encodeShareCode(payload: SharePayload): string {
	const k = payload.knobs;
	const fields = [
		payload.level,
		payload.levelHash,
		payload.engine,
		k.learningRate,
		k.momentum,
		k.decay,
		k.schedule,
		k.temperature,
		k.batchSize,
		k.restarts,
		k.nesterov ? 1 : 0,
		payload.seed,
		payload.name,
		payload.score,
	];
	const body = Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
	return `${SHARE_PREFIX}.${body}.${checksum(body)}`;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * A schedule text written one way only, so that the same run is one entry wherever it is stored:
 * trimmed, lower case, numbers in their shortest form (`STEP:0.50:1E1` → `step:0.5:10`).
 */
export function normalSchedule(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.split(':')
		.map((part) => (part.trim() !== '' && Number.isFinite(Number(part)) ? String(Number(part)) : part.trim()))
		.join(':');
}

/** Decodes a share code. Never throws; the name comes back cleaned, the schedule normalized. */
export function decodeShareCode(input: unknown): DecodeResult {
	if (typeof input !== 'string' || input.trim() === '') {
		return {ok: false, error: 'ERR_CODE_EMPTY', message: 'the share code is empty'};
	}

	if (input.length > MAX_CODE_LENGTH * 4) {
		return {ok: false, error: 'ERR_CODE_TOO_LONG', message: `the share code is longer than ${MAX_CODE_LENGTH} characters`};
	}

	// A code pasted from a chat may be wrapped over lines: whitespace is never part of it.
	const code = input.replace(/\s+/g, '');
	if (code.length > MAX_CODE_LENGTH) {
		return {ok: false, error: 'ERR_CODE_TOO_LONG', message: `the share code is longer than ${MAX_CODE_LENGTH} characters`};
	}

	const parts = code.split('.');
	if (parts[0] !== SHARE_PREFIX) {
		return {ok: false, error: 'ERR_CODE_FORMAT', message: `not a descenso share code (they start with ${SHARE_PREFIX}.)`};
	}

	if (parts.length !== 3 || !parts[1] || !parts[2]) {
		return {ok: false, error: 'ERR_CODE_TRUNCATED', message: 'the share code is cut short (it has three parts separated by dots)'};
	}

	const [, body, sum] = parts as [string, string, string];
	if (!/^[\w-]+$/.test(body) || !/^[\w-]+$/.test(sum)) {
		return {ok: false, error: 'ERR_CODE_FORMAT', message: 'the share code has characters that are not URL-safe base64'};
	}

	if (sum.length < 8) return {ok: false, error: 'ERR_CODE_TRUNCATED', message: 'the share code is cut short (its checksum is incomplete)'};
	if (sum !== checksum(body)) {
		return {ok: false, error: 'ERR_CODE_CHECKSUM', message: 'the checksum does not match: the code was altered or mistyped'};
	}

	let fields: unknown;
	try {
		fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
	} catch {
		return {ok: false, error: 'ERR_CODE_CONTENT', message: 'the share code does not hold readable data'};
	}

	if (!Array.isArray(fields) || fields.length !== 14) {
		return {ok: false, error: 'ERR_CODE_CONTENT', message: 'the share code holds the wrong number of fields'};
	}

	const [level, levelHash, engine, lr, mu, decay, schedule, temperature, batch, restarts, nesterov, seed, name, score] = fields as unknown[];
	const valid =
		isText(level, 64) &&
		isText(levelHash, 64) &&
		isText(engine, 16) &&
		isNumber(lr) &&
		isNumber(mu) &&
		isNumber(decay) &&
		isText(schedule, 64) &&
		isNumber(temperature) &&
		(batch === null || isNumber(batch)) &&
		isNumber(restarts) &&
		(nesterov === 0 || nesterov === 1) &&
		isNumber(seed) &&
		Number.isInteger(seed) &&
		seed >= 0 &&
		seed <= 0xff_ff_ff_ff &&
		isText(name, 512) &&
		isNumber(score) &&
		Number.isInteger(score) &&
		score >= 0 &&
		score <= 1000;
	if (!valid) return {ok: false, error: 'ERR_CODE_CONTENT', message: 'the share code holds a field of the wrong kind'};
	return {
		ok: true,
		payload: {
			level,
			levelHash,
			engine,
			knobs: {learningRate: lr, momentum: mu, decay, schedule: normalSchedule(schedule), temperature, batchSize: batch, restarts, nesterov: nesterov === 1},
			seed,
			name: cleanName(name),
			score,
		},
	};
}
