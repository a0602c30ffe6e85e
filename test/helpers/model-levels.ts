/** Model levels built in code for tests: small real models whose curvature has a closed form. */
import type {ModelData} from '../../source/engine/model/model.js';
import type {Level, ModelTerm} from '../../source/engine/types.js';
import {DATA_DIR, modelData, readDataSet} from '../../source/levels/data.js';
import {parseOrThrow} from './levels.js';

/** A model term's data read from the shipped data sets and prepared as a level would (throws on a bad term). */
export function loadedModel(term: Omit<ModelTerm, 'type'>): ModelData {
	const data = readDataSet(term.data, [DATA_DIR]);
	if (!data.ok) throw new Error(data.message);
	const made = modelData({type: 'model', ...term}, data.value);
	if (!made.ok) throw new Error(made.message);
	return made.value;
}

/** A linear model on three standardized cars features: four parameters, Hessian XᵀX/N + l2·I everywhere; `extra` overrides any field. */
export function fourParameterLevel(extra: Record<string, unknown> = {}): Level {
	return parseOrThrow({
		id: 'test-linear-four',
		world: 9,
		order: 1,
		title: {es: 'Cuatro parámetros', en: 'Four parameters'},
		briefing: {es: 'Un nivel de prueba.', en: 'A test level.'},
		terrain: [
			{
				type: 'model',
				model: 'linear',
				data: 'cars.json',
				features: ['Acceleration', 'Horsepower', 'Weight_in_lbs'],
				target: 'Miles_per_Gallon',
				standardize: true,
				l2: 0.01,
				init: {seed: 3, scale: 1},
				limit: 300,
			},
		],
		bounds: {x: [-4, 4], y: [-4, 4]},
		budget: 200,
		tolerance: 0.01,
		visibility: 'map',
		knobs: {learningRate: {min: 0.0001, max: 10, default: 0.1}},
		stars: [300, 600, 900],
		...extra,
	});
}
