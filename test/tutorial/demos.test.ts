/**
 * Every demonstration of the tutorial, run, and checked for the property its caption claims:
 * the swing shrinks, the restart finds the deeper valley, friction parks it where the formula
 * says. The figures the narration states are checked against the engine here too.
 */
import {describe, expect, it} from 'vitest';
import type {Outcome} from '../../source/engine/index.js';
import {bestMomentum, decayRestingPoint, maxStableEta} from '../../source/engine/theory.js';
import {RAVINE_PLAIN_ETA, fastestEta, pitCount} from '../../source/tutorial/figures.js';
import {RAVINE_STEPS} from '../../source/tutorial/gates.js';
import {readExampleLog} from '../../source/ui/screens/tutorial/doctor-log.js';
import {LESSONS, type Demo} from '../../source/tutorial/lessons.js';
import {danceOf, runDemo, settledAt, jitter, swingOf} from '../../source/tutorial/run.js';

const DEMOS = new Map<string, Demo>();
for (const step of LESSONS.flatMap((l) => l.steps)) {
	if (step.kind === 'demo') DEMOS.set(step.demo.caption, step.demo);
	if (step.kind === 'reflection') for (const d of step.demos) DEMOS.set(d.caption, d);
	if (step.kind === 'quiz') DEMOS.set(step.run.caption, step.run);
}

const demo = (caption: string): Outcome => {
	const d = DEMOS.get(caption);
	if (!d) throw new Error(`no demo ${caption}`);
	return runDemo(d);
};

const traj = (o: Outcome) => o.facts.trajectory;
const dist = (o: Outcome, i: number, cx = 0, cy = 0) => Math.hypot(traj(o).x[i]! - cx, traj(o).y[i]! - cy);
const maxAbsY = (o: Outcome, from: number, to: number) => {
	let most = 0;
	for (let i = from; i <= to; i++) most = Math.max(most, Math.abs(traj(o).y[i]!));
	return most;
};

describe('lesson 1 and 2: the step size', () => {
	it('l1d1: each step covers η·λ = 10 % of the distance left, and it reaches the floor', () => {
		const o = demo('l1d1');
		expect(o.diagnosis.code).toBe('reached-global');
		for (const i of [0, 5, 20]) expect(dist(o, i + 1) / dist(o, i)).toBeCloseTo(1 - o.run.knobs.learningRate * 1, 9);
	});

	it('l2d1: a tiny η crawls (factor 0.98 a step) and does not arrive', () => {
		const o = demo('l2d1');
		expect(o.diagnosis.code).toBe('too-slow');
		expect(dist(o, 11) / dist(o, 10)).toBeCloseTo(1 - 4 * o.run.knobs.learningRate, 9);
	});

	it('l2d2: η·λ > 2 swings from side to side, farther each time, for several steps before it leaves the map', () => {
		const o = demo('l2d2');
		expect(o.diagnosis.code).toBe('diverged');
		const t = traj(o);
		const inside = t.leftAt ?? t.steps;
		expect(inside).toBeGreaterThanOrEqual(5);
		for (let i = 0; i < inside; i++) {
			expect(Math.sign(t.x[i + 1]!)).toBe(-Math.sign(t.x[i]!));
			expect(dist(o, i + 1)).toBeGreaterThan(dist(o, i));
		}
	});
});

describe('lesson 3: inertia', () => {
	it('l3d1 uses the η that arrives soonest without momentum, and it takes more steps than the task allows', () => {
		const fastest = fastestEta('ravine', 0, maxStableEta(50));
		expect(Math.abs(fastest.eta - RAVINE_PLAIN_ETA)).toBeLessThanOrEqual(0.0005);
		const o = demo('l3d1');
		// within a step of the best a fine grid of η finds
		expect(o.facts.arrivedAt!).toBeLessThanOrEqual(fastest.arrived! + 1);
		expect(o.facts.arrivedAt!).toBeGreaterThanOrEqual(RAVINE_STEPS);
	});

	it('l3d2: the theory pair swings wider at first, then the swing dies out far sooner, and it arrives sooner', () => {
		const plain = demo('l3d1');
		const o = demo('l3d2');
		const pair = bestMomentum(1, 50);
		expect(o.run.knobs.learningRate).toBeCloseTo(pair.eta, 3);
		expect(o.run.knobs.momentum).toBeCloseTo(pair.momentum, 2);
		// the caption: the first lurch is wider than 1 …
		expect(swingOf(o)).toBeGreaterThan(1);
		expect(swingOf(plain)).toBeCloseTo(1, 9);
		// … but twenty steps on the swing is a small fraction of plain descent's
		expect(maxAbsY(o, 20, 40)).toBeLessThan(maxAbsY(plain, 20, 40) / 4);
		expect(o.facts.arrivedAt!).toBeLessThan(plain.facts.arrivedAt!);
	});

	it('l3p3: a μ far from the pair does not beat the pair even at its own best η', () => {
		const pairArrives = demo('l3d2').facts.arrivedAt!;
		const mu9 = fastestEta('ravine', 0.9, 0.1);
		expect(mu9.arrived === null || mu9.arrived > 2 * pairArrives).toBe(true);
		const mu95 = fastestEta('ravine', 0.95, 0.1);
		expect(mu95.arrived === null || mu95.arrived >= mu9.arrived!).toBe(true);
	});

	it('l3d3–l3d5: over-damped never overshoots, critical arrives sooner, under-damped rocks with amplitude shrinking by √μ', () => {
		const over = demo('l3d3');
		const critical = demo('l3d4');
		const under = demo('l3d5');
		for (let i = 0; i <= traj(over).steps; i++) expect(traj(over).x[i]!).toBeGreaterThanOrEqual(0);
		expect(critical.facts.arrivedAt!).toBeLessThan(over.facts.arrivedAt!);
		const x = traj(under).x;
		let flips = 0;
		for (let i = 1; i <= traj(under).steps; i++) if (Math.sign(x[i]!) !== Math.sign(x[i - 1]!)) flips++;
		expect(flips).toBeGreaterThanOrEqual(3);
		// the envelope over 20 steps shrinks by (√μ)^20
		const envelope = (from: number) => Math.max(...Array.from({length: 12}, (_, k) => Math.abs(x[from + k]!)));
		expect(envelope(40) / envelope(20)).toBeCloseTo(Math.sqrt(0.9) ** 20, 1);
		expect(under.diagnosis.code).not.toBe('reached-global');
	});
});

describe('lesson 4: friction', () => {
	it('l4d2: decay parks the climber at the θ* of the formula, short of the floor', () => {
		const o = demo('l4d2');
		expect(o.diagnosis.code).toBe('decay-pulled');
		const {learningRate, momentum, decay} = o.run.knobs;
		const t = traj(o);
		expect(t.x[t.steps]!).toBeCloseTo(decayRestingPoint(learningRate, momentum, decay, 1, 2), 3);
		expect(t.y[t.steps]!).toBeCloseTo(decayRestingPoint(learningRate, momentum, decay, 1, 1), 3);
		expect(demo('l4d1').diagnosis.code).toBe('reached-global');
	});
});

describe('lesson 5: schedules', () => {
	it('l5p1 counts the pits the engine finds', () => {
		expect(pitCount('ripples')).toBeGreaterThan(20);
		expect(pitCount('ripples')).toBeLessThan(100);
	});

	it('l5d1 drops into a pit, l5d2 never calms down, l5d3 (cosine) reaches the floor', () => {
		expect(demo('l5d1').diagnosis.code).toBe('local-minimum');
		const big = demo('l5d2');
		expect(big.diagnosis.code).not.toBe('reached-global');
		expect(settledAt(big)).toBeNull();
		expect(demo('l5d3').diagnosis.code).toBe('reached-global');
	});
});

describe('lesson 6: many valleys', () => {
	it('l6d1 stays in the local valley, shallower than the global one', () => {
		const o = demo('l6d1');
		expect(o.diagnosis.code).toBe('local-minimum');
		expect(traj(o).x[traj(o).steps]!).toBeLessThan(0);
	});

	it('l6d2: momentum carries it over the ridge to the global valley', () => {
		const o = demo('l6d2');
		expect(o.diagnosis.code).toBe('reached-global');
		// it passed through the local valley's side first
		expect(Math.min(...traj(o).x)).toBeLessThan(-1.5);
	});

	it('l6d3: the first climber stays in the local pit; a restart finds the deeper valley', () => {
		const o = demo('l6d3');
		expect(o.diagnosis.code).toBe('reached-global');
		expect(o.run.best).toBeGreaterThan(0);
		const first = o.run.climbers[0]!;
		expect(first.x[first.steps]!).toBeLessThan(0);
		expect(first.loss[first.steps]!).toBeGreaterThan(traj(o).loss[traj(o).steps]! + 0.5);
	});
});

describe('lesson 7: saddles', () => {
	it('l7d1: without momentum it is still on the pass, near its height', () => {
		const o = demo('l7d1');
		expect(o.diagnosis.code).toBe('saddle');
		const pass = o.run.critical.saddles[0]!;
		expect(Math.abs(traj(o).loss[traj(o).steps]! - pass.loss)).toBeLessThan(0.1);
	});
});

describe('lesson 9: reflections', () => {
	it('l9d1: the fast run stops sooner in a local pit; the one with inertia arrives at the deepest valley', () => {
		const fast = demo('l9d1a');
		const slow = demo('l9d1b');
		expect(fast.diagnosis.code).toBe('local-minimum');
		expect(slow.diagnosis.code).toBe('reached-global');
		expect(settledAt(fast)!).toBeLessThan(slow.facts.arrivedAt!);
	});

	it('l9d2: any descent on the four floors ends on one; inertia crosses the pass', () => {
		expect(demo('l9d2a').diagnosis.code).toBe('reached-global');
		const pass = demo('l9d2b');
		expect(pass.diagnosis.code).toBe('reached-global');
		const saddle = pass.run.critical.saddles[0]!;
		const near = traj(pass).x.some((x, i) => Math.hypot(x - saddle.x, traj(pass).y[i]! - saddle.y) < 0.5);
		expect(near).toBe(true);
	});

	it('l9d3: the full batch has no noise and rests in the local pit; the small batch trembles and ends in the global valley', () => {
		const cold = demo('l9d3a');
		const hot = demo('l9d3b');
		expect(cold.run.knobs.batchSize).toBe(cold.run.level.dataset!.size);
		expect(jitter(cold)).toBeLessThan(1e-6);
		expect(traj(cold).x[traj(cold).steps]!).toBeLessThan(0);
		expect(jitter(hot)).toBeGreaterThan(0.01);
		expect(traj(hot).x[traj(hot).steps]!).toBeGreaterThan(1);
	});
});

describe('the dance of the parameters (world 7)', () => {
	it('ldd1 drifts slowly with many climbers still moving; ldd2 (inertia) settles them early and arrives', () => {
		const slow = demo('ldd1');
		const fast = demo('ldd2');
		const a = danceOf(slow)!;
		const b = danceOf(fast)!;
		expect(a.parameters).toBe(15);
		expect(slow.diagnosis.code).toBe('too-slow');
		expect(fast.diagnosis.code).toBe('reached-global');
		expect(a.drifting).toBeGreaterThan(b.drifting);
		expect(b.early).toBeGreaterThan(a.early);
		// with inertia only the few almost flat directions (curvature ≈ l2, where the loss hardly changes) still creep at the end
		expect(b.drifting).toBeLessThanOrEqual(a.drifting / 4);
	});
});

describe('the last lesson reads a real log with descenso doctor', () => {
	it('the bundled warm-up log is read and diagnosed as exploding, in both languages', () => {
		for (const lang of ['es', 'en'] as const) {
			const read = readExampleLog('cars-warmup.csv', lang);
			expect(read?.ok, lang).toBe(true);
			if (!read?.ok) return;
			expect(read.report.diagnosis.code).toBe('exploding');
			expect(read.log.train.points.length).toBeGreaterThan(100);
		}
	});

	it('the doctor step is in the last lesson, before the closing quote', () => {
		const last = LESSONS.at(-1)!.steps;
		expect(last.at(-2)).toMatchObject({kind: 'doctor', log: 'cars-warmup.csv'});
	});
});
