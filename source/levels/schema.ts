/**
 * Level files (README, “Level files”), step one: the shape. Parsing answers "is this a well-formed level
 * object?"; semantic validation (validate.ts) answers "is it a playable level?".
 */
import {z} from 'zod';

const text = z.strictObject({es: z.string().min(1), en: z.string().min(1)});
const pair = z.tuple([z.number(), z.number()]);
const positive = z.number().positive();
const center = pair;

const term = z.discriminatedUnion('type', [
	z.strictObject({type: z.literal('bowl'), center, curvature: z.tuple([z.number().nonnegative(), z.number().nonnegative()]), angle: z.number().optional()}),
	z.strictObject({type: z.literal('saddle'), center, curvature: z.tuple([positive, positive]), angle: z.number().optional()}),
	z.strictObject({type: z.literal('well'), center, depth: positive, width: positive}),
	z.strictObject({type: z.literal('hill'), center, height: positive, width: positive}),
	z.strictObject({type: z.literal('ripples'), center, amplitude: z.number().nonnegative(), wavelength: positive, angle: z.number().optional()}),
	z.strictObject({type: z.literal('tilt'), slope: pair}),
	z.strictObject({type: z.literal('rosenbrock'), center, a: z.number().optional(), b: positive.optional(), scale: positive.optional()}),
	z.strictObject({type: z.literal('himmelblau'), center, scale: positive.optional()}),
	z.strictObject({
		type: z.literal('model'),
		model: z.enum(['linear', 'softmax', 'mlp']),
		data: z.string().min(1).max(64),
		features: z.array(z.string().min(1).max(64)).min(1).max(16),
		target: z.string().min(1).max(64),
		standardize: z.boolean().optional(),
		hidden: z.number().int().min(1).max(32).optional(),
		l2: z.number().nonnegative().max(10).optional(),
		init: z.union([z.strictObject({seed: z.number().int(), scale: z.number().nonnegative().max(10)}), z.strictObject({value: z.number().min(-10).max(10)})]).optional(),
		limit: positive.max(1e6).optional(),
	}),
]);

const range = z.strictObject({min: z.number(), max: z.number(), default: z.number()});

export const TERM_TYPES = ['bowl', 'saddle', 'well', 'hill', 'ripples', 'tilt', 'rosenbrock', 'himmelblau', 'model'] as const;

export const levelShape = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes, at most 64'),
	world: z.number().int().min(0).max(99),
	order: z.number().int().min(0).max(999),
	title: text,
	briefing: text,
	lesson: text.optional(),
	terrain: z.array(term).min(1),
	bounds: z.strictObject({x: pair, y: pair}),
	/** required but for a model with more than two parameters, which starts at its `init` */
	start: pair.optional(),
	budget: z.number().int().positive(),
	tolerance: positive,
	visibility: z.enum(['map', 'fog', 'blind']),
	knobs: z.strictObject({
		learningRate: range,
		momentum: range.optional(),
		decay: range.optional(),
		schedule: z
			.strictObject({
				allowed: z.array(z.enum(['constant', 'step', 'cosine', 'warm-restarts'])).min(1),
				default: z.enum(['constant', 'step', 'cosine', 'warm-restarts']),
			})
			.optional(),
		temperature: range.optional(),
		batchSize: range.optional(),
		restarts: range.optional(),
		nesterov: z.strictObject({default: z.boolean()}).optional(),
	}),
	stars: z.tuple([z.number(), z.number(), z.number()]),
	dataset: z.strictObject({size: z.number().int().positive(), spread: z.number().nonnegative()}).optional(),
});

export type LevelShape = z.infer<typeof levelShape>;
