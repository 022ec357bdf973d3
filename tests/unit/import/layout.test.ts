/**
 * Paragraph structure from layout: column breaks, indents, one-paragraph-per-line text, and the
 * recognition of titles, captions, pull quotes and attributions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/lib/import/index.ts';
import { analyseLayout, buildBlocks, joinSeparator } from '../../../src/lib/import/paragraphs.ts';
import { cleanLines } from '../../../src/lib/import/clean.ts';
import { createReport } from '../../../src/lib/import/report.ts';
import { FIXTURES, flatten, seedText } from './helpers.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const blocksOf = (text: string): string[] => buildBlocks(cleanLines(text, createReport()), createReport()).blocks.map((b) => b.text);

describe('layout analysis of the seed', () => {
  it('measures a wrapped column where blank lines, not indents, mark paragraph ends', () => {
    expect(analyseLayout(cleanLines(seedText(), createReport()))).toEqual({
      wrapped: true,
      width: 14,
      tolerance: 2,
      blankSeparates: true,
      indentMarks: false,
    });
  });
});

describe('paragraph breaks', () => {
  const col = [
    '王爱文强调，要按照习近平',
    '总书记一系列重要指示批示精',
    '',
    '神，进一步强化脱贫攻坚中的责',
    '任担当，留下烙印。',
    '',
    '王爱文指出，在定点扶贫县',
    '产业项目推进和脱贫攻坚工作',
    '中，社会组织要发挥优势。',
  ].join('\n');

  it('a blank line inside a sentence (here mid-word) is a column break; after a short sentence end it is a paragraph', () => {
    expect(blocksOf(col)).toEqual([
      '王爱文强调，要按照习近平总书记一系列重要指示批示精神，进一步强化脱贫攻坚中的责任担当，留下烙印。',
      '王爱文指出，在定点扶贫县产业项目推进和脱贫攻坚工作中，社会组织要发挥优势。',
    ]);
  });

  it('without blank lines, a short last line ending a sentence ends the paragraph', () => {
    expect(blocksOf(col.replace(/\n\n/g, '\n'))).toHaveLength(2);
  });

  it('full-width indents mark paragraphs in wrapped text without blank lines', () => {
    const text = [
      '\u3000\u3000为推动拓宽高校毕业生就业渠道、提升城乡社区治理和服务水平',
      '互促共进，近日，七部门联合发布通知。',
      '\u3000\u3000《通知》指出，引导和鼓励高校毕业生到城乡社区就业创业，是',
      '扩大高校毕业生就业空间的重要渠道。它也是助推城乡社区治理的',
      '有效举措。',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      '为推动拓宽高校毕业生就业渠道、提升城乡社区治理和服务水平互促共进，近日，七部门联合发布通知。',
      '《通知》指出，引导和鼓励高校毕业生到城乡社区就业创业，是扩大高校毕业生就业空间的重要渠道。它也是助推城乡社区治理的有效举措。',
    ]);
  });

  it('joins Chinese lines without a space and Latin words with one', () => {
    expect(joinSeparator('支持世界卫生', '组织')).toBe('');
    expect(joinSeparator('the World Health', 'Organization')).toBe(' ');
    expect(joinSeparator('COVID-', '19')).toBe('');
    expect(joinSeparator('2020', '年')).toBe('');
    expect(
      blocksOf(
        '关于 the World Health Organization and\nthe United Nations 的合作项目，各方要加强\n沟通和协调，形成工作合力并按照要\n求推进落实。',
      ),
    ).toEqual([
      '关于the World Health Organization and the United Nations的合作项目，各方要加强沟通和协调，形成工作合力并按照要求推进落实。',
    ]);
  });
});

describe('one paragraph per line (text copied from a web page)', () => {
  const result = importSource(readFileSync(path.join(FIXTURES, 'notice-one-paragraph-per-line.txt')));

  it('is detected as unwrapped and gives one paragraph per line, with points', () => {
    expect(result.layout.wrapped).toBe(false);
    expect(flatten(result)).toEqual([
      {
        title: '关于做好社区服务站建设工作的通知',
        segments: [
          { id: 'p1', kind: 'paragraph', text: '各区民政局：' },
          { id: 'p2', kind: 'paragraph', text: '为进一步提升社区服务水平，现就社区服务站建设有关事项通知如下。' },
          { id: 'p2-1', kind: 'point', text: '一是明确建设标准。各区要按照统一标准建设社区服务站。', parent: 'p2' },
          { id: 'p2-2', kind: 'point', text: '二是落实经费保障。各区要将所需经费纳入本级预算。', parent: 'p2' },
          { id: 'm1', kind: 'measure', text: '（一）服务站应当设在便于居民到达的位置。' },
          { id: 'm2', kind: 'measure', text: '（二）服务站使用面积一般不少于200平方米。' },
          { id: 'p3', kind: 'paragraph', text: '请各区于2020年8月31日前将建设情况报市局。' },
          { id: 'p4', kind: 'paragraph', text: '某市民政局' },
          { id: 'p5', kind: 'paragraph', text: '2020年7月1日' },
        ],
      },
    ]);
  });

  it('keeps signature and date lines as paragraphs (not a new titled document) and warns about them', () => {
    expect(result.documents).toHaveLength(1);
    expect(result.report.warnings.map((w) => w.line)).toEqual([7, 8]);
    expect(result.documents[0]?.datePrinted).toBe('2020年7月1日');
  });

  it('one paragraph per line without indents, CRLF, regulation articles (a law: articles, not measures)', () => {
    const text =
      '社区服务管理办法\r\n第一条　为了规范社区服务，制定本办法。\r\n第二条　本办法适用于本市行政区域内的社区服务活动。\r\n第三条　社区服务应当坚持公益性原则。\r\n';
    expect(flatten(importSource(utf8(text)))).toEqual([
      {
        title: '社区服务管理办法',
        segments: [
          { id: 'art1', kind: 'article', text: '第一条\u3000为了规范社区服务，制定本办法。' },
          { id: 'art2', kind: 'article', text: '第二条\u3000本办法适用于本市行政区域内的社区服务活动。' },
          { id: 'art3', kind: 'article', text: '第三条\u3000社区服务应当坚持公益性原则。' },
        ],
      },
    ]);
  });
});

describe('titles, furniture and attributions', () => {
  it('splits a page into articles at title blocks; a title may wrap over two lines', () => {
    const text =
      '第一篇报道的标题\n\uFFFD\uFFFD第一篇的正文，有一句话。\n\n第二篇报道的标题分两行\n排在版面上\n\n\uFFFD\uFFFD第二篇的正文，也有一句话。\n';
    expect(flatten(importSource(utf8(text))).map((d) => [d.title, d.segments.map((s) => s.text)])).toEqual([
      ['第一篇报道的标题', ['第一篇的正文，有一句话。']],
      ['第二篇报道的标题分两行排在版面上', ['第二篇的正文，也有一句话。']],
    ]);
  });

  it('keeps a title that the body quotes verbatim as the title, not a pull quote', () => {
    const text =
      '关于引导和鼓励高校毕业生到城乡社区就业创业的通知\n\u3000\u3000七部门联合发布《关于引导和鼓励高校毕业生到城乡社区就业创业的通知》。\n';
    const [doc] = flatten(importSource(utf8(text)));
    expect(doc?.title).toBe('关于引导和鼓励高校毕业生到城乡社区就业创业的通知');
    expect(doc?.segments.map((s) => s.kind)).toEqual(['paragraph']);
  });

  it('splits an attribution off the last paragraph and records it without brackets', () => {
    const result = importSource(utf8('标题\n\u3000\u3000正文第一段。\n\u3000\u3000正文第二段。（来源：人民日报）\n'));
    expect(flatten(result)[0]?.segments.map((s) => [s.id, s.kind, s.text])).toEqual([
      ['p1', 'paragraph', '正文第一段。'],
      ['p2', 'paragraph', '正文第二段。'],
      ['source', 'attribution', '（来源：人民日报）'],
    ]);
    expect(result.documents[0]?.attribution).toBe('来源：人民日报');
  });

  it('keeps a pull quote where it is printed even if it repeats another article, with a warning', () => {
    const text = [
      '第一篇的标题',
      '\u3000\u3000第一篇正文里有一句很长的重要的话需要被引用。还有别的内容。',
      '',
      '第二篇的标题',
      '\u3000\u3000第二篇正文。',
      '\u3000\u3000第一篇正文里有一句很长的重要的话需要被引用。',
    ].join('\n');
    const result = importSource(utf8(text));
    const docs = flatten(result);
    expect(docs[0]?.segments.map((s) => s.kind)).toEqual(['paragraph']);
    expect(docs[1]?.segments.at(-1)).toEqual({ id: 'pullquote', kind: 'pullquote', text: '第一篇正文里有一句很长的重要的话需要被引用。' });
    expect(result.report.warnings.find((w) => w.line === 6)?.message).toMatch(/repeats article 1; kept where printed/);
  });

  it('names the paragraph (not a point) a pull quote repeats, as the site checks require', () => {
    const text =
      '标题\n\u3000\u3000王爱文指出，要做好四个方面。一是引入投资项目，形成协同效应。二是抓好产品营销。\n\u3000\u3000一是引入投资项目，形成协同效应。\n';
    expect(flatten(importSource(utf8(text)))[0]?.segments.at(-1)).toEqual({
      id: 'pullquote',
      kind: 'pullquote',
      text: '一是引入投资项目，形成协同效应。',
      repeats: 'p1',
    });
  });

  it('labels a caption with a photo credit', () => {
    const text = '标题\n\u3000\u3000正文一段。\n\n7月1日，居民在社区服务站办理业务。（新华社记者 李贺 摄）\n';
    expect(flatten(importSource(utf8(text)))[0]?.segments.at(-1)).toEqual({
      id: 'caption',
      kind: 'caption',
      text: '7月1日，居民在社区服务站办理业务。（新华社记者 李贺 摄）',
    });
  });
});
