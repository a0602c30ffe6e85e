/**
 * Closed forms for a quadratic valley with curvatures λ (README, “How a step works”; Goh, "Why Momentum Really
 * Works", 2017). The diagnoses, the stability map and the tutorial quote these.
 */

/**
 * The step rule as the closed forms see it: momentum μ, look-ahead (Nesterov) and decay λ_d
 * (θ ← θ·(1 − λ_d) after the step). All default to the plain rule.
 */
export type Rule = {momentum?: number; nesterov?: boolean; decay?: number};

/**
 * The trace and determinant of the one-step matrix on (θ, v) along a curvature λ:
 * heavy ball  [[(1−d)(1−ηλ), −(1−d)μ], [ηλ, μ]];
 * look-ahead  [[(1−d)(1−ηλ), −(1−d)μ(1−ηλ)], [ηλ, μ(1−ηλ)]].
 */
function stepMatrix(eta: number, curvature: number, rule: Rule): {trace: number; det: number} {
	const mu = rule.momentum ?? 0;
	const d = rule.decay ?? 0;
	const x = eta * curvature;
	if (rule.nesterov && mu > 0) return {trace: (1 - x) * (1 - d + mu), det: (1 - d) * mu * (1 - x)};
	return {trace: (1 - d) * (1 - x) + mu, det: (1 - d) * mu};
}

/**
 * The largest stable η·λ, where an eigenvalue of the step reaches −1: 2 + 2μ for the heavy
 * ball, (2 + 2μ)/(1 + 2μ) with look-ahead; decay d moves both to 1 + (1 + 2μ − dμ)/(1 − d) and
 * 1 + 1/(1 − d + 2μ − dμ).
 */
export function stableProduct(rule: Rule = {}): number {
	const mu = rule.momentum ?? 0;
	const d = rule.decay ?? 0;
	if (rule.nesterov && mu > 0) return 1 + 1 / (1 - d + 2 * mu - d * mu);
	return 1 + (1 + 2 * mu - d * mu) / (1 - d);
}

/** The formula of {@link stableProduct} as the texts write it (decay left out: it moves the limit little). */
export function stableProductFormula(rule: Rule = {}): '2' | '2 + 2μ' | '(2 + 2μ)/(1 + 2μ)' {
	const mu = rule.momentum ?? 0;
	if (mu === 0) return '2';
	return rule.nesterov ? '(2 + 2μ)/(1 + 2μ)' : '2 + 2μ';
}

/** The largest stable η for curvature λ: η·λ < {@link stableProduct}. A number for μ alone keeps the heavy-ball form. */
export function maxStableEta(curvature: number, rule: Rule | number = 0): number {
	return stableProduct(typeof rule === 'number' ? {momentum: rule} : rule) / curvature;
}

/** Momentum that critically damps curvature λ at rate η: μ = (1 − sqrt(η·λ))². */
export function criticalMomentum(eta: number, curvature: number): number {
	const r = 1 - Math.sqrt(eta * curvature);
	return r * r;
}

/** The rate η that critically damps curvature λ at momentum μ: η = (1 − sqrt(μ))²/λ. */
export function criticalEta(momentum: number, curvature: number): number {
	return (1 - Math.sqrt(momentum)) ** 2 / curvature;
}

/**
 * The per-step contraction of the error along one curvature: the spectral radius of the step
 * matrix (heavy ball [[1 + μ − ηλ, −μ], [1, 0]] by default). Below 1 converges; ≥ 1 diverges.
 * A number for the fourth argument is μ alone (the heavy ball).
 */
export function convergenceRate(eta: number, momentum: number, curvature: number, rule: Omit<Rule, 'momentum'> = {}): number {
	const {trace, det} = stepMatrix(eta, curvature, {...rule, momentum});
	const disc = trace * trace - 4 * det;
	if (disc < 0) return Math.sqrt(det);
	const root = Math.sqrt(disc);
	return Math.max(Math.abs(trace + root), Math.abs(trace - root)) / 2;
}

/** The slowest rate over all curvatures of the valley: what the whole run converges at. */
export function worstRate(eta: number, momentum: number, curvatures: readonly number[], rule: Omit<Rule, 'momentum'> = {}): number {
	let worst = 0;
	for (const c of curvatures) worst = Math.max(worst, convergenceRate(eta, momentum, c, rule));
	return worst;
}

/** Best plain-descent rate η = 2/(λ₁ + λₙ), with its contraction (κ − 1)/(κ + 1). */
export function bestPlain(low: number, high: number): {eta: number; rate: number} {
	const kappa = high / low;
	return {eta: 2 / (low + high), rate: (kappa - 1) / (kappa + 1)};
}

/** Best heavy-ball pair: η = (2/(√λ₁ + √λₙ))², μ = ((√κ − 1)/(√κ + 1))², rate (√κ − 1)/(√κ + 1). */
export function bestMomentum(low: number, high: number): {eta: number; momentum: number; rate: number} {
	const sk = Math.sqrt(high / low);
	const eta = (2 / (Math.sqrt(low) + Math.sqrt(high))) ** 2;
	const rate = (sk - 1) / (sk + 1);
	return {eta, momentum: rate * rate, rate};
}

/**
 * Where decay parks a climber in the bowl ½k(θ − c)² (per coordinate):
 * θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ).
 */
export function decayRestingPoint(eta: number, momentum: number, decay: number, curvature: number, center: number): number {
	const pull = eta * curvature * (1 - decay);
	return (pull * center) / (pull + (1 - momentum) * decay);
}

/** Damping regime of one curvature: under-damped rocks, over-damped creeps. */
export function damping(eta: number, momentum: number, curvature: number, rule: Omit<Rule, 'momentum'> = {}): 'under' | 'critical' | 'over' {
	const {trace, det} = stepMatrix(eta, curvature, {...rule, momentum});
	const disc = trace * trace - 4 * det;
	const scale = Math.max(1e-12, 4 * Math.abs(det));
	if (Math.abs(disc) <= 1e-9 * scale) return 'critical';
	return disc < 0 ? 'under' : 'over';
}

/**
 * The noise scale of minibatch gradient descent (Smith & Le 2018): η·(N/B − 1), zero at the full
 * batch. It plays the part a temperature plays in Langevin noise.
 */
export function noiseScale(eta: number, datasetSize: number, batchSize: number): number {
	return eta * (datasetSize / batchSize - 1);
}
