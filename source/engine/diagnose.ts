/**
 * Every run ends with exactly one diagnosis (DESIGN §4), the first of these that applies:
 * diverged, left-map, reached-global, local-minimum, saddle, decay-pulled, oscillating, too-slow.
 * Each carries the physical analogy, evidence with this run's own numbers, why, and advice that
 * names a knob the level actually unlocks.
 */
import {analyse, type RunFacts, type ScoreFacts} from './analysis.js';
import {formatNumber as num, formatPoint} from './format.js';
import {batchNoise, landscapeOf} from './simulate.js';
import {eigenvalues, type Landscape} from './terrain.js';
import {bestMomentum, criticalMomentum, maxStableEta} from './theory.js';
import type {KnobSpec, Run, Text} from './types.js';

export const DIAGNOSIS_CODES = [
	'diverged',
	'left-map',
	'reached-global',
	'local-minimum',
	'saddle',
	'decay-pulled',
	'oscillating',
	'too-slow',
] as const;

export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

export type Diagnosis = {
	code: DiagnosisCode;
	/** short name of the outcome */
	title: Text;
	/** the physical analogy: the headline */
	analogy: Text;
	/** what happened in this run, with its numbers */
	evidence: Text;
	/** why, in physical terms */
	why: Text;
	/** which knob to turn, which way, and by how much */
	advice: Text;
	/** the step the thing happened at, when there is one (for the screens' marks) */
	step: number | null;
};

/**
 * The first three rows of the table, which are all the score needs: cheap, no look-ahead.
 * Null when the run failed in one of the other ways.
 */
export function outcomeCode(run: Run, facts: ScoreFacts): 'diverged' | 'left-map' | 'reached-global' | null {
	if (facts.blewUp || facts.endGap > 10 * facts.startGap || (facts.growing && facts.endGap > facts.startGap)) {
		return 'diverged';
	}

	if (facts.leftAt !== null) return 'left-map';
	if (facts.endGap <= run.level.tolerance) return 'reached-global';
	return null;
}

/** Picks the diagnosis code from the facts: the first row of the table that applies. */
export function classify(run: Run, facts: RunFacts): DiagnosisCode {
	const {knobs} = run;
	const settled = outcomeCode(run, facts);
	if (settled) return settled;

	const near = 0.01 * facts.size;
	const ahead = facts.lookahead;
	const finalAtCritical = facts.newtonDistance <= near;
	// A summit balances a climber just like a pass: the Hessian has a negative eigenvalue (DESIGN §4).
	const stalledOnPass = finalAtCritical && (facts.nearest?.kind === 'saddle' || facts.nearest?.kind === 'maximum');
	const restsAtCritical = ahead.rests && ahead.newtonDistance <= near;
	if (
		!stalledOnPass &&
		ahead.rests &&
		!ahead.reachesGlobal &&
		ahead.basin &&
		!ahead.basin.global &&
		(restsAtCritical || knobs.decay > 0)
	) {
		return 'local-minimum';
	}

	if (stalledOnPass) return 'saddle';
	if (knobs.decay > 0 && ahead.rests && !ahead.reachesGlobal) return 'decay-pulled';
	// Rocking shows as reversals: every step for a zigzag (η·λ near 2), once every half period for
	// an under-damped heavy ball (μ near 1 turns only every few steps, but keeps turning).
	if ((facts.flipShare >= 0.3 || facts.flips >= 3) && facts.amplitudeRatio >= 0.3) return 'oscillating';
	return 'too-slow';
}

/** Diagnoses a run: the code and its explanation in both languages. */
export function diagnose(run: Run, facts: RunFacts = analyse(run)): Diagnosis {
	const code = classify(run, facts);
	return {code, ...TITLES[code], ...explain[code](run, facts)};
}

const TITLES: Record<DiagnosisCode, {title: Text; analogy: Text}> = {
	diverged: {
		title: {es: 'La pérdida explotó', en: 'The loss exploded'},
		analogy: {es: 'Pelota rebotando sin control', en: 'A ball bouncing out of control'},
	},
	'left-map': {
		title: {es: 'Fuera del mapa', en: 'Off the map'},
		analogy: {es: 'Se salió del mapa', en: 'Rolled off the map'},
	},
	'reached-global': {
		title: {es: '¡Mínimo global!', en: 'Global minimum!'},
		analogy: {es: 'Llegó al valle más profundo', en: 'Reached the deepest valley'},
	},
	'local-minimum': {
		title: {es: 'Mínimo local', en: 'Local minimum'},
		analogy: {es: 'Atrapado en un pozo local', en: 'Trapped in a local pit'},
	},
	saddle: {
		title: {es: 'Punto silla', en: 'Saddle point'},
		analogy: {es: 'En equilibrio sobre un paso de montaña', en: 'Balanced on a mountain pass'},
	},
	'decay-pulled': {
		title: {es: 'Frenado por la fricción', en: 'Held back by friction'},
		analogy: {es: 'La fricción te frenó antes del fondo', en: 'Friction stopped you short of the floor'},
	},
	oscillating: {
		title: {es: 'Oscilaciones', en: 'Oscillations'},
		analogy: {es: 'Pelota rebotando en un valle', en: 'A ball rocking in a valley'},
	},
	'too-slow': {
		title: {es: 'Convergencia muy lenta', en: 'Very slow convergence'},
		analogy: {es: 'Caminar en terreno plano', en: 'Walking on flat ground'},
	},
};

type Explanation = Pick<Diagnosis, 'evidence' | 'why' | 'advice' | 'step'>;

function both(make: (lang: 'es' | 'en') => string): Text {
	return {es: make('es'), en: make('en')};
}

/** The knobs a level lets the player turn, for advice that only names those. */
function unlocked(knobs: KnobSpec) {
	const allowed = knobs.schedule?.allowed ?? [];
	return {
		momentum: Boolean(knobs.momentum),
		decay: Boolean(knobs.decay),
		temperature: Boolean(knobs.temperature),
		restarts: Boolean(knobs.restarts),
		warmRestarts: allowed.includes('warm-restarts'),
		annealing: allowed.includes('cosine') || allowed.includes('step'),
		batch: Boolean(knobs.batchSize),
		nesterov: Boolean(knobs.nesterov),
	};
}

/** The curvatures (|Hessian eigenvalues|, low then high) where the climber ended. */
function curvatures(run: Run, facts: RunFacts): [number, number] {
	const n = facts.trajectory.steps;
	const [a, b, c] = landscapeOf(run.level).hessian(facts.trajectory.x[n]!, facts.trajectory.y[n]!);
	const [e1, e2] = eigenvalues(a, b, c);
	const one = Math.abs(e1);
	const two = Math.abs(e2);
	return one < two ? [one, two] : [two, one];
}

/** A suggested value kept inside the level's range for that knob (when the level has one). */
function within(knobs: KnobSpec, name: 'learningRate' | 'momentum' | 'decay', value: number): number {
	const range = knobs[name];
	return range ? Math.min(range.max, Math.max(range.min, value)) : value;
}

/**
 * A point for the evidence: coordinates that are zero but for rounding (a critical point refined
 * to 1e-8, a decayed coordinate down to 5e-324) print as 0.
 */
function pt(x: number, y: number, lang: 'es' | 'en'): string {
	const clean = (v: number) => (Math.abs(v) < 1e-9 ? 0 : v);
	return formatPoint(clean(x), clean(y), lang);
}

/**
 * The largest stable η·λ on a quadratic: 2 + 2μ for the heavy ball; with look-ahead (Nesterov)
 * the iteration r² − (1 + μ)(1 − ηλ)r + μ(1 − ηλ) = 0 reaches r = −1 at ηλ = (2 + 2μ)/(1 + 2μ).
 */
function stableProduct(momentum: number, nesterov: boolean): number {
	return nesterov && momentum > 0 ? (2 + 2 * momentum) / (1 + 2 * momentum) : 2 + 2 * momentum;
}

/** The stability limit as the evidence writes it. */
function limitFormula(momentum: number, nesterov: boolean): string {
	return nesterov && momentum > 0 ? '(2 + 2μ)/(1 + 2μ)' : '2 + 2μ';
}

function steepest(landscape: Landscape, x: number, y: number): number {
	const [a, b, c] = landscape.hessian(x, y);
	const [low, high] = eigenvalues(a, b, c);
	return Math.max(Math.abs(low), Math.abs(high));
}

/**
 * The curvature the climber met before it blew up: the steepest |curvature| over the points of
 * its path up to `until` that were no higher than the start (beyond that it was already flying).
 */
function curvatureMet(run: Run, facts: RunFacts, until: number): number {
	const t = facts.trajectory;
	const landscape = landscapeOf(run.level);
	const ceiling = t.loss[0]!;
	let met = facts.curvatureStart;
	for (let i = 1; i <= Math.min(until, t.steps); i++) {
		const x = t.x[i]!;
		const y = t.y[i]!;
		if (Number.isFinite(x) && Number.isFinite(y) && t.loss[i]! <= ceiling) met = Math.max(met, steepest(landscape, x, y));
	}

	return met;
}

/**
 * How far the climber is off the ridge line that leads into a pass (or off the top of a summit),
 * along the pass's downhill direction: exactly 0 means nothing will ever tip it off.
 */
function offRidge(run: Run, facts: RunFacts, pass: {x: number; y: number}): number {
	const t = facts.trajectory;
	const n = t.steps;
	const [a, b, c] = landscapeOf(run.level).hessian(pass.x, pass.y);
	const [low] = eigenvalues(a, b, c);
	// eigenvector of the lowest eigenvalue: (b, low − a) or (low − c, b), whichever is longer
	let [ex, ey] = Math.hypot(b, low - a) >= Math.hypot(low - c, b) ? [b, low - a] : [low - c, b];
	const length = Math.hypot(ex, ey);
	if (length === 0) {
		// isotropic (a summit like a dome): every direction is downhill
		return Math.hypot(t.x[n]! - pass.x, t.y[n]! - pass.y) + Math.hypot(t.velocity[0], t.velocity[1]);
	}

	ex /= length;
	ey /= length;
	return Math.abs((t.x[n]! - pass.x) * ex + (t.y[n]! - pass.y) * ey) + Math.abs(t.velocity[0] * ex + t.velocity[1] * ey);
}

const explain: Record<DiagnosisCode, (run: Run, facts: RunFacts) => Explanation> = {
	diverged(run, facts) {
		const {learningRate: eta, momentum: mu} = run.knobs;
		const nesterov = run.knobs.nesterov && mu > 0;
		const at = facts.explodedAt ?? facts.trajectory.blewUpAt ?? facts.trajectory.steps;
		// the steepest curvature met on the way (on a bowl, the start's; on a banana it grows)
		const lambda = curvatureMet(run, facts, at);
		const bound = stableProduct(mu, run.knobs.nesterov);
		const limit = bound / lambda;
		const suggestion = within(run.level.knobs, 'learningRate', limit / 2);
		// A climber that flew off past the overflow guard ended "at infinity", whatever its last loss.
		const ratio = facts.blewUp ? Infinity : facts.endGap / facts.startGap;
		const product = eta * lambda;
		const formula = limitFormula(mu, run.knobs.nesterov);
		return {
			step: at,
			evidence: both((l) =>
				l === 'es'
					? `En el paso ${at} la pérdida ya superaba 10× la inicial${Number.isFinite(ratio) ? ` (terminó en ${num(ratio, l)}×)` : ' y acabó siendo infinita'}. Curvatura más fuerte encontrada λ = ${num(lambda, l)}: η·λ = ${num(product, l)}, y el límite${nesterov ? ' con mirada adelante (Nesterov)' : ''} es ${formula} = ${num(bound, l)}.`
					: `By step ${at} the loss was over 10× its start${Number.isFinite(ratio) ? ` (it ended at ${num(ratio, l)}×)` : ' and ended up infinite'}. Steepest curvature met λ = ${num(lambda, l)}: η·λ = ${num(product, l)}, and the limit${nesterov ? ' with look-ahead (Nesterov)' : ''} is ${formula} = ${num(bound, l)}.`,
			),
			why: both((l) =>
				l === 'es'
					? 'Cada paso fue tan largo que cruzó el valle y aterrizó más alto en la otra ladera; allí la pendiente es mayor, el siguiente paso es aún más largo, y cada rebote crece.'
					: 'Each step was so long it crossed the valley and landed higher on the far side; the slope there is steeper, so the next step is longer still, and every bounce grows.',
			),
			advice: both((l) =>
				l === 'es'
					? `Baja la tasa de aprendizaje: ${run.level.knobs.momentum ? `con μ = ${num(mu, l)} ` : ''}necesitas η < ${num(limit, l)}; prueba η ≈ ${num(suggestion, l)}.`
					: `Lower the learning rate: ${run.level.knobs.momentum ? `with μ = ${num(mu, l)} ` : ''}you need η < ${num(limit, l)}; try η ≈ ${num(suggestion, l)}.`,
			),
		};
	},

	'left-map'(run, facts) {
		const t = facts.leftAt ?? 0;
		const x = facts.trajectory.x[t]!;
		const y = facts.trajectory.y[t]!;
		const speed = facts.trajectory.speed[t]!;
		const can = unlocked(run.level.knobs);
		const {momentum: mu, learningRate: eta} = run.knobs;
		return {
			step: t,
			evidence: both((l) =>
				l === 'es'
					? `En el paso ${t} salió por ${pt(x, y, l)} a velocidad |v| = ${num(speed, l)}, sin que la pérdida llegara a explotar.`
					: `At step ${t} it left through ${pt(x, y, l)} at speed |v| = ${num(speed, l)}, without the loss exploding.`,
			),
			why: both((l) =>
				l === 'es'
					? mu > 0
						? 'Llevaba tanta inercia que pasó de largo el valle y siguió rodando hasta el borde.'
						: 'Los pasos eran tan largos que uno de ellos saltó más allá del borde del mapa.'
					: mu > 0
						? 'It carried so much inertia that it overshot the valley and kept rolling to the edge.'
						: 'The steps were so long that one of them jumped past the edge of the map.',
			),
			advice: both((l) => {
				const spec = run.level.knobs;
				const lowerEta = num(within(spec, 'learningRate', eta / 2), l);
				const lowerMu = num(within(spec, 'momentum', mu / 2), l);
				const moreDecay = num(within(spec, 'decay', Math.max(run.knobs.decay * 2, 0.01)), l);
				const parts =
					l === 'es'
						? [`baja η (prueba ${lowerEta})`, can.momentum && mu > 0 ? `baja el momentum (prueba ${lowerMu})` : '', can.decay ? `o añade un poco de fricción (decay ${moreDecay})` : '']
						: [`lower η (try ${lowerEta})`, can.momentum && mu > 0 ? `lower the momentum (try ${lowerMu})` : '', can.decay ? `or add a little friction (decay ${moreDecay})` : ''];
				const text = parts.filter(Boolean).join(', ');
				return text.charAt(0).toUpperCase() + text.slice(1) + '.';
			}),
		};
	},

	'reached-global'(run, facts) {
		const arrived = (facts.arrivedAt ?? facts.trajectory.steps) + facts.stepsBefore;
		const budget = run.level.budget;
		const share = arrived / budget;
		const lucky = run.knobs.restarts > 1 && run.best > 0;
		// on the floor from the start, or there in one step: no run of this level can be faster
		const fastest = arrived <= 1;
		const can = unlocked(run.level.knobs);
		return {
			step: arrived,
			evidence: both((l) =>
				l === 'es'
					? `Llegó a menos de ${num(run.level.tolerance, l)} del fondo en el paso ${arrived} de ${budget}; pérdida final ${num(facts.endGap + facts.minLoss, l, 4)} frente al mínimo ${num(facts.minLoss, l, 4)}.`
					: `It came within ${num(run.level.tolerance, l)} of the floor at step ${arrived} of ${budget}; final loss ${num(facts.endGap + facts.minLoss, l, 4)} against the minimum ${num(facts.minLoss, l, 4)}.`,
			),
			why: both((l) =>
				l === 'es'
					? lucky
						? `Lo encontró el escalador ${run.best + 1} de ${run.knobs.restarts}: los reinicios aleatorios exploraron varios valles.`
						: arrived === 0
							? 'Empezó ya en el fondo: la pendiente era cero y no había nada que bajar.'
							: fastest
								? 'Le bastó un paso: aterrizó dentro de la tolerancia a la primera (en un cuenco, η·λ = 1 lleva justo al centro).'
								: share <= 0.25
							? 'Pasos bien medidos: bajó rápido y se asentó sin rebotar.'
							: share >= 0.75
								? 'Llegó, pero tarde: gastó la mayor parte del presupuesto en el camino.'
								: 'Bajó con paso firme y se asentó en el valle más profundo.'
					: lucky
						? `Climber ${run.best + 1} of ${run.knobs.restarts} found it: random restarts explored several valleys.`
						: arrived === 0
							? 'It started on the floor: the slope was zero and there was nothing to go down.'
							: fastest
								? 'One step was enough: it landed within the tolerance at once (in a bowl, η·λ = 1 goes right to the centre).'
								: share <= 0.25
							? 'Well-sized steps: it went down fast and settled without bouncing.'
							: share >= 0.75
								? 'It got there, but late: most of the budget went on the way.'
								: 'It walked down steadily and settled in the deepest valley.',
			),
			advice: both((l) => {
				if (fastest) {
					return l === 'es'
						? `Nada que mejorar: ninguna carrera llega antes; quédate con η = ${num(run.knobs.learningRate, l)}.`
						: `Nothing to improve: no run gets there sooner; keep η = ${num(run.knobs.learningRate, l)}.`;
				}

				if (lucky && can.restarts) {
					return l === 'es'
						? 'Hubo suerte: con más reinicios es más probable que uno caiga en el valle más profundo, aunque cada uno tenga menos pasos.'
						: 'That took luck: more restarts make it likelier that one lands in the deepest valley, though each gets fewer steps.';
				}

				const knobsToRaise = can.momentum ? (l === 'es' ? 'η o el momentum' : 'η or momentum') : 'η';
				return l === 'es'
					? share <= 0.25
						? `Para más puntos, llega aún antes: la puntuación premia la rapidez (ajusta ${knobsToRaise}).`
						: `Para llegar antes, sube ${knobsToRaise} con cuidado (sin pasar el límite de estabilidad).`
					: share <= 0.25
						? `For more points, arrive even sooner: the score rewards speed (tune ${knobsToRaise}).`
						: `To arrive sooner, raise ${knobsToRaise} carefully (staying below the stability limit).`;
			}),
		};
	},

	'local-minimum'(run, facts) {
		const ahead = facts.lookahead;
		const pit = ahead.basin!;
		const floor = run.critical.global[0];
		const can = unlocked(run.level.knobs);
		const depth = pit.loss - facts.minLoss;
		return {
			step: null,
			evidence: both((l) =>
				l === 'es'
					? `Se asentó en el pozo de ${pt(pit.x, pit.y, l)} con pérdida ${num(pit.loss, l)}; el valle más profundo está en ${floor ? pt(floor.x, floor.y, l) : '—'}, ${num(depth, l)} más abajo.`
					: `It settled in the pit at ${pt(pit.x, pit.y, l)} with loss ${num(pit.loss, l)}; the deepest valley is at ${floor ? pt(floor.x, floor.y, l) : '—'}, ${num(depth, l)} lower.`,
			),
			why: both((l) =>
				l === 'es'
					? 'En el fondo de un pozo la pendiente es cero en todas direcciones: el escalador con los ojos vendados no siente ninguna cuesta que lo saque de ahí.'
					: 'At the bottom of a pit the slope is zero in every direction: the blindfolded climber feels no incline that would lead out.',
			),
			advice: both((l) => {
				const options =
					l === 'es'
						? [
								can.momentum ? 'más momentum para rodar por encima del borde' : '',
								can.temperature ? 'temperatura (ruido) para saltar fuera' : '',
								can.warmRestarts ? 'warm restarts para volver a dar pasos grandes' : can.annealing ? 'un schedule que empiece con pasos grandes para explorar' : '',
								can.batch ? 'un batch más pequeño (más ruido) para sacudirte fuera' : '',
								can.restarts ? 'reinicios aleatorios para probar otros valles' : '',
							]
						: [
								can.momentum ? 'more momentum to roll over the rim' : '',
								can.temperature ? 'temperature (noise) to hop out' : '',
								can.warmRestarts ? 'warm restarts to take big steps again' : can.annealing ? 'a schedule that starts with big steps to explore' : '',
								can.batch ? 'a smaller batch (more noise) to shake you out' : '',
								can.restarts ? 'random restarts to try other valleys' : '',
							];
				const chosen = options.filter(Boolean);
				if (chosen.length === 0) {
					return l === 'es'
						? 'Un η mayor da pasos que pueden saltar el borde del pozo.'
						: 'A larger η takes steps that can jump the rim of the pit.';
				}

				return (l === 'es' ? 'Prueba ' : 'Try ') + chosen.join(l === 'es' ? ', o ' : ', or ') + '.';
			}),
		};
	},

	saddle(run, facts) {
		const pass = facts.nearest!;
		const summit = pass.kind === 'maximum';
		const can = unlocked(run.level.knobs);
		const n = facts.trajectory.steps;
		const here = (l: 'es' | 'en') => pt(facts.trajectory.x[n]!, facts.trajectory.y[n]!, l);
		// Exactly on the ridge line (or the very top): no slope at all pushes it off, so neither η
		// nor momentum has a nudge to amplify; only noise or another start can break the balance.
		const balanced = offRidge(run, facts, pass) <= 1e-12 * facts.size;
		const noise = can.temperature || can.batch;
		const noiseKnobs = (l: 'es' | 'en') =>
			[can.temperature ? (l === 'es' ? 'temperatura' : 'temperature') : '', can.batch ? (l === 'es' ? 'un batch más pequeño' : 'a smaller batch') : '']
				.filter(Boolean)
				.join(l === 'es' ? ' o ' : ' or ');
		return {
			step: null,
			evidence: both((l) =>
				summit
					? l === 'es'
						? `Terminó en ${here(l)}, sobre la cumbre ${pt(pass.x, pass.y, l)}: curvaturas ${num(pass.curvature[0], l)} y ${num(pass.curvature[1], l)}, las dos hacia abajo, pendiente |∇f| = ${num(facts.trajectory.grad[n]!, l)}.`
						: `It ended at ${here(l)}, on the summit ${pt(pass.x, pass.y, l)}: curvatures ${num(pass.curvature[0], l)} and ${num(pass.curvature[1], l)}, both downhill, slope |∇f| = ${num(facts.trajectory.grad[n]!, l)}.`
					: l === 'es'
						? `Terminó en ${here(l)}, junto al punto silla ${pt(pass.x, pass.y, l)}: curvaturas ${num(pass.curvature[0], l)} (hacia abajo) y ${num(pass.curvature[1], l)} (hacia arriba), pendiente |∇f| = ${num(facts.trajectory.grad[n]!, l)}.`
						: `It ended at ${here(l)}, by the saddle point ${pt(pass.x, pass.y, l)}: curvatures ${num(pass.curvature[0], l)} (downhill) and ${num(pass.curvature[1], l)} (uphill), slope |∇f| = ${num(facts.trajectory.grad[n]!, l)}.`,
			),
			why: both((l) =>
				summit
					? l === 'es'
						? 'En lo alto de una cumbre el suelo baja en todas direcciones, pero justo en la cima la pendiente es cero: el escalador con los ojos vendados no siente hacia dónde bajar y se queda en equilibrio.'
						: 'On a summit the ground falls away on every side, but right at the top the slope is zero: the blindfolded climber feels no way down and stays balanced.'
					: l === 'es'
						? 'En un paso de montaña el suelo sube hacia los lados y baja hacia delante, pero justo en el centro la pendiente es cero: quien llega por la cresta se queda en equilibrio.'
						: 'On a mountain pass the ground rises to the sides and falls ahead, but right at the centre the slope is zero: whoever arrives along the ridge stays balanced there.',
			),
			advice: both((l) => {
				if (balanced && noise) {
					return l === 'es'
						? `Está en equilibrio perfecto: añade ruido (${noiseKnobs(l)}); un empujón al azar rompe el equilibrio y la pendiente hace el resto.`
						: `It is perfectly balanced: add noise (${noiseKnobs(l)}); a random nudge breaks the balance and the slope does the rest.`;
				}

				if (balanced && can.restarts) {
					return l === 'es'
						? 'Está en equilibrio perfecto y η o el momentum no tienen ningún desvío que amplificar: usa reinicios aleatorios para empezar desde otros puntos.'
						: 'It is perfectly balanced and η or momentum have no nudge to amplify: use random restarts to start from other points.';
				}

				if (balanced) {
					return l === 'es'
						? 'Está en equilibrio perfecto: ningún mando de este nivel lo saca de ahí. Un η mayor o más momentum solo amplifican un desvío, y aquí el desvío es exactamente cero; hace falta ruido o empezar en otro sitio.'
						: 'It is perfectly balanced: no knob of this level gets it off. A larger η or more momentum only amplify a nudge, and here the nudge is exactly zero; it takes noise or another start.';
				}

				return l === 'es'
					? can.momentum
						? 'Sube el momentum: la inercia cruza el paso y el más mínimo desvío te hace caer por la ladera.'
						: noise
							? `Añade ruido (${noiseKnobs(l)}): un empujón al azar te saca del equilibrio.`
							: 'Un η mayor amplifica el desvío que te hace bajar por la ladera.'
					: can.momentum
						? 'Raise the momentum: inertia carries you across the pass and the smallest nudge tips you downhill.'
						: noise
							? `Add noise (${noiseKnobs(l)}): a random nudge breaks the balance.`
							: 'A larger η amplifies the nudge that tips you down the slope.';
			}),
		};
	},

	'decay-pulled'(run, facts) {
		const ahead = facts.lookahead;
		const floor = run.critical.global[0];
		const lambda = run.knobs.decay;
		const short = floor ? Math.hypot(ahead.x - floor.x, ahead.y - floor.y) : Number.NaN;
		return {
			step: null,
			evidence: both((l) =>
				l === 'es'
					? `Con decay λ = ${num(lambda, l)} se detiene en ${pt(ahead.x, ahead.y, l)}, a ${num(short, l)} del fondo ${floor ? pt(floor.x, floor.y, l) : ''} y ${num(ahead.gap, l)} por encima: ahí el tirón de la fricción hacia el origen iguala la pendiente.`
					: `With decay λ = ${num(lambda, l)} it comes to rest at ${pt(ahead.x, ahead.y, l)}, ${num(short, l)} from the floor ${floor ? pt(floor.x, floor.y, l) : ''} and ${num(ahead.gap, l)} above it: there friction's pull toward the origin matches the slope.`,
			),
			why: both((l) =>
				l === 'es'
					? 'El decay multiplica la posición por (1 − λ) en cada paso: es un muelle que tira hacia el origen. En un cuenco ½k(θ − c)² el equilibrio queda en θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ), antes de c.'
					: 'Decay multiplies the position by (1 − λ) every step: a spring pulling toward the origin. In a bowl ½k(θ − c)² the balance sits at θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ), short of c.',
			),
			advice: both((l) =>
				l === 'es'
					? `Menos fricción: prueba decay ${num(lambda / 10, l)} o 0.`
					: `Less friction: try decay ${num(lambda / 10, l)} or 0.`,
			),
		};
	},

	oscillating(run, facts) {
		const {learningRate: eta, momentum: mu, temperature} = run.knobs;
		// the valley it rocks in: the floor it swings across can be much steeper than the slope
		// where the last swing happened to end
		const floor = facts.lookahead.basin ?? (facts.nearest?.kind === 'minimum' ? facts.nearest : null);
		const lambda = Math.max(facts.curvatureEnd, floor ? Math.abs(floor.curvature[1]) : 0);
		const target = criticalMomentum(eta, lambda);
		const can = unlocked(run.level.knobs);
		// a full batch (B = N) has no gradient noise: rocking there is η's doing, not heat
		const batchNoisy = batchNoise(run.level, run.knobs) > 0;
		const noisy = temperature > 0 || batchNoisy;
		const half = Math.max(1, facts.trajectory.steps - Math.floor(facts.trajectory.steps / 2));
		return {
			step: null,
			evidence: both((l) =>
				l === 'es'
					? `En la segunda mitad cambió de dirección ${facts.flips} veces en ${half} pasos, y la amplitud apenas se apagó (×${num(facts.amplitudeRatio, l, 2)} en el último cuarto). Se acabó el presupuesto a ${num(facts.endGap, l)} del fondo.`
					: `In the second half it reversed direction ${facts.flips} times in ${half} steps, and the swing hardly died down (×${num(facts.amplitudeRatio, l, 2)} over the last quarter). The budget ran out ${num(facts.endGap, l)} above the floor.`,
			),
			why: both((l) =>
				l === 'es'
					? noisy
						? 'El ruido (temperatura o batch pequeño) la sacude sin parar alrededor del fondo: nunca llega a quedarse quieta.'
						: mu > 0
							? `Con tanta inercia la pelota sube por la otra ladera y vuelve: está subamortiguada (μ = ${num(mu, l)} por encima del amortiguamiento crítico).`
							: 'Cada paso cruza el fondo del valle y cae en la ladera de enfrente: zigzaguea en vez de bajar.'
					: noisy
						? 'The noise (temperature or a small batch) keeps shaking it around the floor: it never gets to stand still.'
						: mu > 0
							? `With so much inertia the ball climbs the far slope and comes back: it is under-damped (μ = ${num(mu, l)}, above critical damping).`
							: 'Every step crosses the valley floor and lands on the opposite slope: it zigzags instead of going down.',
			),
			advice: both((l) => {
				const spec = run.level.knobs;
				if (noisy) {
					const cool =
						l === 'es'
							? [temperature > 0 && can.temperature ? 'menos temperatura' : '', batchNoisy && can.batch ? 'un batch mayor' : '', can.annealing || can.warmRestarts ? 'un schedule que reduzca η al final' : '']
							: [temperature > 0 && can.temperature ? 'less temperature' : '', batchNoisy && can.batch ? 'a bigger batch' : '', can.annealing || can.warmRestarts ? 'a schedule that shrinks η at the end' : ''];
					const chosen = cool.filter(Boolean);
					return (l === 'es' ? 'Enfría el sistema: ' : 'Cool the system: ') + (chosen.length > 0 ? chosen.join(l === 'es' ? ', o ' : ', or ') : l === 'es' ? 'menos ruido' : 'less noise') + '.';
				}

				if (can.momentum && mu > 0) {
					const lookAhead =
						can.nesterov && !run.knobs.nesterov
							? l === 'es'
								? ' O activa la mirada adelante (Nesterov): siente la pendiente de donde va a caer y frena antes de la pared.'
								: ' Or turn on look-ahead (Nesterov): it feels the slope where it is about to land and brakes before the wall.'
							: '';
					const range = spec.momentum;
					if (range && target < range.min) {
						// this level will not let μ go that low: bring η to the critical value for this μ instead
						const eta = within(spec, 'learningRate', (1 - Math.sqrt(mu)) ** 2 / lambda);
						return l === 'es'
							? `Con μ = ${num(mu, l)} el amortiguamiento crítico pide η ≈ ${num(eta, l)} (curvatura ${num(lambda, l)}); baja η hacia ese valor.${lookAhead}`
							: `With μ = ${num(mu, l)}, critical damping wants η ≈ ${num(eta, l)} (curvature ${num(lambda, l)}); lower η toward it.${lookAhead}`;
					}

					return l === 'es'
						? `Ajusta el momentum hacia el amortiguamiento crítico: con η = ${num(eta, l)} y curvatura ${num(lambda, l)}, μ ≈ ${num(within(spec, 'momentum', target), l)}; o baja η.${lookAhead}`
						: `Tune momentum toward critical damping: with η = ${num(eta, l)} and curvature ${num(lambda, l)}, μ ≈ ${num(within(spec, 'momentum', target), l)}; or lower η.${lookAhead}`;
				}

				const straight = within(spec, 'learningRate', 1 / lambda);
				// In a long ravine a lower η stops the zigzag but crawls along the floor: the gentle
				// direction needs inertia too (Goh's best pair).
				const [low, high] = curvatures(run, facts);
				if (can.momentum && mu === 0 && low > 0 && high / low >= 10) {
					const best = bestMomentum(low, high);
					return l === 'es'
						? `Baja η hacia ${num(straight, l)} para dejar de zigzaguear entre las paredes (curvatura ${num(high, l)}); y como el fondo es casi llano (curvatura ${num(low, l)}), añade momentum: prueba μ ≈ ${num(within(spec, 'momentum', best.momentum), l)} con η ≈ ${num(within(spec, 'learningRate', best.eta), l)}.`
						: `Lower η toward ${num(straight, l)} to stop zigzagging between the walls (curvature ${num(high, l)}); and since the floor is almost flat (curvature ${num(low, l)}), add momentum: try μ ≈ ${num(within(spec, 'momentum', best.momentum), l)} with η ≈ ${num(within(spec, 'learningRate', best.eta), l)}.`;
				}

				const settle =
					can.annealing || can.warmRestarts
						? l === 'es'
							? ` O deja que un schedule (${can.warmRestarts ? 'warm-restarts' : 'cosine o step'}) encoja η al final: pasos grandes para llegar, pequeños para asentarse.`
							: ` Or let a schedule (${can.warmRestarts ? 'warm-restarts' : 'cosine or step'}) shrink η at the end: big steps to get there, small ones to settle.`
						: '';
				return l === 'es'
					? `Baja η: con curvatura ${num(lambda, l)} el paso que va directo al fondo es η ≈ ${num(straight, l)}.${settle}`
					: `Lower η: with curvature ${num(lambda, l)} the step that goes straight to the floor is η ≈ ${num(straight, l)}.${settle}`;
			}),
		};
	},

	'too-slow'(run, facts) {
		const {learningRate: eta} = run.knobs;
		const n = facts.trajectory.steps;
		const can = unlocked(run.level.knobs);
		const lambda = facts.curvatureEnd;
		const limit = maxStableEta(Math.max(lambda, facts.curvatureStart), run.knobs.momentum);
		const lastEta = facts.trajectory.eta[n]!;
		// progress under 1% of the way: it barely moved (a plateau, or η shrunk to nothing)
		const barely = facts.endGap > 0.99 * facts.startGap;
		const steps = (l: 'es' | 'en') => (n === 1 ? (l === 'es' ? '1 paso' : '1 step') : l === 'es' ? `${n} pasos` : `${n} steps`);
		// a schedule that shrank η to a sliver long before the end
		const scheduleStalled = run.knobs.schedule.kind !== 'constant' && lastEta < eta / 10;
		return {
			step: null,
			evidence: both((l) =>
				l === 'es'
					? `Tras ${steps(l)} ${barely ? 'apenas se había movido' : 'seguía bajando'}: la pérdida pasó de ${num(facts.startGap, l)} a ${num(facts.endGap, l)} sobre el fondo (hacía falta ≤ ${num(run.level.tolerance, l)}); pendiente final |∇f| = ${num(facts.trajectory.grad[n]!, l)}, paso final η = ${num(lastEta, l)}.`
					: `After ${steps(l)} it ${barely ? 'had hardly moved' : 'was still going down'}: the loss went from ${num(facts.startGap, l)} to ${num(facts.endGap, l)} above the floor (≤ ${num(run.level.tolerance, l)} was needed); final slope |∇f| = ${num(facts.trajectory.grad[n]!, l)}, final step size η = ${num(lastEta, l)}.`,
			),
			why: both((l) =>
				eta < limit / 2
					? l === 'es'
						? 'El paso es η·|∇f|: con una pendiente suave y un η pequeño, cada paso avanza muy poco, como caminar por un llano.'
						: 'A step is η·|∇f|: on a gentle slope with a small η every step covers very little ground, like walking on flat land.'
					: l === 'es'
						? 'Las paredes empinadas del valle no dejan subir η sin rebotar, y a lo largo del fondo, casi llano, ese mismo η apenas avanza: caminar en terreno plano.'
						: 'The steep walls of the valley keep η from growing without bouncing, and along the almost flat floor that same η barely moves: walking on flat ground.',
			),
			advice: both((l) => {
				const spec = run.level.knobs;
				const mu = run.knobs.momentum;
				if (scheduleStalled) {
					return l === 'es'
						? `El schedule encogió η de ${num(eta, l)} a ${num(lastEta, l)}: frena demasiado pronto. Deja que η baje más tarde o menos (un periodo más largo, un factor más cercano a 1, o el schedule constant).`
						: `The schedule shrank η from ${num(eta, l)} to ${num(lastEta, l)}: it brakes too early. Let η shrink later or less (a longer period, a factor closer to 1, or the constant schedule).`;
				}

				const suggestion = within(spec, 'learningRate', Math.min(eta * 10, limit / 2));
				if (eta < limit / 2 && suggestion <= eta) {
					// the level's range stops η here: only inertia can add speed, up to 1/(1 − μ) times
					const mom = within(spec, 'momentum', Math.max(0.9, mu));
					const floor = run.critical.global[0];
					const distance = floor ? Math.hypot(floor.x - facts.trajectory.x[n]!, floor.y - facts.trajectory.y[n]!) : 0;
					const reach = ((eta * facts.trajectory.grad[n]!) / (1 - mom)) * run.level.budget;
					const inertiaHelps = can.momentum && mu < mom && reach >= 0.1 * distance;
					return l === 'es'
						? inertiaHelps
							? `η ya está en el máximo de este nivel (${num(eta, l)}) y la pendiente es demasiado suave para notarla: añade momentum, prueba μ ≈ ${num(mom, l)}, para que la inercia acumule velocidad.`
							: `η ya está en el máximo de este nivel (${num(eta, l)}): el terreno es tan llano que ningún paso permitido lo cruza a tiempo; es caminar en terreno plano.`
						: inertiaHelps
							? `η is already at this level's maximum (${num(eta, l)}) and the slope is too gentle to feel: add momentum, try μ ≈ ${num(mom, l)}, so inertia builds up speed.`
							: `η is already at this level's maximum (${num(eta, l)}): the ground is so flat that no allowed step crosses it in time; this is walking on flat ground.`;
				}

				if (eta < limit / 2) {
					return l === 'es'
						? `Sube la tasa de aprendizaje: prueba η ≈ ${num(suggestion, l)} (el límite de estabilidad aquí es η < (2 + 2μ)/λ = ${num(limit, l)})${can.momentum ? ', o añade momentum para acelerar en la dirección constante' : ''}.`
						: `Raise the learning rate: try η ≈ ${num(suggestion, l)} (the stability limit here is η < (2 + 2μ)/λ = ${num(limit, l)})${can.momentum ? ', or add momentum to speed up along the steady direction' : ''}.`;
				}

				// η is already as large as the steepest direction allows: the gentle one needs inertia.
				const [low, high] = curvatures(run, facts);
				const best = bestMomentum(Math.max(low, high * 1e-6), high);
				if (can.momentum && mu < best.momentum) {
					return l === 'es'
						? `η ya está cerca de su límite ${num(limit, l)} (curvatura más fuerte ${num(high, l)}); la dirección suave (curvatura ${num(low, l)}) necesita inercia: prueba μ ≈ ${num(within(spec, 'momentum', best.momentum), l)} con η ≈ ${num(within(spec, 'learningRate', best.eta), l)}.`
						: `η is already near its limit ${num(limit, l)} (steepest curvature ${num(high, l)}); the gentle direction (curvature ${num(low, l)}) needs inertia: try μ ≈ ${num(within(spec, 'momentum', best.momentum), l)} with η ≈ ${num(within(spec, 'learningRate', best.eta), l)}.`;
				}

				return l === 'es'
					? `η ya está cerca de su límite ${num(limit, l)}: ${can.annealing || can.warmRestarts ? 'un schedule puede dar pasos grandes al principio y pequeños al final' : 'con estos mandos el valle es demasiado alargado para el presupuesto; busca el η más grande que no rebote'}.`
					: `η is already near its limit ${num(limit, l)}: ${can.annealing || can.warmRestarts ? 'a schedule can take big steps first and small ones at the end' : 'with these knobs the valley is too long for the budget; look for the largest η that does not bounce'}.`;
			}),
		};
	},
};
