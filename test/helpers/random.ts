/**
 * mulberry32: a small seeded generator for building test data (noisy training logs). The same
 * numbers on every run, and the same as `scripts/doctor-fixtures.mjs` and `bench/doctor.mjs` draw.
 */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
