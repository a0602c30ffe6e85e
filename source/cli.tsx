#!/usr/bin/env node
/**
 * The only file that reads argv, the environment and the TTY. It turns them into a context and
 * hands it to one command; commands are loaded lazily so the game starts fast and never loads
 * what it does not use (the dashboard's blessed above all).
 */
import module from 'node:module';
import process from 'node:process';
import {languageFromEnv} from './i18n/index.js';
import {CLI_TEXT} from './i18n/cli.js';
import {dataDirProblem, defaultDataDir} from './store/paths.js';
import {flagProblem, plainStartFlags} from './commands/flag-rules.js';
import {chooseLanguage} from './environment.js';
import {peekSettings} from './store/peek-settings.js';
import type {CommandContext, Flags} from './commands/context.js';
import {CAPS, line, safe, safeTranslator, type SafeText} from './text/safe.js';

// V8's code cache on disk (Node ≥ 22.1; absent before): Ink, React and the game's modules, loaded
// below through dynamic imports, start from compiled code on every start after the first.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const HELP_EN = `
  Usage
    $ descenso                         play (menu → levels → setup → run → result)
    $ descenso tutorial                guided lessons
    $ descenso play <level>            straight to a level's setup screen
    $ descenso daily                   today's challenge (UTC date)
    $ descenso run <level> [knobs]     simulate without the UI, print the report
    $ descenso verify <code>           re-simulate a share code and check its score
    $ descenso import <code>           verify a share code and add it to the leaderboard
    $ descenso scores [<level>]        leaderboards
    $ descenso levels                  list levels with your stars
    $ descenso levels validate <path>  check a level file or a folder of them
    $ descenso dashboard <level|code>  full-screen flight recorder of a run
    $ descenso doctor <file|->         diagnose a real training log (Keras, Lightning,
                                       Hugging Face, TensorBoard CSV, JSON lines, numbers)

  <level> is a level id (see \`descenso levels\`), a path to a .json level file, or daily.

  Knobs (each level unlocks some; a locked knob is refused)
    --lr <η>             learning rate, e.g. 0.05 (0,05 works too)
    --momentum <μ>       inertia, 0 ≤ μ < 1
    --decay <λ>          friction, 0 ≤ λ < 1
    --schedule <kind>    constant | step | cosine | warm-restarts (options after colons:
                         step:γ:every, cosine:η_min:period, warm-restarts:η_min:T₀:mult)
    --temperature <T>    Langevin noise
    --batch <B>          batch size (smaller is noisier)
    --restarts <K>       climbers sharing the budget
    --nesterov           look-ahead gradient
    --seed <n>           random seed (default 1)

  Global
    --lang es|en         language (default from LANG)
    --levels <dir>       an extra level pack
    --no-color           no colour (NO_COLOR is honoured too)
    --ascii              ASCII glyphs only
    --json               machine-readable output (run, verify, import, scores, levels, doctor)
    --name <name>        your name in the share code of \`descenso run\`
    --date YYYY-MM-DD    another day's challenge (daily, run daily)
    --column <name>      the log column doctor reads as the loss
    --watch              doctor follows a log that is still being written
    --help, --version

  Exit codes: 0 ok · 1 the thing asked for failed · 2 bad usage
`;

const HELP_ES = `
  Uso
    $ descenso                         jugar (menú → niveles → ajustes → descenso → resultado)
    $ descenso tutorial                lecciones guiadas
    $ descenso play <nivel>            directo a los ajustes de un nivel
    $ descenso daily                   el reto del día (fecha UTC)
    $ descenso run <nivel> [mandos]    simular sin interfaz e imprimir el informe
    $ descenso verify <código>         re-simular un código y comprobar su puntuación
    $ descenso import <código>         verificar un código y añadirlo a la clasificación
    $ descenso scores [<nivel>]        clasificaciones
    $ descenso levels                  lista de niveles con tus estrellas
    $ descenso levels validate <ruta>  comprobar un archivo de nivel o una carpeta
    $ descenso dashboard <nivel|código> registro de vuelo de un descenso, a pantalla completa
    $ descenso doctor <archivo|->      diagnosticar un registro de entrenamiento real (Keras,
                                       Lightning, Hugging Face, CSV de TensorBoard, JSON, números)

  <nivel> es un id de nivel (mira \`descenso levels\`), la ruta de un archivo .json, o daily.

  Mandos (cada nivel desbloquea algunos; uno bloqueado se rechaza)
    --lr <η>             tasa de aprendizaje, p. ej. 0,05 (o 0.05)
    --momentum <μ>       inercia, 0 ≤ μ < 1
    --decay <λ>          fricción, 0 ≤ λ < 1
    --schedule <tipo>    constant | step | cosine | warm-restarts (opciones tras dos puntos:
                         step:γ:cada, cosine:η_min:periodo, warm-restarts:η_min:T₀:mult)
    --temperature <T>    ruido de Langevin
    --batch <B>          tamaño del batch (más pequeño, más ruido)
    --restarts <K>       escaladores que se reparten el presupuesto
    --nesterov           gradiente con mirada adelante
    --seed <n>           semilla aleatoria (por defecto 1)

  Globales
    --lang es|en         idioma (por defecto, el de LANG)
    --levels <carpeta>   un paquete de niveles extra
    --no-color           sin color (también con NO_COLOR)
    --ascii              solo glifos ASCII
    --json               salida para máquinas (run, verify, import, scores, levels, doctor)
    --name <nombre>      tu nombre en el código de \`descenso run\`
    --date AAAA-MM-DD    el reto de otro día (daily, run daily)
    --column <nombre>    la columna del registro que doctor lee como pérdida
    --watch              doctor sigue un registro que aún se está escribiendo
    --help, --version

  Códigos de salida: 0 bien · 1 lo pedido falló · 2 uso incorrecto
`;

const FLAGS = {
	lr: {type: 'string'},
	momentum: {type: 'string'},
	decay: {type: 'string'},
	schedule: {type: 'string'},
	temperature: {type: 'string'},
	batch: {type: 'string'},
	restarts: {type: 'string'},
	nesterov: {type: 'boolean'},
	seed: {type: 'string'},
	lang: {type: 'string'},
	levels: {type: 'string'},
	color: {type: 'boolean', default: true},
	ascii: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	name: {type: 'string'},
	date: {type: 'string'},
	column: {type: 'string'},
	watch: {type: 'boolean'},
	help: {type: 'boolean'},
} as const;

const COMMANDS: Record<string, () => Promise<{default: (context: CommandContext) => Promise<number>}>> = {
	run: async () => import('./commands/run.js'),
	levels: async () => import('./commands/levels.js'),
	play: async () => import('./commands/play.js'),
	tutorial: async () => import('./commands/play.js'),
	daily: async () => import('./commands/daily.js'),
	verify: async () => import('./commands/verify.js'),
	import: async () => import('./commands/import.js'),
	scores: async () => import('./commands/scores.js'),
	dashboard: async () => import('./commands/dashboard.js'),
	doctor: async () => import('./commands/doctor.js'),
};

/**
 * Whether `command` reads or writes the data folder (progress, settings, scores, the par cache),
 * so an unusable one must stop it; `levels validate`, `run`, `verify` and `doctor` never touch it.
 */
function usesDataDir(command: string, args: readonly string[], json: boolean): boolean {
	if (command === 'levels') return args[0] !== 'validate';
	// without a terminal, or with --json, `daily` prints the challenge (commands/daily.ts)
	if (command === 'daily') return !json && process.stdin.isTTY && process.stdout.isTTY;
	return ['menu', 'play', 'tutorial', 'scores', 'import', 'dashboard'].includes(command);
}

async function main(): Promise<number> {
	const env = process.env;
	// React's development build costs several times the frame time; no import of React has run yet.
	env['NODE_ENV'] ??= 'production';
	const argv = process.argv.slice(2);
	const valued = new Set(Object.entries(FLAGS).filter(([, spec]) => spec.type === 'string').map(([name]) => name));
	// checked before meow, which takes a repeated flag for an internal error
	const problem = flagProblem(argv, valued);
	const parse = async () =>
		(await import('meow')).default(HELP_EN, {
			importMeta: import.meta,
			argv: joinNegativeValues(argv),
			allowUnknownFlags: true,
			flags: FLAGS,
			// help is printed below, once the language is known
			autoHelp: false,
			autoVersion: true,
		});
	const none = {flags: {color: true, ascii: false, json: false}, input: [] as string[], pkg: {description: ''}};
	let cli: Pick<Awaited<ReturnType<typeof parse>>, 'flags' | 'input' | 'pkg'> | typeof none = none;
	// Plain `descenso` (and `npm start`) has nothing to parse, and `descenso --lang en` only plain
	// flags that Node's own parser reads as meow would: the game starts without loading meow.
	const plain = argv.length === 0 || problem ? undefined : plainStartFlags(argv, FLAGS);
	try {
		if (plain) cli = {...none, flags: {...none.flags, ...plain}};
		else if (argv.length > 0) cli = await parse();
	} catch (error) {
		// meow throws on a repeated flag; that usage error is reported below, in the player's language
		if (!problem) throw error;
	}

	const flags = cli.flags as unknown as Flags & Record<string, unknown>;
	const rawLang = flags.lang;
	const dataProblem = dataDirProblem(env);
	// the one place the data folder, the language and the clock are read
	const dataDir = defaultDataDir();
	const explicit = rawLang === 'es' || rawLang === 'en' ? rawLang : undefined;
	const lang = chooseLanguage(explicit, explicit || dataProblem ? undefined : (await peekSettings(dataDir)).language, languageFromEnv(env));
	const t = safeTranslator(CLI_TEXT, lang);
	const fail = (message: SafeText) => {
		process.stderr.write(line`descenso: ${message}\n`);
		return 2;
	};

	if (problem && !flags['help']) {
		const flag = safe(problem.flag, CAPS.arg);
		if (problem.kind === 'repeated') return fail(t('repeatedFlag', {flag}));
		const allowed = safe(problem.allowed.map((f) => (f === 'color' ? '--no-color' : `--${f}`)).join(', '));
		return fail(t('flagNotForCommand', {flag, command: safe(problem.command, CAPS.arg), allowed}));
	}

	if (rawLang !== undefined && rawLang !== 'es' && rawLang !== 'en') return fail(t('badLang', {value: safe(String(rawLang), CAPS.arg)}));
	if (flags['help']) {
		const tagline =
			lang === 'es'
				? 'Un juego de terminal que enseña el descenso del gradiente como física: un escalador con los ojos\n  vendados sobre un paisaje de pérdida dibujado como un mapa topográfico.'
				: (cli.pkg.description ?? '');
		process.stdout.write(`\n  ${tagline}\n${lang === 'es' ? HELP_ES : HELP_EN}\n`);
		return 0;
	}

	const known = new Set(Object.keys(FLAGS));
	const unknown = Object.keys(flags).filter((key) => !known.has(key));
	if (unknown.length > 0) return fail(t('unknownFlag', {flag: safe(`--${toKebab(unknown[0]!)}`, CAPS.arg)}));

	const [command = 'menu', ...args] = cli.input;
	if (dataProblem && usesDataDir(command, args, flags.json)) return fail(t('badDataDir', {why: t(`dataDir_${dataProblem.reason}`, {value: safe(dataProblem.value, CAPS.arg)})}));
	// Ink draws only a last frame when CI or CONTINUOUS_INTEGRATION is set (it reads them when it is
	// imported, below). On a real terminal the player wants the game, whatever the environment says.
	if (['menu', 'play', 'tutorial', 'daily'].includes(command) && process.stdin.isTTY && process.stdout.isTTY) {
		delete env['CI'];
		delete env['CONTINUOUS_INTEGRATION'];
	}

	const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
	const context: CommandContext = {
		command,
		args,
		flags,
		dataDir,
		now: () => new Date(),
		animate: env['DESCENSO_NO_ANIMATION'] !== '1',
		dumbTerminal: env['TERM'] === 'dumb',
		lang,
		langExplicit: rawLang !== undefined,
		color: flags.color && !noColor,
		ascii: flags.ascii,
		json: flags.json,
		levelsDir: flags.levels,
		env,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		terminal: process.stdout,
	};

	if (command === 'menu') return (await import('./commands/play.js')).default(context);
	const load = COMMANDS[command];
	if (!load) return fail(t('unknownCommand', {command: safe(command, CAPS.arg), commands: safe(Object.keys(COMMANDS).join(', '))}));
	return (await load()).default(context);
}

/**
 * `--lr -1e-2` or `--lr -0,5` would reach meow as a flag followed by short flags (`-1`, `-e`, …);
 * glue a value that starts with a minus sign to its string flag (`--lr=-1e-2`) so the range check,
 * not the flag parser, answers it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
	const valued = new Set(Object.entries(FLAGS).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const next = argv[i + 1];
		if (valued.has(arg) && next !== undefined && /^-[\d.,]/.test(next)) {
			out.push(`${arg}=${next}`);
			i++;
		} else {
			out.push(arg);
		}
	}

	return out;
}

function toKebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// A reader that goes away (`descenso run … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
	});
}

try {
	process.exitCode = await main();
} catch (error) {
	process.stderr.write(line`descenso: internal error: ${safe((error as Error)?.message ?? String(error))}\n`);
	process.exitCode = 1;
}
