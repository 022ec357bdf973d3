/**
 * Citations of a document or of one clause: Chicago notes and bibliography, APA 7, MLA 9, BibTeX
 * (biblatex), RIS and CSL-JSON, all made from one CSL item (csl-item.ts). Chicago and APA are
 * formatted by citeproc with the published CSL styles; MLA 9 has no CSL style in the npm
 * registry, and BibTeX and RIS are a few tagged lines, so those are written here and parsed back
 * in tests. A clause is the document plus a pinpoint: notes and in-text citations carry the
 * pinpoint (and Chicago's note the clause's own address); reference entries and records are the
 * document's, the same for every clause, so a reference manager gets one item per document.
 */
import { cslBibliography, cslCitation, type Locator, type Rendered, type StyleItem } from './csl.ts';
import {
  SITE_NAME,
  clausePinpoint,
  clauseUrl,
  cslItem,
  recordId,
  recordNote,
  supplied,
  usDate,
  type CitationSource,
  type ClauseRef,
  type CslItem,
} from './csl-item.ts';
import { markChineseInHtml } from './mixed-text.ts';
import { mlaDate } from './cite-fill.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import type { MessageKey } from './i18n/index.ts';

export type { CitationSource, ClauseRef } from './csl-item.ts';
export { accessDateForms, mlaDate } from './cite-fill.ts';

export interface CitationPart {
  /** The part's name, as an interface string (i18n): the citation itself stays in its style's language. */
  label: MessageKey;
  /** Plain text, what the copy button copies. */
  text: string;
  /** The same as HTML, what the page shows: italics where the style wants them, Chinese marked zh-Hans. */
  html: string;
}

export interface Citation {
  id: CitationFormatId;
  /** The format's name, as an interface string (i18n). */
  label: MessageKey;
  /** Note or in-text form first, then the reference entry; or the record, then how to cite the clause. */
  parts: CitationPart[];
  /** File-like formats are shown as code. */
  code: boolean;
}

export type CitationFormatId = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'ris' | 'csl-json';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function part(label: MessageKey, r: Rendered): CitationPart {
  return { label, text: r.text, html: markChineseInHtml(r.html, 'hans') };
}

function plain(label: MessageKey, text: string): CitationPart {
  return part(label, { text, html: escapeHtml(text) });
}

/** What citeproc is given in place of a pinpoint, and replaced by the pinpoint's text after. */
const LOCATOR_STAND_IN = '8642';

/** Chicago's note with the pinpoint: citeproc prints a `page` locator bare, where the pinpoint goes. */
function chicagoNote(item: StyleItem, at: Pinpoint | undefined): Rendered {
  if (!at) return cslCitation(item, 'chicago-note');
  const locator: Locator = { label: 'page', locator: LOCATOR_STAND_IN };
  const r = cslCitation(item, 'chicago-note', locator);
  return { text: r.text.replace(LOCATOR_STAND_IN, at.text), html: r.html.replace(LOCATOR_STAND_IN, escapeHtml(at.text)) };
}

/** APA's in-text citation ends “(Author, year)”: the pinpoint goes before the closing parenthesis. */
function apaInText(item: StyleItem, at: Pinpoint | undefined): Rendered {
  const r = cslCitation(item, 'apa');
  if (!at) return r;
  const put = (text: string, pin: string) => {
    const i = text.lastIndexOf(')');
    return i < 0 ? `${text} (${pin})` : `${text.slice(0, i)}, ${pin}${text.slice(i)}`;
  };
  return { text: put(r.text, at.apa), html: put(r.html, escapeHtml(at.apa)) };
}

/**
 * Chicago: the translator leads an unsigned work ("Duizhao editors, trans."); the English title
 * carries the Chinese in brackets; what the translation is and when each text is dated goes in
 * `genre`, which the style prints after the title. Without an `issued` date the style prints the
 * access date itself (CMOS 14.233).
 */
function chicagoItem(s: CitationSource, item: CslItem, url: string): StyleItem {
  const revision = s.revised ? ` last modified ${usDate(s.revised)}` : '';
  const original = s.date ? `, of the Chinese text of ${supplied(s, usDate)}` : '';
  const { issued: _issued, 'original-date': _original, 'original-title': _zh, note: _note, ...rest } = item;
  return { ...rest, title: `${s.titleEn} [${s.titleZh}]`, genre: `English translation${revision}${original}`, URL: url };
}

/**
 * APA 7 (10.16, 9.39–9.41): a translation is dated by the version read, the original's year
 * follows as "Original work published"; the title in sentence case; a retrieval date because the
 * translation is revised over time (9.16).
 */
function apaItem(s: CitationSource, item: CslItem): StyleItem {
  const { 'original-title': _zh, note: _note, ...rest } = item;
  return { ...rest, title: `${s.titleSentence} [${s.titleZh}]` };
}

function withRetrievalDate(r: Rendered, url: string, accessed: string): Rendered {
  const put = (text: string, at: string) => {
    const i = text.lastIndexOf(at);
    return i < 0 ? text : `${text.slice(0, i)}Retrieved ${usDate(accessed)}, from ${text.slice(i)}`;
  };
  return { text: put(r.text, url), html: put(r.html, url) };
}

function mla(s: CitationSource, item: CslItem, accessed: string, at?: Pinpoint): CitationPart[] {
  // MLA 9: a comma before a labelled locator; "par." for paragraphs; the short title in quotes.
  const where = at?.mla ?? '';
  const inText = where ? `(“${s.titleShort},” ${where})` : `(“${s.titleShort}”)`;
  const authors = item.author ? `${item.author.map((a) => a.literal).join(', ')}. ` : '';
  const original = s.date ? ` ${supplied(s, mlaDate)}.` : '';
  const version = s.revised ? `, ${mlaDate(s.revised)}` : '';
  const url = s.url.replace(/^https?:\/\//, '');
  const head = `${authors}“${s.titleEn} [${s.titleZh}].”${original} Translated by ${s.translator}, `;
  const tail = `${version}, ${url}. Accessed ${mlaDate(accessed)}.`;
  return [
    plain('cite.part.inText', inText),
    part('cite.part.worksCited', { text: head + SITE_NAME + tail, html: escapeHtml(head) + `<i>${SITE_NAME}</i>` + escapeHtml(tail) }),
  ];
}

/** What LaTeX would read as something else, written as a command that prints the character. */
const BIB_COMMANDS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Escapes what BibTeX and LaTeX read as syntax: the backslash (first, or it would escape the
 * escapes), braces, comment, alignment, math, subscript and parameter characters, the tie and
 * caret, the angle brackets (OT1 prints them as ¡ ¿), and the ligatures -- --- `` '' !` ?`
 * (broken with an empty group), so that a parser reads back exactly the text.
 */
export function bibValue(text: string): string {
  return text.replace(/[\\~^<>]|[{}%&$#_]|-(?=-)|`(?=`)|'(?=')|[!?](?=`)/g, (c) => {
    const command = BIB_COMMANDS[c];
    if (command) return command;
    return /[{}%&$#_]/.test(c) ? `\\${c}` : `${c}{}`;
  });
}

/** biblatex @online: Zotero imports it as a web page; classic BibTeX styles read it as @misc. */
export function bibtex(s: CitationSource, item: CslItem, accessed: string): string {
  const original = s.date ? `${s.date}${s.dateInferred === 'none' ? '' : '?'}` : '';
  const fields: [string, string][] = [
    ['title', `{${bibValue(s.titleEn)}}`],
    ['origtitle', bibValue(s.titleZh)],
    ...(item.author ? ([['author', item.author.map((a) => `{${bibValue(a.literal)}}`).join(' and ')]] as [string, string][]) : []),
    ['translator', `{${bibValue(s.translator)}}`],
    ['organization', SITE_NAME],
    ...(s.revised
      ? ([
          ['date', s.revised],
          ['version', s.revised],
        ] as [string, string][])
      : []),
    // EDTF: a trailing "?" marks the date as uncertain (biblatex reads it).
    ...(original ? ([['origdate', original]] as [string, string][]) : []),
    ['url', s.url],
    ['urldate', accessed],
    ['langid', 'english'],
    ['note', bibValue(recordNote(s))],
  ];
  return `@online{${item.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** A RIS value on one line: a line break would start a new tag, or a new record (the schema refuses them too). */
const risValue = (text: string) => text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');

export function ris(s: CitationSource, item: CslItem, accessed: string): string {
  const [y, m, d] = (s.revised ?? '').split('-');
  const lines = [
    'TY  - ELEC',
    `TI  - ${s.titleEn}`,
    `OP  - ${s.titleZh}`,
    ...(item.author ?? []).map((a) => `AU  - ${a.literal}`),
    `A4  - ${s.translator}`,
    `T2  - ${SITE_NAME}`,
    ...(y ? [`PY  - ${y}`, `DA  - ${y}/${m ?? ''}/${d ?? ''}/`, `ET  - ${s.revised ?? ''}`] : []),
    `Y2  - ${accessed.replaceAll('-', '/')}`,
    `UR  - ${s.url}`,
    'LA  - en',
    // Zotero drops OP and ET on a web page; the note keeps the Chinese title and both dates.
    `N1  - ${recordNote(s)}`,
    'ER  - ',
  ];
  return lines.map(risValue).join('\n');
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
  const item = cslItem(source, accessed);
  const at = clausePinpoint(clause);
  const apa = apaItem(source, item);
  const chicago = (url: string) => chicagoItem(source, item, url);
  const bib = bibtex(source, item, accessed);
  const pin = at?.text ?? ''; // how to cite the clause from a record: "para. 3" (LaTeX "para.~3")
  return [
    {
      id: 'chicago',
      label: 'cite.format.chicago',
      code: false,
      parts: [
        part('cite.part.note', chicagoNote(chicago(clauseUrl(source, clause)), at)),
        part('cite.part.bibliography', cslBibliography(chicago(source.url), 'chicago-bibliography')),
      ],
    },
    {
      id: 'apa',
      label: 'cite.format.apa',
      code: false,
      parts: [
        part('cite.part.inText', apaInText(apa, at)),
        part('cite.part.reference', withRetrievalDate(cslBibliography(apa, 'apa'), source.url, accessed)),
      ],
    },
    { id: 'mla', label: 'cite.format.mla', code: false, parts: mla(source, item, accessed, at) },
    {
      id: 'bibtex',
      label: 'cite.format.bibtex',
      code: true,
      parts: [plain('cite.part.entry', bib), ...(at ? [plain('cite.part.citingClause', `\\cite[${at.tex}]{${recordId(source)}}`)] : [])],
    },
    { id: 'ris', label: 'cite.format.ris', code: true, parts: [plain('cite.part.record', ris(source, item, accessed))] },
    {
      id: 'csl-json',
      label: 'cite.format.csl',
      code: true,
      parts: [
        plain('cite.part.item', cslJson(item)),
        ...(at
          ? [
              plain('cite.part.pandoc', `[@${recordId(source)}, ${pin}]`),
              // What a CSL processor takes: the locator term for the pinpoint (article, paragraph …).
              plain('cite.part.cslItem', `{ "id": ${JSON.stringify(recordId(source))}, ${at.csl} }`),
            ]
          : []),
      ],
    },
  ];
}
