/** The first three rows of the table, which are all the score needs: cheap, no look-ahead. */
import type {ScoreFacts} from '../analysis.js';
import type {Run} from '../types.js';

/** Null when the run failed in one of the other ways. */
export function outcomeCode(run: Run, facts: ScoreFacts): 'diverged' | 'left-map' | 'reached-global' | null {
	if (
		facts.blewUp ||
		facts.endGap > 10 * facts.startGap ||
		(facts.growing && facts.endGap > facts.startGap) ||
		(facts.swelling && facts.endGap > run.level.tolerance)
	) {
		return 'diverged';
	}

	if (facts.leftAt !== null) return 'left-map';
	if (facts.endGap <= run.level.tolerance) return 'reached-global';
	return null;
}
