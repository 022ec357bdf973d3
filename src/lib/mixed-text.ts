/**
 * English prose sometimes quotes Chinese (“the page prints only 7月1日下午”). Every run of text
 * must carry its language, so these helpers find Han runs in English text and, for HTML,
 * wrap them in spans with the right lang, converting them to the page's script.
 */
import { splitMixed } from './han-runs.ts';
import { chineseLang, inScript, type Script } from './script.ts';

export { splitMixed } from './han-runs.ts';

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
