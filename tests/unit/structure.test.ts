/**
 * The document tree and what is derived from it: outline, translation progress, margin labels,
 * cross-reference links across documents with “cited by”, search records per article, and term
 * annotation around links. All texts here are SYNTHETIC.
 */
import { describe, expect, it } from 'vitest';
import { annotateChinese } from '../../src/lib/annotate.ts';
import type { Segment } from '../../src/lib/document-schema.ts';
import type { ExportedDocument } from '../../src/lib/export.ts';
import { createMatcher } from '../../src/lib/glossary.ts';
import { documentRecords, LONG_ARTICLE } from '../../src/lib/search-records.ts';
import { NODE_KIND_NAMES, NODE_KINDS } from '../../src/lib/structure/kinds.ts';
import { corpusLinks } from '../../src/lib/structure/links.ts';
import { chineseNumeral, parseChineseNumber, roman } from '../../src/lib/structure/numerals.ts';
import { readerContext } from '../../src/lib/structure/reader.ts';
import { buildTree, checkTree, headings, path } from '../../src/lib/structure/tree.ts';
import documentSchemaJson from '../../src/lib/schema/document.schema.json' with { type: 'json' };

const LAW_TITLE = '（虚构示例）某市测试条例';

/** A SYNTHETIC regulation: two chapters, a section, articles of one and of several paragraphs, items. */
const LAW: Segment[] = [
  { id: 'hist1', kind: 'history', zh: '（2099年1月1日某市人民代表大会常务委员会通过）', en: '(Adopted on 1 January 2099)' },
  { id: 'ch1', kind: 'chapter', number: 1, printed: '第一章', zh: '第一章　总则', en: 'Chapter I General Provisions' },
  {
    id: 'art1',
    kind: 'article',
    parent: 'ch1',
    number: 1,
    printed: '第一条',
    zh: '第一条　为了测试，制定本条例。',
    en: 'Article 1: These Regulations are formulated for testing.',
  },
  { id: 'art2', kind: 'article', parent: 'ch1', number: 2, printed: '第二条', zh: '第二条　', en: 'Article 2' },
  { id: 'art2-1', kind: 'paragraph', parent: 'art2', number: 1, zh: '单位应当登记。', en: 'Units shall register.' },
  {
    id: 'art2-2',
    kind: 'paragraph',
    parent: 'art2',
    number: 2,
    zh: '前款规定的登记，可以在网上办理：',
    en: 'The registration provided for in the preceding paragraph may be done online:',
  },
  { id: 'art2-2-1', kind: 'item', parent: 'art2-2', number: 1, printed: '（一）', zh: '（一）填写表格；', en: '(1) fill in the form;' },
  { id: 'art2-2-2', kind: 'item', parent: 'art2-2', number: 2, printed: '（二）', zh: '（二）提交材料。', en: '(2) submit materials.' },
  { id: 'ch2', kind: 'chapter', number: 2, printed: '第二章', zh: '第二章　管理', en: 'Chapter II Management' },
  { id: 'ch2-s1', kind: 'section', parent: 'ch2', number: 1, printed: '第一节', zh: '第一节　一般规定', en: 'Section 1 General Rules' },
  {
    id: 'art3',
    kind: 'article',
    parent: 'ch2-s1',
    number: 3,
    printed: '第三条',
    zh: '第三条　依照本条例第二条第二款第（一）项填写的表格不得涂改。',
    en: '',
    translation: 'none',
  },
  {
    id: 'art4',
    kind: 'article',
    parent: 'ch2-s1',
    number: 4,
    printed: '第四条',
    zh: '第四条　违反本条例第九条的，依法处理。',
    en: '',
    translation: 'none',
  },
];

/** A SYNTHETIC notice citing the regulation by its title. */
const NOTICE: Segment[] = [
  { id: 'docno', kind: 'docnumber', zh: '某政发〔2099〕1号', en: 'Mou Zheng Fa [2099] No. 1' },
  { id: 'h1', kind: 'heading', number: 1, printed: '一、', zh: '一、总体要求', en: 'I. General Requirements' },
  {
    id: 'p1',
    kind: 'paragraph',
    parent: 'h1',
    number: 1,
    zh: `各单位要落实《${LAW_TITLE}》第二条第一款。`,
    en: 'Each unit is to implement Article 2(1).',
  },
];

describe('the kind table', () => {
  it('is what the JSON Schema of the export allows, kind for kind', () => {
    expect(documentSchemaJson.$defs.unit.properties.kind.enum).toEqual([...NODE_KIND_NAMES]);
  });

  it('lets every kind nest only under kinds that exist', () => {
    for (const kind of NODE_KIND_NAMES) {
      for (const p of NODE_KINDS[kind].parents) expect(p === 'root' || NODE_KIND_NAMES.includes(p), `${kind} in ${p}`).toBe(true);
    }
  });
});

describe('the tree', () => {
  const tree = buildTree(LAW);

  it('nests articles in their chapter or section, paragraphs in their article, items in their paragraph', () => {
    expect(path(tree.byId.get('art2-2-1')!).map((n) => n.id)).toEqual(['ch1', 'art2', 'art2-2', 'art2-2-1']);
    expect(path(tree.byId.get('art3')!).map((n) => n.id)).toEqual(['ch2', 'ch2-s1', 'art3']);
    expect(headings(tree).map((n) => n.id)).toEqual(['ch1', 'ch2', 'ch2-s1']);
    expect(checkTree(LAW)).toEqual([]);
  });

  it('finds articles out of sequence', () => {
    const swapped = LAW.map((s) => (s.id === 'art4' ? { ...s, number: 3 } : s));
    expect(checkTree(swapped)).toEqual([{ segment: 'art4', message: 'article number 3 does not follow 3' }]);
  });
});

describe('the reader', () => {
  const reader = readerContext(LAW, new Map());

  it('outlines chapters and sections with the articles in each', () => {
    expect(reader.outline.map((e) => [e.id, e.depth, e.articles])).toEqual([
      ['ch1', 0, [1, 2]],
      ['ch2', 0, [3, 4]],
      ['ch2-s1', 1, [3, 4]],
    ]);
  });

  it('counts translated articles: an article counts when everything in it is translated', () => {
    expect(reader.progress).toEqual({ unit: 'articles', done: 2, total: 4 });
    const partly = LAW.map((s) => (s.id === 'art2-2-2' ? { ...s, en: '', translation: 'none' as const } : s));
    expect(readerContext(partly, new Map()).progress.done).toBe(1);
  });

  it('puts the article number in the margin, and within an article only the last step', () => {
    const label = (id: string) => reader.marginLabel(reader.tree.byId.get(id)!);
    expect([label('art2'), label('art2-2'), label('art2-2-1'), label('ch1')]).toEqual(['Art. 2', '(2)', '(i)', 'ch1']);
  });
});

describe('cross-references across the corpus', () => {
  const links = corpusLinks([
    { slug: 'law', titleZh: LAW_TITLE, segments: LAW },
    { slug: 'notice', titleZh: '（虚构示例）关于测试的通知', segments: NOTICE },
  ]);

  it('link a reference to the node it names, found by number in the tree', () => {
    const [link] = links.out.get('law')?.get('art3') ?? [];
    expect(link?.target).toEqual({ slug: 'law', id: 'art2-2-1' });
    expect(LAW[10]!.zh.slice(link!.start, link!.end)).toBe('本条例第二条第二款第（一）项');
  });

  it('link another document of the corpus named by its title, and list what cites a node', () => {
    expect(links.out.get('notice')?.get('p1')?.[0]?.target).toEqual({ slug: 'law', id: 'art2-1' });
    expect(links.in.get('law#art2-1')).toEqual([
      { slug: 'law', id: 'art2-2', pinpoint: 'art. 2(2)', pinpointZh: '第二条第二款' }, // 前款
      { slug: 'notice', id: 'p1', pinpoint: 'para. 1', pinpointZh: '第1段' },
    ]);
    expect(links.in.get('law#art2-2-1')).toEqual([{ slug: 'law', id: 'art3', pinpoint: 'art. 3', pinpointZh: '第三条' }]);
  });

  it('leave a reference to a node that does not exist unlinked', () => {
    expect(links.out.get('law')?.get('art4')).toBeUndefined();
  });

  it('become links in the Chinese, where a glossary term inside a link gives way to it', () => {
    const matcher = createMatcher(
      [
        {
          id: 'biao-ge',
          zh: '表格',
          pinyin: 'biǎogé',
          en: 'form',
          variants: [],
          category: 'legal-term',
          definition: 'A form.',
          related: [],
        },
      ] as never,
      [],
    );
    const text = LAW[10]!.zh;
    const [link] = links.out.get('law')?.get('art3') ?? [];
    const a = annotateChinese(text, 'hans', matcher, [{ start: link!.start, end: link!.end, href: '#art2-2-1' }]);
    expect(a.runs.filter((r) => r.href).map((r) => r.text)).toEqual(['本条例第二条第二款第（一）项']);
    expect(a.runs.filter((r) => r.term).map((r) => r.text)).toEqual(['表格']);
    expect(a.runs.map((r) => r.text).join('')).toBe(text);
  });
});

describe('search records', () => {
  function exported(segments: Segment[]): ExportedDocument {
    return {
      slug: 'law',
      title: { zh: LAW_TITLE, zhHant: LAW_TITLE, en: '[SYNTHETIC] Regulations' },
      type: 'regulation',
      bodies: [],
      date: { value: '2099', printed: null, inferred: false, basis: '' },
      segments: segments.map((s) => ({
        ...s,
        kind: s.kind,
        zhHant: s.zh,
        notes: [],
        terms: [],
        translation: 'translated',
        pinpoint: { en: '', long: '', zh: '' },
      })),
    } as unknown as ExportedDocument;
  }

  it('are one per article with everything in it, named by article and chapter', () => {
    const records = documentRecords(exported(LAW));
    const art2 = records.find((r) => r.meta['seg'] === 'art2');
    expect(art2?.meta['zh']).toBe('第二条　单位应当登记。前款规定的登记，可以在网上办理：（一）填写表格；（二）提交材料。');
    expect(art2?.meta['label']).toBe('art. 2');
    expect(art2?.meta['withinZh']).toBe('第一章　总则');
    expect(records.some((r) => r.meta['seg'] === 'art2-2-1')).toBe(false);
    expect(records.find((r) => r.meta['seg'] === 'art3')?.meta['withinZh']).toBe('第一节　一般规定');
  });

  it('are one per paragraph in a long article', () => {
    const long = LAW.map((s) => (s.id === 'art2-1' ? { ...s, zh: '单位应当登记。'.repeat(Math.ceil(LONG_ARTICLE / 7)) } : s));
    const segs = documentRecords(exported(long)).map((r) => r.meta['seg']);
    expect(segs).toEqual(expect.arrayContaining(['art2', 'art2-1', 'art2-2']));
    expect(documentRecords(exported(long)).find((r) => r.meta['seg'] === 'art2-2')?.meta['label']).toBe('art. 2(2)');
  });
});

describe('numerals', () => {
  it('write and read Chinese numerals as statutes print them, and Roman item numbers', () => {
    for (const [n, zh] of [
      [10, '十'],
      [21, '二十一'],
      [105, '一百零五'],
      [110, '一百一十'],
    ] as const) {
      expect(chineseNumeral(n)).toBe(zh);
      expect(parseChineseNumber(zh)).toBe(n);
    }
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['i', 'iv', 'ix', 'xiv', 'xl']);
  });
});
