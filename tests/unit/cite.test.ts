import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, ris, type CiteInput } from '../../src/lib/cite.ts';

const input: CiteInput = {
  slug: 'doc',
  titleZh: '标题',
  titleEn: 'A Title',
  date: '2020-07-01',
  dateInferred: true,
  translator: 'Duizhao editors',
  url: 'https://example.org/documents/doc/',
};

describe('citations', () => {
  it('bracket an inferred date and name the translator', () => {
    expect(chicago(input)).toBe(
      '“A Title” [标题]. [1 July 2020]. Translated by Duizhao editors. Duizhao. https://example.org/documents/doc/.',
    );
    expect(apa(input)).toBe('标题 [A Title]. ([2020]). (Duizhao editors, Trans.). Duizhao. https://example.org/documents/doc/');
  });

  it('cite a clause by its permanent id', () => {
    const c = { ...input, segment: 'm4' };
    expect(chicago(c)).toContain('Clause m4. https://example.org/documents/doc/#m4.');
    expect(bibtex(c)).toMatch(/^@misc\{duizhao-doc-m4,/);
    expect(bibtex(c)).toContain('note = {Translated by Duizhao editors; clause m4; date inferred, not printed in the source}');
    expect(ris(c).split('\n')).toEqual([
      'TY  - NEWS',
      'TI  - A Title',
      'T2  - 标题',
      'PY  - 2020',
      'DA  - 2020/07/01',
      'A4  - Duizhao editors',
      'DB  - Duizhao',
      'UR  - https://example.org/documents/doc/#m4',
      'N1  - Clause m4',
      'N1  - Date inferred, not printed in the source',
      'ER  - ',
    ]);
  });

  it('print a printed date without brackets', () => {
    expect(apa({ ...input, dateInferred: false })).toContain('(2020)');
  });
});
