/**
 * English prose sometimes quotes Chinese (“the page prints only 7月1日下午”). Every run of text
 * must carry its language, so these helpers find Han runs in English text and, for HTML,
 * wrap them in spans with the right lang, converting them to the page's script.
 */
import { chineseLang, inScript, type Script } from './script.ts';

/**
 * A Chinese run: Han characters with the CJK punctuation and digits between or after them
 * (“7月1日下午”), with an opening quote or bracket attached when it opens Chinese text.
 */
const HAN_RUN = /[“‘《（「]?(?:[0-9]*[\u3400-\u9fff\uf900-\ufaff][\u3000-\u303f\uff01-\uff5e《》“”‘’「」]*)+/g;

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

/**
 * Wraps Chinese runs in the text nodes of an HTML fragment in `<span lang=…>`, converted to
 * the script. Tags and attribute values are left alone; runs already inside an element with a
 * Chinese lang are wrapped again harmlessly (the inner lang is the same).
 */
export function markChineseInHtml(html: string, script: Script): string {
  return html.replace(/(^|>)([^<]+)/g, (_all, open: string, text: string) => {
    const marked = splitMixed(text)
      .map((r) => (r.zh ? `<span lang="${chineseLang(script)}">${inScript(r.text, script)}</span>` : r.text))
      .join('');
    return open + marked;
  });
}
