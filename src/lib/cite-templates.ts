/**
 * The reading page cites any clause without shipping a formatter: the build renders each
 * format once per kind of pinpoint with placeholders, and the page script fills in the clause's
 * id, its locator and the reader's access date. Placeholders are strings no citation contains.
 */
import { citations, type Citation, type CitationSource } from './cite.ts';
import { PLACEHOLDER, accessDateForms, fillTemplate } from './cite-fill.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import type { MessageKey, Params } from './i18n/index.ts';

export { PLACEHOLDER, fillTemplate } from './cite-fill.ts';

export interface CitationTemplates {
  /** The access date's forms in the templates, in accessDateForms order. */
  accessed: string[];
  placeholders: typeof PLACEHOLDER;
  document: Citation[];
  /** Every clause's citations: one template, whatever the clause (its pinpoint is filled in). */
  clause: Citation[];
}

const TEMPLATE_PINPOINT: Pinpoint = {
  label: null,
  locator: '',
  text: PLACEHOLDER.text,
  parenthetical: PLACEHOLDER.parenthetical,
  apa: PLACEHOLDER.apa,
  mla: PLACEHOLDER.mla,
  tex: PLACEHOLDER.tex,
  csl: PLACEHOLDER.csl,
  long: '',
  zh: '',
};

function render(source: CitationSource): CitationTemplates {
  return {
    accessed: accessDateForms(PLACEHOLDER.accessed),
    placeholders: PLACEHOLDER,
    document: citations(source, PLACEHOLDER.accessed),
    clause: citations(source, PLACEHOLDER.accessed, { id: PLACEHOLDER.segment, pinpoint: TEMPLATE_PINPOINT }),
  };
}

// citeproc takes ~50 ms for a document's templates, and both scripts' pages cite the same
// document at different addresses: render once with a stand-in address, then put each page's in.
const URL_STAND_IN = 'https://address.invalid/';
const rendered = new Map<string, CitationTemplates>();

/** The list with `put` applied to every part's text and HTML. */
function mapParts(list: Citation[], put: (text: string) => string): Citation[] {
  return list.map((c) => ({ ...c, parts: c.parts.map((p) => ({ ...p, text: put(p.text), html: put(p.html) })) }));
}

function withAddress(list: Citation[], url: string): Citation[] {
  const bare = (u: string) => u.replace(/^https?:\/\//, '');
  return mapParts(list, (text) => text.split(URL_STAND_IN).join(url).split(bare(URL_STAND_IN)).join(bare(url)));
}

export function citationTemplates(source: CitationSource): CitationTemplates {
  const key = JSON.stringify({ ...source, url: '' });
  let t = rendered.get(key);
  if (!t) {
    t = render({ ...source, url: URL_STAND_IN });
    rendered.set(key, t);
  }
  return {
    ...t,
    document: withAddress(t.document, source.url),
    clause: withAddress(t.clause, source.url),
  };
}

/** A clause's citations for an access date, from the templates. */
export function clauseCitations(t: CitationTemplates, accessed: string, id: string, at: Pinpoint): Citation[] {
  return mapParts(t.clause, (text) => fillTemplate(text, t.accessed, accessed, { id, pinpoint: at }));
}

/** The document's citations for an access date, from the templates (no second citeproc run). */
export function documentCitations(t: CitationTemplates, accessed: string): Citation[] {
  return mapParts(t.document, (text) => fillTemplate(text, t.accessed, accessed));
}

/**
 * What a reading page's script needs of the templates (the `#cite-templates` data block): the
 * access date's forms; per document format, each part's HTML (the panel's labels are in the page
 * and the plain text is the HTML's text); and the clause dialog, which the script builds on first
 * use, with its labels in the page's interface language.
 */
export interface PageTemplates {
  accessed: string[];
  /** The copy buttons' word. */
  copy: string;
  document: Record<string, string[]>;
  clause: { id: string; label: string; code: boolean; parts: { label: string | undefined; what: string; html: string }[] }[];
}

export function pageTemplates(t: CitationTemplates, tr: (key: MessageKey, params?: Params) => string): PageTemplates {
  return {
    accessed: t.accessed,
    copy: tr('cite.copy'),
    document: Object.fromEntries(t.document.map((c) => [c.id, c.parts.map((p) => p.html)])),
    clause: t.clause.map((c) => ({
      id: c.id,
      label: tr(c.label),
      code: c.code,
      parts: c.parts.map((p) => ({
        label: c.parts.length > 1 ? tr(p.label) : undefined,
        what: tr('cite.copyWhat', { format: tr(c.label), part: tr(p.label) }),
        html: p.html,
      })),
    })),
  };
}
