/**
 * Texts of the tutorial: the lessons (narration, demonstration captions, tasks, quiz,
 * reflection) and the tutorial screen. Captions quote the run they describe through
 * placeholders filled by source/tutorial/run.ts (`captionVars`).
 */
import type {Catalogue} from './index.js';

export const TUTORIAL_TEXT = {
	// ── Screen ────────────────────────────────────────────────────────────────────────────
	menuTitle: {es: 'Tutorial: el descenso del gradiente como física', en: 'Tutorial: gradient descent as physics'},
	menuDone: {es: 'hecha', en: 'done'},
	menuResume: {
		es: 'seguir en la parte {step}',
		en: 'resume at part {step}',
	},
	header: {
		es: 'Lección {lesson}/{lessons} · {title} · parte {step}/{steps}',
		en: 'Lesson {lesson}/{lessons} · {title} · part {step}/{steps}',
	},
	// the key bar: [key, label] pairs built in source/ui/screens/tutorial/keys.ts
	keyChoose: {es: 'elegir', en: 'choose'},
	keyOpen: {es: 'abrir', en: 'open'},
	keyNext: {es: 'seguir', en: 'next'},
	keyMore: {es: 'sigue ({part}/{parts})', en: 'more ({part}/{parts})'},
	keyBack: {es: 'atrás', en: 'back'},
	keyLeave: {es: 'salir', en: 'leave'},
	keyLeaveSaved: {es: 'salir (se guarda)', en: 'leave (saved)'},
	keyReplay: {es: 'repetir', en: 'replay'},
	keyReplayRun: {es: 'repetir una ejecución', en: 'replay a run'},
	keyTypeValues: {es: 'escribe los valores', en: 'type the values'},
	keyField: {es: 'casilla', en: 'field'},
	keyLaunch: {es: 'lanzar', en: 'launch'},
	keyRelaunch: {es: 'relanza tras cambiar un valor', en: 'relaunches after editing a value'},
	keyTypeAnswer: {es: 'escribe tu respuesta', en: 'type your answer'},
	keySubmit: {es: 'enviar', en: 'submit'},
	lessonComplete: {es: '¡Lección terminada! Enter para volver al índice.', en: 'Lesson complete! Enter to go back to the list.'},
	demoLabel: {es: 'Demostración ({knobs})', en: 'Demonstration ({knobs})'},
	demoRestarts: {es: 'K = {restarts} reinicios', en: 'K = {restarts} restarts'},
	taskLabel: {es: 'Tu turno', en: 'Your turn'},
	taskNotYet: {
		es: 'Aún no: {analogy} ({arrivedText}; pérdida final {loss}). {hint}',
		en: 'Not yet: {analogy} ({arrivedText}; final loss {loss}). {hint}',
	},
	taskNotStopped: {
		es: 'Aún no: la fricción no lo frenó antes del fondo; llegó en el paso {arrived}. {hint}',
		en: 'Not yet: friction did not stop it short of the floor; it arrived at step {arrived}. {hint}',
	},
	taskNoExplosion: {
		es: 'Aún no: no explotó; llegó al fondo en el paso {arrived}. {hint}',
		en: 'Not yet: it did not explode; it reached the floor at step {arrived}. {hint}',
	},
	taskLate: {
		es: 'Aún no: llegó al fondo, pero en el paso {arrived}, demasiado tarde (pérdida final {loss}). {hint}',
		en: 'Not yet: it reached the floor, but at step {arrived}, too late (final loss {loss}). {hint}',
	},
	hintLowerEta: {
		es: 'Los pasos son demasiado largos: prueba con un η menor.',
		en: 'The steps are too long: try a smaller η.',
	},
	hintRaiseEta: {
		es: 'Los pasos son demasiado cortos: prueba con un η mayor.',
		en: 'The steps are too short: try a larger η.',
	},
	hintNeedMomentum: {
		es: 'Esta tarea pide inercia: pon un momentum μ mayor que 0.',
		en: 'This task asks for inertia: set a momentum μ above 0.',
	},
	hintNeedDecay: {
		es: 'Esta tarea pide fricción: pon un decay λ mayor que 0.',
		en: 'This task asks for friction: set a decay λ above 0.',
	},
	hintNeedSchedule: {
		es: 'Esta tarea pide un schedule: escribe cosine, step o warm-restarts en su casilla.',
		en: 'This task asks for a schedule: type cosine, step or warm-restarts in its field.',
	},
	never: {
		es: 'nunca',
		en: 'never',
	},
	quizReference: {
		es: '{dot} esta ejecución · {faint} una sana, de referencia (el mismo eje en las cuatro)',
		en: '{dot} this run · {faint} a healthy one, for reference (the same axis for all four)',
	},
	legend: {
		es: '{start} salida · {climber} escalador · {trail} rastro · {arrow} velocidad · {global} valle más profundo · {minimum} otro mínimo · {saddle} punto silla',
		en: '{start} start · {climber} climber · {trail} trail · {arrow} velocity · {global} deepest valley · {minimum} other minimum · {saddle} saddle point',
	},
	legendTries: {
		es: '{start} salida · {climber} escalador · {trail} rastro · {ghost} intentos anteriores · {arrow} velocidad · {global} valle más profundo · {minimum} otro mínimo · {saddle} punto silla',
		en: '{start} start · {climber} climber · {trail} trail · {ghost} earlier tries · {arrow} velocity · {global} deepest valley · {minimum} other minimum · {saddle} saddle point',
	},
	legendClimbers: {
		es: '{start} salida · {climber} escalador · {trail} rastro · {ghost} los otros escaladores · {arrow} velocidad · {global} valle más profundo · {minimum} otro mínimo · {saddle} punto silla',
		en: '{start} start · {climber} climber · {trail} trail · {ghost} the other climbers · {arrow} velocity · {global} deepest valley · {minimum} other minimum · {saddle} saddle point',
	},
	tryNot: {
		es: '{analogy}',
		en: '{analogy}',
	},
	tryArrived: {
		es: 'llegó en el paso {arrived}',
		en: 'arrived at step {arrived}',
	},
	triesTitle: {
		es: 'Intentos anteriores ({ghost} en el mapa):',
		en: 'Earlier tries ({ghost} on the map):',
	},
	taskEmpty: {
		es: '{knob}: escribe un valor (elígelo tú).',
		en: '{knob}: type a value (your choice).',
	},
	figNeverArrives: {
		es: 'no llega en {budget} pasos',
		en: 'does not arrive within {budget} steps',
	},
	figArrives: {
		es: 'tarda {steps} pasos',
		en: 'takes {steps} steps',
	},
	arrivedNever: {
		es: 'no llegó al fondo en {steps} pasos',
		en: 'did not reach the floor in {steps} steps',
	},
	arrivedAt: {
		es: 'llegó al fondo en el paso {arrived}',
		en: 'reached the floor at step {arrived}',
	},
	hintNone: {
		es: 'Desde aquí no basta con cambiar un solo mando: cambia dos a la vez, o vuelve atrás (PgUp) a la demostración.',
		en: 'From here changing one knob is not enough: change two at once, or go back (PgUp) to the demonstration.',
	},
	hintMoreRestarts: {
		es: 'Prueba con más reinicios K.',
		en: 'Try more restarts K.',
	},
	hintOtherSchedule: {
		es: 'Prueba con otro schedule.',
		en: 'Try another schedule.',
	},
	hintUseSchedule: {
		es: 'Prueba con un schedule: cosine, step o warm-restarts.',
		en: 'Try a schedule: cosine, step or warm-restarts.',
	},
	hintLowerDecay: {
		es: 'La fricción lo frena antes del fondo: prueba con un λ menor.',
		en: 'Friction stops it short of the floor: try a smaller λ.',
	},
	hintRaiseDecay: {
		es: 'La fricción es demasiado débil: prueba con un λ mayor.',
		en: 'The friction is too weak: try a larger λ.',
	},
	hintAddDecay: {
		es: 'Prueba con algo de fricción (decay λ).',
		en: 'Try some friction (decay λ).',
	},
	hintLowerMomentum: {
		es: 'Hay demasiada inercia: prueba con un μ menor.',
		en: 'There is too much inertia: try a smaller μ.',
	},
	hintRaiseMomentum: {
		es: 'Más inercia ayudaría: prueba con un μ mayor.',
		en: 'More inertia would help: try a larger μ.',
	},
	hintAddMomentum: {
		es: 'Dale inercia: prueba con algo de momentum μ.',
		en: 'Give it inertia: try some momentum μ.',
	},
	taskBadKnob: {es: '{knob}: «{value}» no vale; permitido: {allowed}', en: '{knob}: "{value}" is not allowed; allowed: {allowed}'},
	knobLearningRate: {es: 'tasa de aprendizaje η', en: 'learning rate η'},
	knobMomentum: {es: 'momentum μ', en: 'momentum μ'},
	knobDecay: {es: 'decay λ (fricción)', en: 'decay λ (friction)'},
	knobSchedule: {
		es: 'calendario de η',
		en: 'schedule',
	},
	knobRestarts: {es: 'reinicios aleatorios K', en: 'random restarts K'},
	knobOther: {es: '{knob}', en: '{knob}'},
	experimentRunning: {es: 'Calculando… dimensión {dimension} de 50', en: 'Computing… dimension {dimension} of 50'},
	experimentAxis: {es: 'porcentaje de puntos críticos que son mínimos, según la dimensión (1 a 50)', en: 'share of critical points that are minima, by dimension (1 to 50)'},
	quizCurve: {
		es: 'Cuánto supera la pérdida a la del fondo (escala logarítmica), paso a paso:',
		en: 'How far the loss is above the floor\'s (log scale), step by step:',
	},
	quizPickSymptom: {es: '¿Qué síntoma ves? (1–4)', en: 'What symptom do you see? (1–4)'},
	quizPickFix: {es: '¿Y qué harías? (1–4)', en: 'And what would you do? (1–4)'},
	quizWrongSymptom: {
		es: 'No es eso. {looks} Compárala con la curva de referencia ({faint}).',
		en: 'Not that one. {looks} Compare it with the reference curve ({faint}).',
	},
	looksExplodes: {
		es: 'Si explotara, la curva subiría sin parar y se saldría por arriba ({up}).',
		en: 'If it exploded, the curve would keep rising and leave through the top ({up}).',
	},
	looksSlow: {
		es: 'Una convergencia lenta baja sin parar, pero como una rampa suave, muy por encima de la referencia.',
		en: 'Slow convergence keeps going down, but like a gentle ramp, far above the reference.',
	},
	looksOscillates: {
		es: 'Con oscilaciones la curva sube y baja en dientes de sierra.',
		en: 'With oscillations the curve goes up and down like a saw.',
	},
	looksStagnates: {
		es: 'Un estancamiento baja al principio y luego se queda plano, lejos del fondo, mientras la referencia sigue bajando.',
		en: 'Stagnation goes down at first, then stays flat, far from the floor, while the reference keeps going down.',
	},
	quizWrongFix: {es: 'Ese remedio no ataca la causa. Vuelve a mirar la tabla de la lección y prueba otro.', en: 'That remedy does not address the cause. Look at the lesson\'s table again and try another.'},
	quizRight: {es: '¡Bien! El motor lo diagnosticó así: {analogy}. {advice}', en: 'Right! The engine diagnosed it the same way: {analogy}. {advice}'},
	symptomExplodes: {es: 'La pérdida explota', en: 'The loss explodes'},
	symptomSlow: {es: 'Convergencia muy lenta', en: 'Very slow convergence'},
	symptomOscillates: {es: 'Oscilaciones', en: 'Oscillations'},
	symptomStagnates: {es: 'Estancamiento', en: 'Stagnation'},
	fixLowerLr: {es: 'Reducir la tasa de aprendizaje', en: 'Lower the learning rate'},
	fixRaiseLr: {es: 'Aumentar la tasa de aprendizaje (o el momentum)', en: 'Raise the learning rate (or the momentum)'},
	fixTuneMomentum: {es: 'Ajustar el momentum', en: 'Tune the momentum'},
	fixAddNoise: {es: 'Añadir ruido, warm restarts o reinicios aleatorios', en: 'Add noise, warm restarts or random restarts'},
	reflectionPrompt: {es: 'Tu respuesta:', en: 'Your answer:'},
	reflectionYours: {es: 'Dijiste: «{answer}»', en: 'You said: "{answer}"'},
	reflectionRuns: {
		es: 'Ejecuciones para repetir (pulsa 1 o 2):',
		en: 'Runs to replay (press 1 or 2):',
	},
	saveFailed: {es: 'No se pudo guardar el progreso: {reason}', en: 'Could not save progress: {reason}'},
	tooSmall: {es: 'La terminal es demasiado pequeña para el tutorial: mide {columns}×{rows} y hace falta al menos {width}×{height}. Agrándala o reduce la letra.', en: 'The terminal is too small for the tutorial: it is {columns}×{rows} and needs at least {width}×{height}. Enlarge it or use a smaller font.'},

	// ── 1. The mountain landscape ─────────────────────────────────────────────────────────
	l1Title: {es: 'El paisaje montañoso', en: 'The mountain landscape'},
	l1p1: {
		es: '«Un modelo aprende como una pelota rueda cuesta abajo: busca siempre el valle más profundo.»\n\nImagina que tienes los ojos vendados y estás de pie en una montaña. Tu objetivo es llegar al valle más profundo: el punto de menor error. No ves nada; solo sientes la inclinación del terreno bajo tus pies.\n\nEso es, exactamente, el descenso del gradiente.',
		en: '"A model learns the way a ball rolls downhill: it always seeks the deepest valley."\n\nImagine you are blindfolded, standing on a mountain. Your goal is to reach the deepest valley: the point of lowest error. You see nothing; all you feel is the tilt of the ground under your feet.\n\nThat is exactly what gradient descent is.',
	},
	l1p2: {
		es: 'Las cuatro piezas de la analogía:\n\n  • la montaña       = la función de pérdida (loss)\n  • tu posición      = los valores de los parámetros del modelo (aquí, dos: x e y)\n  • la inclinación   = el gradiente ∇f, la dirección en que el terreno sube más deprisa\n  • dar un paso      = actualizar los parámetros: θ ← θ − η·∇f\n\nLa tasa de aprendizaje η dice cuán largo es cada paso: el paso es η veces la pendiente. Donde el suelo es empinado das pasos largos; cerca del fondo, donde casi no hay pendiente, los pasos se acortan solos.',
		en: 'The four pieces of the analogy:\n\n  • the mountain     = the loss function\n  • your position    = the values of the model\'s parameters (here, two: x and y)\n  • the tilt         = the gradient ∇f, the direction in which the ground rises fastest\n  • taking a step    = updating the parameters: θ ← θ − η·∇f\n\nThe learning rate η says how long each step is: the step is η times the slope. Where the ground is steep you take long strides; near the floor, where there is hardly any slope, the steps shorten by themselves.',
	},
	l1d1: {
		es: 'Un cuenco: f = ½(x² + y²), el fondo en (0; 0). El escalador sale de (3; 2) con pérdida {start} y η = {eta}. Cada paso recorre el {stepShare} de la distancia que le queda, porque la pendiente es proporcional a esa distancia. Llega al fondo (pérdida a menos de 0,001 de la mínima) en el paso {arrived} y termina con pérdida {loss}.',
		en: 'A bowl: f = ½(x² + y²), the floor at (0, 0). The climber starts at (3, 2) with loss {start} and η = {eta}. Each step covers {stepShare} of the distance left, because the slope is proportional to that distance. It reaches the floor (loss within 0.001 of the minimum) at step {arrived} and ends with loss {loss}.',
	},
	l1p3: {
		es: 'Fíjate en que el escalador nunca vio el mapa: a cada paso solo midió la pendiente donde estaba y bajó en esa dirección. El mapa de la pantalla es un lujo que el modelo no tiene.\n\nCon dos parámetros, el paisaje se dibuja en 2D, como los mapas topográficos: cada curva de nivel une puntos de la misma pérdida, y donde se apiñan el terreno es empinado. Un modelo con millones de parámetros tiene millones de coordenadas y ningún mapa: solo la pendiente.',
		en: 'Notice the climber never saw the map: at each step it only measured the slope where it stood and went down that way. The map on your screen is a luxury the model does not have.\n\nWith two parameters the landscape is drawn in 2-D, like topographic maps: each contour line joins points of equal loss, and where they crowd together the ground is steep. A model with millions of parameters has millions of coordinates and no map at all: only the slope.',
	},
	l1t1: {
		es: 'Elige tú la tasa de aprendizaje η y lleva al escalador al fondo del cuenco en 80 pasos. (Se acepta la coma decimal: 0,3.)',
		en: 'Choose the learning rate η yourself and bring the climber to the floor of the bowl within 80 steps. (A decimal comma works too: 0,3.)',
	},
	l1t1ok: {
		es: '¡Lo lograste! Con η = {eta} el escalador tocó fondo en el paso {arrived}. Prueba ahora un η diez veces menor y compara los dos rastros: el tamaño del paso es la primera decisión.',
		en: 'You did it! With η = {eta} the climber touched the floor at step {arrived}. Now try an η ten times smaller and compare the two trails: step size is the first decision.',
	},

	// ── 2. Step size ──────────────────────────────────────────────────────────────────────
	l2Title: {es: 'El tamaño del paso', en: 'Step size'},
	l2p1: {
		es: 'Ahora el cuenco es cuatro veces más empinado: f = 2(x² + y²), curvatura λ = 4. La pendiente bajo los pies del escalador es λ veces su distancia al fondo, así que un paso multiplica esa distancia por (1 − η·λ).\n\n  • Si η·λ es diminuto, el factor es casi 1: avanza a paso de tortuga.\n  • Si η·λ = 1, el factor es 0: llega al fondo de un salto.\n  • Si η·λ > 2, el factor es menor que −1: cada paso lo lanza al otro lado, más lejos que antes.',
		en: 'Now the bowl is four times steeper: f = 2(x² + y²), curvature λ = 4. The slope under the climber\'s feet is λ times its distance to the floor, so a step multiplies that distance by (1 − η·λ).\n\n  • If η·λ is tiny, the factor is almost 1: it crawls.\n  • If η·λ = 1, the factor is 0: it reaches the floor in one jump.\n  • If η·λ > 2, the factor is below −1: every step throws it to the other side, farther than before.',
	},
	l2d1: {
		es: 'η = {eta}: η·λ = {etaLambda}. Cada paso multiplica la distancia al fondo por {factor}: solo recorre el {stepShare} de lo que falta. Tras {steps} pasos la pérdida aún supera la del fondo en {gap}: {analogy}.',
		en: 'η = {eta}: η·λ = {etaLambda}. Each step multiplies the distance to the floor by {factor}: it covers only {stepShare} of what is left. After {steps} steps the loss is still {gap} above the floor\'s: {analogy}.',
	},
	l2d2: {
		es: 'η = {eta}: η·λ = {etaLambda}, por encima del límite 2. Cada paso multiplica la distancia al fondo por {factor}: el escalador salta de un lado al otro, cada vez más lejos. La pérdida ya era diez veces la inicial en el paso {explodedAt}, y al final vale {loss}. {Analogy}.',
		en: 'η = {eta}: η·λ = {etaLambda}, above the limit 2. Each step multiplies the distance to the floor by {factor}: the climber jumps from side to side, farther every time. The loss was already ten times the start at step {explodedAt}, and ends at {loss}. {Analogy}.',
	},
	l2p2: {
		es: 'La regla: el descenso converge solo si η·λ < 2 para la curvatura más fuerte que encuentre. Aquí λ = 4, así que hace falta η < 0,5; y el paso perfecto es η = 1/λ = 0,25.\n\nEn la práctica no se conoce λ. Por eso, cuando la pérdida explota, el remedio es bajar η; y cuando apenas se mueve, subirlo.',
		en: 'The rule: descent converges only if η·λ < 2 for the strongest curvature it meets. Here λ = 4, so it needs η < 0.5; and the perfect step is η = 1/λ = 0.25.\n\nIn practice λ is unknown. That is why, when the loss explodes, the remedy is to lower η; and when it barely moves, to raise it.',
	},
	l2t1: {es: 'Primero, rompe algo: elige un η que haga explotar la pelota.', en: 'First, break something: choose an η that makes the ball explode.'},
	l2t1ok: {
		es: 'Explotó: con η = {eta}, η·λ = {etaLambda} supera 2 y la pérdida pasó de {start} a {loss}. Así es una explosión: cada paso multiplica la distancia al fondo por {factor}.',
		en: 'It exploded: with η = {eta}, η·λ = {etaLambda} is above 2 and the loss went from {start} to {loss}. That is an explosion: every step multiplies the distance to the floor by {factor}.',
	},
	l2t2: {es: 'Ahora llega al fondo en menos de 15 pasos.', en: 'Now reach the floor in fewer than 15 steps.'},
	l2t2ok: {
		es: 'El escalador llegó en el paso {arrived} con η = {eta}. Cuanto más cerca de η = 1/λ = 0,25, más rápido: ahí el factor (1 − η·λ) vale cero.',
		en: 'The climber arrived at step {arrived} with η = {eta}. The closer to η = 1/λ = 0.25, the faster: there the factor (1 − η·λ) is zero.',
	},

	// ── 3. Inertia (momentum) ─────────────────────────────────────────────────────────────
	l3Title: {es: 'Inercia (momentum)', en: 'Inertia (momentum)'},
	l3p1: {
		es: 'Un barranco: f = ½(x² + 50·y²). A lo largo (x) apenas hay pendiente, curvatura 1; a lo ancho (y) las paredes son 50 veces más empinadas. Las paredes mandan: η tiene que cumplir η·50 < 2, o sea η < {wallLimit}. Pero con un η tan pequeño, a lo largo del barranco el paso es diminuto.\n\nEl momentum le da memoria: como una pelota rodando, recuerda la dirección anterior:\n\n  velocidad = μ × velocidad anterior + η × gradiente\n  parámetros = parámetros − velocidad\n\nLo que apunta siempre hacia el mismo lado (el fondo del barranco) se acumula, y eso permite un η mayor sin salirse de las paredes.',
		en: 'A ravine: f = ½(x² + 50·y²). Along it (x) there is hardly any slope, curvature 1; across it (y) the walls are 50 times steeper. The walls rule: η must keep η·50 < 2, that is η < {wallLimit}. But with η that small, the step along the ravine is tiny.\n\nMomentum gives it memory: like a rolling ball, it remembers its previous direction:\n\n  velocity = μ × previous velocity + η × gradient\n  parameters = parameters − velocity\n\nWhat always points the same way (down the ravine) adds up, and that allows a larger η without flying off the walls.',
	},
	l3d1: {
		es: 'Sin momentum, con el η que llega antes ({eta}, buscado probando; la teoría da 2/(1 + 50) ≈ 0,039): a lo largo del barranco la distancia se multiplica por {alongFactor} en cada paso, y el vaivén entre las paredes por {acrossFactor}: se apaga despacio. Llega al fondo en el paso {arrived} de {budget}.',
		en: 'No momentum, with the η that arrives soonest ({eta}, found by trying; theory gives 2/(1 + 50) ≈ 0.039): along the ravine the distance is multiplied by {alongFactor} each step, and the swing between the walls by {acrossFactor}: it dies out slowly. It reaches the floor at step {arrived} of {budget}.',
	},
	l3d2: {
		es: 'Con momentum μ = {mu} y η = {eta} (la mejor pareja que da la teoría para κ = 50). Mira el vaivén: el primer bandazo es más ancho que sin inercia (se aleja {swing} del eje, frente a 1), pero después se apaga mucho antes: con inercia, tanto el vaivén como el avance se multiplican por √μ ≈ {sqrtMu} en cada paso. Llega en el paso {arrived}.',
		en: 'With momentum μ = {mu} and η = {eta} (the best pair theory gives for κ = 50). Watch the swing: the first lurch is wider than without inertia (it goes {swing} from the axis, against 1), but then it dies out much sooner: with inertia both the swing and the progress are multiplied by √μ ≈ {sqrtMu} each step. It arrives at step {arrived}.',
	},
	l3p2: {
		es: 'El momentum convierte al escalador en un oscilador con fricción, como un muelle. Según μ, hay tres regímenes (en un cuenco de curvatura λ):\n\n  • sobreamortiguado: poca inercia, baja sin pasarse, pero despacio;\n  • amortiguamiento crítico: μ = (1 − √(η·λ))², llega lo antes posible sin rebotar;\n  • subamortiguado: mucha inercia, se pasa, vuelve y se mece; el error se multiplica por √μ en cada paso.\n\nY el límite de estabilidad se ensancha: con momentum converge si η·λ < 2 + 2μ.',
		en: 'Momentum turns the climber into an oscillator with friction, like a spring. Depending on μ there are three regimes (in a bowl of curvature λ):\n\n  • over-damped: little inertia, goes down without overshooting, but slowly;\n  • critically damped: μ = (1 − √(η·λ))², arrives as fast as possible without bouncing;\n  • under-damped: lots of inertia, overshoots, comes back and rocks; the error is multiplied by √μ each step.\n\nAnd the stability limit widens: with momentum it converges if η·λ < 2 + 2μ.',
	},
	l3d3: {
		es: 'Cuenco con λ = 1, η = {eta}, μ = {mu}: sobreamortiguado, baja sin pasarse del fondo. Llega en el paso {arrived}.',
		en: 'Bowl with λ = 1, η = {eta}, μ = {mu}: over-damped, it goes down without overshooting the floor. It arrives at step {arrived}.',
	},
	l3d4: {
		es: 'Mismo cuenco, μ = {mu} = (1 − √0,25)²: amortiguamiento crítico. Llega en el paso {arrived}, antes que sin inercia.',
		en: 'Same bowl, μ = {mu} = (1 − √0.25)²: critical damping. It arrives at step {arrived}, sooner than without inertia.',
	},
	l3d5: {
		es: 'Mismo cuenco, μ = {mu}: subamortiguado. Se pasa del fondo y vuelve; el error se multiplica por √μ ≈ {sqrtMu} en cada paso. Tras {steps} pasos sigue meciéndose a {distance} del fondo: {analogy}.',
		en: 'Same bowl, μ = {mu}: under-damped. It overshoots the floor and comes back; the error is multiplied by √μ ≈ {sqrtMu} each step. After {steps} steps it is still rocking {distance} from the floor: {analogy}.',
	},
	l3p3: {
		es: 'Para el barranco (κ = λ_max/λ_min = 50) la teoría da la pareja óptima:\n\n  η = (2/(√1 + √50))² ≈ {pairEta}     μ = ((√50 − 1)/(√50 + 1))² ≈ {pairMu}\n\nCon ella el error se multiplica por {pairRate} en cada paso, frente a {plainRate} sin momentum (el mejor η sin inercia). Pero no cualquier μ sirve: con μ = 0,9, incluso con su mejor η, {mu9} (sin inercia, {plainArrived}); con μ = 0,95, {mu95}. Demasiada inercia convierte el barranco en un columpio: μ tiene que ir a juego con η.',
		en: 'For the ravine (κ = λ_max/λ_min = 50) theory gives the best pair:\n\n  η = (2/(√1 + √50))² ≈ {pairEta}     μ = ((√50 − 1)/(√50 + 1))² ≈ {pairMu}\n\nWith it the error is multiplied by {pairRate} each step, against {plainRate} without momentum (at the best η without inertia). But not any μ will do: with μ = 0.9, even at its best η, it {mu9} (without inertia, it {plainArrived}); with μ = 0.95, it {mu95}. Too much inertia turns the ravine into a swing: μ has to match η.',
	},
	l3t1: {
		es: 'Lleva al escalador al fondo del barranco en menos de 60 pasos usando momentum (μ > 0).',
		en: 'Bring the climber to the floor of the ravine in fewer than 60 steps using momentum (μ > 0).',
	},
	l3t1ok: {
		es: 'El escalador llegó en el paso {arrived} con η = {eta} y μ = {mu}. Sin momentum, el mejor η tarda {plainArrived} pasos.',
		en: 'The climber arrived at step {arrived} with η = {eta} and μ = {mu}. Without momentum, the best η takes {plainArrived} steps.',
	},

	// ── 4. Friction (decay) ───────────────────────────────────────────────────────────────
	l4Title: {es: 'Fricción (decay)', en: 'Friction (decay)'},
	l4p1: {
		es: 'La fricción, como la resistencia del aire, evita que el modelo vaya demasiado deprisa. Tras cada paso los parámetros se encogen un poco:\n\n  parámetros = parámetros × (1 − λ)\n\nOjo con lo que esto significa: el decay tira siempre hacia el origen (0; 0), no hacia el fondo del valle. Si el fondo está en otro sitio, el escalador se queda donde el tirón de la fricción iguala a la pendiente.',
		en: 'Friction, like air resistance, keeps the model from going too fast. After each step the parameters shrink a little:\n\n  parameters = parameters × (1 − λ)\n\nMind what this means: decay always pulls toward the origin (0, 0), not toward the floor of the valley. If the floor is somewhere else, the climber stops where friction\'s pull balances the slope.',
	},
	l4d1: {
		es: 'Un cuenco con el fondo en {floor}. Sin fricción (λ = 0), η = {eta}: termina en {final}, a {distance} del fondo.',
		en: 'A bowl with its floor at {floor}. Without friction (λ = 0), η = {eta}: it ends at {final}, {distance} from the floor.',
	},
	l4d2: {
		es: 'Con λ = {decay}: se detiene en {final}, a {distance} del fondo: la fricción lo frena antes de llegar. La fórmula lo predice: θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ) = {restShare}·c, es decir {rest}.',
		en: 'With λ = {decay}: it stops at {final}, {distance} from the floor: friction stops it short. The formula predicts it: θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ) = {restShare}·c, that is {rest}.',
	},
	l4p2: {
		es: 'El punto de reposo θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ) (k es la curvatura del cuenco, aquí 1; c, su fondo) se queda antes del fondo. Cuanto mayor es λ, más corto se queda; un η mayor o más momentum lo acercan al fondo.\n\n¿Para qué sirve entonces? Frena a un escalador demasiado rápido, lo mantiene en el mapa y, en modelos reales, prefiere soluciones con parámetros pequeños. La dosis es lo que importa.',
		en: 'The resting point θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ) (k is the bowl\'s curvature, here 1; c, its floor) stops short of the floor. The bigger λ, the shorter it falls; a larger η or more momentum bring it closer to the floor.\n\nWhat is it for, then? It slows down a climber that is too fast, keeps it on the map, and in real models it prefers solutions with small parameters. The dose is what matters.',
	},
	l4t1: {es: 'Elige una fricción que detenga al escalador antes del fondo.', en: 'Choose a friction that stops the climber short of the floor.'},
	l4t1ok: {
		es: 'La fricción lo frenó en {final}, a {distance} del fondo {floor}. La fórmula, con tus η, μ y λ, da θ* = {rest}.',
		en: 'Friction stopped it at {final}, {distance} from the floor {floor}. The formula, with your η, μ and λ, gives θ* = {rest}.',
	},
	l4t2: {
		es: 'Ahora usa algo de fricción (λ > 0) y consigue aun así que llegue al fondo (pérdida a menos de 0,01 de la mínima). Pista: la fórmula de θ* dice cuánto se queda corto para cada λ.',
		en: 'Now use some friction (λ > 0) and still get it to the floor (loss within 0.01 of the minimum). Hint: the θ* formula tells how far short it stops for each λ.',
	},
	l4t2ok: {
		es: 'Con λ = {decay} el punto de reposo {final} queda a solo {distance} del fondo: la pérdida supera la mínima en {gap}, dentro de la tolerancia (0,01).',
		en: 'With λ = {decay} the resting point {final} is only {distance} from the floor: the loss is {gap} above the minimum, within the tolerance (0.01).',
	},

	// ── 5. Adapting the step (schedules) ──────────────────────────────────────────────────
	l5Title: {es: 'Adaptar el paso (schedules)', en: 'Adapting the step (schedules)'},
	l5p1: {
		es: 'Como un escalador que acorta el paso al acercarse al valle:\n\n  • al inicio, pasos grandes para explorar;\n  • al converger, pasos pequeños para ganar precisión.\n\nEste terreno es un cuenco ancho cubierto de ondulaciones (ripples): {pits} hoyitos. Un paso fijo no puede tener las dos virtudes a la vez.',
		en: 'Like a climber who shortens the stride when nearing the valley:\n\n  • at first, big steps to explore;\n  • when converging, small steps for precision.\n\nThis terrain is a wide bowl covered in ripples: {pits} little pits. A fixed step cannot have both virtues at once.',
	},
	l5d1: {
		es: 'Paso fijo y pequeño, η = {eta}: cae en el primer hoyito. Se detiene en {final} con pérdida {loss}: {analogy}.',
		en: 'Small fixed step, η = {eta}: it drops into the first little pit. It stops at {final} with loss {loss}: {analogy}.',
	},
	l5d2: {
		es: 'Paso fijo y grande, η = {eta}: salta por encima de los hoyitos, pero nunca se calma. Tras {steps} pasos sigue con pérdida {loss}: {analogy}.',
		en: 'Large fixed step, η = {eta}: it hops over the pits, but never calms down. After {steps} steps it still has loss {loss}: {analogy}.',
	},
	l5d3: {
		es: 'El mismo η = {eta} al principio, pero con schedule cosine: η baja suavemente hasta η/100 al final del presupuesto. Explora con pasos grandes y se asienta con pasos pequeños: llega al fondo en el paso {arrived}.',
		en: 'The same η = {eta} at first, but with a cosine schedule: η falls smoothly to η/100 by the end of the budget. It explores with big steps and settles with small ones: it reaches the floor at step {arrived}.',
	},
	l5p2: {
		es: 'Schedules disponibles:\n\n  • step: η se reduce a la mitad cada cuarto del presupuesto (step:γ:cada);\n  • cosine: η baja como medio coseno hasta η_min;\n  • warm-restarts (SGDR): el coseno vuelve a empezar, con periodos cada vez más largos; cada reinicio es un nuevo empujón para explorar.\n\nEscribe solo el nombre para usar los valores por defecto.',
		en: 'Available schedules:\n\n  • step: η halves every quarter of the budget (step:γ:every);\n  • cosine: η falls like half a cosine down to η_min;\n  • warm-restarts (SGDR): the cosine starts again, with longer and longer periods; every restart is a fresh push to explore.\n\nType just the name to use the defaults.',
	},
	l5t1: {
		es: 'Lleva al escalador al fondo de las ondulaciones usando un schedule (cosine, step o warm-restarts; constant no vale).',
		en: 'Bring the climber to the floor of the ripples using a schedule (cosine, step or warm-restarts; constant does not count).',
	},
	l5t1ok: {
		es: 'El escalador llegó en el paso {arrived}, con pérdida final {loss}. Pasos grandes para explorar, pequeños para asentarse.',
		en: 'The climber arrived at step {arrived}, final loss {loss}. Big steps to explore, small ones to settle.',
	},

	// ── 6. Many valleys ───────────────────────────────────────────────────────────────────
	l6Title: {es: 'Valles múltiples', en: 'Many valleys'},
	l6p1: {
		es: '    /\\                  /\\\n   /  \\      /\\        /  \\\n  /    \\    /  \\      /    \\\n /      \\__/    \\    /      \\\n/     MÍNIMO     \\  /        \\\n      LOCAL       \\/\n                MÍNIMO GLOBAL\n\nEl modelo puede quedar atrapado en un valle local. Aquí hay dos: uno poco profundo a la izquierda, cerca de la salida, y el valle más profundo a la derecha.',
		en: '    /\\                  /\\\n   /  \\      /\\        /  \\\n  /    \\    /  \\      /    \\\n /      \\__/    \\    /      \\\n/      LOCAL     \\  /        \\\n      MINIMUM     \\/\n                GLOBAL MINIMUM\n\nThe model can get trapped in a local valley. There are two here: a shallow one on the left, close to the start, and the deepest valley on the right.',
	},
	l6d1: {
		es: 'Descenso simple, η = {eta}: baja al valle más cercano y se queda en {final} con pérdida {loss}; el valle global, en {floor}, es más hondo. {Analogy}.',
		en: 'Plain descent, η = {eta}: it goes down into the nearest valley and stays at {final} with loss {loss}; the global valley, at {floor}, is deeper. {Analogy}.',
	},
	l6d2: {
		es: 'Con momentum μ = {mu}: la pelota llega al valle local con tanta velocidad que sube la loma y cruza al otro lado. Llega al fondo global en el paso {arrived}, pérdida {loss}.',
		en: 'With momentum μ = {mu}: the ball reaches the local valley so fast that it climbs the ridge and crosses over. It reaches the global floor at step {arrived}, loss {loss}.',
	},
	l6d3: {
		es: 'Reinicios aleatorios, K = {restarts}: {restarts} escaladores, el primero desde la salida y el resto desde puntos al azar; cuenta el mejor. El presupuesto se reparte ({stepsEach} pasos cada uno) y el mejor termina en {final} con pérdida {loss}, en el valle global.',
		en: 'Random restarts, K = {restarts}: {restarts} climbers, the first from the start and the rest from random points; the best one counts. The budget is shared ({stepsEach} steps each) and the best ends at {final} with loss {loss}, in the global valley.',
	},
	l6p2: {
		es: 'Tres salidas del pozo local, las tres del texto original:\n\n  • momentum: impulso para saltar valles pequeños;\n  • schedules: una exploración inicial amplia, con pasos grandes que luego se acortan (warm-restarts los vuelve a alargar varias veces);\n  • reinicios aleatorios: varios intentos desde posiciones distintas.\n\nNinguna funciona con cualquier valor: cada una depende de los demás mandos.',
		en: 'Three ways out of the local pit, all three from the source text:\n\n  • momentum: the push to jump small valleys;\n  • schedules: a wide exploration at first, with big steps that later shorten (warm-restarts lengthens them again several times);\n  • random restarts: several attempts from different positions.\n\nNone works at any value: each depends on the other knobs.',
	},
	l6t1: {
		es: 'Lleva al escalador al valle global (el de la derecha). Usa lo que quieras: momentum, un schedule (constant, cosine, step, warm-restarts) o reinicios K (1 a 8).',
		en: 'Bring the climber to the global valley (the one on the right). Use whatever you like: momentum, a schedule (constant, cosine, step, warm-restarts) or restarts K (1 to 8).',
	},
	l6t1ok: {
		es: 'Valle global alcanzado en el paso {arrived}: pérdida {loss}, mucho más honda que la del pozo local.',
		en: 'Global valley reached at step {arrived}: loss {loss}, much deeper than the local pit.',
	},

	// ── 7. Saddle points ──────────────────────────────────────────────────────────────────
	l7Title: {es: 'Puntos silla', en: 'Saddle points'},
	l7p1: {
		es: 'Un punto crítico es un lugar sin pendiente. En 2D suele ser un fondo de valle (mínimo), una cima (máximo) o un paso de montaña: un punto silla, que baja en una dirección y sube en otra.\n\nLo que decide el tipo son las curvaturas: una por cada dimensión. Es un mínimo solo si TODAS son positivas. Con millones de parámetros, ¿qué probabilidad hay de eso? Hagamos el experimento: sorteamos matrices de curvatura (hessianas) simétricas al azar y contamos cuántas tienen todas las curvaturas positivas.',
		en: 'A critical point is a place with no slope. In 2-D it is usually a valley floor (minimum), a peak (maximum) or a mountain pass: a saddle point, which goes down one way and up another.\n\nWhat decides the type is the curvatures: one per dimension. It is a minimum only if ALL of them are positive. With millions of parameters, how likely is that? Let us run the experiment: we draw random symmetric curvature matrices (Hessians) and count how many have every curvature positive.',
	},
	l7e1: {
		es: 'Resultado, con {samples} matrices por dimensión: en 1 dimensión son mínimos el {n1}; en 2, el {n2}; en 3, el {n3}; en 10 dimensiones, el {n10}; en 50, el {n50}.\n\nEn alta dimensión los mínimos son rarísimos: la mayoría de los puntos críticos son puntos silla. Y eso es una buena noticia, porque un punto silla tiene una salida.',
		en: 'Result, with {samples} matrices per dimension: in 1 dimension {n1} are minima; in 2, {n2}; in 3, {n3}; in 10 dimensions, {n10}; in 50, {n50}.\n\nIn high dimension minima are very rare: most critical points are saddle points. That is good news, because a saddle point has a way out.',
	},
	l7p2: {
		es: 'Aquí hay un paso de montaña en (0; 0): curvatura {along} a lo largo de x y {across} a lo largo de y. El escalador llega por la cresta (y casi 0). Sin inercia, el pequeño desvío en y solo se multiplica por (1 + {drift}·η) en cada paso: se queda en equilibrio sobre el paso de montaña muchísimo tiempo.\n\nCon momentum, la velocidad acumulada amplifica ese desvío mucho más deprisa.',
		en: 'Here is a mountain pass at (0, 0): curvature {along} along x and {across} along y. The climber arrives along the ridge (y almost 0). Without inertia, the small drift in y is only multiplied by (1 + {drift}·η) each step: it stays balanced on the pass for a very long time.\n\nWith momentum, the accumulated velocity amplifies that drift much faster.',
	},
	l7d1: {
		es: 'Sin momentum, η = {eta}: tras {steps} pasos está en {final}, con pérdida {loss}: casi la altura del propio paso de montaña ({passLoss}). {Analogy}.',
		en: 'No momentum, η = {eta}: after {steps} steps it is at {final}, with loss {loss}: almost the height of the pass itself ({passLoss}). {Analogy}.',
	},
	l7t1: {
		es: 'Saca al escalador del punto silla con momentum (μ > 0): tiene que terminar a más de {escape} del paso de montaña y claramente más abajo. (η como mucho {etaMax}.)',
		en: 'Get the climber off the saddle with momentum (μ > 0): it must end more than {escape} away from the pass and clearly lower. (η at most {etaMax}.)',
	},
	l7t1ok: {
		es: 'Escapó: el escalador terminó en {final} con pérdida {loss}, por debajo del paso de montaña ({passLoss}). La inercia cruza el equilibrio en lugar de quedarse en él.',
		en: 'It escaped: the climber ended at {final} with loss {loss}, below the pass ({passLoss}). Inertia crosses the balance point instead of resting on it.',
	},
	ldp2: {
		es: 'Cada parámetro baila a su ritmo: los que sienten poca pendiente derivan despacio, y esos deciden cuánto tarda el modelo entero. Es el barranco de la lección 3 con 15 dimensiones: la curvatura mayor limita η, la menor marca el ritmo, y la inercia acelera a los lentos.\n\nEn la campaña, el mundo 7 tiene más modelos reales: una regresión sin normalizar (un barranco), la misma normalizada (un cuenco), una red con una salida simétrica (un punto silla en 27 dimensiones), el batch como temperatura, y una red ancha y otra estrecha sobre los mismos datos (¿por qué los modelos grandes a veces son más fáciles de entrenar?).',
		en: 'Each parameter dances at its own pace: those that feel little slope drift slowly, and they decide how long the whole model takes. It is lesson 3\'s ravine in 15 dimensions: the largest curvature limits η, the smallest sets the pace, and inertia speeds up the slow ones.\n\nIn the campaign, world 7 has more real models: an unscaled regression (a ravine), the same one standardized (a bowl), a network with a symmetric start (a saddle in 27 dimensions), the batch as temperature, and a wide and a narrow network on the same data (why are large models sometimes easier to train?).',
	},
	ldd2: {
		es: 'η = {eta} y μ = {mu}: pasos más largos y memoria. {early} de los {parameters} escaladores se asientan en los primeros {earlyBy} pasos, y todos llegan juntos al fondo en el paso {arrived}: la inercia arrastra a los rezagados.',
		en: 'η = {eta} and μ = {mu}: longer steps and memory. {early} of the {parameters} climbers settle within the first {earlyBy} steps, and all of them reach the floor together at step {arrived}: inertia drags the stragglers along.',
	},
	ldd1: {
		es: 'η = {eta}, sin inercia. En el último cuarto de la ejecución, {drifting} de los {parameters} escaladores siguen derivando: los que sienten poca pendiente propia avanzan despacio. Tras {steps} pasos la pérdida aún supera la del fondo en {gap}: {analogy}.',
		en: 'η = {eta}, no inertia. In the last quarter of the run, {drifting} of the {parameters} climbers are still drifting: those that feel little slope of their own move slowly. After {steps} steps the loss is still {gap} above the floor\'s: {analogy}.',
	},
	ldp1: {
		es: 'En un modelo con millones de parámetros, imagina millones de escaladores coordinados, cada uno ajustando su posición según:\n\n  1. su contribución individual al error;\n  2. la influencia de todos los demás escaladores;\n  3. la historia de sus movimientos anteriores (la inercia).\n\nAquí hay un modelo de verdad sobre datos de verdad: una regresión softmax que clasifica 150 flores de iris de tres especies por cuatro medidas. Son 15 parámetros: 15 escaladores a la vez. Ya no hay mapa del paisaje entero: el mapa es un corte por las dos direcciones en que más se movió el grupo, con el fondo ◆ en el centro.',
		en: 'In a model with millions of parameters, picture millions of coordinated climbers, each adjusting its position by:\n\n  1. its own contribution to the error;\n  2. the influence of all the other climbers;\n  3. the history of its previous moves (inertia).\n\nHere is a real model on real data: a softmax regression that classifies 150 iris flowers of three species from four measurements. That is 15 parameters: 15 climbers at once. There is no map of the whole landscape any more: the map is a slice through the two directions the group moved most, with the floor ◆ at the centre.',
	},
	ldTitle: {
		es: 'La danza de los parámetros',
		en: 'The dance of the parameters',
	},

	// ── 8. Symptoms and diagnoses ─────────────────────────────────────────────────────────
	l8Title: {es: 'Síntomas y diagnósticos', en: 'Symptoms and diagnoses'},
	l8p1: {
		es: 'Al entrenar un modelo no se ve el paisaje: se ve la curva de pérdida. Aprende a leerla:\n\n  Síntoma → analogía física · causa probable · solución\n  • La pérdida explota → pelota rebotando sin control\n      causa: tasa de aprendizaje alta · solución: reducirla\n  • Convergencia lenta → caminar en terreno plano\n      causa: tasa de aprendizaje baja · solución: aumentarla\n  • Oscilaciones → pelota rebotando en un valle\n      causa: momentum mal calibrado · solución: ajustarlo\n  • Estancamiento → atrapado en un pozo local\n      causa: mínimo local · solución: ruido, warm restarts\n\nVienen cuatro curvas de ejecuciones reales. Di qué les pasa y qué harías.',
		en: 'When training a model you do not see the landscape: you see the loss curve. Learn to read it:\n\n  Symptom → physical analogy · likely cause · fix\n  • The loss explodes → a ball bouncing out of control\n      cause: learning rate too high · fix: lower it\n  • Very slow convergence → walking on flat ground\n      cause: learning rate too low · fix: raise it\n  • Oscillations → a ball rocking in a valley\n      cause: momentum badly tuned · fix: tune it\n  • Stagnation → trapped in a local pit\n      cause: local minimum · fix: noise, warm restarts\n\nFour curves from real runs follow. Say what is wrong and what you would do.',
	},
	l8q1: {
		es: 'Ejecución 1 de 4 ({steps} pasos).',
		en: 'Run 1 of 4 ({steps} steps).',
	},
	l8q2: {
		es: 'Ejecución 2 de 4 ({steps} pasos).',
		en: 'Run 2 of 4 ({steps} steps).',
	},
	l8q3: {
		es: 'Ejecución 3 de 4 ({steps} pasos).',
		en: 'Run 3 of 4 ({steps} steps).',
	},
	l8q4: {
		es: 'Ejecución 4 de 4 ({steps} pasos).',
		en: 'Run 4 of 4 ({steps} steps).',
	},
	l8p2: {
		es: 'Resumen para depurar, basado en la física:\n\n  • pérdida errática o que se dispara → reducir la tasa de aprendizaje;\n  • convergencia lenta → aumentar la tasa de aprendizaje o el momentum;\n  • estancamiento → schedules de la tasa de aprendizaje, ruido, reinicios o regularización.\n\nLa regularización (el decay de la lección 4 es una) añade al paisaje un cuenco centrado en el origen: suaviza pozos pequeños lejos del origen y puede destrabar al escalador, pero también mueve el fondo, así que se dosifica.\n\nPregúntate siempre: ¿la curva es suave o errática? ¿converge, oscila o explota?',
		en: 'A debugging summary, grounded in physics:\n\n  • erratic or exploding loss → lower the learning rate;\n  • slow convergence → raise the learning rate or the momentum;\n  • stagnation → learning-rate schedules, noise, restarts or regularization.\n\nRegularization (lesson 4\'s decay is one) adds to the landscape a bowl centred on the origin: it smooths small pits far from the origin and can free a stuck climber, but it also moves the floor, so it is dosed.\n\nAlways ask: is the curve smooth or erratic? Does it converge, oscillate or explode?',
	},

	// ── 9. Reflection ─────────────────────────────────────────────────────────────────────
	l9Title: {es: 'Preguntas de reflexión', en: 'Questions for reflection'},
	l9p1: {
		es: 'Tres preguntas para cerrar. No hay una respuesta única: escribe lo que pienses y luego compáralo con lo que muestran las carreras.',
		en: 'Three questions to close. There is no single answer: write what you think, then compare it with what the runs show.',
	},
	l9q1: {es: 'Si tu modelo converge muy rápido, ¿es necesariamente bueno?', en: 'If your model converges very fast, is that necessarily good?'},
	l9a1: {
		es: 'No necesariamente. Converger es dejar de moverse, no llegar al mejor sitio. Un paso grande baja deprisa al primer valle que encuentra y se queda ahí: la pérdida se aplana pronto, y parece un éxito. Mira las dos ejecuciones: la rápida se detiene antes, pero en un pozo local; la que va con inercia tarda más y llega al valle más profundo.',
		en: 'Not necessarily. Converging means stopping, not arriving at the best place. A large step rushes into the first valley it finds and stays there: the loss flattens early, and it looks like success. Look at the two runs: the fast one stops sooner, but in a local pit; the one with inertia takes longer and reaches the deepest valley.',
	},
	l9d1a: {
		es: '1) η = {eta}, sin momentum: deja de moverse en el paso {settled} con pérdida {loss}. {Analogy}.',
		en: '1) η = {eta}, no momentum: stops moving at step {settled} with loss {loss}. {Analogy}.',
	},
	l9d1b: {
		es: '2) η = {eta}, μ = {mu}: llega al valle global en el paso {arrived}, pérdida {loss}.',
		en: '2) η = {eta}, μ = {mu}: reaches the global valley at step {arrived}, loss {loss}.',
	},
	l9q2: {es: '¿Por qué los modelos grandes a veces son más fáciles de entrenar?', en: 'Why are big models sometimes easier to train?'},
	l9a2: {
		es: 'Con más parámetros hay más dimensiones, y el experimento de la lección 7 lo mostró: casi todos los puntos críticos son puntos silla, no pozos. Un punto silla siempre tiene una dirección de bajada, y el momentum o el ruido la encuentran. Además, un modelo grande suele tener muchas soluciones igual de buenas, así que casi desde cualquier salida hay un valle óptimo cerca. Las ejecuciones: una función con cuatro fondos iguales (Himmelblau), donde cualquier descenso acaba en uno de ellos, y el paso de montaña que la inercia cruza.',
		en: 'More parameters mean more dimensions, and lesson 7\'s experiment showed it: almost every critical point is a saddle, not a pit. A saddle always has a way down, and momentum or noise find it. Also, a big model usually has many equally good solutions, so from almost any start there is an optimal valley nearby. The runs: a function with four equal floors (Himmelblau), where any descent ends in one of them, and the mountain pass that inertia crosses.',
	},
	l9d2a: {
		es: '1) Cuatro fondos iguales, η = {eta}: desde el paso {arrived} su pérdida está a menos de {tolerance} de la del fondo, y termina en un fondo óptimo, {final}.',
		en: '1) Four equal floors, η = {eta}: from step {arrived} its loss is within {tolerance} of the floor\'s, and it ends on an optimal floor, {final}.',
	},
	l9d2b: {
		es: '2) El paso de montaña con μ = {mu}: lo cruza y llega al fondo en el paso {arrived}.',
		en: '2) The mountain pass with μ = {mu}: it crosses it and reaches the floor at step {arrived}.',
	},
	l9q3: {
		es: '¿Cómo se relaciona el batch size con la «fricción» del sistema?',
		en: 'How does batch size relate to the "friction" of the system?',
	},
	l9a3: {
		es: 'Aquí la analogía tiene dos piezas que conviene separar. La fricción propiamente dicha es el decay (lección 4): frena y tira hacia el origen, y el batch size no la cambia. Lo que el batch size cambia es la temperatura: con un batch pequeño el gradiente se estima con pocos ejemplos y llega con ruido, y el escalador tiembla como una partícula caliente. La escala de ese ruido es η·(N/B − 1) (Smith y Le, 2018; N ejemplos, batch B): cero con el batch completo, mayor cuanto más pequeño es el batch y cuanto mayor es η. Un sistema caliente explora y puede salir de pozos pequeños, pero no se posa exactamente en el fondo; uno frío se posa, pero no explora.',
		en: 'Here the analogy has two pieces worth keeping apart. Friction proper is decay (lesson 4): it slows the climber and pulls toward the origin, and batch size does not change it. What batch size changes is the temperature: with a small batch the gradient is estimated from few examples and arrives noisy, and the climber trembles like a hot particle. The scale of that noise is η·(N/B − 1) (Smith and Le, 2018; N examples, batch B): zero at full batch, larger the smaller the batch and the larger η. A hot system explores and can leave small pits, but never settles exactly on the floor; a cold one settles, but does not explore.',
	},
	l9d3a: {
		es: '1) Batch completo, B = {batch} de {dataset}, η = {eta}: escala de ruido η·(N/B − 1) = {noise}. Frío: el gradiente es exacto, se posa en el pozo local, {final}, con pérdida {loss}, y no tiembla ({jitter}).',
		en: '1) Full batch, B = {batch} of {dataset}, η = {eta}: noise scale η·(N/B − 1) = {noise}. Cold: the gradient is exact, it settles in the local pit, {final}, with loss {loss}, and does not tremble ({jitter}).',
	},
	l9d3b: {
		es: '2) Batch pequeño, B = {batch}, el mismo η: escala de ruido η·(N/B − 1) = {noise}. Caliente: el ruido lo saca del pozo local y acaba en el valle global, {final}, con pérdida {loss}; pero tiembla {jitter} en sus últimos 100 pasos y nunca se posa.',
		en: '2) Small batch, B = {batch}, the same η: noise scale η·(N/B − 1) = {noise}. Hot: the noise shakes it out of the local pit and it ends in the global valley, {final}, with loss {loss}; but it trembles {jitter} over its last 100 steps and never settles.',
	},
	l9docUnreadable: {
		es: '(No se pudo leer {file}: la instalación no lo incluye.)',
		en: '(Could not read {file}: this installation does not include it.)',
	},
	l9docYours: {
		es: 'Con tus propios registros (CSV, JSON Lines, TensorBoard exportado…): descenso doctor mi-registro.csv. Te dirá el síntoma, la analogía física y qué mando tocar.',
		en: 'With your own logs (CSV, JSON Lines, exported TensorBoard…): descenso doctor my-log.csv. It tells you the symptom, the physical analogy and which knob to turn.',
	},
	l9docSays: {
		es: 'descenso doctor lo lee así: {title}. {analogy} {evidence}',
		en: 'descenso doctor reads it like this: {title}. {analogy} {evidence}',
	},
	l9docLegend: {
		es: '{dot} pérdida de entrenamiento · {faint} pérdida de validación (escala logarítmica, paso a paso):',
		en: '{dot} training loss · {faint} validation loss (log scale, step by step):',
	},
	l9doc: {
		es: 'Ahora lee tu propia curva. Esta es la de un entrenamiento real que viene con el juego ({file}): una regresión lineal sobre los datos de coches, con un η que sube poco a poco durante el entrenamiento (warm-up). Decide qué síntoma ves antes de leer lo que dice el doctor debajo.',
		en: 'Now read your own curve. This one is from a real training run that ships with the game ({file}): a linear regression on the cars data, with an η that rises little by little during training (a warm-up). Decide which symptom you see before reading what the doctor says below.',
	},
	l9p2: {
		es: '«El aprendizaje automático es física aplicada al espacio de las ideas.»\n\nHas terminado el tutorial. La campaña te espera: los mismos mandos, paisajes más difíciles.',
		en: '"Machine learning is physics applied to the space of ideas."\n\nYou have finished the tutorial. The campaign awaits: the same knobs, harder landscapes.',
	},
} satisfies Catalogue;

export type TutorialTextKey = keyof typeof TUTORIAL_TEXT;
