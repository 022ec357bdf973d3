/**
 * Machine-readable metadata of a reading page (src/lib/metadata.ts): what Zotero and Google
 * Scholar read from the meta tags, and what a search engine reads from the JSON-LD. The sources
 * are synthetic.
 */
import { describe, expect, it } from 'vitest';
import type { CitationSource } from '../../src/lib/csl-item.ts';
import { citationMetaTags, jsonLd } from '../../src/lib/metadata.ts';

const NOTICE: CitationSource = {
  slug: 'synthetic-notice',
  titleZh: '（虚构示例）关于做好测试工作的通知',
  titleEn: '[SYNTHETIC] Notice on Doing Testing Work Well',
  titleShort: 'Notice on Doing Testing',
  titleSentence: '[SYNTHETIC] Notice on doing testing work well',
  bodies: [
    { en: 'Ministry of Testing', role: 'issuing' },
    { en: 'Ministry of Examples', role: 'issuing' },
  ],
  bodiesAreAuthors: true,
  date: '2020-07-01',
  dateInferred: 'none',
  translator: 'Duizhao editors',
  revised: '2026-11-26',
  url: 'https://example.org/documents/synthetic-notice/',
};

/** A news report whose year is not printed: the bodies are reported on, not authors. */
const REPORT: CitationSource = {
  ...NOTICE,
  slug: 'synthetic-report',
  titleZh: '（虚构示例）测试工作取得进展',
  titleEn: '[SYNTHETIC] Progress in Testing Work',
  bodies: [{ en: 'Ministry of Testing', role: 'reporting' }],
  bodiesAreAuthors: false,
  dateInferred: 'year',
};

const tag = (tags: { name: string; content: string }[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

describe('citation meta tags', () => {
  it('give the English title with the Chinese, and each issuing body as an author', () => {
    const tags = citationMetaTags(NOTICE, 12);
    expect(tag(tags, 'citation_title')).toEqual(['[SYNTHETIC] Notice on Doing Testing Work Well [（虚构示例）关于做好测试工作的通知]']);
    expect(tag(tags, 'citation_author')).toEqual(['Ministry of Testing', 'Ministry of Examples']);
    expect(tag(tags, 'DC.contributor')).toEqual(['Duizhao editors (translator)']);
  });

  it('do not make a reported-on body the author of a news report', () => {
    expect(tag(citationMetaTags(REPORT, 3), 'citation_author')).toEqual([]);
  });

  it('date the translation by its last revision, in the slashed form Highwire expects', () => {
    const tags = citationMetaTags(NOTICE, 12);
    expect(tag(tags, 'citation_publication_date')).toEqual(['2026/11/26']);
    expect(tag(tags, 'DC.date.modified')).toEqual(['2026-11-26']);
  });

  it('say whether the Chinese original’s date is printed or inferred', () => {
    expect(tag(citationMetaTags(NOTICE, 12), 'DC.source')).toEqual([
      '（虚构示例）关于做好测试工作的通知 (Chinese original, dated 2020-07-01)',
    ]);
    expect(tag(citationMetaTags(REPORT, 3), 'DC.source')).toEqual([
      '（虚构示例）测试工作取得进展 (Chinese original, year inferred as 2020-07-01)',
    ]);
    expect(tag(citationMetaTags({ ...REPORT, dateInferred: 'all' }, 3), 'DC.source')[0]).toContain('date inferred as 2020-07-01');
    expect(tag(citationMetaTags({ ...REPORT, date: null }, 3), 'DC.source')).toEqual(['（虚构示例）测试工作取得进展 (Chinese original)']);
  });

  it('point at the reading page and count its clauses', () => {
    const tags = citationMetaTags(NOTICE, 12);
    expect(tag(tags, 'citation_fulltext_html_url')).toEqual([NOTICE.url]);
    expect(tag(tags, 'DC.identifier')).toEqual([NOTICE.url]);
    expect(tag(tags, 'DC.description')[0]).toContain('12 aligned clauses');
  });
});

describe('JSON-LD', () => {
  it('describes the English translation as a work of its own, a translation of the Chinese original', () => {
    const ld = jsonLd(NOTICE, 'notice');
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      '@id': NOTICE.url,
      name: NOTICE.titleEn,
      inLanguage: 'en',
      version: '2026-11-26',
      translator: { name: 'Duizhao editors' },
      translationOfWork: {
        '@type': 'CreativeWork',
        name: NOTICE.titleZh,
        inLanguage: 'zh-Hans',
        datePublished: '2020-07-01',
        author: [
          { '@type': 'GovernmentOrganization', name: 'Ministry of Testing' },
          { '@type': 'GovernmentOrganization', name: 'Ministry of Examples' },
        ],
      },
    });
  });

  it('types a regulation as legislation and a news report as a news article', () => {
    const original = (ld: Record<string, unknown>) => (ld['translationOfWork'] as Record<string, unknown>)['@type'];
    expect(original(jsonLd(NOTICE, 'regulation'))).toBe('Legislation');
    expect(original(jsonLd(REPORT, 'news-report'))).toBe('NewsArticle');
    expect(original(jsonLd(NOTICE, 'speech'))).toBe('CreativeWork');
  });

  it('never asserts an inferred date: it describes it instead, and a reported-on body is what the work is about', () => {
    const work = jsonLd(REPORT, 'news-report')['translationOfWork'] as Record<string, unknown>;
    expect(work).not.toHaveProperty('datePublished');
    expect(work['description']).toBe('Year not printed in the source; inferred as 2020-07-01 (reasons on the page).');
    expect(work).not.toHaveProperty('author');
    expect(work['about']).toEqual([{ '@type': 'GovernmentOrganization', name: 'Ministry of Testing' }]);
  });

  it('gives no version for a draft without a revision date', () => {
    const ld = jsonLd({ ...NOTICE, revised: null }, 'notice');
    expect(ld).not.toHaveProperty('version');
    expect(ld).not.toHaveProperty('dateModified');
  });
});
