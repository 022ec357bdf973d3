/**
 * Search records (src/lib/search-records.ts): what the search page can find and what it shows for
 * each hit. The documents are synthetic, built through the content schema and the JSON export, as
 * the build does (the Pagefind integration reads the export back).
 */
import { describe, expect, it } from 'vitest';
import { bigramize } from '../../src/lib/bigrams.ts';
import { documentSchema } from '../../src/lib/document-schema.ts';
import { exportDocument, exportGlossary, type ExportedDocument } from '../../src/lib/export.ts';
import { glossaryEntrySchema } from '../../src/lib/glossary-schema.ts';
import {
  documentRecords,
  earlierRecords,
  facetSource,
  glossaryRecords,
  LONG_ARTICLE,
  type SearchRecord,
} from '../../src/lib/search-records.ts';
import { toTraditional } from '../../src/lib/script.ts';
import { fixtureMatcher } from '../helpers/export-fixtures.ts';
import { readDocument } from '../../src/lib/front-matter.ts';

const ROOT = 'https://example.org/';

/** A synthetic regulation: a chapter, a one-paragraph article, an article with two paragraphs and items, a long article. */
function regulation(longParagraph = '本条例所称社会组织，是指依法登记的组织。', revised: Record<string, unknown> = {}): ExportedDocument {
  const data = documentSchema.parse({
    title: { zh: '（虚构示例）临江市社会组织促进条例', en: '[SYNTHETIC] Linjiang Regulations on Promoting Social Organizations' },
    type: 'regulation',
    status: 'published',
    bodies: [
      { zh: '临江市人民代表大会常务委员会', en: 'Standing Committee of the Linjiang Municipal People’s Congress', role: 'issuing' },
      { zh: '临江市人民代表大会常务委员会', en: 'Standing Committee of the Linjiang Municipal People’s Congress', role: 'convening' },
    ],
    date: { value: '2024-03-01', printed: '2024年3月1日', inferred: false, basis: '' },
    source: { publication: null, page: null, attribution: null, raw: 'synthetic.txt', lines: [1, 20] },
    translator: 'Test (synthetic)',
    published: '2026-01-01',
    segments: [
      { id: 'toc', kind: 'contents', zh: '目录　第一章　总则', en: 'Contents Chapter I General Provisions' },
      { id: 'ch1', kind: 'chapter', number: 1, printed: '第一章', zh: '第一章　总则', en: 'Chapter I General Provisions' },
      {
        id: 'art1',
        kind: 'article',
        parent: 'ch1',
        number: 1,
        printed: '第一条',
        zh: '第一条　为了促进社会组织健康发展，制定本条例。',
        en: 'Article 1: These Regulations are formulated to promote the sound development of social organizations.',
      },
      // Articles of several paragraphs hold only their number; each paragraph (款) is a child.
      { id: 'art2', kind: 'article', parent: 'ch1', number: 2, printed: '第二条', zh: '第二条　', en: 'Article 2' },
      {
        id: 'art2-1',
        kind: 'paragraph',
        parent: 'art2',
        number: 1,
        zh: '民政部门负责登记管理。',
        en: 'Civil affairs departments are responsible for registration.',
        ...revised,
      },
      { id: 'art2-2', kind: 'paragraph', parent: 'art2', number: 2, zh: '有关部门应当：', en: 'The relevant departments shall:' },
      { id: 'art2-2-1', kind: 'item', parent: 'art2-2', number: 1, printed: '（一）', zh: '（一）提供场地；', en: '(1) provide premises;' },
      { id: 'art2-2-2', kind: 'item', parent: 'art2-2', number: 2, printed: '（二）', zh: '（二）减免费用。', en: '(2) reduce fees.' },
      { id: 'art3', kind: 'article', parent: 'ch1', number: 3, printed: '第三条', zh: '第三条　', en: 'Article 3' },
      { id: 'art3-1', kind: 'paragraph', parent: 'art3', number: 1, zh: '鼓励志愿服务。', en: 'Volunteer service is encouraged.' },
      {
        id: 'art3-2',
        kind: 'paragraph',
        parent: 'art3',
        number: 2,
        zh: longParagraph,
        en: 'Social organizations means registered organizations.',
      },
    ],
  });
  return exportDocument('synthetic-promotion', data, { matcher: fixtureMatcher(), root: ROOT });
}

/** Words of a record or query: Chinese bigrams and English words, without punctuation or case. */
const tokens = (content: string) =>
  new Set(
    content
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
/** The records a query finds, as the search page would: every query token in the record's content. */
const search = (records: readonly SearchRecord[], query: string) =>
  records.filter((r) => [...tokens(bigramize(query))].every((t) => tokens(r.content).has(t))).map((r) => r.meta['seg']);

describe('clause records', () => {
  const records = documentRecords(regulation());

  it('find a clause by a Chinese phrase in either script, and by its English', () => {
    expect(search(records, '社会组织')).toEqual(['art1', 'art3']);
    // A traditional query is folded to simplified in the browser; the record keeps both scripts to show.
    expect(search(records, '减免费用')).toEqual(['art2']);
    expect(search(records, 'premises')).toEqual(['art2']);
    expect(search(records, 'Volunteer')).toEqual(['art3']);
  });

  it('index an article with its paragraphs and items as one hit, and leave out the printed contents', () => {
    expect(records.map((r) => r.meta['seg'])).toEqual(['ch1', 'art1', 'art2', 'art3']);
    const art2 = records.find((r) => r.meta['seg'] === 'art2');
    expect(art2?.meta['zh']).toBe('第二条　民政部门负责登记管理。有关部门应当：（一）提供场地；（二）减免费用。');
    expect(art2?.meta['en']).toBe(
      'Article 2 Civil affairs departments are responsible for registration. The relevant departments shall: (1) provide premises; (2) reduce fees.',
    );
  });

  it('carry the traditional text to show, with its own characters', () => {
    const art1 = records.find((r) => r.meta['seg'] === 'art1');
    expect(art1?.meta['zhHant']).toContain('社會組織');
    expect(art1?.meta['zhHant']).toBe(toTraditional(art1?.meta['zh'] ?? ''));
    expect(art1?.meta['docZhHant']).toBe('（虛構示例）臨江市社會組織促進條例');
  });

  it('link to the clause on its reading page by fragment', () => {
    expect(records.find((r) => r.meta['seg'] === 'art2')?.url).toBe('documents/synthetic-promotion/index.html#art2');
  });

  it('label the hit as a citation would, in English and in both Chinese scripts, with its chapter', () => {
    const art2 = records.find((r) => r.meta['seg'] === 'art2');
    expect(art2?.meta).toMatchObject({
      title: '[SYNTHETIC] Linjiang Regulations on Promoting Social Organizations',
      doc: 'synthetic-promotion',
      label: 'art. 2',
      labelZh: '第二条',
      labelZhHant: '第二條',
      within: 'Chapter I General Provisions',
      withinZh: '第一章　总则',
      withinZhHant: '第一章　總則',
    });
    const ch1 = records.find((r) => r.meta['seg'] === 'ch1');
    expect(ch1?.meta).toMatchObject({ label: 'ch. 1', labelZh: '第一章' });
    expect(ch1?.meta).not.toHaveProperty('within');
  });

  it('carry their document as the only filter; the facets come from the document (type, body once, year)', () => {
    // A current clause carries no kind (lib/search-kinds.ts): the search leaves out the marked kinds.
    expect(new Set(records.map((r) => JSON.stringify(r.filters)))).toEqual(new Set([JSON.stringify({ doc: ['synthetic-promotion'] })]));
    expect(facetSource(regulation())).toEqual({
      slug: 'synthetic-promotion',
      type: 'regulation',
      bodies: ['Standing Committee of the Linjiang Municipal People’s Congress'],
      year: '2024',
    });
  });

  it('split a long article of several paragraphs so that a hit lands on the paragraph', () => {
    const long = `本条例所称社会组织，${'是指依法登记的组织'.repeat(Math.ceil(LONG_ARTICLE / 9))}。`;
    const split = documentRecords(regulation(long));
    expect(split.map((r) => r.meta['seg'])).toEqual(['ch1', 'art1', 'art2', 'art3', 'art3-1', 'art3-2']);
    expect(search(split, '本条例所称')).toEqual(['art3-2']);
    expect(search(split, '志愿服务')).toEqual(['art3-1']);
    expect(split.find((r) => r.meta['seg'] === 'art3-2')).toMatchObject({
      url: 'documents/synthetic-promotion/index.html#art3-2',
      meta: { label: 'art. 3(2)', labelZh: '第三条第二款', labelZhHant: '第三條第二款' },
    });
  });
});

describe('glossary records', () => {
  it('find an entry by its headword, pinyin, rendering, variant or definition', () => {
    const [r] = glossaryRecords(
      exportGlossary([
        glossaryEntrySchema.parse({
          id: 'she-hui-zu-zhi',
          zh: '社会组织',
          pinyin: 'shèhuì zǔzhī',
          en: 'social organization',
          variants: ['civil society organization'],
          category: 'organisation',
          definition: 'A synthetic definition of registered non-profit bodies.',
        }),
      ]),
    );
    expect(r?.url).toBe('glossary/she-hui-zu-zhi/index.html');
    expect(search([r!], '社会组织').length).toBe(1);
    for (const word of ['shèhuì', 'civil', 'non-profit']) expect(r?.content).toContain(word);
    expect(r?.filters).toEqual({ kind: ['glossary'] });
    expect(r?.meta).toMatchObject({ title: 'social organization', zhHant: '社會組織' });
  });
});

describe('earlier versions', () => {
  const history = {
    revisions: [
      { date: '2026-02-01', reason: 'Term.', previous: 'Civil affairs organs handle registration.' },
      { date: '2026-03-01', reason: 'Notes only.', previous: 'Civil affairs departments handle registration.', previousNotes: [] },
      { date: '2026-04-01', reason: 'Style.', previous: 'Civil affairs departments handle registration.' },
    ],
  };
  it('indexes each earlier English of a clause once, at the last version that had it, apart from current clauses', () => {
    const records = earlierRecords(regulation(undefined, history));
    expect(records.map((r) => [r.meta['version'], r.url, r.content])).toEqual([
      ['2026-03-01', 'documents/synthetic-promotion/v/2026-03-01/index.html#art2-1', 'Civil affairs departments handle registration.'],
      ['2026-01-01', 'documents/synthetic-promotion/v/2026-01-01/index.html#art2-1', 'Civil affairs organs handle registration.'],
    ]);
    expect(records.every((r) => r.filters['kind']?.join() === 'earlier' && r.meta['label'] === 'art. 2(1)')).toBe(true);
    // Current records are unchanged and never earlier; an unrevised document has no earlier records.
    expect(documentRecords(regulation(undefined, history)).every((r) => r.filters['kind'] === undefined)).toBe(true);
    expect(earlierRecords(regulation())).toEqual([]);
  });
});

describe('earlier texts of an amended document', () => {
  const amended = readDocument('tests/fixtures/structured/content/documents/synthetic-ancient-trees-regulation.mdx');
  const doc = exportDocument(amended.slug, amended.data, { matcher: fixtureMatcher(), root: ROOT });
  it('are searched on request only, on the earlier text’s page, marked with its date', () => {
    // Art. 8 of 2021 (a yearly inspection) was deleted by the 2024 amendment.
    const has = (records: SearchRecord[]) => records.filter((r) => r.content.includes('once a year'));
    expect(has(documentRecords(doc))).toEqual([]);
    const found = has(earlierRecords(doc));
    expect(found.map((r) => [r.url, r.meta['version'], r.filters['kind']])).toEqual([
      [`documents/${amended.slug}/versions/2021-06-25/index.html#art8`, '2021-06-25', ['earlier']],
    ]);
    expect(found[0]?.content).toContain(bigramize('每年组织一次'));
  });
});
