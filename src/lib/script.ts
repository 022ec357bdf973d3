/**
 * Simplified → traditional conversion with OpenCC (opencc-js), done once per text at build time.
 *
 * By design the conversion is of characters, not vocabulary: OpenCC's `cn → tw` converts
 * characters to Taiwan-standard traditional forms (为→為, 群, 着→著) without the Taiwan phrase
 * localisation of `twp` (which rewrites 信息 as 資訊): a PRC text quoted in traditional script
 * must say the same words. Project exceptions (script-exceptions.ts) fix what OpenCC gets wrong.
 */
import * as OpenCC from 'opencc-js';
import { SCRIPT_EXCEPTIONS } from './script-exceptions.ts';

export type Script = 'hans' | 'hant';

let converter: ((text: string) => string) | undefined;
const cache = new Map<string, string>();

/** Converts simplified Chinese to traditional, with the project's exception dictionary applied after OpenCC. */
export function toTraditional(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  // Built lazily: building the converter's tries costs 100–300 ms.
  const from = OpenCC.Locale.from['cn'];
  const to = OpenCC.Locale.to['tw'];
  if (!from || !to) throw new Error('opencc-js has no cn → tw dictionaries');
  converter ??= OpenCC.ConverterFactory(from, to, [SCRIPT_EXCEPTIONS.map((e) => [e.opencc, e.correct] as [string, string])]);
  const out = converter(text);
  cache.set(text, out);
  return out;
}

/** Returns the text in the given script (simplified text is returned unchanged). */
export function inScript(text: string, script: Script): string {
  return script === 'hant' ? toTraditional(text) : text;
}

/** The BCP 47 language tag of Chinese text in a script. */
export function chineseLang(script: Script): 'zh-Hans' | 'zh-Hant' {
  return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
