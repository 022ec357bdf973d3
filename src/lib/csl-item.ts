/**
 * What is cited: a Duizhao translation of one document, as a CSL-JSON item (the data model of
 * citeproc, Zotero and Pandoc). A clause is not a work of its own: it is cited as the document
 * plus a pinpoint, so every clause of a document shares one reference entry and one record.
 */
import type { DocumentType } from './document-schema.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import { inferredParts, MONTHS } from './format.ts';

export interface CitationSource {
  slug: string;
  titleZh: string;
  titleEn: string;
  /** Short English title for in-text citations. */
  titleShort: string;
  /** The English title in sentence case, for APA; the title itself when none is given. */
  titleSentence: string;
  /** Issuing, reporting or convening bodies, in English. */
  bodies: readonly { en: string; role: string }[];
  /** Whether the bodies wrote the text (a notice, a regulation) rather than being reported on. */
  bodiesAreAuthors: boolean;
  /** ISO date of the Chinese text, possibly partial. */
  date: string | null;
  /** What of the date is not printed in the source: nothing, the year only, or all of it. */
  dateInferred: 'none' | 'year' | 'all';
  translator: string;
  /** ISO date of the translation's last revision: the version cited; null in a draft. */
  revised: string | null;
  /** Canonical URL of the reading page, without fragment. */
  url: string;
}

/** A clause: its id (the fragment of its address) and its pinpoint, from the document tree. */
export interface ClauseRef {
  id: string;
  pinpoint: Pinpoint;
}

export type DateParts = { 'date-parts': number[][]; circa?: boolean };

export interface CslItem {
  id: string;
  type: 'webpage';
  /** The English title (the translation's). */
  title: string;
  /** The Chinese title, as printed. */
  'original-title': string;
  /** Short English title, for in-text citations (APA, MLA). */
  'title-short': string;
  author?: { literal: string }[];
  translator: { literal: string }[];
  'container-title': string;
  /** The translation's date: its last revision. */
  issued?: DateParts;
  /** The Chinese text's date, circa when not printed in the source. */
  'original-date'?: DateParts;
  version?: string;
  accessed: DateParts;
  URL: string;
  language: string;
  note: string;
}

export const SITE_NAME = 'Duizhao';

export function dateParts(iso: string, circa = false): DateParts {
  const parts = iso.split('-').map(Number);
  return circa ? { 'date-parts': [parts], circa } : { 'date-parts': [parts] };
}

/** "November 26, 2026" (US style, as Chicago and APA print dates). */
export function usDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!month) return String(y);
  return d ? `${month} ${String(d)}, ${String(y)}` : `${month} ${String(y)}`;
}

/**
 * The Chinese text's date with what was supplied in brackets and a question mark, as Chicago and
 * MLA mark a date not printed in the source: "July 1, [2020?]" when only the year was inferred.
 */
export function supplied(s: CitationSource, format: (iso: string) => string): string {
  if (!s.date) return 'n.d.';
  const text = format(s.date);
  if (s.dateInferred === 'all') return `[${text}?]`;
  if (s.dateInferred === 'year') return text.replace(/(\d{4})$/, '[$1?]');
  return text;
}

const TRAILING_SMALL_WORDS = /\s+(?:a|an|and|at|for|in|of|on|the|to|with)$/i;

/** The first words of the English title, without a dangling preposition: "Seven Departments Call". */
export function shortTitle(title: string): string {
  let short = title.split(/\s+/).slice(0, 4).join(' ');
  while (TRAILING_SMALL_WORDS.test(short)) short = short.replace(TRAILING_SMALL_WORDS, '');
  return short;
}

export function clauseUrl(source: CitationSource, clause?: ClauseRef): string {
  return clause ? `${source.url}#${clause.id}` : source.url;
}

export function clausePinpoint(clause?: ClauseRef): Pinpoint | undefined {
  return clause?.pinpoint;
}

export function recordId(source: CitationSource): string {
  return `duizhao-${source.slug}`.replace(/[^a-z0-9-]/gi, '-');
}

/** The facts the styles have no place for, for the note of records (BibTeX, RIS, CSL-JSON). */
export function recordNote(s: CitationSource): string {
  return [
    `Chinese title: ${s.titleZh}.`,
    s.date
      ? `Chinese text dated ${supplied(s, usDate)}${s.dateInferred === 'none' ? '' : ' (bracketed: not printed in the source, inferred)'}.`
      : '',
    s.bodies.length > 0 ? `${s.bodiesAreAuthors ? 'Issued by' : 'Concerns'}: ${s.bodies.map((b) => b.en).join('; ')}.` : '',
    s.revised ? `English translation last modified ${s.revised}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The document's CSL item, as exported (CSL-JSON) and as the styles' projections start from. */
export function cslItem(source: CitationSource, accessed: string): CslItem {
  return {
    id: recordId(source),
    type: 'webpage',
    title: source.titleEn,
    'original-title': source.titleZh,
    'title-short': source.titleShort,
    ...(source.bodiesAreAuthors && source.bodies.length > 0 ? { author: source.bodies.map((b) => ({ literal: b.en })) } : {}),
    translator: [{ literal: source.translator }],
    'container-title': SITE_NAME,
    ...(source.revised ? { issued: dateParts(source.revised), version: source.revised } : {}),
    ...(source.date ? { 'original-date': dateParts(source.date, source.dateInferred !== 'none') } : {}),
    accessed: dateParts(accessed),
    URL: source.url,
    language: 'en',
    note: recordNote(source),
  };
}

/** Document types whose bodies wrote the text; for a news report the bodies are its subject. */
const AUTHORED_TYPES: ReadonlySet<DocumentType> = new Set<DocumentType>(['notice', 'regulation', 'opinion']);

/** What a citation needs from a document's frontmatter. */
export function citationSource(
  slug: string,
  d: {
    title: { zh: string; en: string };
    shortTitle?: string | undefined;
    sentenceTitle?: string | undefined;
    type: DocumentType;
    bodies: readonly { en: string; role: string }[];
    date: { value: string | null; printed: string | null; inferred: boolean };
    translator: string;
    revised: string | null;
  },
  url: string,
): CitationSource {
  return {
    slug,
    titleZh: d.title.zh,
    titleEn: d.title.en,
    titleShort: d.shortTitle ?? shortTitle(d.title.en),
    titleSentence: d.sentenceTitle ?? d.title.en,
    bodies: d.bodies,
    bodiesAreAuthors: AUTHORED_TYPES.has(d.type) && d.bodies.some((b) => b.role === 'issuing'),
    date: d.date.value,
    dateInferred: inferredParts(d.date),
    translator: d.translator,
    revised: d.revised,
    url,
  };
}
