/** The command-line flag of each knob (`--lr` for the learning rate…): advice, errors and help name knobs by it. */
import type {KnobName} from './types.js';

export const KNOB_FLAGS: Record<KnobName, string> = {
	learningRate: '--lr',
	momentum: '--momentum',
	decay: '--decay',
	schedule: '--schedule',
	temperature: '--temperature',
	batchSize: '--batch',
	restarts: '--restarts',
	nesterov: '--nesterov',
};
