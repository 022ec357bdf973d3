/**
 * Citations of a document or of one clause: Chicago notes and bibliography, APA 7, MLA 9, BibTeX,
 * RIS and CSL-JSON, all made from one CSL item (csl-item.ts). Chicago and APA are formatted by
 * citeproc with the published CSL styles; MLA 9 has no CSL style in the npm registry, and BibTeX
 * and RIS are a few tagged lines, so those four are written here and parsed back in tests.
 */
import { cslBibliography, cslCitation, type CslStyle } from './csl.ts';
import { SITE_NAME, clausePinpoint, cslItem, dateParts, usDate, type CitationSource, type ClauseRef, type CslItem } from './csl-item.ts';

export type { CitationSource, ClauseRef } from './csl-item.ts';

export interface Citation {
  id: CitationFormatId;
  label: string;
  /** What the reader pastes: in-text or note forms first, then the reference entry. */
  parts: { label: string; text: string }[];
  /** File-like formats are shown as code and offered for download. */
  code: boolean;
}

export type CitationFormatId = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'ris' | 'csl-json';

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "26 Nov. 2026": MLA 9 abbreviates months longer than four letters. */
export function mlaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MLA_MONTHS[m - 1] : undefined;
  return [d ? String(d) : '', month ?? '', String(y)].filter(Boolean).join(' ');
}

/** "[July 2020?]"-style supplied date for MLA: brackets mark a date not printed in the source. */
function mlaOriginalDate(s: CitationSource): string {
  if (!s.date) return '';
  const text = mlaDate(s.date);
  return s.dateInferred ? `[${text}?]` : text;
}

/**
 * CMOS 17 (14.233) and APA 7 (9.16) place an access date before the URL; the CSL styles print it
 * only for undated works. Adds it where the style left it out.
 */
function withAccessDate(text: string, url: string, accessed: string, style: 'chicago-note' | 'chicago-bibliography' | 'apa'): string {
  const date = usDate(accessed);
  if (text.includes(date)) return text;
  const phrase = style === 'apa' ? `Retrieved ${date}, from ` : style === 'chicago-note' ? `accessed ${date}, ` : `Accessed ${date}. `;
  const at = text.lastIndexOf(url);
  return at < 0 ? text : text.slice(0, at) + phrase + text.slice(at);
}

function csl(item: CslItem, style: CslStyle, accessed: string, clause?: ClauseRef): string {
  const at = clausePinpoint(clause);
  const locator = at?.label ? { label: at.label, locator: at.locator } : undefined;
  const text = style === 'chicago-bibliography' ? cslBibliography(item, style) : cslCitation(item, style, locator);
  return withAccessDate(text, item.URL, accessed, style);
}

function mla(s: CitationSource, item: CslItem, accessed: string, clause?: ClauseRef): Citation['parts'] {
  const at = clausePinpoint(clause);
  const where = at
    ? at.label === 'paragraph'
      ? ` par. ${at.locator}`
      : at.label === 'section'
        ? ` measure ${at.locator}`
        : ` ${at.text}`
    : '';
  const authors = item.author ? `${item.author.map((a) => a.literal).join(', ')}. ` : '';
  const date = mlaOriginalDate(s);
  const url = item.URL.replace(/^https?:\/\//, '');
  const entry = `${authors}“${item.title}.” ${SITE_NAME}, translated by ${s.translator}, revised ${mlaDate(s.revised)}${date ? `, ${date}` : ''}, ${url}. Accessed ${mlaDate(accessed)}.`;
  return [
    { label: 'In-text citation', text: at && !at.label ? `(“${item['title-short']},”${where})` : `(“${item['title-short']}”${where})` },
    { label: 'Works cited', text: entry },
  ];
}

/** Escapes the characters BibTeX and LaTeX read as syntax (braces, comment, alignment, math). */
function bibValue(text: string): string {
  return text.replace(/([{}%&$#_])/g, '\\$1');
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtex(s: CitationSource, item: CslItem, accessed: string): string {
  const [y, m] = (s.date ?? '').split('-').map(Number);
  const fields: [string, string][] = [
    ['title', `{${bibValue(item.title)}}`],
    ...(item.author ? ([['author', item.author.map((a) => `{${bibValue(a.literal)}}`).join(' and ')]] as [string, string][]) : []),
    ['translator', `{${bibValue(s.translator)}}`],
    ['howpublished', SITE_NAME],
    ...(y ? ([['year', String(y)]] as [string, string][]) : []),
    ...(m ? ([['month', BIB_MONTHS[m - 1] ?? '']] as [string, string][]) : []),
    ['version', s.revised],
    ['url', item.URL],
    ['urldate', accessed],
    ['language', 'english'],
    ['note', bibValue(`${item.genre}. ${item.note}`.trim())],
  ];
  // Month macros (jul) are written bare, everything else braced.
  const lines = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`);
  return `@misc{${item.id},\n${lines.join(',\n')}\n}`;
}

export function ris(s: CitationSource, item: CslItem, accessed: string): string {
  const [y, m, d] = (s.date ?? '').split('-');
  const lines = [
    'TY  - ELEC',
    `TI  - ${item.title}`,
    `OP  - ${s.titleZh}`,
    ...(item.author ?? []).map((a) => `AU  - ${a.literal}`),
    `A4  - ${s.translator}`,
    `T2  - ${SITE_NAME}`,
    ...(y ? [`PY  - ${y}`, `DA  - ${y}/${m ?? ''}/${d ?? ''}/${s.dateInferred ? 'inferred' : ''}`] : []),
    `ET  - ${item.genre}`,
    `Y2  - ${accessed.replaceAll('-', '/')}`,
    `UR  - ${item.URL}`,
    'LA  - en',
    ...(item.note ? [`N1  - ${item.note}`] : []),
    'ER  - ',
  ];
  return lines.join('\n');
}

/** CSL-JSON, one item in an array (what Zotero and Pandoc import), date arrays on one line. */
export function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2).replace(/\[\s+(\d+)(?:,\s+(\d+))?(?:,\s+(\d+))?\s+\]/g, (_m, ...g: (string | undefined)[]) => {
    return `[${g
      .slice(0, 3)
      .filter((x): x is string => typeof x === 'string')
      .join(', ')}]`;
  });
}

/**
 * Every format for the document (no clause) or for one clause. `accessed` is an ISO date: the
 * reader's today when the page script runs, the build date otherwise.
 */
export function citations(source: CitationSource, accessed: string, clause?: ClauseRef): Citation[] {
  const item = cslItem(source, accessed, clause);
  return [
    {
      id: 'chicago',
      label: 'Chicago (17th ed., notes and bibliography)',
      code: false,
      parts: [
        { label: 'Note', text: csl(item, 'chicago-note', accessed, clause) },
        { label: 'Bibliography', text: csl(item, 'chicago-bibliography', accessed) },
      ],
    },
    {
      id: 'apa',
      label: 'APA (7th ed.)',
      code: false,
      parts: [
        { label: 'In-text citation', text: csl(item, 'apa', accessed, clause) },
        { label: 'Reference', text: withAccessDate(cslBibliography(item, 'apa'), item.URL, accessed, 'apa') },
      ],
    },
    { id: 'mla', label: 'MLA (9th ed.)', code: false, parts: mla(source, item, accessed, clause) },
    { id: 'bibtex', label: 'BibTeX', code: true, parts: [{ label: 'BibTeX', text: bibtex(source, item, accessed) }] },
    { id: 'ris', label: 'RIS', code: true, parts: [{ label: 'RIS', text: ris(source, item, accessed) }] },
    { id: 'csl-json', label: 'CSL-JSON', code: true, parts: [{ label: 'CSL-JSON', text: cslJson(item) }] },
  ];
}

export { dateParts };

/** An access date as each format writes it: US long, MLA, ISO, RIS, CSL-JSON date parts. */
export function accessDateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  return [usDate(iso), mlaDate(iso), iso, iso.replaceAll('-', '/'), `[${String(y)}, ${String(m)}, ${String(d)}]`];
}
