/**
 * The reading page cites any clause without shipping a formatter: the build renders each
 * format once per kind of pinpoint with placeholders, and the page script fills in the clause's
 * id, its locator and the reader's access date. Placeholders are strings no citation contains.
 */
import { accessDateForms, citations, type Citation, type CitationSource } from './cite.ts';
import type { Pinpoint } from './pinpoint.ts';

export const PLACEHOLDER = {
  /** Rendered as the access date; its forms (accessDateForms) are replaced. */
  accessed: '1900-01-01',
  segment: 'SEGMENTPLACEHOLDER',
  locator: '999',
  parenthetical: '998',
  name: 'PINPOINTNAME',
} as const;

export type PinpointKind = 'paragraph' | 'section' | 'named';

export interface CitationTemplates {
  /** The access date's forms in the templates, in accessDateForms order. */
  accessed: string[];
  placeholders: typeof PLACEHOLDER;
  document: Citation[];
  clause: Record<PinpointKind, Citation[]>;
}

const TEMPLATE_PINPOINTS: Record<PinpointKind, Pinpoint> = {
  paragraph: {
    label: 'paragraph',
    locator: PLACEHOLDER.locator,
    parenthetical: PLACEHOLDER.parenthetical,
    text: `para. ${PLACEHOLDER.locator}`,
  },
  section: {
    label: 'section',
    locator: PLACEHOLDER.locator,
    parenthetical: PLACEHOLDER.parenthetical,
    text: `measure ${PLACEHOLDER.locator}`,
  },
  named: { label: null, locator: '', parenthetical: '', text: PLACEHOLDER.name },
};

export function pinpointKind(p: Pinpoint): PinpointKind {
  return p.label ?? 'named';
}

function render(source: CitationSource): CitationTemplates {
  const clause = (kind: PinpointKind) =>
    citations(source, PLACEHOLDER.accessed, { id: PLACEHOLDER.segment, kind: '', pinpoint: TEMPLATE_PINPOINTS[kind] });
  return {
    accessed: accessDateForms(PLACEHOLDER.accessed),
    placeholders: PLACEHOLDER,
    document: citations(source, PLACEHOLDER.accessed),
    clause: { paragraph: clause('paragraph'), section: clause('section'), named: clause('named') },
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
    clause: {
      paragraph: withAddress(t.clause.paragraph, source.url),
      section: withAddress(t.clause.section, source.url),
      named: withAddress(t.clause.named, source.url),
    },
  };
}

/** A clause's citations for an access date, from the templates. */
export function clauseCitations(t: CitationTemplates, accessed: string, id: string, at: Pinpoint): Citation[] {
  return mapParts(t.clause[pinpointKind(at)], (text) => fillTemplate(text, t.accessed, accessed, { id, pinpoint: at }));
}

/** The document's citations for an access date, from the templates (no second citeproc run). */
export function documentCitations(t: CitationTemplates, accessed: string): Citation[] {
  return mapParts(t.document, (text) => fillTemplate(text, t.accessed, accessed));
}

/** Fills a template text: what the page script does, here for the build's own rendering and tests. */
export function fillTemplate(text: string, accessedForms: string[], today: string, at?: { id: string; pinpoint: Pinpoint }): string {
  const todayForms = accessDateForms(today);
  let out = text;
  accessedForms.forEach((form, i) => (out = out.split(form).join(todayForms[i] ?? form)));
  if (at) {
    out = out
      .split(PLACEHOLDER.segment)
      .join(at.id)
      .split(PLACEHOLDER.locator)
      .join(at.pinpoint.locator)
      .split(PLACEHOLDER.parenthetical)
      .join(at.pinpoint.parenthetical)
      .split(PLACEHOLDER.name)
      .join(at.pinpoint.text);
  }
  return out;
}
