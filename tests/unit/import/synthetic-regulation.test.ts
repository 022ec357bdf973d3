/**
 * Laws and regulations: the synthetic (fictional) regulation in three layouts, a web copy, a
 * wrapped OCR column and a flat GB18030 file with CRLF (tests/fixtures/import/README.md), must give
 * the same tree of docs/structure.md: history, one contents node, chapters and sections, articles
 * 1…42 with 第十五条之一, their 款, items and sub-items, and lose or double no text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/document-schema.ts';
import { readFrontMatter } from '../../../src/lib/front-matter.ts';
import { importSource } from '../../../src/lib/import/index.ts';
import type { ImportResult } from '../../../src/lib/import/index.ts';
import { toJson } from '../../../src/lib/import/json.ts';
import type { JsonSegment } from '../../../src/lib/import/json.ts';
import { renderMdx } from '../../../src/lib/import/mdx.ts';
import { summarise } from '../../../src/lib/import/report.ts';
import { FIXTURES, checkInvariant } from './helpers.ts';

const LAYOUTS = {
  web: 'synthetic-regulation-web.txt',
  ocr: 'synthetic-regulation-ocr.txt',
  flat: 'synthetic-regulation-flat-gb18030.txt',
} as const;

const bytes = (file: string): Uint8Array => readFileSync(path.join(FIXTURES, file));
const results = Object.fromEntries(Object.entries(LAYOUTS).map(([k, f]) => [k, importSource(bytes(f))])) as Record<
  keyof typeof LAYOUTS,
  ImportResult
>;
const segmentsOf = (r: ImportResult): JsonSegment[] => toJson(r).documents[0]?.segments.slice() ?? [];
const tree = (r: ImportResult): Array<Omit<JsonSegment, 'lines'>> => segmentsOf(r).map(({ lines: _, ...rest }) => rest);
const ARTICLE_NUMBERS = [...Array.from({ length: 15 }, (_, i) => i + 1), 15, ...Array.from({ length: 27 }, (_, i) => i + 16)];
/** Articles of more than one 款, and how many. */
const MULTI: Record<string, number> = { art2: 3, art4: 2, art5: 2, art10: 2, art12: 3, art14: 2, art19: 2, art20: 3, art25: 3, art27: 2 };
/** Items per paragraph (or per article of one paragraph), and sub-items per item. */
const ITEMS: Record<string, number> = { 'art5-1': 5, 'art10-1': 4, 'art25-2': 3, art31: 4, art37: 4 };
const SUBITEMS: Record<string, number> = { 'art10-1-3': 2 };

describe.each(Object.keys(LAYOUTS) as Array<keyof typeof LAYOUTS>)('the synthetic regulation, %s layout', (layout) => {
  const result = results[layout];
  const segs = segmentsOf(result);
  const byId = new Map(segs.map((s) => [s.id, s]));

  it('is one regulation with its title, never a report', () => {
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]?.type).toBe('regulation');
    expect(result.documents[0]?.title).toBe('（虚构示例）某某市公共数据资源管理条例');
    expect(result.layout.wrapped).toBe(layout === 'ocr');
  });

  it('reads the enactment and amendment lines as history, and the 目录 as one contents node', () => {
    expect(segs.slice(0, 3).map((s) => [s.id, s.kind])).toEqual([
      ['hist1', 'history'],
      ['hist2', 'history'],
      ['toc', 'contents'],
    ]);
    expect(byId.get('hist1')?.text).toBe(
      // The space between the two events goes with the spaces in Chinese text (clean.ts).
      '（2021年6月10日某某市第十五届人民代表大会常务委员会第三十次会议通过2021年7月28日某某省第十三届人民代表大会常务委员会第二十五次会议批准）',
    );
    expect(byId.get('hist2')?.text).toMatch(/^（根据2024年3月15日.*修正）$/u);
    expect(byId.get('toc')?.text.split('\n')).toEqual([
      '目录',
      '第一章\u3000总则',
      '第二章\u3000数据目录管理',
      '第三章\u3000数据汇聚与共享',
      '第一节\u3000数据汇聚',
      '第二节\u3000数据共享',
      '第四章\u3000数据开放',
      '第五章\u3000安全保障',
      '第六章\u3000法律责任',
      '第七章\u3000附则',
    ]);
  });

  it('finds the chapters and the two sections of chapter 3, with numbers and printed numbers', () => {
    const divisions = segs.filter((s) => s.kind === 'chapter' || s.kind === 'section');
    expect(divisions.map((s) => [s.id, s.parent, s.number, s.printed, s.text])).toEqual([
      ['ch1', undefined, 1, '第一章', '第一章\u3000总则'],
      ['ch2', undefined, 2, '第二章', '第二章\u3000数据目录管理'],
      ['ch3', undefined, 3, '第三章', '第三章\u3000数据汇聚与共享'],
      ['ch3-s1', 'ch3', 1, '第一节', '第一节\u3000数据汇聚'],
      ['ch3-s2', 'ch3', 2, '第二节', '第二节\u3000数据共享'],
      ['ch4', undefined, 4, '第四章', '第四章\u3000数据开放'],
      ['ch5', undefined, 5, '第五章', '第五章\u3000安全保障'],
      ['ch6', undefined, 6, '第六章', '第六章\u3000法律责任'],
      ['ch7', undefined, 7, '第七章', '第七章\u3000附则'],
    ]);
  });

  it('numbers every article 1…42 in order, 第十五条之一 as art15a, each inside its chapter or section', () => {
    const articles = segs.filter((s) => s.kind === 'article');
    expect(articles.map((s) => s.number)).toEqual(ARTICLE_NUMBERS);
    expect(articles.map((s) => s.id)).toEqual(ARTICLE_NUMBERS.map((n, i) => (i === 15 ? 'art15a' : `art${n}`)));
    expect(byId.get('art15a')?.printed).toBe('第十五条之一');
    expect(byId.get('art100')).toBeUndefined();
    const parentOf = (n: number): string =>
      n <= 6
        ? 'ch1'
        : n <= 12
          ? 'ch2'
          : n <= 17
            ? 'ch3-s1'
            : n <= 23
              ? 'ch3-s2'
              : n <= 29
                ? 'ch4'
                : n <= 35
                  ? 'ch5'
                  : n <= 40
                    ? 'ch6'
                    : 'ch7';
    for (const a of articles) expect([a.id, a.parent]).toEqual([a.id, parentOf(a.number ?? 0)]);
  });

  it('splits multi-paragraph articles into 款 (the article keeps only its number) and leaves the others whole', () => {
    for (const a of segs.filter((s) => s.kind === 'article')) {
      const paras = segs.filter((s) => s.parent === a.id && s.kind === 'paragraph');
      const want = MULTI[a.id] ?? 0;
      expect([a.id, paras.length]).toEqual([a.id, want]);
      expect(paras.map((p) => [p.id, p.number])).toEqual(Array.from({ length: want }, (_, k) => [`${a.id}-${k + 1}`, k + 1]));
      if (want > 0) expect(a.text).toBe(`${a.printed ?? ''}\u3000`);
      else expect(a.text.startsWith(`${a.printed ?? ''}\u3000`)).toBe(true);
    }
    expect(byId.get('art2-2')?.text).toBe(
      '本条例所称公共数据，是指本市各级行政机关以及履行公共管理和服务职能的事业单位（以下统称公共管理和服务机构）在依法履行职责过程中收集和产生的各类数据。',
    );
  });

  it('puts items inside their 款 (or their one-paragraph article) and sub-items inside their item', () => {
    const items = segs.filter((s) => s.kind === 'item');
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.parent ?? ''] = (counts[i.parent ?? ''] ?? 0) + 1;
    expect(counts).toEqual(ITEMS);
    const subs: Record<string, number> = {};
    for (const s of segs.filter((x) => x.kind === 'subitem')) subs[s.parent ?? ''] = (subs[s.parent ?? ''] ?? 0) + 1;
    expect(subs).toEqual(SUBITEMS);
    expect(segs.filter((s) => s.id.startsWith('art10')).map((s) => [s.id, s.kind, s.parent, s.number, s.printed])).toEqual([
      ['art10', 'article', 'ch2', 10, '第十条'],
      ['art10-1', 'paragraph', 'art10', 1, undefined],
      ['art10-1-1', 'item', 'art10-1', 1, '（一）'],
      ['art10-1-2', 'item', 'art10-1', 2, '（二）'],
      ['art10-1-3', 'item', 'art10-1', 3, '（三）'],
      ['art10-1-3-1', 'subitem', 'art10-1-3', 1, '1.'],
      ['art10-1-3-2', 'subitem', 'art10-1-3', 2, '2.'],
      ['art10-1-4', 'item', 'art10-1', 4, '（四）'],
      ['art10-2', 'paragraph', 'art10', 2, undefined],
    ]);
    expect(byId.get('art31-1-3')).toMatchObject({ parent: 'art31', number: 3, text: '（三）定期开展安全风险评估；' });
  });

  it('keeps cross-references (依照本条例第十条的规定, 前款, 第十二条第二款) inside their article', () => {
    expect(byId.get('art9')?.text).toContain('依照本条例第十条的规定，按照公共数据目录编制规范');
    expect(byId.get('art39')?.text).toBe(
      '第三十九条\u3000公共管理和服务机构违反本条例第十条、第十二条第二款规定，拒不改正的，由市数据主管部门予以通报。',
    );
    expect(byId.get('art25-3')?.text.startsWith('依照前款第一项规定')).toBe(true);
  });

  it('loses and doubles nothing: the concatenation invariant', () => {
    const text = new TextDecoder(layout === 'flat' ? 'gb18030' : 'utf-8').decode(bytes(LAYOUTS[layout]));
    checkInvariant(result, text);
  });

  it('writes a draft that the document schema accepts, as a regulation, with the flat segments', () => {
    const ctx = { raw: 'raw.txt', sha256: result.sha256, summary: summarise(result.report), warnings: result.report.warnings };
    const doc = result.documents[0];
    if (doc === undefined) throw new Error('no document');
    const mdx = renderMdx(doc, ctx);
    const data = readFrontMatter(mdx, 'draft').data as Record<string, unknown>;
    expect(data).toMatchObject({ type: 'regulation', status: 'draft', title: { zh: doc.title, en: '' } });
    const parsed = documentSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
    const segments = data['segments'] as Array<Record<string, unknown>>;
    expect(segments.find((s) => s['id'] === 'art10-1-3-1')).toEqual({
      id: 'art10-1-3-1',
      kind: 'subitem',
      parent: 'art10-1-3',
      number: 1,
      printed: '1.',
      zh: '1.无条件共享或者有条件共享；',
      en: '',
    });
    expect(segments.every((s) => s['en'] === '')).toBe(true);
  });
});

describe('the three layouts', () => {
  it('give identical trees: ids, kinds, parents, numbers, printed numbers and text', () => {
    const web = tree(results.web);
    expect(web.length).toBe(101);
    expect(tree(results.ocr)).toEqual(web);
    expect(tree(results.flat)).toEqual(web);
  });

  it('web and flat copies import without a warning; the OCR warns, by line, where it had to decide', () => {
    expect(results.web.report.warnings).toEqual([]);
    expect(results.flat.report.warnings).toEqual([]);
    expect(results.flat.decoded).toMatchObject({ encoding: 'gb18030', lineEndings: 'CRLF' });
    const ocr = results.ocr.report.warnings;
    const ocrLines = readFileSync(path.join(FIXTURES, LAYOUTS.ocr), 'utf8').split('\n');
    // The cross-reference broken before 第十条 in art. 9 (next in sequence, but mid-sentence) and in
    // art. 39 (out of sequence): both joined, both warned at the line that starts with 第十条.
    const at = (prefix: string): number => ocrLines.findIndex((l) => l.startsWith(prefix)) + 1;
    expect(ocr.find((w) => w.line === at('第十条的规定'))?.message).toMatch(
      /possible start 第十条 rejected \(the line above does not end a clause\)/,
    );
    expect(ocr.find((w) => w.line === at('第十条、第十二条'))?.message).toMatch(
      /possible start 第十条 rejected \(it is not next in sequence\)/,
    );
    // 第八条 and 第十五条之一 lost their indent after a full line: taken from the sequence, and said so.
    expect(ocr.find((w) => w.line === at('第八条'))?.message).toMatch(/第八条 without an indent/);
    expect(ocr.find((w) => w.line === at('第十五条之一'))?.message).toMatch(/第十五条之一 without an indent/);
    // Indents lost after a short line need no warning: the short line ends the paragraph.
    expect(ocr.some((w) => w.line === at('区人民政府应当'))).toBe(false);
    expect(ocr).toHaveLength(7);
    expect(ocr.find((w) => w.line === at('- 7 -'))?.message).toMatch(/dropped as layout debris/);
  });
});
