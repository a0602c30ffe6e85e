/** Reveals a finished run step by step (the physics is already computed; this only animates). */
import {useEffect, useState} from 'react';

/** Frames a whole run takes to reveal, whatever its length. */
const FRAMES = 60;

/**
 * The index of the last step to draw: grows from 0 to `total` over about two seconds, or is
 * `total` at once when `animate` is false. Changing `key` starts over (a replay).
 */
export function useReveal(total: number, animate: boolean, key: unknown): number {
	const [upTo, setUpTo] = useState(animate ? 0 : total);
	useEffect(() => {
		if (!animate) {
			setUpTo(total);
			return;
		}

		setUpTo(0);
		const stride = Math.max(1, Math.ceil(total / FRAMES));
		const timer = setInterval(() => {
			setUpTo((value) => {
				const next = Math.min(total, value + stride);
				if (next >= total) clearInterval(timer);
				return next;
			});
		}, 33);
		return () => clearInterval(timer);
	}, [total, animate, key]);
	return Math.min(upTo, total);
}
