import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { accessDateForms, citations, mlaDate, type Citation } from '../../src/lib/cite.ts';
import { cslBibliography, cslBoth, cslCitation, textOfHtml, type StyleItem } from '../../src/lib/csl.ts';
import { citationTemplates, documentCitations, fillTemplate, pageTemplates, PLACEHOLDER } from '../../src/lib/cite-templates.ts';
import { citationSource, shortTitle, supplied, usDate } from '../../src/lib/csl-item.ts';
import type { Segment } from '../../src/lib/document-schema.ts';
import { pinpoint, type Pinpoint } from '../../src/lib/structure/pinpoint.ts';
import { buildTree } from '../../src/lib/structure/tree.ts';

const frontmatter = {
  title: {
    zh: '七部门要求引导高校毕业生到城乡社区就业创业',
    en: 'Seven Departments Call for Guiding College Graduates to Find Employment',
  },
  sentenceTitle: 'Seven departments call for guiding college graduates to find employment',
  type: 'news-report' as const,
  bodies: [{ en: 'Ministry of Civil Affairs', role: 'issuing' }],
  date: { value: '2020-07', printed: '近日', inferred: true },
  translator: 'Duizhao editors',
  revised: '2026-11-26',
};
const URL = 'https://example.org/documents/seven/';
const source = citationSource('seven', frontmatter, URL);
const ACCESSED = '2027-03-05';
const TITLE = 'Seven Departments Call for Guiding College Graduates to Find Employment [七部门要求引导高校毕业生到城乡社区就业创业]';

function text(list: Citation[], id: string, part = 0): string {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c.parts[part]?.text ?? '';
}

/** The segments of a report shaped like the real ones (ids, kinds, numbers), text elided. */
const REPORT: Segment[] = [
  { id: 'p1', kind: 'paragraph', number: 1, zh: '甲。', en: 'A.' },
  { id: 'p3', kind: 'paragraph', number: 3, zh: '乙：', en: 'B:' },
  { id: 'p3-2', kind: 'point', parent: 'p3', number: 2, printed: '二是', zh: '二是丙。', en: 'Second, C.' },
  { id: 'm4', kind: 'measure', number: 4, printed: '四是', zh: '四是丁。', en: 'Fourth, D.' },
  { id: 'caption', kind: 'caption', zh: '图（新华社发）', en: 'Picture (Xinhua)' },
];

/** A SYNTHETIC regulation: chapter, section, an article of one paragraph with items, one of several with items and sub-items. */
const LAW: Segment[] = [
  { id: 'ch2', kind: 'chapter', number: 2, printed: '第二章', zh: '第二章　管理', en: 'Chapter II Management' },
  {
    id: 'ch2-s1',
    kind: 'section',
    parent: 'ch2',
    number: 1,
    printed: '第一节',
    zh: '第一节　一般规定',
    en: 'Section 1 General Provisions',
  },
  {
    id: 'art10',
    kind: 'article',
    parent: 'ch2-s1',
    number: 10,
    printed: '第十条',
    zh: '第十条　有下列情形之一的：',
    en: 'Article 10 Where:',
  },
  { id: 'art10-1-3', kind: 'item', parent: 'art10', number: 3, printed: '（三）', zh: '（三）其他情形。', en: '(3) other circumstances.' },
  { id: 'art21', kind: 'article', parent: 'ch2-s1', number: 21, printed: '第二十一条', zh: '第二十一条　', en: 'Article 21' },
  { id: 'art21-1', kind: 'paragraph', parent: 'art21', number: 1, zh: '甲。', en: 'A.' },
  { id: 'art21-2', kind: 'paragraph', parent: 'art21', number: 2, zh: '乙：', en: 'B:' },
  { id: 'art21-2-3', kind: 'item', parent: 'art21-2', number: 3, printed: '（三）', zh: '（三）丙：', en: '(3) C:' },
  { id: 'art21-2-3-1', kind: 'subitem', parent: 'art21-2-3', number: 1, printed: '1.', zh: '1.丁。', en: '1. D.' },
];

/** The pinpoint of a node of a tree, by id. */
function pinpointIn(segments: Segment[], id: string): Pinpoint {
  const node = buildTree(segments).byId.get(id);
  if (!node) throw new Error(`no ${id}`);
  return pinpoint(node);
}
const clause = (id: string) => ({ id, pinpoint: pinpointIn(REPORT, id) });

describe('pinpoints', () => {
  it('name paragraphs, points within paragraphs, measures and page furniture from the tree', () => {
    expect(pinpointIn(REPORT, 'p3')).toMatchObject({ label: 'paragraph', locator: '3', text: 'para. 3', mla: 'par. 3', tex: 'para.~3' });
    expect(pinpointIn(REPORT, 'p3-2')).toMatchObject({
      text: 'para. 3 (point 2)',
      parenthetical: 'para. 3 [point 2]',
      long: 'paragraph 3, point 2',
    });
    expect(pinpointIn(REPORT, 'm4')).toMatchObject({ label: null, text: 'measure 4', zh: '第四项措施' });
    expect(pinpointIn(REPORT, 'caption')).toMatchObject({ label: null, text: 'caption', zh: '图注' });
  });

  it('cite laws by article, paragraph, item and sub-item, in English short and long and in Chinese', () => {
    expect(pinpointIn(LAW, 'art21-2-3')).toMatchObject({
      label: 'article',
      locator: '21(2)(iii)',
      text: 'art. 21(2)(iii)',
      long: 'Article 21, paragraph 2, item (3)',
      zh: '第二十一条第二款第（三）项',
      tex: 'art.~21(2)(iii)',
    });
    expect(pinpointIn(LAW, 'art21-2-3-1')).toMatchObject({ text: 'art. 21(2)(iii)(1)', zh: '第二十一条第二款第（三）项第1目' });
    expect(pinpointIn(LAW, 'art21')).toMatchObject({ text: 'art. 21', long: 'Article 21', zh: '第二十一条' });
    // An article of one paragraph: its items are cited without the paragraph (第十条第（三）项).
    expect(pinpointIn(LAW, 'art10-1-3')).toMatchObject({ text: 'art. 10(iii)', long: 'Article 10, item (3)', zh: '第十条第（三）项' });
    expect(pinpointIn(LAW, 'ch2-s1')).toMatchObject({
      label: 'section',
      text: 'ch. 2, sec. 1',
      long: 'Chapter 2, Section 1',
      zh: '第二章第一节',
    });
  });

  it('read numbers from the data, never from the id', () => {
    const renamed = LAW.map((s) => (s.id === 'art21-2' ? { ...s, id: 'odd' } : s.parent === 'art21-2' ? { ...s, parent: 'odd' } : s));
    expect(pinpointIn(renamed, 'odd').text).toBe('art. 21(2)');
  });
});

describe('dates not printed in the source', () => {
  it('bracket only what was supplied: the year when the page prints month and day', () => {
    const mca = citationSource('mca', { ...frontmatter, date: { value: '2020-07-01', printed: '7月1日下午', inferred: true } }, URL);
    expect(mca.dateInferred).toBe('year');
    expect(supplied(mca, usDate)).toBe('July 1, [2020?]');
    expect(supplied(mca, mlaDate)).toBe('1 July [2020?]');
    expect(source.dateInferred).toBe('all');
    expect(supplied(source, usDate)).toBe('[July 2020?]');
    const printed = citationSource('p', { ...frontmatter, date: { value: '2020-07-03', printed: '2020年7月3日', inferred: false } }, URL);
    expect(supplied(printed, usDate)).toBe('July 3, 2020');
  });
});

describe('citations of a clause', () => {
  const m4 = citations(source, ACCESSED, clause('m4'));

  it('Chicago: the note has the pinpoint and the clause’s address; the bibliography the document’s', () => {
    const note = text(m4, 'chicago', 0);
    expect(note).toBe(
      `Duizhao editors, trans., “${TITLE},” English translation last modified November 26, 2026, of the Chinese text of [July 2020?], Duizhao, measure 4, accessed March 5, 2027, ${URL}#m4.`,
    );
    expect(text(m4, 'chicago', 1)).toBe(
      `Duizhao editors, trans. “${TITLE}.” English translation last modified November 26, 2026, of the Chinese text of [July 2020?]. Duizhao. Accessed March 5, 2027. ${URL}.`,
    );
  });

  it('APA 7: dated by the version read, original year after, sentence-case italic title, retrieval date', () => {
    expect(text(m4, 'apa', 0)).toBe('(Seven Departments Call, ca. 2020/2026, Measure 4)');
    expect(text(m4, 'apa', 1)).toBe(
      `Seven departments call for guiding college graduates to find employment [七部门要求引导高校毕业生到城乡社区就业创业] (Duizhao editors, Trans.). (2026, November 26). Duizhao. Retrieved March 5, 2027, from ${URL} (Original work published ca. 2020)`,
    );
    const html = m4.find((c) => c.id === 'apa')?.parts[1]?.html ?? '';
    expect(html).toMatch(/^<i>Seven departments call .*\[<span lang="zh-Hans">七部门要求引导高校毕业生到城乡社区就业创业<\/span>\]<\/i>/);
    expect(html).toContain(`Retrieved March 5, 2027, from ${URL}`);
  });

  it('MLA 9: short title and labelled pinpoint in text; original date, translator, italic container, access date', () => {
    expect(text(m4, 'mla', 0)).toBe('(“Seven Departments Call,” measure 4)');
  });

  it('APA and MLA in-text citations put a point’s number in brackets, not parentheses within parentheses', () => {
    const point = citations(source, ACCESSED, clause('p3-2'));
    expect(text(point, 'apa', 0)).toBe('(Seven Departments Call, ca. 2020/2026, para. 3 [point 2])');
    expect(text(point, 'mla', 0)).toBe('(“Seven Departments Call,” par. 3 [point 2])');
    // A note is not in parentheses: it keeps them.
    expect(text(point, 'chicago', 0)).toContain('para. 3 (point 2)');
    expect(text(m4, 'mla', 1)).toBe(
      `“${TITLE}.” [July 2020?]. Translated by Duizhao editors, Duizhao, 26 Nov. 2026, example.org/documents/seven/. Accessed 5 Mar. 2027.`,
    );
    expect(m4.find((c) => c.id === 'mla')?.parts[1]?.html).toContain('<i>Duizhao</i>');
  });

  it('give one record per document, whatever the clause, and say how to cite the clause from it', () => {
    const p1 = citations(source, ACCESSED, clause('p1'));
    for (const id of ['bibtex', 'ris', 'csl-json']) expect(text(p1, id, 0)).toBe(text(m4, id, 0));
    expect(text(m4, 'bibtex', 1)).toBe('\\cite[measure~4]{duizhao-seven}');
    expect(text(p1, 'bibtex', 1)).toBe('\\cite[para.~1]{duizhao-seven}');
    expect(text(m4, 'csl-json', 1)).toBe('[@duizhao-seven, measure 4]');
    // A CSL citation item: the locator term where CSL has one, a suffix where it has none.
    expect(JSON.parse(text(m4, 'csl-json', 2))).toEqual({ id: 'duizhao-seven', suffix: ', measure 4' });
    const art = citations(source, ACCESSED, { id: 'art21-2-3', pinpoint: pinpointIn(LAW, 'art21-2-3') });
    expect(JSON.parse(text(art, 'csl-json', 2))).toEqual({ id: 'duizhao-seven', label: 'article', locator: '21(2)(iii)' });
  });

  it('produce biblatex that a BibTeX parser reads back field by field', () => {
    const lib = parseBibtex(text(m4, 'bibtex'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    const [entry] = lib.entries;
    expect(entry?.type).toBe('online');
    expect(entry?.key).toBe('duizhao-seven');
    expect(entry?.fields['title']).toBe('Seven Departments Call for Guiding College Graduates to Find Employment');
    expect(entry?.fields['origtitle']).toBe('七部门要求引导高校毕业生到城乡社区就业创业');
    expect(entry?.fields['translator']).toEqual([{ name: 'Duizhao editors' }]);
    expect(entry?.fields['url']).toBe(URL);
    expect(entry?.fields['urldate']).toBe('2027-03-05');
    expect(entry?.fields['date']).toBe('2026-11-26');
    expect(entry?.fields['origdate']).toBe('2020-07?');
    expect(entry?.fields['note']).toContain('Chinese text dated [July 2020?] (bracketed: not printed in the source, inferred).');
  });

  it('keep BibTeX special characters from breaking the entry', () => {
    const odd = citations({ ...source, titleEn: 'Braces {and} 100% & more' }, ACCESSED);
    const lib = parseBibtex(text(odd, 'bibtex'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]?.fields['title']).toBe('Braces {and} 100% & more');
  });

  /** Synthetic titles with every character BibTeX or LaTeX reads as syntax, quotes and Chinese. */
  const ODD_TITLES = [
    'A path C:\\ and a trailing backslash \\',
    'Braces {and} unbalanced } { 100% & $5 #1 snake_case',
    "Quotes \"double\" 'single' “curly” ‘curly’ ``TeX'' -- --- ~ ^ <b>",
    '关于《数据\\条例》的{通知}：第二十一条 100%',
  ];

  it.each(ODD_TITLES)('write BibTeX that a parser reads back to the same title and translator: %s', (title) => {
    const odd = citations({ ...source, titleEn: title, translator: `${title} (tr.)` }, ACCESSED);
    const lib = parseBibtex(text(odd, 'bibtex'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    expect(lib.entries[0]?.fields['title']).toBe(title);
    expect(lib.entries[0]?.fields['translator']).toEqual([{ name: `${title} (tr.)` }]);
    expect(lib.entries[0]?.fields['url']).toBe(URL);
  });

  it.each(ODD_TITLES)('write RIS that a reader imports as one record with the same title: %s', (title) => {
    const odd = citations({ ...source, titleEn: title }, ACCESSED);
    const items = new Cite(text(odd, 'ris')).format('data', { format: 'object' }) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]?.['title']).toBe(title);
  });

  it('keep a RIS record whole even if a line break reaches a title (the schema refuses it first)', () => {
    const odd = citations({ ...source, titleEn: 'Title\nER  - \nTY  - JOUR' }, ACCESSED);
    const items = new Cite(text(odd, 'ris')).format('data', { format: 'object' }) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
  });

  it('produce RIS that a RIS reader imports, every line a tag', () => {
    const ris = text(m4, 'ris');
    const lines = ris.split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines).toContain('A4  - Duizhao editors');
    expect(lines).toContain('Y2  - 2027/03/05');
    const [item] = new Cite(ris).format('data', { format: 'object' }) as Record<string, unknown>[];
    expect(item?.['title']).toBe('Seven Departments Call for Guiding College Graduates to Find Employment');
    expect(item?.['URL']).toBe(URL);
    expect(item?.['issued']).toEqual({ 'date-parts': [[2026, 11, 26]] });
    expect(item?.['note']).toContain('Chinese title: 七部门要求引导高校毕业生到城乡社区就业创业.');
  });

  it('produce CSL-JSON that citeproc reads again: the translation dated by its revision, the original circa', () => {
    const data = JSON.parse(text(m4, 'csl-json')) as Record<string, unknown>[];
    expect(data[0]?.['issued']).toEqual({ 'date-parts': [[2026, 11, 26]] });
    expect(data[0]?.['original-date']).toEqual({ 'date-parts': [[2020, 7]], circa: true });
    expect(data[0]?.['original-title']).toBe('七部门要求引导高校毕业生到城乡社区就业创业');
    expect(data[0]?.['accessed']).toEqual({ 'date-parts': [[2027, 3, 5]] });
    const again = new Cite(data).format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' });
    expect(again).toContain('(Original work published as 七部门要求引导高校毕业生到城乡社区就业创业, ca. 2020)');
    // citeproc builds an engine for the stock APA style and its text output on first use: 5 s
    // alone on the shared 2-core machine at load 15, over vitest's default limit.
  }, 30_000);
});

describe('citations of a document', () => {
  it('carry no pinpoint and the page address without fragment', () => {
    const doc = citations(source, ACCESSED);
    expect(text(doc, 'chicago', 0)).not.toMatch(/measure|para\./);
    expect(text(doc, 'chicago', 0)).toContain(`${URL}.`);
    expect(text(doc, 'apa', 0)).toBe('(Seven Departments Call, ca. 2020/2026)');
    expect(text(doc, 'mla', 0)).toBe('(“Seven Departments Call”)');
    expect(doc.find((c) => c.id === 'bibtex')?.parts).toHaveLength(1);
  });

  it('print a printed date as a date, without brackets or circa', () => {
    const dated = citations(
      citationSource('seven', { ...frontmatter, date: { value: '2020-07-03', printed: '2020年7月3日', inferred: false } }, URL),
      ACCESSED,
    );
    expect(text(dated, 'chicago', 1)).toContain('of the Chinese text of July 3, 2020. Duizhao.');
    expect(text(dated, 'apa', 1)).toContain('(Original work published 2020)');
    expect(text(dated, 'mla', 1)).toContain('.” 3 July 2020. Translated by');
  });

  it('name the issuing bodies as authors of a notice', () => {
    const notice = citationSource(
      'n',
      {
        ...frontmatter,
        title: { zh: '通知', en: 'Notice' },
        sentenceTitle: undefined,
        type: 'notice',
        bodies: [{ en: 'Ministry of Finance', role: 'issuing' }],
      },
      'https://example.org/documents/n/',
    );
    expect(text(citations(notice, ACCESSED), 'chicago', 1)).toMatch(/^Ministry of Finance\./);
    expect(text(citations(notice, ACCESSED), 'mla', 1)).toMatch(/^Ministry of Finance\. “Notice/);
  });

  it('use the short title a document sets for in-text citations', () => {
    const mca = citationSource('mca', { ...frontmatter, shortTitle: 'Ministry of Civil Affairs Holds Symposium' }, URL);
    expect(text(citations(mca, ACCESSED), 'apa', 0)).toBe('(Ministry of Civil Affairs Holds Symposium, ca. 2020/2026)');
    expect(text(citations(mca, ACCESSED), 'mla', 0)).toBe('(“Ministry of Civil Affairs Holds Symposium”)');
  });
});

describe('page templates', () => {
  const templates = citationTemplates(source);

  it('fill in to exactly what the formatter gives for each clause and today, text and HTML', () => {
    const clauses = [
      ...['m4', 'p3-2', 'p1', 'caption'].map((id) => [id, pinpointIn(REPORT, id)] as const),
      ...['art21-2-3-1', 'art10-1-3', 'ch2-s1'].map((id) => [id, pinpointIn(LAW, id)] as const),
    ];
    for (const [id, at] of clauses) {
      const expected = citations(source, ACCESSED, { id, pinpoint: at });
      templates.clause.forEach((c, i) =>
        c.parts.forEach((p, j) => {
          expect(fillTemplate(p.text, templates.accessed, ACCESSED, { id, pinpoint: at })).toBe(expected[i]?.parts[j]?.text);
          expect(fillTemplate(p.html, templates.accessed, ACCESSED, { id, pinpoint: at })).toBe(expected[i]?.parts[j]?.html);
        }),
      );
    }
  });

  it('give each address its own citations (the rendering is shared between the two scripts)', () => {
    const hantUrl = 'https://example.org/hant/documents/seven/';
    const hant = citationTemplates({ ...source, url: hantUrl });
    const all = JSON.stringify(hant);
    expect(all).toContain(`${hantUrl}#SEGMENTPLACEHOLDER`);
    expect(all).toContain(' example.org/hant/documents/seven/. Accessed');
    expect(all).not.toContain('address.invalid');
    expect(documentCitations(hant, ACCESSED)).toEqual(citations({ ...source, url: hantUrl }, ACCESSED));
  });

  it('send the page only the clause parts the document’s citations do not already show', () => {
    const page = pageTemplates(templates, (key) => key);
    const docs = documentCitations(templates, ACCESSED);
    const expected = citations(source, ACCESSED, clause('m4'));
    let shared = 0;
    page.clause.forEach((c, i) =>
      c.parts.forEach((p, j) => {
        // A part named as the same as a document part is, for the clause, exactly that part.
        if (p.same !== undefined) {
          const [id, k] = p.same.split(':');
          expect(docs.find((d) => d.id === id)?.parts[Number(k)]?.html).toBe(expected[i]?.parts[j]?.html);
          expect(p.html).toBeUndefined();
          shared += 1;
        } else expect(fillTemplate(p.html ?? '', templates.accessed, ACCESSED, clause('m4'))).toBe(expected[i]?.parts[j]?.html);
      }),
    );
    // The entries (bibliography, reference, BibTeX, RIS, CSL-JSON) are shared; notes and in-text citations are not.
    expect(shared).toBeGreaterThanOrEqual(5);
    // Labels the panel shows are not repeated: Chicago's bibliography is labelled there; BibTeX's
    // entry is not (the document's BibTeX is one part), so the clause's carries its label.
    const chicago = page.clause.find((c) => c.id === 'chicago')?.parts;
    expect(chicago?.[0]).toEqual({ label: 'cite.part.note', html: expect.any(String) as string });
    expect(chicago?.[1]).toEqual({ same: 'chicago:1' });
    expect(page.clause.find((c) => c.id === 'bibtex')?.parts[0]).toEqual({ label: 'cite.part.entry', same: 'bibtex:0' });
    expect(page.clause.find((c) => c.id === 'ris')?.parts).toEqual([{ same: 'ris:0' }]);
    expect(page.clause.find((c) => c.id === 'chicago')?.parts[0]?.html).toContain(PLACEHOLDER.segment);
  });

  it('use placeholders that no real citation contains', () => {
    const real = JSON.stringify(citations(source, ACCESSED, clause('m4')));
    for (const p of [...Object.values(PLACEHOLDER).filter((p) => p !== PLACEHOLDER.accessed), ...accessDateForms(PLACEHOLDER.accessed)])
      expect(real).not.toContain(p);
  });
});

describe('date forms', () => {
  it('write dates as each style does', () => {
    expect(usDate('2026-09-05')).toBe('September 5, 2026');
    expect(mlaDate('2026-09-05')).toBe('5 Sept. 2026');
    expect(mlaDate('2026-05-05')).toBe('5 May 2026');
    expect(accessDateForms('2026-09-05')).toEqual(['September 5, 2026', '5 Sept. 2026', '2026-09-05', '2026/09/05', '[2026, 9, 5]']);
  });

  it('shorten titles without a dangling small word', () => {
    expect(shortTitle('Seven Departments Call for Guiding College Graduates')).toBe('Seven Departments Call');
    expect(shortTitle('Ministry of Civil Affairs Holds Symposium')).toBe('Ministry of Civil Affairs');
  });
});

describe('plain text from the HTML rendering', () => {
  // The build runs citeproc once per rendering and takes the text from its HTML (csl.ts): the
  // result must be what citeproc's own text output says, markup and escapes included.
  const items: StyleItem[] = [
    {
      id: 'a',
      type: 'webpage',
      title: 'Rules & “Measures” <draft> for A/B [关于“社会组织”的通知]',
      'title-short': 'Rules & Measures',
      author: [{ literal: 'Ministry of Civil Affairs & Finance' }],
      translator: [{ literal: 'Duizhao editors' }],
      'container-title': 'Duizhao',
      genre: 'English translation last modified 1 March 2026, of the Chinese text of 5 June 2024',
      issued: { 'date-parts': [[2026, 3, 1]] },
      'original-date': { 'date-parts': [[2024, 6, 5]], circa: true },
      accessed: { 'date-parts': [[2026, 11, 28]] },
      URL: 'https://example.org/documents/a/?x=1&y=2',
      language: 'en',
    },
    {
      id: 'b',
      type: 'webpage',
      title: "Minister's <i>speech</i> [部长讲话]",
      'title-short': 'Speech',
      translator: [{ literal: 'Duizhao editors' }],
      'container-title': 'Duizhao',
      accessed: { 'date-parts': [[2026, 11, 28]] },
      URL: 'https://example.org/documents/b/',
      language: 'en',
    },
  ];
  for (const item of items)
    for (const style of ['chicago-note', 'chicago-bibliography', 'apa'] as const)
      for (const kind of ['bibliography', 'citation'] as const)
        it(`${item.id}, ${style}, ${kind}`, () => {
          const { text, html } = cslBoth(item, style, kind);
          expect(text.length).toBeGreaterThan(10);
          expect(textOfHtml(html).trim()).toBe(text);
        });

  // The build keeps an item registered in citeproc across renderings (csl.ts); citation-js's own
  // format() registers it anew each time. Interleaved, with and without pinpoints, they agree.
  it('the build’s renderings are what citation-js’s format() gives, whatever was rendered before', () => {
    const at = (locator: string) => ({ label: 'page' as const, locator });
    for (const round of ['1', '2'])
      for (const item of items)
        for (const style of ['chicago-note', 'chicago-bibliography', 'apa'] as const) {
          expect(cslBibliography(item, style).html).toBe(cslBoth(item, style, 'bibliography').html);
          expect(cslCitation(item, style, at(`art. ${round}(2)`)).html).toBe(cslBoth(item, style, 'citation', at(`art. ${round}(2)`)).html);
          expect(cslCitation(item, style, at(`para. ${round}`)).html).toBe(cslBoth(item, style, 'citation', at(`para. ${round}`)).html);
          expect(cslCitation(item, style).html).toBe(cslBoth(item, style, 'citation').html);
        }
    // Without citation-js's format() in between (which drops the build's registration).
    const rendered = items.map((item) => cslCitation(item, 'chicago-note', at('art. 9(1)')).html);
    expect(items.map((item) => cslBoth(item, 'chicago-note', 'citation', at('art. 9(1)')).html)).toEqual(rendered);
  });
});
