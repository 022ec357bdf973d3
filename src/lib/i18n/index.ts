/**
 * The interface's words, in one dictionary per language (en.json, zh-Hans.json, zh-Hant.json),
 * keyed by stable ids. English is the reference: every other dictionary must have exactly its
 * keys, each with the same {placeholders}, or the build stops naming the file and the key. Pages,
 * components, `src/lib` labels and the inline scripts (through `scriptStrings`) all read these.
 *
 * Content is not interface: the Chinese text, the translation, glossary definitions and
 * citations (which cite an English translation in an English style) stay what they are.
 */
import en from './en.json' with { type: 'json' };
import zhHans from './zh-Hans.json' with { type: 'json' };
import zhHant from './zh-Hant.json' with { type: 'json' };
import type { Script } from '../script.ts';
import { PLACEHOLDER, fill, type Params } from './fill.ts';

export { fill, type Params } from './fill.ts';

export type MessageKey = keyof typeof en;
/** The interface languages; a Chinese interface is written in the script of the text it shows. */
export const UI_LANGS = ['en', 'zh'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type Locale = 'en' | 'zh-Hans' | 'zh-Hant';

/** The interface's language tag for an interface language and the page's script. */
export function localeOf(ui: UiLang, script: Script): Locale {
  return ui === 'en' ? 'en' : script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

const placeholders = (s: string) =>
  [...s.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Checks a dictionary against the English one; returns one line per problem. */
export function dictionaryProblems(file: string, dict: Record<string, unknown>, reference: Record<string, string> = en): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    const value = dict[key];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${file}: "${key}" is missing or empty`);
    else if (placeholders(value) !== placeholders(reference[key] as string))
      problems.push(
        `${file}: "${key}" must use the placeholders {${placeholders(reference[key] as string)}}, not {${placeholders(value)}}`,
      );
  }
  for (const key of Object.keys(dict)) if (!(key in reference)) problems.push(`${file}: "${key}" is not a key of en.json`);
  return problems;
}

const DICTIONARIES: Record<Locale, Record<string, string>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
const problems = [...dictionaryProblems('src/lib/i18n/zh-Hans.json', zhHans), ...dictionaryProblems('src/lib/i18n/zh-Hant.json', zhHant)];
if (problems.length > 0) throw new Error(`Interface dictionaries: ${problems.join('; ')}`);

export type Translate = ((key: MessageKey, params?: Params) => string) & {
  locale: Locale;
  /** The interface language the locale belongs to. */
  ui: UiLang;
  /** The lang attribute English content needs on this page: none on an English page, `en` otherwise. */
  enLang: 'en' | undefined;
  /** The count form: `key.one` for exactly one in English, `key.other` otherwise (Chinese has one form). */
  n: (key: PluralKey, count: number, params?: Params) => string;
};
type PluralKey = MessageKey extends infer K ? (K extends `${infer P}.one` ? P : never) : never;

const translators = new Map<Locale, Translate>();

/** The interface's words in one locale (one translator per locale and build). */
export function translator(locale: Locale): Translate {
  const made = translators.get(locale);
  if (made) return made;
  const dict = DICTIONARIES[locale];
  const t = ((key: MessageKey, params?: Params) => fill(dict[key] as string, params)) as Translate;
  t.locale = locale;
  t.ui = locale === 'en' ? 'en' : 'zh';
  t.enLang = locale === 'en' ? undefined : 'en';
  t.n = (key, count, params = {}) => t(`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey, { n: count, ...params });
  translators.set(locale, t);
  return t;
}

const scriptStringCache = new Map<string, Record<string, string>>();

/**
 * The strings of the page scripts (keys under `js.`), for a page's JSON data block; once per
 * locale. The search page's own (`js.search.*`) only where `search` is set: other pages do not run it.
 */
export function scriptStrings(locale: Locale, { search = false }: { search?: boolean } = {}): Record<string, string> {
  const key = `${locale}${search ? '+search' : ''}`;
  let strings = scriptStringCache.get(key);
  if (!strings) {
    strings = Object.fromEntries(
      Object.entries(DICTIONARIES[locale])
        .filter(([k]) => k.startsWith('js.') && (search || !k.startsWith('js.search.')))
        .map(([k, v]) => [k.slice(3), v]),
    );
    scriptStringCache.set(key, strings);
  }
  return strings;
}
