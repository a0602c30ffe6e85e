/** Texts of the competition: share codes, verification, leaderboards, the daily challenge, par. */
import type {Catalogue} from './index.js';

export const SHARE_TEXT = {
	// why a code is rejected
	ERR_CODE_EMPTY: {es: 'el código está vacío', en: 'the code is empty'},
	ERR_CODE_FORMAT: {
		es: 'no es un código de descenso (empiezan por DSC1. y solo llevan letras, cifras, - y _)',
		en: 'not a descenso code (they start with DSC1. and hold only letters, digits, - and _)',
	},
	ERR_CODE_TRUNCATED: {es: 'el código está cortado: le falta una parte', en: 'the code is truncated: a part of it is missing'},
	ERR_CODE_CHECKSUM: {
		es: 'el código fue alterado o mal copiado: la suma de control no coincide',
		en: 'the code was altered or mistyped: its checksum does not match',
	},
	ERR_CODE_CONTENT: {es: 'el código no contiene datos válidos', en: 'the code does not hold valid data'},
	ERR_CODE_TOO_LONG: {es: 'el código es demasiado largo', en: 'the code is too long'},
	ERR_UNKNOWN_LEVEL: {
		es: 'el nivel "{level}" no está en esta instalación (¿falta un paquete de niveles? usa --levels <carpeta>)',
		en: 'level "{level}" is not in this install (a missing level pack? use --levels <dir>)',
	},
	ERR_LEVEL_CHANGED: {
		es: 'el nivel "{level}" cambió desde que se jugó (su huella de contenido {claimed} no es la de aquí, {actual})',
		en: 'level "{level}" changed since the run was played (content hash {claimed}, this install has {actual})',
	},
	ERR_ENGINE_VERSION: {
		es: 'el código es de otra versión del motor ({claimed}; esta es la {actual}): su puntuación no se puede comprobar aquí',
		en: 'the code comes from another engine version ({claimed}; this is {actual}): its score cannot be checked here',
	},
	ERR_KNOBS: {
		es: 'el ajuste {knob} está fuera de los rangos del nivel "{level}" (o el nivel lo tiene bloqueado)',
		en: 'the knob {knob} is outside the ranges of level "{level}" (or the level locks it)',
	},
	ERR_SCORE_MISMATCH: {
		es: 'la puntuación no vuelve a salir: declara {claimed}, la nueva simulación da {actual}',
		en: 'the score does not come out again: claimed {claimed}, re-simulated {actual}',
	},
	rejected: {es: 'código rechazado: {reason} [{code}]', en: 'code rejected: {reason} [{code}]'},
	holds: {
		es: 'la puntuación se sostiene: {name} hizo {score} ({stars}) en {level} con {knobs}, semilla {seed}',
		en: 'score holds: {name} got {score} ({stars}) on {level} with {knobs}, seed {seed}',
	},
	anonymous: {es: '(sin nombre)', en: '(no name)'},
	missingCode: {es: 'falta el código: descenso {command} <código>', en: 'missing code: descenso {command} <code>'},
	extraCode: {es: 'sobra "{value}"; descenso {command} toma un solo código', en: 'unexpected "{value}"; descenso {command} takes one code'},
	imported: {
		es: 'importado en el marcador de {level}: puesto {rank} de {size}',
		en: 'imported to the leaderboard of {level}: rank {rank} of {size}',
	},
	importedOff: {
		es: 'verificado, pero {score} no entra entre los {size} mejores de {level}',
		en: 'verified, but {score} does not make the top {size} of {level}',
	},
	importedDuplicate: {
		es: 'esta partida ya estaba en el marcador de {level} (puesto {rank})',
		en: 'this run was already on the leaderboard of {level} (rank {rank})',
	},
	storeError: {es: 'no se pudo guardar la puntuación: {message}', en: 'could not save the score: {message}'},
	storeReadError: {es: 'no se pudieron leer las puntuaciones: {message}', en: 'could not read the scores: {message}'},
	// leaderboards
	scoresNone: {es: 'aún no hay puntuaciones guardadas', en: 'no scores saved yet'},
	scoresNoneLevel: {es: 'aún no hay puntuaciones para {level}', en: 'no scores for {level} yet'},
	scoresUnknownLevel: {
		es: 'no hay ningún nivel "{level}" ni puntuaciones suyas; mira descenso levels',
		en: 'there is no level "{level}" and no scores for it; see descenso levels',
	},
	scoresSummaryHeader: {es: 'Mejores puntuaciones (nivel · mejor · nombre · partidas)', en: 'Best scores (level · best · name · entries)'},
	scoresHeader: {es: 'Marcador de {level}: {title}', en: 'Leaderboard of {level}: {title}'},
	columns: {
		es: 'n.º  nombre                    puntos  estr.  fecha       motor  ajustes',
		en: ' #   name                      score  stars  date        engine knobs',
	},
	importedMark: {es: 'importado', en: 'imported'},
	extraLevel: {es: 'sobra "{value}"; descenso scores toma un solo nivel', en: 'unexpected "{value}"; descenso scores takes one level'},
	dailyArgs: {es: 'sobra "{value}"; descenso daily no toma argumentos (usa --date AAAA-MM-DD)', en: 'unexpected "{value}"; descenso daily takes no arguments (use --date YYYY-MM-DD)'},
	// daily challenge
	badDate: {
		es: '--date "{value}" no es una fecha válida; usa AAAA-MM-DD (UTC), por ejemplo 2026-01-31',
		en: '--date "{value}" is not a valid date; use YYYY-MM-DD (UTC), e.g. 2026-01-31',
	},
	dailyHeader: {es: 'Reto del día {date} (UTC) · nivel {id}', en: 'Daily challenge {date} (UTC) · level {id}'},
	dailyFacts: {
		es: 'Presupuesto {budget} pasos · visibilidad {visibility} · estrellas {stars} · par {par}',
		en: 'Budget {budget} steps · visibility {visibility} · stars {stars} · par {par}',
	},
	dailyKnobs: {es: 'Ajustes: {knobs}', en: 'Knobs: {knobs}'},
	dailyHowTo: {
		es: 'Juégalo sin interfaz: descenso run {ref} --lr 0,05 --momentum 0,9   (o descenso daily en una terminal)',
		en: 'Play it without the UI: descenso run {ref} --lr 0.05 --momentum 0.9   (or descenso daily in a terminal)',
	},
	// par panel
	par: {es: 'Par {par}', en: 'Par {par}'},
	computingPar: {es: 'calculando el par…', en: 'computing par…'},
	you: {es: 'tú {score}', en: 'you {score}'},
	better: {
		es: 'mejor que el {percent}% de los escaladores al azar',
		en: 'better than {percent}% of random climbers',
	},
	histogramCaption: {
		es: '{count} escaladores al azar, puntuaciones 0–1000; ▲ tu puntuación',
		en: '{count} random climbers, scores 0–1000; ▲ your score',
	},
	histogramCaptionAscii: {
		es: '{count} escaladores al azar, puntuaciones 0–1000; ^ tu puntuación',
		en: '{count} random climbers, scores 0–1000; ^ your score',
	},
	// leaderboard screen
	boardTitle: {es: 'Clasificaciones', en: 'Leaderboards'},
	boardLevel: {es: '{index}/{count}  {id}  {title}', en: '{index}/{count}  {id}  {title}'},
	boardEmpty: {es: 'Nadie ha puntuado aún en este nivel.', en: 'Nobody has scored on this level yet.'},
	boardNoLevels: {es: 'No hay niveles.', en: 'No levels.'},
	boardLoading: {es: 'Cargando puntuaciones…', en: 'Loading scores…'},
	// the key bar: [key, label] pairs
	boardKeyUpDownAscii: {es: 'arriba/abajo', en: 'up/down'},
	boardKeyLevel: {es: 'nivel', en: 'level'},
	boardKeyBack: {es: 'volver', en: 'back'},
	boardMore: {es: '… y {count} más', en: '… and {count} more'},
	dailyTitle: {es: 'Reto del día {date}', en: 'Daily challenge {date}'},
} satisfies Catalogue;
