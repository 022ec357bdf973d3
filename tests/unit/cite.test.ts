import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { accessDateForms, citations, mlaDate, type Citation } from '../../src/lib/cite.ts';
import { citationTemplates, documentCitations, fillTemplate, PLACEHOLDER } from '../../src/lib/cite-templates.ts';
import { citationSource, shortTitle, usDate } from '../../src/lib/csl-item.ts';
import { pinpoint } from '../../src/lib/pinpoint.ts';

const source = citationSource(
  'seven',
  {
    title: {
      zh: '七部门要求引导高校毕业生到城乡社区就业创业',
      en: 'Seven Departments Call for Guiding College Graduates to Find Employment',
    },
    type: 'news-report',
    bodies: [{ en: 'Ministry of Civil Affairs', role: 'issuing' }],
    date: { value: '2020-07', inferred: true },
    translator: 'Duizhao editors',
    revised: '2026-11-26',
  },
  'https://example.org/documents/seven/',
);
const ACCESSED = '2027-03-05';

function text(list: Citation[], id: string, part = 0): string {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c.parts[part]?.text ?? '';
}

describe('pinpoints', () => {
  it('name paragraphs, points within paragraphs, measures and page furniture', () => {
    expect(pinpoint('p3')).toEqual({ label: 'paragraph', locator: '3', text: 'para. 3' });
    expect(pinpoint('p3-2', 'point').text).toBe('para. 3 (point 2)');
    expect(pinpoint('p3a').text).toBe('para. 3a');
    expect(pinpoint('m4')).toEqual({ label: 'section', locator: '4', text: 'measure 4' });
    expect(pinpoint('caption', 'caption')).toEqual({ label: null, locator: '', text: 'cartoon caption' });
  });
});

describe('citations of a clause', () => {
  const m4 = citations(source, ACCESSED, { id: 'm4', kind: 'paragraph' });

  it('give the pinpoint, both titles, the inferred date, translator, version, URL and access date in Chicago', () => {
    const note = text(m4, 'chicago', 0);
    expect(note).toContain('measure 4');
    expect(note).toContain(
      'Seven Departments Call for Guiding College Graduates to Find Employment [七部门要求引导高校毕业生到城乡社区就业创业]',
    );
    expect(note).toContain('[July 2020?]');
    expect(note).toContain('Duizhao editors, trans.');
    expect(note).toContain('revised November 26, 2026');
    expect(note).toContain('accessed March 5, 2027, https://example.org/documents/seven/#m4.');
    expect(text(m4, 'chicago', 1)).toMatch(/^Duizhao editors, trans\. “Seven Departments/);
    expect(text(m4, 'chicago', 1)).toContain('Accessed March 5, 2027. https://example.org/documents/seven/#m4.');
  });

  it('follow APA 7: short title in text, circa date, bracketed description, retrieval date', () => {
    expect(text(m4, 'apa', 0)).toBe('(Seven Departments Call, ca. 2020, Measure 4)');
    const ref = text(m4, 'apa', 1);
    expect(ref).toContain('(Duizhao editors, Trans.). (ca. 2020, July). [English translation, revised November 26, 2026]. Duizhao.');
    expect(ref).toContain('Retrieved March 5, 2027, from https://example.org/documents/seven/#m4');
  });

  it('follow MLA 9: short title and pinpoint in text, supplied date in brackets, access date', () => {
    expect(text(m4, 'mla', 0)).toBe('(“Seven Departments Call” measure 4)');
    expect(text(m4, 'mla', 1)).toBe(
      '“Seven Departments Call for Guiding College Graduates to Find Employment [七部门要求引导高校毕业生到城乡社区就业创业].” Duizhao, translated by Duizhao editors, revised 26 Nov. 2026, [July 2020?], example.org/documents/seven/#m4. Accessed 5 Mar. 2027.',
    );
  });

  it('produce BibTeX that a BibTeX parser reads back field by field', () => {
    const lib = parseBibtex(text(m4, 'bibtex'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    const [entry] = lib.entries;
    expect(entry?.key).toBe('duizhao-seven-m4');
    expect(entry?.fields['title']).toBe(
      'Seven Departments Call for Guiding College Graduates to Find Employment [七部门要求引导高校毕业生到城乡社区就业创业]',
    );
    expect(entry?.fields['url']).toBe('https://example.org/documents/seven/#m4');
    expect(entry?.fields['urldate']).toBe('2027-03-05');
    expect(entry?.fields['year']).toBe('2020');
    expect(entry?.fields['version']).toBe('2026-11-26');
    expect(entry?.fields['note']).toContain('Date inferred: not printed in the source. Clause m4 (measure 4).');
  });

  it('keep BibTeX special characters from breaking the entry', () => {
    const odd = citations({ ...source, titleEn: 'Braces {and} 100% & more' }, ACCESSED);
    const lib = parseBibtex(text(odd, 'bibtex'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]?.fields['title']).toContain('Braces {and} 100% & more');
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
    expect(item?.['title']).toBe(
      'Seven Departments Call for Guiding College Graduates to Find Employment [七部门要求引导高校毕业生到城乡社区就业创业]',
    );
    expect(item?.['URL']).toBe('https://example.org/documents/seven/#m4');
    expect(item?.['issued']).toEqual({ 'date-parts': [[2020, 7]] });
    expect(item?.['edition']).toBe('English translation, revised November 26, 2026');
    expect(item?.['note']).toContain('Clause m4 (measure 4).');
  });

  it('produce CSL-JSON that citeproc reads again', () => {
    const data = JSON.parse(text(m4, 'csl-json')) as Record<string, unknown>[];
    expect(data[0]?.['issued']).toEqual({ 'date-parts': [[2020, 7]], circa: true });
    expect(data[0]?.['accessed']).toEqual({ 'date-parts': [[2027, 3, 5]] });
    const again = new Cite(data).format('data', { format: 'object' }) as Record<string, unknown>[];
    expect(again[0]?.['URL']).toBe('https://example.org/documents/seven/#m4');
  });
});

describe('citations of a document', () => {
  it('carry no pinpoint and the page URL without fragment', () => {
    const doc = citations(source, ACCESSED);
    expect(text(doc, 'chicago', 0)).not.toMatch(/measure|para\./);
    expect(text(doc, 'chicago', 0)).toContain('https://example.org/documents/seven/.');
    expect(text(doc, 'apa', 0)).toBe('(Seven Departments Call, ca. 2020)');
  });

  it('print a printed date as a date, without brackets or circa', () => {
    const dated = citations({ ...source, dateInferred: false, date: '2020-07-03' }, ACCESSED);
    expect(text(dated, 'chicago', 1)).toContain('Duizhao, July 3, 2020.');
    expect(text(dated, 'apa', 1)).toContain('(2020, July 3)');
    expect(text(dated, 'mla', 1)).toContain(', 3 July 2020, ');
    expect(text(dated, 'mla', 1)).not.toContain('2020?]');
  });

  it('name the issuing bodies as authors of a notice', () => {
    const notice = citationSource(
      'n',
      {
        title: { zh: '通知', en: 'Notice' },
        type: 'notice',
        bodies: [{ en: 'Ministry of Finance', role: 'issuing' }],
        date: { value: '2020', inferred: false },
        translator: 'T',
        revised: '2026-01-01',
      },
      'https://example.org/documents/n/',
    );
    expect(text(citations(notice, ACCESSED), 'chicago', 1)).toMatch(/^Ministry of Finance\./);
  });
});

describe('page templates', () => {
  const templates = citationTemplates(source);

  it('fill in to exactly what the formatter gives for each clause and today', () => {
    for (const [id, kind] of [
      ['m4', 'paragraph'],
      ['p3-2', 'point'],
      ['p1', 'paragraph'],
      ['caption', 'caption'],
    ] as const) {
      const at = pinpoint(id, kind);
      const expected = citations(source, ACCESSED, { id, kind });
      const template = templates.clause[at.label ?? 'named'];
      template.forEach((c, i) =>
        c.parts.forEach((p, j) =>
          expect(fillTemplate(p.text, templates.accessed, ACCESSED, { id, pinpoint: at })).toBe(expected[i]?.parts[j]?.text),
        ),
      );
    }
  });

  it('give each address its own citations (the rendering is shared between the two scripts)', () => {
    const hant = citationTemplates({ ...source, url: 'https://example.org/hant/documents/seven/' });
    const text = JSON.stringify(hant);
    expect(text).toContain('https://example.org/hant/documents/seven/#SEGMENTPLACEHOLDER');
    expect(text).toContain(' example.org/hant/documents/seven/#SEGMENTPLACEHOLDER. Accessed');
    expect(text).not.toContain('address.invalid');
    expect(documentCitations(hant, ACCESSED)).toEqual(citations({ ...source, url: 'https://example.org/hant/documents/seven/' }, ACCESSED));
  });

  it('use placeholders that no real citation contains', () => {
    const real = JSON.stringify(citations(source, ACCESSED, { id: 'm4', kind: 'paragraph' }));
    for (const p of [PLACEHOLDER.segment, PLACEHOLDER.name, ...accessDateForms(PLACEHOLDER.accessed)]) expect(real).not.toContain(p);
  });
});

describe('date forms', () => {
  it('write dates as each style does', () => {
    expect(usDate('2026-09-05')).toBe('September 5, 2026');
    expect(mlaDate('2026-09-05')).toBe('5 Sept. 2026');
    expect(mlaDate('2026-05-05')).toBe('5 May 2026');
    expect(accessDateForms('2026-09-05')).toEqual(['September 5, 2026', '5 Sept. 2026', '2026-09-05', '2026/09/05', '[2026, 9, 5]']);
  });

  it('use the short title a document sets for in-text citations', () => {
    const mca = citationSource(
      'mca',
      {
        title: { zh: '民政部召开座谈会', en: 'Ministry of Civil Affairs Holds Symposium on Social Organizations' },
        shortTitle: 'Ministry of Civil Affairs Holds Symposium',
        type: 'news-report',
        bodies: [],
        date: { value: '2020-07-01', inferred: true },
        translator: 'T',
        revised: '2026-01-01',
      },
      'https://example.org/documents/mca/',
    );
    expect(text(citations(mca, ACCESSED), 'apa', 0)).toBe('(Ministry of Civil Affairs Holds Symposium, ca. 2020)');
    expect(text(citations(mca, ACCESSED), 'mla', 0)).toBe('(“Ministry of Civil Affairs Holds Symposium”)');
  });

  it('shorten titles without a dangling small word', () => {
    expect(shortTitle('Seven Departments Call for Guiding College Graduates')).toBe('Seven Departments Call');
    expect(shortTitle('Ministry of Civil Affairs Holds Symposium')).toBe('Ministry of Civil Affairs');
  });
});
