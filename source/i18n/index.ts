/**
 * The game speaks Spanish and English. Each part of the game keeps its texts in a catalogue of
 * `{es, en}` pairs; `{name}` placeholders are filled by `say`.
 */
import type {Language, Text} from '../engine/types.js';

export type {Language, Text} from '../engine/types.js';

export type Catalogue = Record<string, Text>;

/** The language from LC_ALL, LC_MESSAGES, LANG (first one set): `es*` → es, anything else → en. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
	const value = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
	return value.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A text in `lang` with `{name}` placeholders replaced by `vars`. */
export function say(text: Text, lang: Language, vars: Record<string, string | number> = {}): string {
	return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Binds a catalogue to a language: `const t = translator(CLI, 'es'); t('usage')`. */
export function translator<C extends Catalogue>(catalogue: C, lang: Language) {
	return (key: keyof C & string, vars?: Record<string, string | number>) => say(catalogue[key]!, lang, vars);
}
