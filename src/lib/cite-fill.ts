/**
 * What a citation template needs filled in on the reader's side: the access date in each
 * format's form and the clause's pinpoint. Apart from cite.ts (citeproc, the CSL styles) and
 * cite-templates.ts (which renders the templates) so the reading page's script
 * (src/scripts/clause-tools.ts) fills them with this same code and stays small.
 */
import { usDate } from './csl-item.ts';
import type { Pinpoint } from './structure/pinpoint.ts';

/** Strings no citation contains, rendered in the templates where the page puts its own. */
export const PLACEHOLDER = {
  /** Rendered as the access date; its forms (accessDateForms) are replaced. */
  accessed: '1900-01-01',
  segment: 'SEGMENTPLACEHOLDER',
  /** The pinpoint's short text (notes, records). */
  text: 'PINPOINTTEXT',
  /** Inside a parenthetical citation (APA). */
  parenthetical: 'PINPOINTPAREN',
  apa: 'PINPOINTAPA',
  mla: 'PINPOINTMLA',
  /** In LaTeX, with a tie before the number: “art.~21(2)”. */
  tex: 'PINPOINTLATEX',
  /** The CSL citation item's locator members. */
  csl: '"PINPOINTCSL": 0',
} as const;

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "26 Nov. 2026": MLA 9 abbreviates months longer than four letters. */
export function mlaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MLA_MONTHS[m - 1] : undefined;
  return [d ? String(d) : '', month ?? '', String(y)].filter(Boolean).join(' ');
}

/** An access date as each format writes it: US long, MLA, ISO, RIS, CSL-JSON date parts. */
export function accessDateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  return [usDate(iso), mlaDate(iso), iso, iso.replaceAll('-', '/'), `[${String(y)}, ${String(m)}, ${String(d)}]`];
}

/** The parts of a pinpoint a template takes. */
export type TemplatePinpoint = Pick<Pinpoint, 'text' | 'parenthetical' | 'apa' | 'mla' | 'tex' | 'csl'>;

/** Fills a template text: the access date (ISO `today`) and, for a clause, its id and pinpoint. */
export function fillTemplate(
  text: string,
  accessedForms: string[],
  today: string,
  at?: { id: string; pinpoint: TemplatePinpoint },
): string {
  const todayForms = accessDateForms(today);
  let out = text;
  accessedForms.forEach((form, i) => (out = out.split(form).join(todayForms[i] ?? form)));
  if (at) {
    out = out
      .split(PLACEHOLDER.segment)
      .join(at.id)
      .split(PLACEHOLDER.csl)
      .join(at.pinpoint.csl)
      .split(PLACEHOLDER.tex)
      .join(at.pinpoint.tex)
      .split(PLACEHOLDER.text)
      .join(at.pinpoint.text)
      .split(PLACEHOLDER.parenthetical)
      .join(at.pinpoint.parenthetical)
      .split(PLACEHOLDER.apa)
      .join(at.pinpoint.apa)
      .split(PLACEHOLDER.mla)
      .join(at.pinpoint.mla);
  }
  return out;
}

/**
 * Fills the access date into citation HTML marked for the page script: each form in
 * `<span data-accessed="i">` (i: its accessDateForms index), which the script sets to the
 * reader's today, so the document's citations need no template of their own on the page.
 */
export function markAccessed(html: string, accessedForms: string[], today: string): string {
  const todayForms = accessDateForms(today);
  let out = html;
  accessedForms.forEach((form, i) => (out = out.split(form).join(`<span data-accessed="${String(i)}">${todayForms[i] ?? form}</span>`)));
  return out;
}

/**
 * The style-specific forms of a pinpoint, from its parenthetical form: APA 7 capitalises a word
 * naming a numbered part (“Measure 4”, as “Chapter 4”; APA 8.13), MLA 9 writes “par.”; LaTeX ties
 * label and number (“art.~21(2)”). The build (structure/pinpoint.ts) and the page script (which
 * is given only the short and parenthetical forms) derive them here, alike.
 */
export function pinpointForms(text: string, parenthetical: string): { apa: string; mla: string; tex: string } {
  return {
    apa: parenthetical.replace(/^([a-z]+)(?= \d)/, (w) => w.charAt(0).toUpperCase() + w.slice(1)),
    mla: parenthetical.replace(/^para\. /, 'par. '),
    tex: text.replace(/ (?=\d)/, '~'),
  };
}

/** The CSL citation item's locator members for a pinpoint: label and locator, or (no CSL label) a suffix. */
export function cslPinpoint(label: string | null, locator: string, text: string): string {
  return label === null
    ? `"suffix": ${JSON.stringify(`, ${text}`)}`
    : `"label": ${JSON.stringify(label)}, "locator": ${JSON.stringify(locator)}`;
}
