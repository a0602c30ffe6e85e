/** Texts of the flight recorder (the dashboard) and of the stability map. */
import type {Catalogue} from './index.js';

export const DASHBOARD_TEXT = {
	tooSmall: {
		es: 'Terminal demasiado pequeña ({columns}×{rows}); hace falta {minColumns}×{minRows}. Agrándala o pulsa q.',
		en: 'Terminal too small ({columns}×{rows}); {minColumns}×{minRows} needed. Enlarge it or press q.',
	},
	noTty: {
		es: 'el registrador de vuelo necesita una terminal interactiva; sin ella usa descenso run {ref}',
		en: 'the flight recorder needs an interactive terminal; without one use descenso run {ref}',
	},
	missingRef: {
		es: 'falta el nivel o el código: descenso dashboard <id de nivel | archivo.json | código DSC1.…>',
		en: 'missing level or code: descenso dashboard <level id | file.json | DSC1.… code>',
	},
	extraArgs: {es: 'sobra "{value}"; descenso dashboard toma un solo nivel o código', en: 'unexpected "{value}"; descenso dashboard takes one level or code'},
	badCode: {es: 'código no válido: {reason}', en: 'invalid share code: {reason}'},
	codeAndKnobs: {
		es: 'un código ya trae sus parámetros; quita {flag}',
		en: 'a share code already carries its knobs; drop {flag}',
	},
	codeLevelMissing: {
		es: 'el código es del nivel "{level}", que no está aquí (¿falta --levels?)',
		en: 'the code is for level "{level}", which is not here (missing --levels?)',
	},
	codeLevelChanged: {
		es: 'el código es de otra versión del nivel "{level}" (el hash no coincide)',
		en: 'the code is for another version of level "{level}" (the hash does not match)',
	},
	codeKnobs: {es: 'el código trae parámetros que este nivel no acepta: {reason}', en: 'the code carries knobs this level does not accept: {reason}'},
	failed: {es: 'no se pudo abrir el registrador de vuelo: {reason}', en: 'could not open the flight recorder: {reason}'},

	title: {es: 'Registrador de vuelo — {level}', en: 'Flight recorder — {level}'},
	lossPanel: {es: 'Pérdida por paso (log10 de pérdida − mínimo)', en: 'Loss per step (log10 of loss − minimum)'},
	lossLegend: {es: 'log10(f − f*)', en: 'log10(f − f*)'},
	floorLegend: {es: 'mínimo global', en: 'global minimum'},
	toleranceLegend: {es: 'tolerancia', en: 'tolerance'},
	speedPanel: {es: 'Velocidad |v| y tasa η por paso', en: 'Speed |v| and rate η per step'},
	speedPanelLog: {es: 'Velocidad |v| y tasa η por paso (log10)', en: 'Speed |v| and rate η per step (log10)'},
	speedLegend: {es: '|v|', en: '|v|'},
	etaLegend: {es: 'η', en: 'η'},
	mapPanel: {es: 'Terreno y camino (· curvas de nivel, o inicio, ★ mínimo)', en: 'Terrain and path (· contours, o start, ★ minimum)'},
	mapPanelAscii: {es: 'Terreno y camino (. curvas de nivel, o inicio, * mínimo)', en: 'Terrain and path (. contours, o start, * minimum)'},
	parPanel: {es: 'Escaladores al azar: puntuaciones (▲ = tú)', en: 'Random climbers: scores (▲ = you)'},
	stepPanel: {es: 'Longitud de los pasos (log10; ▲ = último)', en: 'Step lengths (log10; ▲ = last)'},
	scorePanel: {es: 'Puntuación {score}/1000 · {stars}', en: 'Score {score}/1000 · {stars}'},
	eventsPanel: {es: 'Sucesos del vuelo', en: 'Flight events'},
	eventsShort: {es: 'Sucesos', en: 'Events'},
	diagnosisPanel: {es: 'Diagnóstico', en: 'Diagnosis'},
	keys: {es: ' q / Esc / Ctrl+C: cerrar ', en: ' q / Esc / Ctrl+C: close '},
	keysShort: {es: 'q/Esc: cerrar', en: 'q/Esc: close'},
	tabKey: {es: 'Tab', en: 'Tab'},
	scoreShort: {es: '{score}/1000 {stars}', en: '{score}/1000 {stars}'},
	scrollKeys: {es: '↑↓ RePág AvPág', en: '↑↓ PgUp PgDn'},
	knobsLine: {es: 'η={eta} μ={momentum} decay={decay} semilla={seed}', en: 'η={eta} μ={momentum} decay={decay} seed={seed}'},

	eventStart: {es: 'paso {step}: salida desde {point}, pérdida {loss}', en: 'step {step}: set off from {point}, loss {loss}'},
	eventFlip: {es: 'paso {step}: primer cambio de sentido (rebote)', en: 'step {step}: first reversal of direction (a bounce)'},
	eventExplosion: {es: 'paso {step}: ¡explosión! la pérdida supera 10× la inicial', en: 'step {step}: explosion! the loss exceeds 10× the start'},
	eventBlewUp: {es: 'paso {step}: los números se desbordan', en: 'step {step}: the numbers overflow'},
	eventLeft: {es: 'paso {step}: se salió del mapa', en: 'step {step}: rolled off the map'},
	eventArrival: {es: 'paso {step}: llegó al valle más profundo (dentro de la tolerancia)', en: 'step {step}: reached the deepest valley (within tolerance)'},
	eventSettled: {es: 'paso {step}: se asentó (pasos de menos de {size})', en: 'step {step}: settled (steps shorter than {size})'},
	eventEnd: {es: 'paso {step}: fin, pérdida {loss}', en: 'step {step}: end, loss {loss}'},

	mapTitle: {es: 'Mapa de estabilidad (η, μ)', en: 'Stability map (η, μ)'},
	mapTitlePlain: {es: 'Mapa de estabilidad (η, sin momentum)', en: 'Stability map (η, no momentum)'},
	mapNotQuadratic: {
		es: 'El mapa de estabilidad solo vale para valles cuadráticos (cuencos).',
		en: 'The stability map only holds for quadratic valleys (bowls).',
	},
	mapLegend: {
		es: '{fast} rápido {mid} medio {slow} lento {diverge} diverge  {you} tú  {best} óptimo',
		en: '{fast} fast {mid} medium {slow} slow {diverge} diverges  {you} you  {best} optimum',
	},
	mapYou: {
		es: 'Tú: η={eta} μ={momentum} → tasa {rate}{steps}',
		en: 'You: η={eta} μ={momentum} → rate {rate}{steps}',
	},
	mapBest: {
		es: 'Óptimo: η*={eta} μ*={momentum} → tasa {rate}{steps}',
		en: 'Optimum: η*={eta} μ*={momentum} → rate {rate}{steps}',
	},
	mapStep: {es: ', ×1000 en 1 paso', en: ', ×1000 in 1 step'},
	mapSteps: {es: ', ×1000 en {steps} pasos', en: ', ×1000 in {steps} steps'},
	mapDiverges: {es: ' (diverge)', en: ' (diverges)'},
	mapAxis: {es: 'η (escala log) →', en: 'η (log scale) →'},
	mapTooSmall: {es: 'Mapa de estabilidad: falta espacio', en: 'Stability map: not enough room'},
} satisfies Catalogue;
