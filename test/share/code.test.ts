import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeShareCode, encodeShareCode, SHARE_PREFIX, type SharePayload} from '../../source/share/code.js';

const ERROR_CODES = ['ERR_CODE_EMPTY', 'ERR_CODE_FORMAT', 'ERR_CODE_TRUNCATED', 'ERR_CODE_CHECKSUM', 'ERR_CODE_CONTENT', 'ERR_CODE_TOO_LONG'];

const payload: SharePayload = {
	level: 'w1-03-bouncing-ball',
	levelHash: 'abcdEFGH12345678',
	engine: '1',
	knobs: {learningRate: 0.3, momentum: 0.9, decay: 0.001, schedule: 'cosine:0.003:120', temperature: 0, batchSize: null, restarts: 1, nesterov: false},
	seed: 7,
	name: 'Ana',
	score: 912,
};

const payloadArb: fc.Arbitrary<SharePayload> = fc.record({
	level: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
	levelHash: fc.stringMatching(/^[\w-]{16}$/),
	engine: fc.constantFrom('1', '2'),
	knobs: fc.record({
		learningRate: fc.double({min: 1e-6, max: 10, noNaN: true}),
		momentum: fc.double({min: 0, max: 0.999, noNaN: true}),
		decay: fc.double({min: 0, max: 0.5, noNaN: true}),
		schedule: fc.constantFrom('constant', 'cosine:0.001:100', 'step:0.5:25'),
		temperature: fc.double({min: 0, max: 1, noNaN: true}),
		batchSize: fc.option(fc.integer({min: 1, max: 512}), {nil: null}),
		restarts: fc.integer({min: 1, max: 16}),
		nesterov: fc.boolean(),
	}),
	seed: fc.integer({min: 0, max: 0xff_ff_ff_ff}),
	// names as cleanName leaves them: word characters, single spaces inside
	name: fc.string({maxLength: 20}).map((s) => s.replace(/[^\w ]/g, '').replace(/ +/g, ' ').trim()),
	score: fc.integer({min: 0, max: 1000}),
});

/** The JSON fields inside a code's body. */
function fieldsOf(code: string): unknown[] {
	return JSON.parse(Buffer.from(code.split('.')[1]!, 'base64url').toString('utf8')) as unknown[];
}

describe('share codes', () => {
	it('round-trip every payload exactly', () => {
		fc.assert(
			fc.property(payloadArb, (p) => {
				const decoded = decodeShareCode(encodeShareCode(p));
				expect(decoded).toEqual({ok: true, payload: p});
			}),
		);
	});

	it('are URL-safe and start with the prefix', () => {
		const code = encodeShareCode(payload);
		expect(code.startsWith(`${SHARE_PREFIX}.`)).toBe(true);
		expect(code).toMatch(/^[\w.-]+$/);
	});

	it('survive being wrapped over lines', () => {
		const code = encodeShareCode(payload);
		const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 50)}\r\n${code.slice(50)} `;
		expect(decodeShareCode(wrapped)).toEqual({ok: true, payload});
	});

	it('never throw on 10 000 random and mutated codes; each gets a rejection with a code and a reason', () => {
		const valid = encodeShareCode(payload);
		const mutated = fc
			.tuple(fc.integer({min: 0, max: valid.length - 1}), fc.integer({min: 0, max: 3}), fc.string({minLength: 1, maxLength: 3}))
			.map(([at, kind, text]) => {
				switch (kind) {
					case 0: return valid.slice(0, at) + text + valid.slice(at + 1); // substitute
					case 1: return valid.slice(0, at) + valid.slice(at + 1); // delete
					case 2: return valid.slice(0, at) + text + valid.slice(at); // insert
					default: return valid.slice(0, at); // truncate
				}
			});
		const anything = fc.oneof(
			fc.string({maxLength: 200}),
			fc.string({unit: 'binary', maxLength: 300}),
			fc.stringMatching(/^DSC1\.[\w-]{0,80}\.[\w-]{0,12}$/),
			fc.anything(),
			mutated,
		);
		fc.assert(
			fc.property(anything, (input) => {
				const result = decodeShareCode(input);
				if (result.ok) {
					// only a code that is the valid one (give or take whitespace) may decode
					expect(typeof input).toBe('string');
					expect((input as string).replace(/\s+/g, '')).toBe(valid);
					expect(result.payload).toEqual(payload);
				} else {
					expect(ERROR_CODES).toContain(result.error);
					expect(result.message.length).toBeGreaterThan(5);
				}
			}),
			{numRuns: 10_000},
		);
	});

	it('catch tampering with any field (the checksum no longer matches)', () => {
		const code = encodeShareCode(payload);
		const [prefix, , sum] = code.split('.');
		const fields = fieldsOf(code);
		expect(fields).toHaveLength(14);
		for (let i = 0; i < fields.length; i++) {
			const value = fields[i];
			const changed = [...fields];
			changed[i] = typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}x` : value === null ? 4 : !value;
			const body = Buffer.from(JSON.stringify(changed), 'utf8').toString('base64url');
			const result = decodeShareCode(`${prefix}.${body}.${sum}`);
			expect(result.ok, `field ${i}`).toBe(false);
			if (!result.ok) expect(result.error).toBe('ERR_CODE_CHECKSUM');
		}
	});

	it('name the reason: truncated, foreign, empty, too long', () => {
		const code = encodeShareCode(payload);
		const reject = (input: unknown) => {
			const result = decodeShareCode(input);
			return result.ok ? 'ok' : result.error;
		};

		expect(reject(code.slice(0, code.lastIndexOf('.')))).toBe('ERR_CODE_TRUNCATED');
		expect(reject(code.slice(0, -3))).toBe('ERR_CODE_TRUNCATED');
		expect(reject(code.slice(0, 30))).toBe('ERR_CODE_TRUNCATED');
		expect(reject(`XYZ9${code.slice(4)}`)).toBe('ERR_CODE_FORMAT');
		expect(reject('')).toBe('ERR_CODE_EMPTY');
		expect(reject(undefined)).toBe('ERR_CODE_EMPTY');
		expect(reject(`DSC1.${'A'.repeat(5000)}.abcdefgh`)).toBe('ERR_CODE_TOO_LONG');
	});

	it('clean the name they carry', () => {
		const code = encodeShareCode({...payload, name: 'Ana\u001B]0;pwned\u0007\u202E'});
		const result = decodeShareCode(code);
		expect(result.ok && result.payload.name).toBe('Ana');
	});
});
