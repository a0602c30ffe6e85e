/**
 * The words of the diagnoses (DESIGN §4), keyed by code and reason: `{code}.title`,
 * `{code}.analogy`, `{code}.evidence.{reason}`, `{code}.why.{reason}`, `{code}.advice.{reason}`,
 * `{code}.option.{key}`. The engine's evidence fills the `{placeholders}` (see `diagnosis.ts`).
 */
import type {Catalogue} from './index.js';

export const DIAGNOSIS_TEXT = {
	// ── diverged ──────────────────────────────────────────────────────────────────────────
	'diverged.title': {es: 'La pérdida explotó', en: 'The loss exploded'},
	'diverged.analogy': {es: 'Pelota rebotando sin control', en: 'A ball bouncing out of control'},
	'diverged.evidence.ended': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial; terminó en {ratio}×. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es η·λ < {bound}{friction}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s; it ended at {ratio}×. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is η·λ < {bound}{friction}.',
	},
	'diverged.evidence.ended.momentum': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial; terminó en {ratio}×. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es 2 + 2μ = {bound}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s; it ended at {ratio}×. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is 2 + 2μ = {bound}.',
	},
	'diverged.evidence.ended.lookahead': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial; terminó en {ratio}×. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite con mirada adelante (Nesterov) es (2 + 2μ)/(1 + 2μ) = {bound}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s; it ended at {ratio}×. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit with look-ahead (Nesterov) is (2 + 2μ)/(1 + 2μ) = {bound}.',
	},
	'diverged.evidence.growing': {
		es: 'Al final casi cada paso era más largo que el anterior y la pérdida subía: en el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es η·λ < {bound}{friction}.',
		en: 'At the end nearly every step was longer than the one before and the loss was rising: at step {step}, the last, its height above the floor was {ratio}× the start\'s. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is η·λ < {bound}{friction}.',
	},
	'diverged.evidence.growing.momentum': {
		es: 'Al final casi cada paso era más largo que el anterior y la pérdida subía: en el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es 2 + 2μ = {bound}.',
		en: 'At the end nearly every step was longer than the one before and the loss was rising: at step {step}, the last, its height above the floor was {ratio}× the start\'s. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is 2 + 2μ = {bound}.',
	},
	'diverged.evidence.growing.lookahead': {
		es: 'Al final casi cada paso era más largo que el anterior y la pérdida subía: en el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite con mirada adelante (Nesterov) es (2 + 2μ)/(1 + 2μ) = {bound}.',
		en: 'At the end nearly every step was longer than the one before and the loss was rising: at step {step}, the last, its height above the floor was {ratio}× the start\'s. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit with look-ahead (Nesterov) is (2 + 2μ)/(1 + 2μ) = {bound}.',
	},
	'diverged.evidence.carried': {
		es: 'En el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial, y no se había asentado: continuando desde ahí con los mismos pasos y sin ruido, supera 10× la inicial {beyond} pasos después. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es η·λ < {bound}{friction}.',
		en: 'At step {step}, the last, its height above the floor was {ratio}× the start\'s, and it had not settled: carried on from there with the same steps and no noise, it passes 10× the start\'s {beyond} steps later. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is η·λ < {bound}{friction}.',
	},
	'diverged.evidence.carried.momentum': {
		es: 'En el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial, y no se había asentado: continuando desde ahí con los mismos pasos y sin ruido, supera 10× la inicial {beyond} pasos después. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es 2 + 2μ = {bound}.',
		en: 'At step {step}, the last, its height above the floor was {ratio}× the start\'s, and it had not settled: carried on from there with the same steps and no noise, it passes 10× the start\'s {beyond} steps later. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is 2 + 2μ = {bound}.',
	},
	'diverged.evidence.carried.lookahead': {
		es: 'En el paso {step}, el último, su altura sobre el fondo era {ratio}× la inicial, y no se había asentado: continuando desde ahí con los mismos pasos y sin ruido, supera 10× la inicial {beyond} pasos después. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite con mirada adelante (Nesterov) es (2 + 2μ)/(1 + 2μ) = {bound}.',
		en: 'At step {step}, the last, its height above the floor was {ratio}× the start\'s, and it had not settled: carried on from there with the same steps and no noise, it passes 10× the start\'s {beyond} steps later. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit with look-ahead (Nesterov) is (2 + 2μ)/(1 + 2μ) = {bound}.',
	},
	'diverged.evidence.swelling': {
		es: 'En el paso {step}, el último, cada rebote era mayor que el anterior (su altura sobre el fondo era {ratio}× la inicial), y continuando {more} pasos más sin ruido siguen creciendo. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es η·λ < {bound}{friction}.',
		en: 'At step {step}, the last, every bounce was bigger than the one before (its height above the floor was {ratio}× the start\'s), and carried on {more} more steps with no noise they keep growing. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is η·λ < {bound}{friction}.',
	},
	'diverged.evidence.swelling.momentum': {
		es: 'En el paso {step}, el último, cada rebote era mayor que el anterior (su altura sobre el fondo era {ratio}× la inicial), y continuando {more} pasos más sin ruido siguen creciendo. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es 2 + 2μ = {bound}.',
		en: 'At step {step}, the last, every bounce was bigger than the one before (its height above the floor was {ratio}× the start\'s), and carried on {more} more steps with no noise they keep growing. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is 2 + 2μ = {bound}.',
	},
	'diverged.evidence.swelling.lookahead': {
		es: 'En el paso {step}, el último, cada rebote era mayor que el anterior (su altura sobre el fondo era {ratio}× la inicial), y continuando {more} pasos más sin ruido siguen creciendo. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite con mirada adelante (Nesterov) es (2 + 2μ)/(1 + 2μ) = {bound}.',
		en: 'At step {step}, the last, every bounce was bigger than the one before (its height above the floor was {ratio}× the start\'s), and carried on {more} more steps with no noise they keep growing. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit with look-ahead (Nesterov) is (2 + 2μ)/(1 + 2μ) = {bound}.',
	},
	'diverged.evidence.infinite': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial, y la pérdida acabó siendo infinita. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es η·λ < {bound}{friction}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s, and the loss ended up infinite. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is η·λ < {bound}{friction}.',
	},
	'diverged.evidence.infinite.momentum': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial, y la pérdida acabó siendo infinita. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite es 2 + 2μ = {bound}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s, and the loss ended up infinite. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit is 2 + 2μ = {bound}.',
	},
	'diverged.evidence.infinite.lookahead': {
		es: 'Desde el paso {step}, su altura sobre el fondo ya no bajó de 10× la inicial, y la pérdida acabó siendo infinita. Curvatura más fuerte encontrada λ = {curvature}{along}: η·λ = {product}, y el límite con mirada adelante (Nesterov) es (2 + 2μ)/(1 + 2μ) = {bound}.',
		en: 'From step {step} on, its height above the floor stayed over 10× the start\'s, and the loss ended up infinite. Steepest curvature met λ = {curvature}{along}: η·λ = {product}, and the limit with look-ahead (Nesterov) is (2 + 2μ)/(1 + 2μ) = {bound}.',
	},
	'diverged.why.bounce': {
		es: 'Cada paso fue tan largo que cruzó el valle y aterrizó más alto en la otra ladera; allí la pendiente es mayor, el siguiente paso es aún más largo, y cada rebote crece.',
		en: 'Each step was so long it crossed the valley and landed higher on the far side; the slope there is steeper, so the next step is longer still, and every bounce grows.',
	},
	'diverged.advice.lower-eta': {es: 'Baja la tasa de aprendizaje: necesitas η < {limit}.', en: 'Lower the learning rate: you need η < {limit}.'},
	'diverged.advice.lower-eta.momentum': {
		es: 'Baja la tasa de aprendizaje: con μ = {momentum} necesitas η < {limit}.',
		en: 'Lower the learning rate: with μ = {momentum} you need η < {limit}.',
	},

	// ── left-map ──────────────────────────────────────────────────────────────────────────
	'left-map.title': {es: 'Fuera del mapa', en: 'Off the map'},
	'left-map.analogy': {es: 'Se salió del mapa', en: 'Rolled off the map'},
	'left-map.evidence.left': {
		es: 'En el paso {step} salió por {where} a velocidad |v| = {speed}, sin que la pérdida llegara a explotar.',
		en: 'At step {step} it left through {where} at speed |v| = {speed}, without the loss exploding.',
	},
	'left-map.why.inertia': {
		es: 'Llevaba tanta inercia que pasó de largo el valle y siguió rodando hasta el borde.',
		en: 'It carried so much inertia that it overshot the valley and kept rolling to the edge.',
	},
	'left-map.why.long-steps': {
		es: 'Los pasos eran tan largos que uno de ellos saltó más allá del borde del mapa.',
		en: 'The steps were so long that one of them jumped past the edge of the map.',
	},
	'left-map.advice.options': {es: 'Prueba a {options}.', en: 'Try to {options}.'},
	'left-map.option.lower-eta': {es: 'bajar η', en: 'lower η'},
	'left-map.option.lower-momentum': {es: 'bajar el momentum', en: 'lower the momentum'},
	'left-map.option.more-decay': {es: 'añadir un poco de fricción (decay)', en: 'add a little friction (decay)'},

	// ── reached-global ────────────────────────────────────────────────────────────────────
	'reached-global.title': {es: '¡Mínimo global!', en: 'Global minimum!'},
	'reached-global.analogy': {es: 'Llegó al valle más profundo', en: 'Reached the deepest valley'},
	'reached-global.evidence.arrived': {
		es: 'Llegó a menos de {tolerance} del fondo en el paso {arrived} de {budget}; pérdida final {loss} frente al mínimo {floor}.',
		en: 'It came within {tolerance} of the floor at step {arrived} of {budget}; final loss {loss} against the minimum {floor}.',
	},
	'reached-global.why.lucky': {
		es: 'Lo encontró el escalador {climber} de {climbers}: los reinicios aleatorios exploraron varios valles.',
		en: 'Climber {climber} of {climbers} found it: random restarts explored several valleys.',
	},
	'reached-global.why.at-floor': {
		es: 'Empezó ya en el fondo: la pendiente era cero y no había nada que bajar.',
		en: 'It started on the floor: the slope was zero and there was nothing to go down.',
	},
	'reached-global.why.one-step': {
		es: 'Le bastó un paso: aterrizó dentro de la tolerancia a la primera (en un cuenco, η·λ = 1 lleva justo al centro).',
		en: 'One step was enough: it landed within the tolerance at once (in a bowl, η·λ = 1 goes right to the centre).',
	},
	'reached-global.why.fast': {es: 'Pasos bien medidos: bajó rápido y se asentó sin rebotar.', en: 'Well-sized steps: it went down fast and settled without bouncing.'},
	'reached-global.why.late': {
		es: 'Llegó, pero tarde: gastó la mayor parte del presupuesto en el camino.',
		en: 'It got there, but late: most of the budget went on the way.',
	},
	'reached-global.why.steady': {es: 'Bajó con paso firme y se asentó en el valle más profundo.', en: 'It walked down steadily and settled in the deepest valley.'},
	'reached-global.advice.keep': {
		es: 'Nada que mejorar: ninguna carrera llega antes; quédate con η = {eta}.',
		en: 'Nothing to improve: no run gets there sooner; keep η = {eta}.',
	},
	'reached-global.advice.more-restarts': {
		es: 'Hubo suerte: con más reinicios es más probable que uno caiga en el valle más profundo, aunque cada uno tenga menos pasos.',
		en: 'That took luck: more restarts make it likelier that one lands in the deepest valley, though each gets fewer steps.',
	},
	'reached-global.advice.sooner': {
		es: 'Para más puntos, llega aún antes: la puntuación premia la rapidez (ajusta η).',
		en: 'For more points, arrive even sooner: the score rewards speed (tune η).',
	},
	'reached-global.advice.sooner.momentum': {
		es: 'Para más puntos, llega aún antes: la puntuación premia la rapidez (ajusta η o el momentum).',
		en: 'For more points, arrive even sooner: the score rewards speed (tune η or momentum).',
	},
	'reached-global.advice.carefully': {
		es: 'Para llegar antes, sube η con cuidado (sin pasar el límite de estabilidad).',
		en: 'To arrive sooner, raise η carefully (staying below the stability limit).',
	},
	'reached-global.advice.carefully.momentum': {
		es: 'Para llegar antes, ajusta η o el momentum con cuidado (sin pasar el límite de estabilidad).',
		en: 'To arrive sooner, tune η or momentum carefully (staying below the stability limit).',
	},

	// ── local-minimum ─────────────────────────────────────────────────────────────────────
	'local-minimum.title': {es: 'Mínimo local', en: 'Local minimum'},
	'local-minimum.analogy': {es: 'Atrapado en un pozo local', en: 'Trapped in a local pit'},
	'local-minimum.evidence.pit': {
		es: 'Se asentó en el pozo de {pit} con pérdida {loss}; el valle más profundo está en {floor}, {depth} más abajo.',
		en: 'It settled in the pit at {pit} with loss {loss}; the deepest valley is at {floor}, {depth} lower.',
	},
	'local-minimum.why.flat-pit': {
		es: 'En el fondo de un pozo la pendiente es cero en todas direcciones: el escalador con los ojos vendados no siente ninguna cuesta que lo saque de ahí.',
		en: 'At the bottom of a pit the slope is zero in every direction: the blindfolded climber feels no incline that would lead out.',
	},
	'local-minimum.advice.options': {es: 'Prueba {options}.', en: 'Try {options}.'},
	'local-minimum.advice.larger-eta': {
		es: 'Un η mayor da pasos que pueden saltar el borde del pozo.',
		en: 'A larger η takes steps that can jump the rim of the pit.',
	},
	'local-minimum.option.momentum': {es: 'más momentum para rodar por encima del borde', en: 'more momentum to roll over the rim'},
	'local-minimum.option.temperature': {es: 'temperatura (ruido) para saltar fuera', en: 'temperature (noise) to hop out'},
	'local-minimum.option.warm-restarts': {es: 'warm restarts para volver a dar pasos grandes', en: 'warm restarts to take big steps again'},
	'local-minimum.option.schedule': {es: 'un schedule que empiece con pasos grandes para explorar', en: 'a schedule that starts with big steps to explore'},
	'local-minimum.option.batch': {es: 'un batch más pequeño (más ruido) para sacudirte fuera', en: 'a smaller batch (more noise) to shake you out'},
	'local-minimum.option.restarts': {es: 'reinicios aleatorios para probar otros valles', en: 'random restarts to try other valleys'},

	// ── saddle ────────────────────────────────────────────────────────────────────────────
	'saddle.title': {es: 'Punto silla', en: 'Saddle point'},
	'saddle.analogy': {es: 'En equilibrio sobre un paso de montaña', en: 'Balanced on a mountain pass'},
	'saddle.evidence.pass': {
		es: 'Terminó en {here}, junto al punto silla {pass}: curvaturas {down} (hacia abajo) y {up} (hacia arriba), pendiente |∇f| = {slope}.',
		en: 'It ended at {here}, by the saddle point {pass}: curvatures {down} (downhill) and {up} (uphill), slope |∇f| = {slope}.',
	},
	'saddle.evidence.pass.space': {
		es: 'Terminó en {here}, junto al punto silla {pass}: de sus {parameters} direcciones, {downward} bajan (la más empinada con curvatura {down}) y las demás suben (hasta {up}); pendiente |∇f| = {slope}.',
		en: 'It ended at {here}, by the saddle point {pass}: of its {parameters} directions, {downward} go down (the steepest with curvature {down}) and the others up (up to {up}); slope |∇f| = {slope}.',
	},
	'saddle.evidence.pass.space.one': {
		es: 'Terminó en {here}, junto al punto silla {pass}: de sus {parameters} direcciones, una sola baja (curvatura {down}) y las demás suben (hasta {up}); pendiente |∇f| = {slope}.',
		en: 'It ended at {here}, by the saddle point {pass}: of its {parameters} directions, just one goes down (curvature {down}) and the others up (up to {up}); slope |∇f| = {slope}.',
	},
	'saddle.evidence.summit': {
		es: 'Terminó en {here}, sobre la cumbre {pass}: curvaturas {down} y {up}, las dos hacia abajo, pendiente |∇f| = {slope}.',
		en: 'It ended at {here}, on the summit {pass}: curvatures {down} and {up}, both downhill, slope |∇f| = {slope}.',
	},
	'saddle.why.pass': {
		es: 'En un paso de montaña el suelo sube hacia los lados y baja hacia delante, pero justo en el centro la pendiente es cero: quien llega por la cresta se queda en equilibrio.',
		en: 'On a mountain pass the ground rises to the sides and falls ahead, but right at the centre the slope is zero: whoever arrives along the ridge stays balanced there.',
	},
	'saddle.why.summit': {
		es: 'En lo alto de una cumbre el suelo baja en todas direcciones, pero justo en la cima la pendiente es cero: el escalador con los ojos vendados no siente hacia dónde bajar y se queda en equilibrio.',
		en: 'On a summit the ground falls away on every side, but right at the top the slope is zero: the blindfolded climber feels no way down and stays balanced.',
	},
	'saddle.advice.balanced.noise': {
		es: 'Está en equilibrio perfecto: añade ruido ({noise}); un empujón al azar rompe el equilibrio y la pendiente hace el resto.',
		en: 'It is perfectly balanced: add noise ({noise}); a random nudge breaks the balance and the slope does the rest.',
	},
	'saddle.advice.balanced.restarts': {
		es: 'Está en equilibrio perfecto y η o el momentum no tienen ningún desvío que amplificar: usa reinicios aleatorios para empezar desde otros puntos.',
		en: 'It is perfectly balanced and η or momentum have no nudge to amplify: use random restarts to start from other points.',
	},
	'saddle.advice.balanced': {
		es: 'Está en equilibrio perfecto: ningún mando de este nivel lo saca de ahí. Un η mayor o más momentum solo amplifican un desvío, y aquí el desvío es exactamente cero; hace falta ruido o empezar en otro sitio.',
		en: 'It is perfectly balanced: no knob of this level gets it off. A larger η or more momentum only amplify a nudge, and here the nudge is exactly zero; it takes noise or another start.',
	},
	'saddle.advice.momentum': {
		es: 'Más inercia cruza el paso: el más mínimo desvío te hace caer por la ladera.',
		en: 'More inertia carries you across the pass: the smallest nudge tips you downhill.',
	},
	'saddle.advice.noise': {es: 'Añade ruido ({noise}): un empujón al azar te saca del equilibrio.', en: 'Add noise ({noise}): a random nudge breaks the balance.'},
	'saddle.advice.larger-eta': {es: 'Un η mayor amplifica el desvío que te hace bajar por la ladera.', en: 'A larger η amplifies the nudge that tips you down the slope.'},
	'saddle.option.temperature': {es: 'temperatura', en: 'temperature'},
	'saddle.option.batch': {es: 'un batch más pequeño', en: 'a smaller batch'},

	// ── decay-pulled ──────────────────────────────────────────────────────────────────────
	'decay-pulled.title': {es: 'Frenado por la fricción', en: 'Held back by friction'},
	'decay-pulled.analogy': {es: 'La fricción te frenó antes del fondo', en: 'Friction stopped you short of the floor'},
	'decay-pulled.evidence.rest': {
		es: 'Con decay λ = {decay} se detiene en {rest}, a {short} del fondo {floor} y {gap} por encima: ahí el tirón de la fricción hacia el origen iguala la pendiente.',
		en: 'With decay λ = {decay} it comes to rest at {rest}, {short} from the floor {floor} and {gap} above it: there friction\'s pull toward the origin matches the slope.',
	},
	'decay-pulled.why.spring': {
		es: 'El decay multiplica la posición por (1 − λ) en cada paso: es un muelle que tira hacia el origen. En un cuenco ½k(θ − c)² el equilibrio queda en θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ), antes de c.',
		en: 'Decay multiplies the position by (1 − λ) every step: a spring pulling toward the origin. In a bowl ½k(θ − c)² the balance sits at θ* = η·k·c·(1 − λ) / (η·k·(1 − λ) + (1 − μ)·λ), short of c.',
	},
	'decay-pulled.advice.less-decay': {es: 'Menos fricción: baja el decay.', en: 'Less friction: lower the decay.'},

	// ── oscillating ───────────────────────────────────────────────────────────────────────
	'oscillating.title': {es: 'Oscilaciones', en: 'Oscillations'},
	'oscillating.analogy': {es: 'Pelota rebotando en un valle', en: 'A ball rocking in a valley'},
	'oscillating.evidence.reversals': {
		es: 'En la segunda mitad cambió de dirección {flips} veces en {half} pasos, y la amplitud apenas se apagó (×{amplitude} en el último cuarto). Se acabó el presupuesto a {gap} del fondo.',
		en: 'In the second half it reversed direction {flips} times in {half} steps, and the swing hardly died down (×{amplitude} over the last quarter). The budget ran out {gap} above the floor.',
	},
	'oscillating.evidence.reversals.growing': {
		es: 'En la segunda mitad cambió de dirección {flips} veces en {half} pasos, y la amplitud no se apagó: en el último cuarto sus pasos fueron ×{amplitude} los del cuarto anterior. Se acabó el presupuesto a {gap} del fondo.',
		en: 'In the second half it reversed direction {flips} times in {half} steps, and the swing did not die down: over the last quarter its steps were ×{amplitude} those of the quarter before. The budget ran out {gap} above the floor.',
	},
	'oscillating.why.noise': {
		es: 'El ruido (temperatura o batch pequeño) la sacude sin parar alrededor del fondo: nunca llega a quedarse quieta.',
		en: 'The noise (temperature or a small batch) keeps shaking it around the floor: it never gets to stand still.',
	},
	'oscillating.why.noise.batch': {
		es: 'Cada paso siente la pendiente de solo {batch} de los {rows} ejemplos, sacados al azar: la pendiente cambia de un lote al siguiente y la sacude sin parar alrededor del fondo. Un lote pequeño es un sistema caliente: nunca llega a quedarse quieta.',
		en: 'Each step feels the slope of only {batch} of the {rows} examples, drawn at random: the slope changes from one batch to the next and keeps shaking it around the floor. A small batch is a hot system: it never gets to stand still.',
	},
	'oscillating.why.under-damped': {
		es: 'Con tanta inercia la pelota sube por la otra ladera y vuelve: está subamortiguada (μ = {momentum} por encima del amortiguamiento crítico, que con η = {eta} y curvatura {curvature}{along} es μ = {target}).',
		en: 'With so much inertia the ball climbs the far slope and comes back: it is under-damped (μ = {momentum}, above critical damping, which for η = {eta} and curvature {curvature}{along} is μ = {target}).',
	},
	'oscillating.why.under-damped.lookahead': {
		es: 'Con tanta inercia la pelota sube por la otra ladera y vuelve: aun mirando adelante (Nesterov), μ = {momentum} la deja subamortiguada.',
		en: 'With so much inertia the ball climbs the far slope and comes back: even with look-ahead (Nesterov), μ = {momentum} leaves it under-damped.',
	},
	'oscillating.why.zigzag': {
		es: 'Cada paso cruza el fondo del valle y cae en la ladera de enfrente: zigzaguea en vez de bajar.',
		en: 'Every step crosses the valley floor and lands on the opposite slope: it zigzags instead of going down.',
	},
	'oscillating.why.zigzag.space': {
		es: 'Cada paso cruza el fondo del valle y cae en la ladera de enfrente: la más empinada de las {parameters} direcciones curva λ = {curvature}, así que η·λ = {product} ≥ {bound}, el límite; es una pared que el corte 2-D del mapa no muestra.',
		en: 'Every step crosses the valley floor and lands on the far slope: the steepest of all {parameters} directions curves λ = {curvature}, so η·λ = {product} ≥ {bound}, the limit; a wall the map’s 2-D slice does not show.',
	},
	'oscillating.advice.cool': {es: 'Enfría el sistema: {cool}.', en: 'Cool the system: {cool}.'},
	'oscillating.option.temperature': {es: 'menos temperatura', en: 'less temperature'},
	'oscillating.option.batch': {es: 'un batch mayor', en: 'a bigger batch'},
	'oscillating.option.schedule': {es: 'un schedule que reduzca η al final', en: 'a schedule that shrinks η at the end'},
	'oscillating.option.warm-restarts': {es: 'warm-restarts', en: 'warm-restarts'},
	'oscillating.option.cosine': {es: 'cosine', en: 'cosine'},
	'oscillating.option.step': {es: 'step', en: 'step'},
	'oscillating.advice.critical-momentum': {
		es: 'Baja el momentum hacia el amortiguamiento crítico: menos inercia frena el vaivén; o baja η.',
		en: 'Lower the momentum toward critical damping: less inertia stops the swing; or lower η.',
	},
	'oscillating.advice.critical-momentum.lookahead': {
		es: 'Baja el momentum hacia el amortiguamiento crítico: menos inercia frena el vaivén; o baja η. O activa la mirada adelante (Nesterov): siente la pendiente de donde va a caer y frena antes de la pared.',
		en: 'Lower the momentum toward critical damping: less inertia stops the swing; or lower η. Or turn on look-ahead (Nesterov): it feels the slope where it is about to land and brakes before the wall.',
	},
	'oscillating.advice.critical-eta': {
		es: 'Este nivel no deja bajar tanto μ: con μ = {momentum} el amortiguamiento crítico pide un η menor, (1 − √μ)²/λ; baja η hacia ese valor.',
		en: 'This level does not let μ go that low: with μ = {momentum}, critical damping wants a smaller η, (1 − √μ)²/λ; lower η toward it.',
	},
	'oscillating.advice.critical-eta.lookahead': {
		es: 'Este nivel no deja bajar tanto μ: con μ = {momentum} el amortiguamiento crítico pide un η menor, (1 − √μ)²/λ; baja η hacia ese valor. O activa la mirada adelante (Nesterov): frena antes de la pared.',
		en: 'This level does not let μ go that low: with μ = {momentum}, critical damping wants a smaller η, (1 − √μ)²/λ; lower η toward it. Or turn on look-ahead (Nesterov): it brakes before the wall.',
	},
	'oscillating.advice.ravine': {
		es: 'Baja η para dejar de zigzaguear entre las paredes (curvatura {high}{along}); y como el fondo es casi llano (curvatura {low}{across}), añade momentum: el mejor par teórico es η = (2/(√λ₁ + √λₙ))², μ = ((√κ − 1)/(√κ + 1))².',
		en: 'Lower η to stop zigzagging between the walls (curvature {high}{along}); and since the floor is almost flat (curvature {low}{across}), add momentum: the best pair in theory is η = (2/(√λ₁ + √λₙ))², μ = ((√κ − 1)/(√κ + 1))².',
	},
	'oscillating.advice.lower-eta': {
		es: 'Baja η: con curvatura {curvature}{along} el paso que va directo al fondo es η = 1/λ = {straight}.',
		en: 'Lower η: with curvature {curvature}{along} the step that goes straight to the floor is η = 1/λ = {straight}.',
	},
	'oscillating.advice.lower-eta.schedule': {
		es: 'Baja η (con curvatura {curvature}{along} el paso que va directo al fondo es η = 1/λ = {straight}), o deja que un schedule ({schedule}) encoja η al final: pasos grandes para llegar, pequeños para asentarse.',
		en: 'Lower η (with curvature {curvature}{along} the step that goes straight to the floor is η = 1/λ = {straight}), or let a schedule ({schedule}) shrink η at the end: big steps to get there, small ones to settle.',
	},

	// ── too-slow ──────────────────────────────────────────────────────────────────────────
	'too-slow.title': {es: 'Convergencia muy lenta', en: 'Very slow convergence'},
	'too-slow.analogy': {es: 'Caminar en terreno plano', en: 'Walking on flat ground'},
	'too-slow.evidence.still': {
		es: 'Tras {steps} pasos seguía bajando: la pérdida pasó de {startGap} a {endGap} sobre el fondo (hacía falta ≤ {tolerance}); pendiente final |∇f| = {slope}, paso final η = {lastEta}.',
		en: 'After {steps} steps it was still going down: the loss went from {startGap} to {endGap} above the floor (≤ {tolerance} was needed); final slope |∇f| = {slope}, final step size η = {lastEta}.',
	},
	'too-slow.evidence.barely': {
		es: 'Tras {steps} pasos apenas se había movido: la pérdida pasó de {startGap} a {endGap} sobre el fondo (hacía falta ≤ {tolerance}); pendiente final |∇f| = {slope}, paso final η = {lastEta}.',
		en: 'After {steps} steps it had hardly moved: the loss went from {startGap} to {endGap} above the floor (≤ {tolerance} was needed); final slope |∇f| = {slope}, final step size η = {lastEta}.',
	},
	'too-slow.evidence.still.one': {
		es: 'Tras 1 paso seguía bajando: la pérdida pasó de {startGap} a {endGap} sobre el fondo (hacía falta ≤ {tolerance}); pendiente final |∇f| = {slope}, paso final η = {lastEta}.',
		en: 'After 1 step it was still going down: the loss went from {startGap} to {endGap} above the floor (≤ {tolerance} was needed); final slope |∇f| = {slope}, final step size η = {lastEta}.',
	},
	'too-slow.evidence.barely.one': {
		es: 'Tras 1 paso apenas se había movido: la pérdida pasó de {startGap} a {endGap} sobre el fondo (hacía falta ≤ {tolerance}); pendiente final |∇f| = {slope}, paso final η = {lastEta}.',
		en: 'After 1 step it had hardly moved: the loss went from {startGap} to {endGap} above the floor (≤ {tolerance} was needed); final slope |∇f| = {slope}, final step size η = {lastEta}.',
	},
	'too-slow.why.flat': {
		es: 'El paso es η·|∇f|: con una pendiente suave y un η pequeño, cada paso avanza muy poco, como caminar por un llano.',
		en: 'A step is η·|∇f|: on a gentle slope with a small η every step covers very little ground, like walking on flat land.',
	},
	'too-slow.why.walls': {
		es: 'Las paredes empinadas del valle no dejan subir η sin rebotar, y a lo largo del fondo, casi llano, ese mismo η apenas avanza: caminar en terreno plano.',
		en: 'The steep walls of the valley keep η from growing without bouncing, and along the almost flat floor that same η barely moves: walking on flat ground.',
	},
	'too-slow.why.split': {
		es: 'Los {budget} pasos se repartieron entre {climbers} escaladores: cada uno tuvo solo {steps}, y el mejor aún bajaba cuando se le acabaron.',
		en: 'The {budget} steps were shared among {climbers} climbers: each had only {steps}, and the best one was still going down when they ran out.',
	},
	'too-slow.why.walls.space': {
		es: 'De sus {parameters} direcciones, la más empinada curva λ = {steep} y la más llana (al final) solo {flattest}: κ = {kappa}. La empinada limita η; por la llana ese η apenas avanza.',
		en: 'Of its {parameters} directions the steepest curves λ = {steep} and the flattest (at the end) only {flattest}: κ = {kappa}. The steep one caps η; along the flat one that η barely moves.',
	},
	'too-slow.advice.schedule-stalled': {
		es: 'El schedule encogió η de {eta} a {lastEta}: frena demasiado pronto. Deja que η baje más tarde o menos (un periodo más largo, un factor más cercano a 1, o el schedule constant).',
		en: 'The schedule shrank η from {eta} to {lastEta}: it brakes too early. Let η shrink later or less (a longer period, a factor closer to 1, or the constant schedule).',
	},
	'too-slow.advice.eta-max.momentum': {
		es: 'η ya está en el máximo de este nivel ({eta}) y la pendiente es demasiado suave para notarla: añade momentum para que la inercia acumule velocidad.',
		en: 'η is already at this level\'s maximum ({eta}) and the slope is too gentle to feel: add momentum so inertia builds up speed.',
	},
	'too-slow.advice.eta-max': {
		es: 'η ya está en el máximo de este nivel ({eta}): el terreno es tan llano que ningún paso permitido lo cruza a tiempo; es caminar en terreno plano.',
		en: 'η is already at this level\'s maximum ({eta}): the ground is so flat that no allowed step crosses it in time; this is walking on flat ground.',
	},
	'too-slow.advice.raise-eta': {
		es: 'Sube la tasa de aprendizaje (el límite de estabilidad aquí es η < {limit}{setBy}).',
		en: 'Raise the learning rate (the stability limit here is η < {limit}{setBy}).',
	},
	'too-slow.advice.raise-eta.momentum': {
		es: 'Sube la tasa de aprendizaje (el límite de estabilidad aquí es η < {limit}{setBy}), o añade momentum para acelerar en la dirección constante.',
		en: 'Raise the learning rate (the stability limit here is η < {limit}{setBy}), or add momentum to speed up along the steady direction.',
	},
	'too-slow.advice.raise-eta.far': {
		es: 'Sube la tasa de aprendizaje: el suelo es tan llano que el límite de estabilidad queda muy lejos.',
		en: 'Raise the learning rate: the ground is so flat that the stability limit is far away.',
	},
	'too-slow.advice.raise-eta.momentum.far': {
		es: 'Sube la tasa de aprendizaje (el suelo es tan llano que el límite de estabilidad queda muy lejos), o añade momentum para acelerar en la dirección constante.',
		en: 'Raise the learning rate (the ground is so flat that the stability limit is far away), or add momentum to speed up along the steady direction.',
	},
	'too-slow.advice.fewer-restarts': {
		es: 'Menos reinicios: si el descenso llega desde casi cualquier comienzo, un solo escalador con los {budget} pasos llega más lejos que {climbers} con {steps} cada uno.',
		en: 'Fewer restarts: if the descent gets there from almost any start, one climber with all {budget} steps goes further than {climbers} with {steps} each.',
	},
	'too-slow.advice.best-pair': {
		es: 'η ya está cerca de su límite {limit} (curvatura más fuerte {high}{along}); la dirección suave (curvatura {low}{across}) necesita inercia: sube μ hacia el mejor par teórico, μ = ((√κ − 1)/(√κ + 1))².',
		en: 'η is already near its limit {limit} (steepest curvature {high}{along}); the gentle direction (curvature {low}{across}) needs inertia: raise μ toward the best pair in theory, μ = ((√κ − 1)/(√κ + 1))².',
	},
	'too-slow.advice.at-limit': {
		es: 'η ya está cerca de su límite {limit}{setBy}: con estos mandos el valle es demasiado alargado para el presupuesto; busca el η más grande que no rebote.',
		en: 'η is already near its limit {limit}{setBy}: with these knobs the valley is too long for the budget; look for the largest η that does not bounce.',
	},
	'too-slow.advice.at-limit.schedule': {
		es: 'η ya está cerca de su límite {limit}{setBy}: un schedule puede dar pasos grandes al principio y pequeños al final.',
		en: 'η is already near its limit {limit}{setBy}: a schedule can take big steps first and small ones at the end.',
	},

	// ── shared ────────────────────────────────────────────────────────────────────────────
	// what a run with many parameters adds: its curvature is the model's own, in every direction
	'phrase.steepest': {
		es: ' (la más empinada de las {parameters} direcciones, no solo de las dos del mapa)',
		en: ' (the steepest of all {parameters} directions, not just the map’s two)',
	},
	'phrase.limit-decay': {es: ' con fricción (decay) {decay}', en: ' with decay {decay}'},
	'phrase.limit-decay.momentum': {es: ' con μ = {momentum} y fricción (decay) {decay}', en: ' with μ = {momentum} and decay {decay}'},
	'phrase.limit-decay.lookahead': {
		es: ' con mirada adelante (Nesterov), μ = {momentum} y fricción (decay) {decay}',
		en: ' with look-ahead (Nesterov), μ = {momentum} and decay {decay}',
	},
	'phrase.flattest': {es: ' (la más llana de las {parameters} direcciones)', en: ' (the flattest of the {parameters} directions)'},
	'phrase.set-by': {
		es: ', fijado por la dirección más empinada entre los {parameters} parámetros',
		en: ', set by the steepest direction among all {parameters} parameters',
	},
	or: {es: ', o ', en: ', or '},
	tried: {
		es: 'Probado por el motor: con {knobs} la puntuación sube de {from} a {score}.',
		en: 'Tried by the engine: {knobs} scores {score} instead of {from}.',
	},
	// the advice of a diagnosis with a tried suggestion: its moves, then what the engine saw
	'advice.tried': {
		es: '{moves}: el motor lo ha probado y la puntuación sube de {from} a {score}.',
		en: '{moves}: the engine tried it, and it scores {score} instead of {from}.',
	},
	'move.learningRate.raise': {es: 'sube η a {value}', en: 'raise η to {value}'},
	'move.learningRate.lower': {es: 'baja η a {value}', en: 'lower η to {value}'},
	'move.momentum.raise': {es: 'sube el momentum a μ = {value}', en: 'raise the momentum to μ = {value}'},
	'move.momentum.lower': {es: 'baja el momentum a μ = {value}', en: 'lower the momentum to μ = {value}'},
	'move.decay.raise': {es: 'sube la fricción (decay) a {value}', en: 'raise the friction (decay) to {value}'},
	'move.decay.lower': {es: 'baja la fricción (decay) a {value}', en: 'lower the friction (decay) to {value}'},
	'move.temperature.raise': {es: 'sube la temperatura a T = {value}', en: 'raise the temperature to T = {value}'},
	'move.temperature.lower': {es: 'baja la temperatura a T = {value}', en: 'lower the temperature to T = {value}'},
	'move.batchSize.raise': {es: 'sube el batch a {value}', en: 'raise the batch to {value}'},
	'move.batchSize.lower': {es: 'baja el batch a {value}', en: 'lower the batch to {value}'},
	'move.restarts.raise': {es: 'sube los reinicios a K = {value}', en: 'raise the restarts to K = {value}'},
	'move.restarts.lower': {es: 'baja los reinicios a K = {value}', en: 'lower the restarts to K = {value}'},
	'move.schedule.set': {es: 'cambia el schedule a {value}', en: 'switch the schedule to {value}'},
	'move.nesterov.on': {es: 'activa la mirada adelante (Nesterov)', en: 'turn on look-ahead (Nesterov)'},
	'move.nesterov.off': {es: 'quita la mirada adelante (Nesterov)', en: 'turn off look-ahead (Nesterov)'},
	'knob.learningRate': {es: 'η', en: 'η'},
	'knob.momentum': {es: 'μ', en: 'μ'},
	'knob.decay': {es: 'decay', en: 'decay'},
	'knob.schedule': {es: 'schedule', en: 'schedule'},
	'knob.temperature': {es: 'T', en: 'T'},
	'knob.batchSize': {es: 'batch', en: 'batch'},
	'knob.restarts': {es: 'reinicios', en: 'restarts'},
	'knob.nesterov': {es: 'Nesterov', en: 'Nesterov'},
	yes: {es: 'sí', en: 'on'},
	no: {es: 'no', en: 'off'},
} satisfies Catalogue;
