// The interface's words for the page scripts: the page's strings file (lib/i18n/script-file.ts,
// loaded in its head) sets self.duizhaoStrings to the js.* keys of i18n/*.json in the page's
// interface language, without the prefix; {name} placeholders are filled by the same fill() the build uses.
import { fill, type Params } from '../lib/i18n/fill.ts';
import type { MessageKey } from '../lib/i18n/index.ts';

/** A key of the scripts' strings: a `js.*` key of the dictionaries without its prefix. */
export type ScriptKey = MessageKey extends infer K ? (K extends `js.${infer Key}` ? Key : never) : never;

declare global {
  var duizhaoStrings: Record<string, string> | undefined;
}

/** The string for `key` in the page's interface language, placeholders filled (the key itself if missing). */
export function tr(key: ScriptKey, params?: Params): string {
  return fill(self.duizhaoStrings?.[key] ?? key, params);
}
