/** Tail-only climbs (scoring only) of the 2-D and the n-D descent. */

/**
 * What a tail-only climb (scoring only) needs: the floor its arrival is measured against, and
 * whether it may stop once it has left the map. That is exact for a run's last climber: a run
 * whose counted climber left the map scores 0 whatever it does next, a climber that left can
 * only count when every climber did, and nothing after the last one draws from the generator
 * (the earlier climbers must go on: the steps they take count toward a later one's arrival).
 */
export type TailOnly = {minLoss: number; tolerance: number; stopOffMap: boolean};

/** The tail-only rule of a run's climbers (none for a whole run): `last` is the one for its last climber. */
export function tailRules(minLoss: number, tolerance: number): {each: TailOnly; last: TailOnly} {
	return {each: {minLoss, tolerance, stopOffMap: false}, last: {minLoss, tolerance, stopOffMap: true}};
}
