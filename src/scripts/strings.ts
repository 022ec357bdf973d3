// The interface's words for the page scripts: #ui-strings (Base.astro) holds the js.* keys of
// i18n/*.json in the page's interface language, without the prefix; {name} placeholders are
// filled by the same fill() the build uses.
import { fill, type Params } from '../lib/i18n/fill.ts';
import type { MessageKey } from '../lib/i18n/index.ts';

/** A key of the scripts' strings: a `js.*` key of the dictionaries without its prefix. */
export type ScriptKey = MessageKey extends infer K ? (K extends `js.${infer Key}` ? Key : never) : never;

let strings: Record<string, string> | null = null;

/** The string for `key` in the page's interface language, placeholders filled (the key itself if missing). */
export function tr(key: ScriptKey, params?: Params): string {
  if (!strings) {
    const node = document.getElementById('ui-strings');
    strings = node ? (JSON.parse(node.textContent || '{}') as Record<string, string>) : {};
  }
  return fill(strings[key] ?? key, params);
}
