/**
 * What is cited: a Duizhao translation of one document, or one clause of it, as a CSL-JSON item
 * (the data model of citeproc, Zotero and Pandoc). Every citation format is made from this item.
 */
import { pinpoint, type Pinpoint } from './pinpoint.ts';

export interface CitationSource {
  slug: string;
  titleZh: string;
  titleEn: string;
  /** Short English title for in-text citations. */
  titleShort: string;
  /** Issuing, reporting or convening bodies, in English. */
  bodies: readonly { en: string; role: string }[];
  /** Whether the bodies wrote the text (a notice, a regulation) rather than being reported on. */
  bodiesAreAuthors: boolean;
  /** ISO date of the Chinese text, possibly partial; inferred when not printed in the source. */
  date: string | null;
  dateInferred: boolean;
  translator: string;
  /** ISO date of the translation's last revision: the version cited. */
  revised: string;
  /** Canonical URL of the reading page, without fragment. */
  url: string;
}

export interface ClauseRef {
  id: string;
  kind: string;
  /** Overrides the pinpoint derived from id and kind (used for page templates). */
  pinpoint?: Pinpoint;
}

type DateParts = { 'date-parts': number[][]; circa?: boolean };

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  /** Short English title, for in-text citations (APA, MLA). */
  'title-short': string;
  author?: { literal: string }[];
  translator: { literal: string }[];
  'container-title': string;
  genre: string;
  version: string;
  issued?: DateParts;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 26, 2026" (US style, as Chicago and APA print dates). */
export function usDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!month) return String(y);
  return d ? `${month} ${String(d)}, ${String(y)}` : `${month} ${String(y)}`;
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
  return clause ? (clause.pinpoint ?? pinpoint(clause.id, clause.kind)) : undefined;
}

/**
 * The CSL item. The date is the Chinese text's date (circa when inferred: Chicago prints it as
 * "[July 2020?]", APA as "c. 2020"); the translation's revision goes in `genre`, which both styles
 * print after the title, and in `version`.
 */
export function cslItem(source: CitationSource, accessed: string, clause?: ClauseRef): CslItem {
  const at = clausePinpoint(clause);
  const notes = [
    source.bodies.length > 0 ? `${source.bodiesAreAuthors ? 'Issued by' : 'About'}: ${source.bodies.map((b) => b.en).join('; ')}.` : '',
    source.dateInferred ? 'Date inferred: not printed in the source.' : '',
    at ? `Clause ${clause?.id ?? ''} (${at.text}).` : '',
  ].filter(Boolean);
  return {
    id: `duizhao-${source.slug}${clause ? `-${clause.id}` : ''}`,
    type: 'webpage',
    title: `${source.titleEn} [${source.titleZh}]`,
    'title-short': source.titleShort,
    ...(source.bodiesAreAuthors && source.bodies.length > 0 ? { author: source.bodies.map((b) => ({ literal: b.en })) } : {}),
    translator: [{ literal: source.translator }],
    'container-title': SITE_NAME,
    genre: `English translation, revised ${usDate(source.revised)}`,
    version: source.revised,
    ...(source.date ? { issued: dateParts(source.date, source.dateInferred) } : {}),
    accessed: dateParts(accessed),
    URL: clauseUrl(source, clause),
    language: 'en',
    note: notes.join(' '),
  };
}

/** Document types whose bodies wrote the text; for a news report the bodies are its subject. */
const AUTHORED_TYPES = new Set(['notice', 'regulation', 'opinion']);

/** What a citation needs from a document's frontmatter. */
export function citationSource(
  slug: string,
  d: {
    title: { zh: string; en: string };
    shortTitle?: string | undefined;
    type: string;
    bodies: readonly { en: string; role: string }[];
    date: { value: string | null; inferred: boolean };
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
    bodies: d.bodies,
    bodiesAreAuthors: AUTHORED_TYPES.has(d.type) && d.bodies.some((b) => b.role === 'issuing'),
    date: d.date.value,
    dateInferred: d.date.inferred,
    translator: d.translator,
    // Drafts have no revision yet; published documents are required to (document-schema.ts).
    revised: d.revised ?? 'unrevised draft',
    url,
  };
}
