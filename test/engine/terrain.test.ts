/**
 * Every terrain term's analytic gradient against central differences of its value, at random
 * points and random parameters (property-based), and the deterministic elementary functions
 * against Math.* within a few ulp.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {Landscape, newSample} from '../../source/engine/terrain.js';
import {exp, log, sin, cos, sinCos, PI} from '../../source/engine/math.js';
import type {Term} from '../../source/engine/types.js';

const coord = fc.double({min: -5, max: 5, noNaN: true});
const point = fc.tuple(coord, coord);
const positive = (min: number, max: number) => fc.double({min, max, noNaN: true});
const angle = fc.option(fc.double({min: -360, max: 360, noNaN: true}), {nil: undefined});

// model terrains carry their data and have tests of their own (test/engine/model.test.ts)
const terms: Record<Exclude<Term['type'], 'model'>, fc.Arbitrary<Term>> = {
	bowl: fc.record({type: fc.constant('bowl' as const), center: point, curvature: fc.tuple(positive(0, 10), positive(0, 10)), angle}),
	saddle: fc.record({type: fc.constant('saddle' as const), center: point, curvature: fc.tuple(positive(0.01, 10), positive(0.01, 10)), angle}),
	well: fc.record({type: fc.constant('well' as const), center: point, depth: positive(0.01, 10), width: positive(0.2, 3)}),
	hill: fc.record({type: fc.constant('hill' as const), center: point, height: positive(0.01, 10), width: positive(0.2, 3)}),
	ripples: fc.record({
		type: fc.constant('ripples' as const),
		center: point,
		amplitude: positive(0, 3),
		wavelength: positive(0.5, 5),
		angle,
	}),
	tilt: fc.record({type: fc.constant('tilt' as const), slope: fc.tuple(positive(-5, 5), positive(-5, 5))}),
	rosenbrock: fc.record({
		type: fc.constant('rosenbrock' as const),
		center: point,
		a: positive(-2, 2),
		b: positive(0.1, 100),
		scale: positive(0.01, 2),
	}),
	himmelblau: fc.record({type: fc.constant('himmelblau' as const), center: point, scale: positive(0.01, 2)}),
};

/** Central differences of f, with a step scaled to the point and a tolerance scaled to the terms. */
function checkGradient(landscape: Landscape, x: number, y: number) {
	const s = newSample();
	landscape.evaluate(x, y, s);
	const h = 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
	const dx = (landscape.value(x + h, y) - landscape.value(x - h, y)) / (2 * h);
	const dy = (landscape.value(x, y + h) - landscape.value(x, y - h)) / (2 * h);
	// error of the difference quotient: rounding (|f|·ε/h) plus truncation (h²·f''')
	const scale = Math.max(1, Math.abs(s[0]!), Math.abs(s[1]!), Math.abs(s[2]!));
	const tolerance = 1e-5 * scale;
	expect(Math.abs(s[1]! - dx)).toBeLessThanOrEqual(tolerance);
	expect(Math.abs(s[2]! - dy)).toBeLessThanOrEqual(tolerance);
}

describe('analytic gradients against central differences', () => {
	for (const [type, arbitrary] of Object.entries(terms)) {
		it(`${type}`, () => {
			fc.assert(
				fc.property(arbitrary, point, (term, [x, y]) => {
					checkGradient(new Landscape([term]), x, y);
				}),
				{numRuns: 300},
			);
		});
	}

	it('sums of terms', () => {
		const anyTerm = fc.oneof(...Object.values(terms));
		fc.assert(
			fc.property(fc.array(anyTerm, {minLength: 1, maxLength: 6}), point, (list, [x, y]) => {
				checkGradient(new Landscape(list), x, y);
			}),
			{numRuns: 300},
		);
	});

	it('values match the formulas of README, “Level files” (rotated bowl, saddle, ripples included)', () => {
		const rad = (deg: number) => (deg * Math.PI) / 180;
		fc.assert(
			fc.property(point, point, positive(0.1, 5), positive(0.1, 5), fc.double({min: -180, max: 180, noNaN: true}), (c, [x, y], a, b, deg) => {
				const u = Math.cos(rad(deg)) * (x - c[0]) + Math.sin(rad(deg)) * (y - c[1]);
				const v = -Math.sin(rad(deg)) * (x - c[0]) + Math.cos(rad(deg)) * (y - c[1]);
				const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
				close(new Landscape([{type: 'bowl', center: c, curvature: [a, b], angle: deg}]).value(x, y), 0.5 * (a * u * u + b * v * v));
				close(new Landscape([{type: 'saddle', center: c, curvature: [a, b], angle: deg}]).value(x, y), 0.5 * (a * u * u - b * v * v));
				close(
					new Landscape([{type: 'ripples', center: c, amplitude: a, wavelength: b, angle: deg}]).value(x, y),
					a * (2 - Math.cos((2 * Math.PI * u) / b) - Math.cos((2 * Math.PI * v) / b)),
				);
				const r2 = (x - c[0]) ** 2 + (y - c[1]) ** 2;
				close(new Landscape([{type: 'well', center: c, depth: a, width: b}]).value(x, y), -a * Math.exp(-r2 / (2 * b * b)));
				close(new Landscape([{type: 'hill', center: c, height: a, width: b}]).value(x, y), a * Math.exp(-r2 / (2 * b * b)));
				const du = x - c[0];
				const dv = y - c[1];
				close(new Landscape([{type: 'rosenbrock', center: c}]).value(x, y), (1 - du) ** 2 + 100 * (dv - du * du) ** 2);
				close(new Landscape([{type: 'himmelblau', center: c, scale: a}]).value(x, y), a * ((du * du + dv - 11) ** 2 + (du + dv * dv - 7) ** 2));
				close(new Landscape([{type: 'tilt', slope: [a, -b]}]).value(x, y), a * x - b * y);
			}),
			{numRuns: 300},
		);
	});

	it('the Hessian matches the analytic one of a rotated quadratic', () => {
		const land = new Landscape([{type: 'bowl', center: [1, -1], curvature: [2, 6], angle: 30}]);
		const [hxx, hxy, hyy] = land.hessian(0.3, 0.7);
		const c = Math.cos(Math.PI / 6);
		const s = Math.sin(Math.PI / 6);
		expect(hxx).toBeCloseTo(2 * c * c + 6 * s * s, 6);
		expect(hxy).toBeCloseTo((2 - 6) * c * s, 6);
		expect(hyy).toBeCloseTo(2 * s * s + 6 * c * c, 6);
	});
});

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
	if (a === b) return 0;
	if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
	const view = new DataView(new ArrayBuffer(16));
	view.setFloat64(0, a);
	view.setFloat64(8, b);
	const ordered = (i: bigint) => (i < 0n ? -(i & 0x7fffffffffffffffn) : i);
	const ia = ordered(view.getBigInt64(0));
	const ib = ordered(view.getBigInt64(8));
	const d = ia > ib ? ia - ib : ib - ia;
	return Number(d);
}

describe('deterministic elementary functions', () => {
	it('ulps() measures what it should', () => {
		expect(ulps(1, 1 + Number.EPSILON)).toBe(1);
		expect(ulps(1, 1 + 3 * Number.EPSILON)).toBe(3);
		expect(ulps(-0, 0)).toBe(0);
		expect(ulps(5e-324, -5e-324)).toBe(2);
	});

	it('exp within 2 ulp of Math.exp over its whole range', () => {
		fc.assert(
			fc.property(fc.double({min: -745, max: 709.7, noNaN: true}), (x) => {
				expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(2);
			}),
			{numRuns: 20_000},
		);
		fc.assert(
			fc.property(fc.double({min: -20, max: 20, noNaN: true}), (x) => {
				expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
			}),
			{numRuns: 20_000},
		);
	});

	it('log within 2 ulp of Math.log over positive doubles, subnormals included', () => {
		fc.assert(
			fc.property(fc.double({min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true}), (x) => {
				expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(2);
			}),
			{numRuns: 20_000},
		);
		fc.assert(
			fc.property(fc.double({min: 0.01, max: 100, noNaN: true}), (x) => {
				expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
			}),
			{numRuns: 20_000},
		);
	});

	// Near a zero of sin or cos other than 0 the two-part reduction of x by π/2 leaves an absolute
	// error of about |x|·5e-27, which is many ulp of a tiny result: allow that, nothing more.
	const near = (x: number, got: number, want: number) => ulps(got, want) <= 2 || Math.abs(got - want) <= 1e-25 * Math.max(1, Math.abs(x));

	it('sin and cos within 2 ulp of Math.* for |x| up to 1e4', () => {
		fc.assert(
			fc.property(fc.double({min: -1e4, max: 1e4, noNaN: true}), (x) => {
				expect(near(x, sin(x), Math.sin(x)), `sin ${x}`).toBe(true);
				expect(near(x, cos(x), Math.cos(x)), `cos ${x}`).toBe(true);
				const out = sinCos(x, new Float64Array(2));
				expect(out[0]).toBe(sin(x));
				expect(out[1]).toBe(cos(x));
			}),
			{numRuns: 20_000},
		);
		fc.assert(
			fc.property(fc.double({min: -Math.PI, max: Math.PI, noNaN: true}), (x) => {
				expect(near(x, sin(x), Math.sin(x)), `sin ${x}`).toBe(true);
				expect(near(x, cos(x), Math.cos(x)), `cos ${x}`).toBe(true);
				if (Math.abs(x) <= Math.PI / 4) {
					expect(ulps(sin(x), Math.sin(x))).toBeLessThanOrEqual(1);
					expect(ulps(cos(x), Math.cos(x))).toBeLessThanOrEqual(1);
				}
			}),
			{numRuns: 20_000},
		);
	});

	it('special values exactly', () => {
		expect(exp(0)).toBe(1);
		expect(exp(-0)).toBe(1);
		// fdlibm's exp(1) is one ulp above e (so is Java's StrictMath.exp)
		expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
		expect(exp(Infinity)).toBe(Infinity);
		expect(exp(-Infinity)).toBe(0);
		expect(exp(710)).toBe(Infinity);
		expect(exp(-746)).toBe(0);
		expect(Number.isNaN(exp(Number.NaN))).toBe(true);
		expect(exp(Math.LN2)).toBe(2);
		expect(exp(1e-300)).toBe(1);
		expect(log(1)).toBe(0);
		expect(log(2)).toBe(Math.LN2);
		expect(log(10)).toBe(Math.LN10);
		expect(log(Math.E)).toBe(1);
		expect(log(0)).toBe(-Infinity);
		expect(log(Infinity)).toBe(Infinity);
		expect(Number.isNaN(log(-1))).toBe(true);
		expect(Number.isNaN(log(Number.NaN))).toBe(true);
		expect(log(Number.MIN_VALUE)).toBe(Math.log(Number.MIN_VALUE));
		expect(ulps(log(2 ** 1000), Math.log(2 ** 1000))).toBeLessThanOrEqual(1);
		expect(sin(0)).toBe(0);
		expect(Object.is(sin(-0), -0)).toBe(true);
		expect(cos(0)).toBe(1);
		expect(sin(PI / 2)).toBe(1);
		expect(cos(PI)).toBe(-1);
		expect(sin(PI / 6)).toBe(Math.sin(Math.PI / 6));
		expect(Number.isNaN(sin(Infinity))).toBe(true);
		expect(Number.isNaN(cos(Number.NaN))).toBe(true);
	});
});
