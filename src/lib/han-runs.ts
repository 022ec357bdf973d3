/**
 * Where Chinese runs are in English text: pure and dependency-free, so the search page's script
 * (src/scripts/search.ts) marks glossary definitions as the build does (mixed-text.ts, which
 * also converts scripts with OpenCC and so stays out of the browser).
 */

/**
 * One Han character, for the search index, the query, its highlighting and the marking of Chinese
 * runs alike: the unified ideographs with extension A, compatibility ideographs, the supplementary
 * planes' extensions (rare characters in names, two UTF-16 units each) and 〇, the zero of 二〇二〇年.
 */
export const HAN_CHAR = /[\u3007\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** The body of HAN_CHAR's class, to build other patterns from (they need the `u` flag). */
export const HAN_CLASS = HAN_CHAR.source.slice(1, -1);

/** True when the text has a Han character. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/**
 * A Chinese run: Han characters with the CJK punctuation and digits between or after them
 * (“7月1日下午”), with an opening quote or bracket attached when it opens Chinese text.
 */
const HAN_RUN = new RegExp(`[“‘《（「]?(?:[0-9]*[${HAN_CLASS}][\\u3000-\\u303f\\uff01-\\uff5e《》“”‘’「」]*)+`, 'gu');

/** Splits English text into runs, marking those that are Chinese. */
export function splitMixed(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    const start = m.index;
    if (start > at) out.push({ text: text.slice(at, start), zh: false });
    out.push({ text: m[0], zh: true });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), zh: false });
  return out;
}
