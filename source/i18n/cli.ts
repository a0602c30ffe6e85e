/** Texts of the command line: errors and the plain-text commands. */
import type {Catalogue} from './index.js';

export const CLI_TEXT = {
	badLang: {es: '--lang "{value}" no es un idioma; usa es o en', en: '--lang "{value}" is not a language; use es or en'},
	unknownFlag: {es: 'opción desconocida {flag}; mira descenso --help', en: 'unknown flag {flag}; see descenso --help'},
	unknownCommand: {
		es: 'orden desconocida "{command}"; las órdenes son: {commands}',
		en: 'unknown command "{command}"; the commands are: {commands}',
	},
	missingLevel: {
		es: 'falta el nivel: descenso {command} <id de nivel | archivo.json> (mira descenso levels)',
		en: 'missing level: descenso {command} <level id | file.json> (see descenso levels)',
	},
	extraArgs: {es: 'sobra "{value}"; descenso {command} toma un solo nivel', en: 'unexpected "{value}"; descenso {command} takes one level'},
	knobNotANumber: {
		es: '{flag} "{value}" no es un número; permitido: {allowed} (se acepta coma decimal)',
		en: '{flag} "{value}" is not a number; allowed: {allowed} (a decimal comma works too)',
	},
	knobOutOfRange: {es: '{flag} {value} está fuera de rango; permitido: {allowed}', en: '{flag} {value} is out of range; allowed: {allowed}'},
	knobNotInteger: {es: '{flag} {value} debe ser un número entero; permitido: {allowed}', en: '{flag} {value} must be a whole number; allowed: {allowed}'},
	knobLocked: {
		es: '{flag} está bloqueado en el nivel {level}; este nivel deja ajustar: {unlocked}',
		en: '{flag} is locked on level {level}; this level lets you set: {unlocked}',
	},
	badSchedule: {
		es: '{flag} "{value}" no es un schedule válido; permitido: {allowed} (opciones: step:γ:cada, cosine:η_min:periodo, warm-restarts:η_min:T₀:mult)',
		en: '{flag} "{value}" is not a valid schedule; allowed: {allowed} (options: step:γ:every, cosine:η_min:period, warm-restarts:η_min:T₀:mult)',
	},
	badSeed: {
		es: '--seed "{value}" no es válido; usa un entero entre 0 y 4294967295',
		en: '--seed "{value}" is not valid; use a whole number from 0 to 4294967295',
	},
	levelsHeader: {es: 'Niveles (mundo · nivel · estrellas · id · título)', en: 'Levels (world · level · stars · id · title)'},
	levelsBroken: {es: '{count} archivo(s) de nivel no válidos:', en: '{count} level file(s) not valid:'},
	validateOk: {es: '{file}: válido ({id})', en: '{file}: valid ({id})'},
	validateSummary: {es: '{ok} válidos, {bad} con errores', en: '{ok} valid, {bad} with errors'},
	validateUsage: {es: 'uso: descenso levels validate <archivo.json | carpeta>', en: 'usage: descenso levels validate <file.json | folder>'},
	levelsUsage: {es: 'uso: descenso levels [validate <ruta>]', en: 'usage: descenso levels [validate <path>]'},
	noTty: {
		es: 'hace falta una terminal interactiva para {what}; sin ella usa: descenso run <nivel> (mira descenso --help)',
		en: '{what} needs an interactive terminal; without one use: descenso run <level> (see descenso --help)',
	},
	dumbTerminal: {
		es: 'esta terminal (TERM=dumb) no puede dibujar {what}; usa una terminal completa, o descenso run <nivel> (mira descenso --help)',
		en: 'this terminal (TERM=dumb) cannot draw {what}; use a full terminal, or descenso run <level> (see descenso --help)',
	},
	repeatedFlag: {es: '{flag} aparece dos veces; da cada opción una sola vez', en: '{flag} is given twice; give each flag once'},
	flagNotForCommand: {
		es: '{flag} no sirve para descenso {command}; esta orden acepta: {allowed}',
		en: '{flag} does not apply to descenso {command}; this command takes: {allowed}',
	},
	dataDir_xdgRelative: {es: 'XDG_DATA_HOME es "{value}", no una ruta absoluta', en: 'XDG_DATA_HOME is "{value}", not an absolute path'},
	dataDir_homeEmpty: {es: 'HOME está vacío', en: 'HOME is empty'},
	dataDir_homeRelative: {es: 'HOME es "{value}", no una ruta absoluta', en: 'HOME is "{value}", not an absolute path'},
	dataDir_dirRelative: {es: 'la carpeta de datos sería "{value}", no una ruta absoluta', en: 'the data folder would be "{value}", not an absolute path'},
	badDataDir: {
		es: 'no hay una carpeta de datos válida: {why}; define HOME o XDG_DATA_HOME con una ruta absoluta',
		en: 'no usable data folder: {why}; set HOME or XDG_DATA_HOME to an absolute path',
	},
	notYet: {es: '"{command}" aún no está disponible en esta versión', en: '"{command}" is not available in this version yet'},
} satisfies Catalogue;
