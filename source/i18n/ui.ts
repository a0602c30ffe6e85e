/** Texts of the game's screens. */
import type {Catalogue} from './index.js';

export const UI_TEXT = {
	// title menu
	tagline: {
		es: 'Un modelo aprende como una pelota rueda cuesta abajo.',
		en: 'A model learns the way a ball rolls downhill.',
	},
	campaign: {es: 'Campaña', en: 'Campaign'},
	tutorial: {es: 'Tutorial', en: 'Tutorial'},
	daily: {es: 'Reto del día', en: 'Daily challenge'},
	leaderboards: {es: 'Clasificaciones', en: 'Leaderboards'},
	settings: {es: 'Ajustes', en: 'Settings'},
	quit: {es: 'Salir', en: 'Quit'},
	dailyMissing: {
		es: 'El reto del día aún no está disponible en esta versión.',
		en: 'The daily challenge is not available in this version yet.',
	},
	dailyFailed: {es: 'No se pudo crear el reto de hoy: {reason}', en: 'Could not build today’s challenge: {reason}'},
	loading: {es: 'Cargando…', en: 'Loading…'},
	noLevels: {es: 'No hay niveles: la carpeta levels/ está vacía o rota.', en: 'No levels: the levels/ folder is empty or broken.'},
	brokenLevels: {es: '{count} archivo(s) de nivel no válidos se han saltado.', en: '{count} level file(s) that do not validate were skipped.'},

	// keys
	keyWorld: {es: 'mundo', en: 'world'},
	more: {es: '{count} más', en: '{count} more'},
	parComputing: {es: 'Calculando el par…', en: 'Working out par…'},
	lastCode: {es: 'Tu último código para compartir ({level}); compruébalo con `descenso verify <código>`:', en: 'Your last share code ({level}); check it with `descenso verify <code>`:'},
	keyMove: {es: 'mover', en: 'move'},
	keyChoose: {es: 'elegir', en: 'choose'},
	keyJump: {es: 'saltar a', en: 'jump to'},
	keyBack: {es: 'atrás', en: 'back'},
	keyQuit: {es: 'salir', en: 'quit'},
	keyStart: {es: 'empezar', en: 'start'},
	keyLaunch: {es: 'lanzar', en: 'launch'},
	keyField: {es: 'campo', en: 'field'},
	keyPause: {es: 'pausa', en: 'pause'},
	keyResume: {es: 'seguir', en: 'resume'},
	keySpeed: {es: 'velocidad', en: 'speed'},
	keyStep: {es: 'un paso', en: 'one step'},
	keyAbort: {es: 'abortar', en: 'abort'},
	keySkip: {es: 'al final', en: 'to the end'},
	keyView: {es: 'vista', en: 'view'},
	keyRetry: {es: 'mismos mandos otra vez', en: 'same knobs again'},
	keyRetryNoisy: {es: 'mismos mandos, otra semilla', en: 'same knobs, new seed'},
	keyTweak: {es: 'cambiar mandos', en: 'tweak knobs'},
	keyNext: {es: 'siguiente', en: 'next'},
	keyReplay: {es: 'repetición', en: 'replay'},
	keyDashboard: {es: 'panel', en: 'dashboard'},
	keyGhost: {es: 'fantasma', en: 'ghost'},
	keyChange: {es: 'cambiar', en: 'change'},
	keyScrub: {es: 'paso', en: 'step'},
	keyScrubTen: {es: '10 pasos', en: '10 steps'},
	keyEnds: {es: 'inicio/fin', en: 'start/end'},
	keyEdit: {es: 'editar', en: 'edit'},
	keyClear: {es: 'borrar campo', en: 'clear field'},

	// level select
	levelsTitle: {es: 'Elige un nivel', en: 'Choose a level'},
	world: {es: 'Mundo {n}', en: 'World {n}'},
	locked: {es: 'bloqueado', en: 'locked'},
	lockedLevel: {
		es: 'Nivel bloqueado: consigue al menos una estrella en el anterior.',
		en: 'Level locked: earn at least one star on the one before it.',
	},
	lockedWorld: {
		es: 'Mundo bloqueado: consigue estrellas en todos los niveles del mundo anterior.',
		en: 'World locked: earn stars on every level of the world before it.',
	},
	best: {es: 'mejor {score}', en: 'best {score}'},

	// briefing
	briefingNew: {es: 'Nuevo en este nivel: {knobs}', en: 'New in this level: {knobs}'},
	briefingKnobs: {es: 'Mandos: {knobs}', en: 'Knobs: {knobs}'},
	lesson: {es: 'Lección', en: 'Lesson'},
	budget: {es: 'Pasos: {budget} · tolerancia {tolerance}', en: 'Steps: {budget} · tolerance {tolerance}'},
	visibilityFog: {
		es: 'Niebla: solo verás el terreno cerca de donde pase el escalador.',
		en: 'Fog: you will only see the ground near where the climber passes.',
	},
	visibilityBlind: {
		es: 'A ciegas: no verás el mapa hasta el final. Solo sientes la pendiente.',
		en: 'Blind: you will not see the map until the end. You only feel the slope.',
	},

	// knobs
	learningRate: {es: 'tasa de aprendizaje η', en: 'learning rate η'},
	momentum: {es: 'momentum μ', en: 'momentum μ'},
	decay: {es: 'decaimiento λ', en: 'decay λ'},
	schedule: {es: 'schedule', en: 'schedule'},
	temperature: {es: 'temperatura T', en: 'temperature T'},
	batchSize: {es: 'tamaño de lote B', en: 'batch size B'},
	restarts: {es: 'reinicios K', en: 'restarts K'},
	nesterov: {es: 'Nesterov (sí/no)', en: 'Nesterov (yes/no)'},

	// setup
	setupTitle: {es: 'Prepara el descenso', en: 'Set up the descent'},
	range: {es: 'entre {min} y {max}', en: 'from {min} to {max}'},
	rangeWhole: {es: 'entero entre {min} y {max}', en: 'whole number from {min} to {max}'},
	allowedValues: {es: 'opciones: {values}', en: 'options: {values}'},
	errNotANumber: {es: '«{value}» no es un número', en: '"{value}" is not a number'},
	errOutOfRange: {es: '{value} está fuera de rango', en: '{value} is out of range'},
	errNotAnInteger: {es: '{value} no es un número entero', en: '{value} is not a whole number'},
	errBadSchedule: {es: '«{value}» no es un schedule válido', en: '"{value}" is not a valid schedule'},
	errSwitch: {es: '«{value}»: escribe sí o no', en: '"{value}": type yes or no'},
	fixFirst: {es: 'Corrige los campos marcados antes de lanzar.', en: 'Fix the marked fields before launching.'},
	slopeFelt: {es: 'Bajo tus pies', en: 'Under your feet'},
	curvatureFelt: {es: 'curvatura λ: mayor {high}, menor {low}', en: 'curvature λ: largest {high}, smallest {low}'},
	etaLimit: {es: 'con μ = {momentum}: η < {formula} = {limit}', en: 'at μ = {momentum}: η < {formula} = {limit}'},
	etaLimitAhead: {es: 'con μ = {momentum} y look-ahead: η < {formula} = {limit}', en: 'at μ = {momentum}, look-ahead: η < {formula} = {limit}'},
	etaNoLimit: {es: 'aquí nada curva hacia arriba: sin límite de η', en: 'nothing curves up here: no η limit'},
	selectorHint: {es: '←→ {values}', en: '←→ {values}'},
	paramDefault: {es: 'por defecto {value}', en: 'default {value}'},
	paramGamma: {es: 'factor γ', en: 'factor γ'},
	paramEvery: {es: 'cada (pasos)', en: 'every (steps)'},
	paramMin: {es: 'η mínima', en: 'η minimum'},
	paramPeriod: {es: 'periodo T₀', en: 'period T₀'},
	paramMult: {es: 'multiplicador', en: 'multiplier'},
	sparkline: {es: 'η(t) en {steps} pasos', en: 'η(t) over {steps} steps'},
	steepness: {es: 'pendiente |∇f| = {value}', en: 'steepness |∇f| = {value}'},
	downhill: {es: 'cuesta abajo hacia {arrow}', en: 'downhill towards {arrow}'},
	flat: {es: 'el suelo es plano aquí', en: 'the ground is flat here'},
	firstStep: {es: 'primer paso ≈ η·|∇f| = {value}', en: 'first step ≈ η·|∇f| = {value}'},

	// name
	nameTitle: {es: '¿Cómo te llamas?', en: 'What is your name?'},
	nameHint: {
		es: 'Aparecerá en las clasificaciones y en los códigos para compartir. Puedes cambiarlo en Ajustes.',
		en: 'It goes on the leaderboards and in share codes. You can change it in Settings.',
	},
	anonymous: {es: 'anónimo', en: 'anonymous'},

	// run
	step: {es: 'paso', en: 'step'},
	loss: {es: 'pérdida', en: 'loss'},
	paused: {es: 'EN PAUSA', en: 'PAUSED'},
	feltNow: {es: 'Bajo tus pies:', en: 'Under your feet:'},
	speedValue: {es: '{n} pasos/s', en: '{n} steps/s'},
	danceTitle: {es: 'La danza: {n} parámetros', en: 'The dance: {n} parameters'},
	danceLegend: {es: 'color: su pendiente', en: 'colour: its own slope'},
	modelResult: {
		es: '{measure} {final} (en el mínimo {minimum}) · pérdida mínima {loss}',
		en: '{measure} {final} (at the minimum {minimum}) · lowest loss {loss}',
	},
	accuracy: {es: 'Aciertos', en: 'Accuracy'},
	r2: {es: 'R²', en: 'R²'},
	climber: {es: 'escalador {k} de {n}', en: 'climber {k} of {n}'},
	blindRun: {
		es: 'Vas a ciegas: solo sientes la pendiente. El mapa aparecerá al final.',
		en: 'You are blind: you only feel the slope. The map appears at the end.',
	},

	// help overlay (?)
	keyHelp: {es: 'ayuda', en: 'help'},
	helpTitle: {es: 'Ayuda', en: 'Help'},
	helpKeys: {es: 'Teclas de esta pantalla', en: 'Keys on this screen'},
	helpLegend: {es: 'El mapa', en: 'The map'},
	helpRule: {es: 'Un paso', en: 'One step'},
	helpRuleLevel: {es: 'Un paso en este nivel', en: 'One step on this level'},
	helpClose: {es: '? / Esc / q cierran la ayuda', en: '? / Esc / q close the help'},
	helpMarkClimber: {es: 'el escalador (tú)', en: 'the climber (you)'},
	helpMarkStart: {es: 'la salida', en: 'the start'},
	helpMarkTrail: {es: 'el camino recorrido', en: 'the path walked'},
	helpMarkGhost: {es: 'fantasma: tu mejor intento o el intento anterior', en: 'ghost: your best run, or your previous run'},
	helpMarkArrow: {es: 'flecha: hacia dónde va (se oculta en reposo)', en: 'arrow: where it is heading (hidden at rest)'},
	helpMarkGlobal: {es: 'mínimo global (al revelar el mapa)', en: 'global minimum (once the map is revealed)'},
	helpMarkMinimum: {es: 'otro mínimo', en: 'another minimum'},
	helpMarkSaddle: {es: 'punto silla', en: 'saddle point'},
	helpRelief: {
		es: 'Relieve: más oscuro = más bajo; curvas de nivel: líneas de igual altura. v cambia de vista.',
		en: 'Relief: darker = lower; contour: lines of equal height. v switches the view.',
	},
	helpSymbols: {
		es: 'θ posición · v velocidad · ∇f pendiente · η tasa · μ momentum · λ decaimiento · T temperatura · B lote · ξ ruido',
		en: 'θ position · v velocity · ∇f slope · η rate · μ momentum · λ decay · T temperature · B batch · ξ noise',
	},

	// result
	success: {es: '¡Lo lograste!', en: 'You made it!'},
	failure: {es: 'No llegaste al fondo', en: 'You missed the floor'},
	score: {es: 'Puntos', en: 'Score'},
	breakdown: {es: 'cercanía {closeness} + rapidez {speed}', en: 'closeness {closeness} + speed {speed}'},
	what: {es: 'Qué pasó', en: 'What happened'},
	why: {es: 'Por qué', en: 'Why'},
	advice: {es: 'Qué cambiar', en: 'What to change'},
	curve: {es: 'Curva de pérdida (escala log)', en: 'Loss curve (log scale)'},
	shareCode: {es: 'Código para compartir (se imprime otra vez al salir)', en: 'Share code (printed again when you leave the game)'},
	newBest: {es: '¡Nuevo récord en este nivel!', en: 'New best on this level!'},
	rank: {es: 'Puesto {rank} en la clasificación local', en: 'Place {rank} on the local leaderboard'},
	legend: {
		es: '{climber} escalador  {start} salida  {global} mínimo global  {minimum} otro mínimo  {saddle} punto silla  {ghost} fantasma',
		en: '{climber} climber  {start} start  {global} global minimum  {minimum} other minimum  {saddle} saddle point  {ghost} ghost',
	},
	lastLevel: {es: 'Este es el último nivel.', en: 'This is the last level.'},
	nextLocked: {es: 'El siguiente nivel se abre con al menos una estrella aquí.', en: 'The next level opens with at least one star here.'},
	dashboardFailed: {es: 'El panel no está disponible: {reason}', en: 'The dashboard is not available: {reason}'},
	ghostOn: {es: 'fantasma: tu mejor intento', en: 'ghost: your best run'},
	ghostNone: {es: 'aún no hay fantasma en este nivel', en: 'no ghost on this level yet'},
	knobsUsed: {es: 'Mandos', en: 'Knobs'},
	compareScore: {es: 'puntos {from} → {to}', en: 'score {from} → {to}'},
	compareChanged: {es: 'cambiaste {changes}', en: 'changed {changes}'},
	compareSame: {es: 'mismos mandos', en: 'same knobs'},
	compareSeed: {es: 'semilla {from} → {to}', en: 'seed {from} → {to}'},

	// replay
	replayTitle: {es: 'Repetición', en: 'Replay'},

	// settings
	settingsTitle: {es: 'Ajustes', en: 'Settings'},
	language: {es: 'Idioma', en: 'Language'},
	colour: {es: 'Color', en: 'Colour'},
	glyphs: {es: 'Símbolos solo ASCII', en: 'ASCII glyphs only'},
	view: {es: 'Vista del mapa', en: 'Map view'},
	playerName: {es: 'Nombre', en: 'Player name'},
	on: {es: 'sí', en: 'yes'},
	off: {es: 'no', en: 'no'},
	relief: {es: 'relieve', en: 'relief'},
	contour: {es: 'curvas de nivel', en: 'contour'},
	colorAuto: {es: 'automático', en: 'automatic'},
	colorNone: {es: 'sin color', en: 'none'},
	colorForced: {es: '(desactivado por NO_COLOR o --no-color)', en: '(turned off by NO_COLOR or --no-color)'},
	saved: {es: 'Guardado.', en: 'Saved.'},

	// store notices
	corrupt: {
		es: 'El archivo {file} estaba dañado; se ha apartado intacto en {movedTo} y se empieza de nuevo.',
		en: 'The file {file} was damaged; it was moved aside untouched to {movedTo} and a fresh one started.',
	},
	dropped: {
		es: 'En {file} había entradas mal formadas ({reason}); el archivo tal como estaba se guarda en {movedTo}.',
		en: '{file} had malformed entries ({reason}); the file as it was is kept in {movedTo}.',
	},
	newer: {
		es: '{file} es de una versión más nueva de descenso; no se toca y no se guardará nada en él.',
		en: '{file} comes from a newer descenso; it is left untouched and nothing will be saved to it.',
	},
	saveFailed: {es: 'No se pudo guardar {file}: {message}', en: 'Could not save {file}: {message}'},

	// too small
	tooSmall: {
		es: 'La terminal es demasiado pequeña: {columns}×{rows}. Hace falta al menos {minColumns}×{minRows}.',
		en: 'The terminal is too small: {columns}×{rows}. descenso needs at least {minColumns}×{minRows}.',
	},
	tooSmallHint: {es: 'Agrándala o pulsa Ctrl+C para salir.', en: 'Make it bigger or press Ctrl+C to quit.'},
} satisfies Catalogue;

export type UiKey = keyof typeof UI_TEXT;
