/**
 * The words of `descenso doctor`: the diagnosis card for a real training log, in the game's
 * voice (the seed's table of symptoms and its "Aplicación Práctica"), and the command's lines.
 */
import type {Text} from '../engine/types.js';

export const DOCTOR_TEXT = {
	// ---- titles and analogies, one per code
	title_exploding: {es: 'La pérdida explota', en: 'The loss explodes'},
	analogy_exploding: {es: 'Pelota rebotando sin control: cada paso cae más lejos del valle que el anterior.', en: 'A ball bouncing out of control: every step lands further from the valley than the last.'},
	title_too_slow: {es: 'Convergencia muy lenta', en: 'Converging too slowly'},
	analogy_too_slow: {es: 'Caminar en terreno plano: baja en cada paso, pero los pasos son diminutos.', en: 'Walking on flat ground: every step goes down, but the steps are tiny.'},
	title_oscillating: {es: 'Oscilaciones', en: 'Oscillating'},
	analogy_oscillating: {es: 'Pelota rebotando en un valle: la inercia la lleva de una ladera a la otra sin asentarse.', en: 'A ball rocking in a valley: inertia carries it from one slope to the other without settling.'},
	title_plateau: {es: 'Estancamiento', en: 'Stuck on a plateau'},
	analogy_plateau: {es: 'Atrapado en un pozo o en equilibrio sobre un paso de montaña: el suelo es plano y la pendiente no empuja.', en: 'Trapped in a pit, or balanced on a mountain pass: the ground is flat and the slope does not push.'},
	title_noisy: {es: 'Pérdida errática', en: 'A noisy loss'},
	analogy_noisy: {es: 'Una pelota que tiembla: el ruido del lote (la temperatura) la sacude más de lo que la pendiente la guía.', en: 'A shaking ball: batch noise (the temperature) shakes it more than the slope guides it.'},
	title_overfitting: {es: 'Sobreajuste', en: 'Overfitting'},
	analogy_overfitting: {es: 'Baja a un valle que solo existe en el mapa de entrenamiento: la pérdida de entrenamiento sigue cayendo mientras la de validación sube.', en: 'Descending into a valley that exists only on the training map: training loss keeps falling while validation climbs.'},
	title_healthy: {es: 'Entrenamiento sano', en: 'Healthy training'},
	analogy_healthy: {es: 'La pelota rodó cuesta abajo y se asentó en el fondo del valle.', en: 'The ball rolled downhill and settled on the valley floor.'},

	// ---- evidence
	evidenceCurve: {
		es: 'Pérdida {first} (paso {firstStep}) → mejor {best} (paso {bestStep}) → última {last} (paso {lastStep}); subió en el {up}\u00A0% de los pasos.',
		en: 'Loss {first} (step {firstStep}) → best {best} (step {bestStep}) → last {last} (step {lastStep}); it went up on {up}% of the steps.',
	},
	evidenceTail: {es: 'En el último 30\u00A0% el log de la pérdida cambia {slope} por cada 100 pasos registrados.', en: 'Over the last 30% the log-loss changes by {slope} per 100 logged steps.'},
	evidenceBlowUp: {es: 'Explotó en el paso {step} (la última pérdida finita fue {before}, en el paso {beforeStep}).', en: 'It blew up at step {step} (the last finite loss was {before}, at step {beforeStep}).'},
	evidenceRise: {es: 'En el paso {step} ya era {ratio} veces la pérdida inicial.', en: 'By step {step} it was {ratio} times the starting loss.'},
	evidenceJump: {
		es: 'En el paso {step} subió a {ratio} veces la menor pérdida que había alcanzado (paso {lowStep}): η la lanzó lejos.',
		en: 'At step {step} it climbed to {ratio} times the lowest loss it had reached (step {lowStep}): η threw it far.',
	},
	evidenceHalfTime: {
		es: 'Tardó el {share}\u00A0% del entrenamiento en hacer la mitad de su caída (×{fall} en total).',
		en: 'It took {share}% of the run to make half of its fall (×{fall} in all).',
	},
	evidenceValidationRise: {es: 'La validación llegó a {ratio} veces su valor inicial en el paso {step}: los parámetros salieron volando.', en: 'Validation reached {ratio} times its starting value at step {step}: the parameters flew off.'},
	evidenceBlowUpLr: {es: 'Explotó {after} pasos después de que η llegara a {lr}.', en: 'It blew up {after} steps after η reached {lr}.'},
	evidenceLr: {es: 'η fue de {first} a {last} (máximo {max}).', en: 'η went from {first} to {last} (peak {max}).'},
	evidenceLrConstant: {es: 'η constante: {lr}.', en: 'η constant: {lr}.'},
	evidenceSwing: {es: 'La pérdida oscila con un periodo de unos {period} pasos registrados.', en: 'The loss swings with a period of about {period} logged steps.'},
	evidenceNoise: {es: 'Un paso típico cambia la pérdida ×{factor}.', en: 'A typical step changes the loss by ×{factor}.'},
	evidencePlateau: {es: 'Plana del paso {from} al {to} ({share}\u00A0% del entrenamiento) en torno a {level}.', en: 'Flat from step {from} to step {to} ({share}% of the run) at about {level}.'},
	evidencePass: {es: 'Después cayó ×{fall}: era un paso de montaña, no el fondo.', en: 'Then it fell ×{fall}: it was a mountain pass, not the floor.'},
	evidencePit: {es: 'En todo el entrenamiento solo cayó ×{fall}.', en: 'Over the whole run it fell only ×{fall}.'},
	evidenceGap: {
		es: 'Validación: mejor {valBest} en el paso {valStep}, ahora {valEnd}; el entrenamiento bajó de {trainThen} a {trainEnd} desde entonces (brecha ×{gap}).',
		en: 'Validation: best {valBest} at step {valStep}, now {valEnd}; training went from {trainThen} to {trainEnd} since (gap ×{gap}).',
	},
	evidenceValidation: {es: 'Validación: {valFirst} → {valEnd} (entrenamiento {trainEnd}).', en: 'Validation: {valFirst} → {valEnd} (training {trainEnd}).'},

	// ---- advice, with magnitudes
	advice_exploding_lr: {
		es: 'Reduce el learning rate: explotó con η = {lr}; prueba η ≤ {safe} (un tercio). Con η·λ < 2 la pelota deja de rebotar.',
		en: 'Lower the learning rate: it blew up at η = {lr}; try η ≤ {safe} (a third of it). With η·λ < 2 the ball stops bouncing.',
	},
	advice_exploding: {
		es: 'Reduce el learning rate entre 3 y 10 veces; si usas momentum, η·λ debe quedar por debajo de 2 + 2μ.',
		en: 'Lower the learning rate 3 to 10 times; with momentum, η·λ must stay below 2 + 2μ.',
	},
	advice_too_slow_lr: {
		es: 'Aumenta el learning rate: de η = {lr} a {faster} (×3), o añade momentum μ ≈ 0,9. A este ritmo, caer otro ×10 lleva unos {more} pasos registrados más.',
		en: 'Raise the learning rate: from η = {lr} to {faster} (×3), or add momentum μ ≈ 0.9. At this pace, falling another ×10 takes about {more} more logged steps.',
	},
	advice_too_slow: {
		es: 'Aumenta el learning rate ×3 a ×10, o añade momentum μ ≈ 0,9. A este ritmo, caer otro ×10 lleva unos {more} pasos registrados más.',
		en: 'Raise the learning rate ×3 to ×10, or add momentum μ ≈ 0.9. At this pace, falling another ×10 takes about {more} more logged steps.',
	},
	advice_oscillating: {
		es: 'Ajusta el momentum hacia el amortiguamiento crítico: bájalo (p. ej. de 0,99 a 0,9) o reduce η a la mitad{lrNote}. Escalar las variables (media 0, varianza 1) redondea el valle.',
		en: 'Tune momentum toward critical damping: lower it (e.g. 0.99 → 0.9) or halve η{lrNote}. Scaling the features (mean 0, variance 1) rounds the valley.',
	},
	advice_plateau: {
		es: 'Estancamiento → learning rate scheduling o regularización: un reinicio en caliente (η ×3 a ×10 durante un rato), algo de ruido, o empezar de nuevo con pesos iniciales más pequeños (del orden de 1/√entradas) si las neuronas están saturadas.',
		en: 'Stagnation → learning-rate scheduling or regularization: a warm restart (η ×3 to ×10 for a while), some noise, or start again with smaller initial weights (about 1/√inputs) if the units are saturated.',
	},
	advice_plateau_pass: {
		es: 'Salió sola tras {steps} pasos en el paso de montaña: con momentum (μ ≈ 0,9) o un reinicio en caliente (η ×3 un rato) lo cruza antes; unos pesos iniciales aleatorios algo mayores rompen la simetría del arranque.',
		en: 'It got off the pass by itself after {steps} steps: momentum (μ ≈ 0.9) or a warm restart (η ×3 for a while) crosses it sooner; somewhat larger random initial weights break the symmetry of the start.',
	},
	advice_noisy: {
		es: 'Loss errático → reduce el learning rate ({lrNote}entre 3 y 10 veces) o aumenta el batch: el ruido escala como η·N/B, así que un batch 4 veces mayor lo calma a la mitad. Bajar η en la segunda mitad (un schedule) asienta la pelota.',
		en: 'Erratic loss → lower the learning rate ({lrNote}3 to 10 times) or raise the batch size: the noise scales as η·N/B, so a batch 4 times larger halves it. Lowering η in the second half (a schedule) settles the ball.',
	},
	advice_overfitting: {
		es: 'Detente cerca del paso {step} (la validación era mejor allí), añade regularización (weight decay λ ≈ {low} a {high}: la fricción) o más datos de entrenamiento.',
		en: 'Stop near step {step} (validation was best there), add regularization (weight decay λ ≈ {low} to {high}: friction) or more training data.',
	},
	advice_healthy: {
		es: 'Nada que arreglar: la pérdida cayó ×{fall} y se asentó. Para ir más rápido, prueba η ×2 y vigila que no rebote.',
		en: 'Nothing to fix: the loss fell ×{fall} and settled. To go faster, try η ×2 and watch that it does not bounce.',
	},
	lrNote: {es: ' (ahora {lr})', en: ' (now {lr})'},
	lrNoteNoisy: {es: 'ahora η = {lr}; ', en: 'now η = {lr}; '},

	// ---- the campaign level that teaches it (titles as in levels/; a test checks them)
	practise_exploding: {es: 'Mundo 1 · 3, Pelota rebotando', en: 'World 1 · 3, Bouncing ball'},
	practise_too_slow: {es: 'Mundo 1 · 2, Terreno plano', en: 'World 1 · 2, Flat ground'},
	practise_oscillating: {es: 'Mundo 2 · 1, La pelota que se mece', en: 'World 2 · 1, The rocking ball'},
	practise_plateau: {es: 'Mundo 5 · 3, Reinicios en caliente', en: 'World 5 · 3, Warm restarts'},
	practise_noisy: {es: 'Mundo 6 · 4, El tamaño del lote', en: 'World 6 · 4, Batch size'},
	practise_overfitting: {es: 'Mundo 3 · 3, Ni tanta ni tan poca', en: 'World 3 · 3, Just enough friction'},
	practise_healthy: {es: 'Mundo 1 · 4, Ni mucho ni poco', en: 'World 1 · 4, Just right'},

	// ---- the command
	formatName_huggingface: {es: 'trainer_state.json de Hugging Face', en: 'Hugging Face trainer_state.json'},
	'formatName_keras-history': {es: 'History de Keras en JSON', en: 'Keras History as JSON'},
	formatName_jsonl: {es: 'JSON por líneas', en: 'JSON lines'},
	formatName_tensorboard: {es: 'escalar de TensorBoard en CSV', en: 'TensorBoard scalar CSV'},
	formatName_lightning: {es: 'metrics.csv de PyTorch Lightning', en: 'PyTorch Lightning metrics.csv'},
	formatName_keras: {es: 'CSVLogger de Keras', en: 'Keras CSVLogger'},
	formatName_csv: {es: 'CSV', en: 'CSV'},
	formatName_plain: {es: 'texto, un número por línea', en: 'plain text, one number per line'},
	header: {es: 'descenso doctor · {file} ({format})', en: 'descenso doctor · {file} ({format})'},
	series: {es: 'Series: {names}', en: 'Series: {names}'},
	practiseLine: {es: 'Practica esto: {level} (descenso play {id})', en: 'Practise this: {level} (descenso play {id})'},
	usageArgs: {es: 'doctor necesita un archivo de registro o - (entrada estándar): descenso doctor <archivo|-> [--json] [--column NOMBRE] [--watch]', en: 'doctor needs a log file or - (standard input): descenso doctor <file|-> [--json] [--column NAME] [--watch]'},
	usageExtra: {es: 'doctor lee un solo archivo; sobra «{value}»', en: 'doctor reads one file; "{value}" is one too many'},
	usageColumn: {es: '--column necesita un nombre de columna', en: '--column needs a column name'},
	usageWatchStdin: {es: '--watch sigue un archivo que crece; no funciona con - (entrada estándar)', en: '--watch follows a file as it grows; it does not work with - (standard input)'},
	notFound: {es: 'no existe el archivo {file}', en: 'no such file: {file}'},
	notFile: {es: '{file} es una carpeta, no un registro de entrenamiento', en: '{file} is a directory, not a training log'},
	notRegular: {es: '{file} no es un archivo normal (¿un dispositivo o un socket?)', en: '{file} is not a regular file (a device or a socket?)'},
	unreadable: {es: 'no se puede leer {file}: {reason}', en: 'cannot read {file}: {reason}'},
	tooLarge: {es: '{file} ocupa más de {limit} GB; doctor lee registros de hasta {limit} GB', en: '{file} is over {limit} GB; doctor reads logs of up to {limit} GB'},
	tooLargeJson: {es: '{file} es un solo documento JSON de más de {limit} MB; doctor los lee hasta {limit} MB (JSON lines, un registro por línea, no tiene ese límite)', en: '{file} is a single JSON document over {limit} MB; doctor reads those up to {limit} MB (JSON lines, one record a line, have no such limit)'},
	empty: {es: '{file} está vacío: no hay curva que leer', en: '{file} is empty: there is no curve to read'},
	binary: {es: '{file} parece binario, no un registro de texto (CSV, JSON o un número por línea)', en: '{file} looks binary, not a text log (CSV, JSON or one number per line)'},
	noSeries: {es: '{file} no parece un registro de entrenamiento: no hay columna de pérdida. Columnas: {columns}. Elige una con --column NOMBRE', en: '{file} does not look like a training log: no loss column. Columns: {columns}. Pick one with --column NAME'},
	emptyLoss: {es: '{file} aún no parece un registro de entrenamiento: su columna de pérdida ({column}) no tiene ningún número', en: '{file} does not look like a training log yet: its loss column ({column}) holds no number'},
	noSeriesNoColumns: {es: '{file} no parece un registro de entrenamiento: ni columnas con nombre ni un número por línea', en: '{file} does not look like a training log: no named columns and not one number per line'},
	noColumn: {es: 'no hay columna numérica «{column}» en {file}. Columnas: {columns}', en: 'no numeric column "{column}" in {file}. Columns: {columns}'},
	fifoTimeout: {es: '{file} es una tubería sin nadie que escriba (esperé {seconds} s)', en: '{file} is a pipe with no writer (waited {seconds} s)'},
	watchFifo: {es: '--watch sigue archivos normales; {file} es una tubería', en: '--watch follows regular files; {file} is a pipe'},
	stdinName: {es: '(entrada estándar)', en: '(standard input)'},
	reading: {es: 'leyendo {file}… {mb} MB', en: 'reading {file}… {mb} MB'},

	// ---- the screen
	screenTitle: {es: 'descenso doctor', en: 'descenso doctor'},
	lossAxis: {es: 'pérdida (escala log)', en: 'loss (log scale)'},
	legendTrain: {es: 'entrenamiento', en: 'training'},
	legendValidation: {es: 'validación', en: 'validation'},
	lrAxis: {es: 'learning rate η', en: 'learning rate η'},
	evidenceHeading: {es: 'Pruebas', en: 'Evidence'},
	adviceHeading: {es: 'Qué hacer', en: 'What to do'},
	keysWatch: {es: 'q salir · siguiendo el archivo ({points} puntos)', en: 'q quit · following the file ({points} points)'},
	keys: {es: 'q salir', en: 'q quit'},
	waiting: {es: 'esperando a que el registro tenga datos…', en: 'waiting for the log to have data…'},
	tooSmall: {es: 'Terminal demasiado pequeña: hace falta al menos {cols}×{rows}.', en: 'Terminal too small: at least {cols}×{rows} is needed.'},
} satisfies Record<string, Text>;
