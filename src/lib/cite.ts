/**
 * Citations of a document or of one of its clauses, in Chicago (notes-bibliography), APA 7,
 * BibTeX and RIS. Dates not printed in the source are given in square brackets, the usual
 * convention for supplied information; the newspaper is not named because the page does not name it.
 */
import { formatDate } from './format.ts';

export interface CiteInput {
  slug: string;
  titleZh: string;
  titleEn: string;
  /** ISO date, possibly partial. */
  date: string | null;
  dateInferred: boolean;
  translator: string;
  /** Canonical URL of the reading page, without fragment. */
  url: string;
  /** A clause id, to cite one clause. */
  segment?: string | undefined;
}

const SITE = 'Duizhao';

function year(c: CiteInput): string {
  const y = c.date?.slice(0, 4) ?? 'n.d.';
  return c.dateInferred ? `[${y}]` : y;
}

function fullDate(c: CiteInput): string {
  const d = formatDate(c.date);
  return c.dateInferred ? `[${d}]` : d;
}

function target(c: CiteInput): string {
  return c.segment ? `${c.url}#${c.segment}` : c.url;
}

/** Chicago notes-bibliography, bibliography entry. */
export function chicago(c: CiteInput): string {
  const clause = c.segment ? ` Clause ${c.segment}.` : '';
  return `“${c.titleEn}” [${c.titleZh}]. ${fullDate(c)}. Translated by ${c.translator}. ${SITE}.${clause} ${target(c)}.`;
}

/** APA 7 reference (a work with no author: the title moves to the author position). */
export function apa(c: CiteInput): string {
  const clause = c.segment ? `, clause ${c.segment}` : '';
  return `${c.titleZh} [${c.titleEn}]. (${year(c)}). (${c.translator}, Trans.${clause}). ${SITE}. ${target(c)}`;
}

/** BibTeX @misc entry; braces protect capitals and Chinese. */
export function bibtex(c: CiteInput): string {
  const key = `duizhao-${c.slug}${c.segment ? `-${c.segment}` : ''}`.replace(/[^a-z0-9-]/gi, '-');
  const lines = [
    `@misc{${key},`,
    `  title = {{${c.titleEn}} [{${c.titleZh}}]},`,
    `  year = {${c.date?.slice(0, 4) ?? ''}},`,
    `  note = {Translated by ${c.translator}${c.segment ? `; clause ${c.segment}` : ''}${c.dateInferred ? '; date inferred, not printed in the source' : ''}},`,
    `  howpublished = {${SITE}},`,
    `  url = {${target(c)}}`,
    '}',
  ];
  return lines.join('\n');
}

/** RIS record (type NEWS). */
export function ris(c: CiteInput): string {
  const lines = [
    'TY  - NEWS',
    `TI  - ${c.titleEn}`,
    `T2  - ${c.titleZh}`,
    `PY  - ${c.date?.slice(0, 4) ?? ''}`,
    ...(c.date && c.date.length > 4 ? [`DA  - ${c.date.replaceAll('-', '/')}`] : []),
    `A4  - ${c.translator}`,
    `DB  - ${SITE}`,
    `UR  - ${target(c)}`,
    ...(c.segment ? [`N1  - Clause ${c.segment}`] : []),
    ...(c.dateInferred ? ['N1  - Date inferred, not printed in the source'] : []),
    'ER  - ',
  ];
  return lines.join('\n');
}

export const CITATION_FORMATS = [
  { id: 'chicago', label: 'Chicago', format: chicago },
  { id: 'apa', label: 'APA', format: apa },
  { id: 'bibtex', label: 'BibTeX', format: bibtex },
  { id: 'ris', label: 'RIS', format: ris },
] as const;
