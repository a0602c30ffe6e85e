/**
 * The store's writes still under way in this process, so that a signal can let them finish
 * before the process exits. Kept apart from json-file.ts so that the game can wait on them
 * without loading the store.
 */
const inFlight = new Set<Promise<unknown>>();

/** Registers a write; it is forgotten once it settles. Returns the same promise. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
	inFlight.add(write);
	const forget = () => inFlight.delete(write);
	write.then(forget, forget);
	return write;
}

/** Resolves once every write under way has settled, or after `timeoutMs`, whichever is first. */
export async function writesSettled(timeoutMs: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<void>((resolve) => {
		timer = setTimeout(resolve, timeoutMs);
	});
	await Promise.race([Promise.allSettled([...inFlight]).then(() => undefined), timeout]);
	clearTimeout(timer);
}
