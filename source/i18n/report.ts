/** The words of a run's report for people (`descenso run` without `--json`). */
import type {Catalogue} from './index.js';

export const REPORT_TEXT = {
	level: {es: 'Nivel', en: 'Level'},
	knobs: {es: 'Parámetros', en: 'Knobs'},
	result: {es: 'Resultado', en: 'Result'},
	success: {es: 'ÉXITO', en: 'SUCCESS'},
	failure: {es: 'FALLO', en: 'FAILED'},
	score: {es: 'Puntuación', en: 'Score'},
	breakdown: {es: 'cercanía {closeness} + rapidez {speed}', en: 'closeness {closeness} + speed {speed}'},
	steps: {es: 'Pasos', en: 'Steps'},
	arrived: {es: 'llegó en el paso {step}', en: 'arrived at step {step}'},
	final: {es: 'Final', en: 'Final'},
	floor: {es: 'Mínimo global', en: 'Global minimum'},
	loss: {es: 'pérdida', en: 'loss'},
	what: {es: 'Qué pasó', en: 'What happened'},
	why: {es: 'Por qué', en: 'Why'},
	advice: {es: 'Qué cambiar', en: 'What to change'},
	curve: {es: 'Curva de pérdida', en: 'Loss curve'},
	share: {es: 'Código para compartir', en: 'Share code'},
	replay: {es: 'Repetir', en: 'Replay'},
	model: {es: 'Modelo', en: 'Model'},
	curvature: {es: 'Curvatura (todas las direcciones)', en: 'Curvature (every direction)'},
	curvatureStart: {es: 'al inicio λ de {lowest} a {highest}{kappa}', en: 'start λ {lowest} to {highest}{kappa}'},
	curvatureEnd: {es: 'al final de {lowest} a {highest}{kappa}', en: 'end {lowest} to {highest}{kappa}'},
	curvatureMinimum: {es: 'en el mínimo de {lowest} a {highest}{kappa}', en: 'minimum {lowest} to {highest}{kappa}'},
	curvatureKappa: {es: ' (κ = {kappa})', en: ' (κ = {kappa})'},
	curvatureEverywhere: {es: 'λ de {lowest} a {highest}{kappa}, igual en todas partes', en: 'λ {lowest} to {highest}{kappa}, the same everywhere'},
	modelLine: {es: '{kind}, {parameters} parámetros; {measure} al final {final}, en el mínimo {minimum}', en: '{kind}, {parameters} parameters; {measure} at the end {final}, at the minimum {minimum}'},
	accuracy: {es: 'aciertos', en: 'accuracy'},
	r2: {es: 'R²', en: 'R²'},
	yes: {es: 'sí', en: 'yes'},
	no: {es: 'no', en: 'no'},
} satisfies Catalogue;

/** How the report names each knob: the symbols of the step rule. */
export const PARAM_SYMBOLS: Record<string, {es: string; en: string}> = {
	learningRate: {es: 'η', en: 'η'},
	momentum: {es: 'μ', en: 'μ'},
	decay: {es: 'λ', en: 'λ'},
	schedule: {es: 'schedule', en: 'schedule'},
	temperature: {es: 'T', en: 'T'},
	batchSize: {es: 'batch', en: 'batch'},
	restarts: {es: 'reinicios', en: 'restarts'},
	nesterov: {es: 'Nesterov', en: 'Nesterov'},
	seed: {es: 'semilla', en: 'seed'},
};
