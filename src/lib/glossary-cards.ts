/**
 * Glossary cards: what a term's popover on a reading page shows, for every entry, in one file per
 * script (routes.glossaryCards) that the page script loads on the first term a reader opens and
 * the browser (and the service worker) keeps. Reading pages then carry only the term links, which
 * go to the entry without JavaScript.
 *
 * The file is a classic script, not JSON: a `<script src>` loads from file:// where fetch() is
 * refused, and the page's Content-Security-Policy allows the site's own scripts ('self').
 */
import type { GlossaryEntry } from './glossary-schema.ts';
import { splitMixed } from './han-runs.ts';
import { inScript, type Script } from './script.ts';

/**
 * One card: headword (in the script), pinyin, preferred English, other renderings joined by
 * "; " ('' if none), and the definition as runs: a string is English, a one-string array a
 * Chinese run (already in the script).
 */
export type GlossaryCard = [zh: string, pinyin: string, en: string, also: string, definition: (string | [string])[]];

/** The global the cards file assigns to, one property per script. */
export const CARDS_GLOBAL = 'duizhaoCards';

export function glossaryCards(entries: readonly GlossaryEntry[], script: Script): Record<string, GlossaryCard> {
  const cards: Record<string, GlossaryCard> = {};
  for (const e of entries) {
    const definition = splitMixed(e.definition).map((r) => (r.zh ? ([inScript(r.text, script)] as [string]) : r.text));
    cards[e.id] = [inScript(e.zh, script), e.pinyin, e.en, e.variants.join('; '), definition];
  }
  return cards;
}

/** The cards file: a script that sets `self.duizhaoCards.<script>`. */
export function cardsScript(entries: readonly GlossaryEntry[], script: Script): string {
  const data = JSON.stringify(glossaryCards(entries, script)).replaceAll('<', '\\u003c');
  return `(self.${CARDS_GLOBAL}=self.${CARDS_GLOBAL}||{}).${script}=${data};\n`;
}
