/**
 * The reading page cites any clause without shipping a formatter: the build renders each
 * format once per kind of pinpoint with placeholders, and the page script fills in the clause's
 * id, its locator and the reader's access date. Placeholders are strings no citation contains.
 */
import { citations, type Citation, type CitationSource } from './cite.ts';
import { PLACEHOLDER, accessDateForms, fillTemplate, markAccessed } from './cite-fill.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import type { MessageKey } from './i18n/index.ts';

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

/** The document's citations for the page: as documentCitations, the access date in the HTML marked (markAccessed). */
export function pageDocumentCitations(t: CitationTemplates, accessed: string): Citation[] {
  return t.document.map((c) => ({
    ...c,
    parts: c.parts.map((p) => ({
      ...p,
      text: fillTemplate(p.text, t.accessed, accessed),
      html: markAccessed(p.html, t.accessed, accessed),
    })),
  }));
}

/**
 * What a reading page's script needs of the templates (the `#cite-templates` data block): the
 * access date's forms and the clause dialog, which the script builds on first use. The document's
 * citations are in the page already (the panel, CitationList.astro), their access date marked
 * (pageDocumentCitations), and the data block does not repeat what the panel shows: a format's
 * heading and whether it is code come from the panel's list; a clause part that is the same as one
 * of the document's (a bibliography entry, BibTeX, RIS, CSL-JSON: the pinpoint is in the note, not
 * in the entry) names that part (`same`, its data-cite-part key), and its label too when the panel
 * shows the same one (`label` left out). Other parts carry their label (none for a single part).
 */
export interface PageTemplates {
  accessed: string[];
  clause: { id: string; parts: { label?: string; html?: string; same?: string }[] }[];
}

export function pageTemplates(t: CitationTemplates, tr: (key: MessageKey) => string): PageTemplates {
  const documentParts = new Map<string, { key: string; label: MessageKey | undefined }>();
  for (const c of t.document)
    c.parts.forEach((p, i) => documentParts.set(p.html, { key: `${c.id}:${String(i)}`, label: c.parts.length > 1 ? p.label : undefined }));
  return {
    accessed: t.accessed,
    clause: t.clause.map((c) => ({
      id: c.id,
      parts: c.parts.map((p) => {
        const label = c.parts.length > 1 ? p.label : undefined;
        const same = documentParts.get(p.html);
        if (same === undefined) return label === undefined ? { html: p.html } : { label: tr(label), html: p.html };
        return label === same.label ? { same: same.key } : { label: tr(label ?? p.label), same: same.key };
      }),
    })),
  };
}
