/**
 * Closed forms for a quadratic valley with curvatures λ (DESIGN §2; Goh, "Why Momentum Really
 * Works", 2017). The diagnoses, the stability map and the tutorial quote these.
 */

/** The largest stable η for curvature λ and momentum μ: η·λ < 2 + 2μ. */
export function maxStableEta(curvature: number, momentum = 0): number {
	return (2 + 2 * momentum) / curvature;
}

/** Momentum that critically damps curvature λ at rate η: μ = (1 − sqrt(η·λ))². */
export function criticalMomentum(eta: number, curvature: number): number {
	const r = 1 - Math.sqrt(eta * curvature);
	return r * r;
}

/**
 * The per-step contraction of the error along one curvature: the spectral radius of the
 * heavy-ball iteration [[1 + μ − ηλ, −μ], [1, 0]]. Below 1 converges; ≥ 1 diverges.
 */
export function convergenceRate(eta: number, momentum: number, curvature: number): number {
	const b = 1 + momentum - eta * curvature;
	const disc = b * b - 4 * momentum;
	if (disc < 0) return Math.sqrt(momentum);
	const root = Math.sqrt(disc);
	return Math.max(Math.abs(b + root), Math.abs(b - root)) / 2;
}

/** The slowest rate over all curvatures of the valley: what the whole run converges at. */
export function worstRate(eta: number, momentum: number, curvatures: readonly number[]): number {
	let worst = 0;
	for (const c of curvatures) worst = Math.max(worst, convergenceRate(eta, momentum, c));
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
export function damping(eta: number, momentum: number, curvature: number): 'under' | 'critical' | 'over' {
	const b = 1 + momentum - eta * curvature;
	const disc = b * b - 4 * momentum;
	const scale = Math.max(1e-12, 4 * momentum);
	if (Math.abs(disc) <= 1e-9 * scale) return 'critical';
	return disc < 0 ? 'under' : 'over';
}
