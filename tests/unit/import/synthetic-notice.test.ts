/**
 * Policy documents: the synthetic (fictional) notice in a web copy gives the formal parts of
 * GB/T 9704-2012 (发文字号, 主送, 署名, 成文日期, 附件, 抄送) and headings 一、/（一）/1. nested by
 * level, a heading line that goes on after its first 。 split into the heading and a paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/document-schema.ts';
import { readFrontMatter } from '../../../src/lib/front-matter.ts';
import { importSource } from '../../../src/lib/import/index.ts';
import { toJson } from '../../../src/lib/import/json.ts';
import { renderMdx } from '../../../src/lib/import/mdx.ts';
import { summarise } from '../../../src/lib/import/report.ts';
import { FIXTURES, checkInvariant } from './helpers.ts';

const FILE = path.join(FIXTURES, 'synthetic-notice-web.txt');
const result = importSource(readFileSync(FILE));
const segs = toJson(result).documents[0]?.segments ?? [];

describe('the synthetic notice', () => {
  it('is one notice with its title and date', () => {
    expect(result.documents.map((d) => [d.type, d.title, d.datePrinted])).toEqual([
      ['notice', '（虚构示例）某某市数据局某某市发展和改革委员会关于加强公共数据共享工作的通知', '2026年3月5日'],
    ]);
  });

  it('gives the exact tree: formal parts, nested headings, paragraphs, attachments', () => {
    expect(segs.map((s) => [s.id, s.kind, s.parent ?? null, s.number ?? null, s.printed ?? null])).toEqual([
      ['docno', 'docnumber', null, null, null],
      ['to', 'addressee', null, null, null],
      ['p1', 'paragraph', null, 1, null],
      ['h1', 'heading', null, 1, '一、'],
      ['h1-1', 'heading', 'h1', 1, '（一）'],
      ['p2', 'paragraph', 'h1-1', 2, null],
      ['h1-2', 'heading', 'h1', 2, '（二）'],
      ['p3', 'paragraph', 'h1-2', 3, null],
      ['h2', 'heading', null, 2, '二、'],
      ['h2-1', 'heading', 'h2', 1, '（一）'],
      ['p4', 'paragraph', 'h2-1', 4, null],
      ['h2-1-1', 'heading', 'h2-1', 1, '1.'],
      ['p5', 'paragraph', 'h2-1-1', 5, null],
      ['h2-1-2', 'heading', 'h2-1', 2, '2.'],
      ['p6', 'paragraph', 'h2-1-2', 6, null],
      ['h2-2', 'heading', 'h2', 2, '（二）'],
      ['p7', 'paragraph', 'h2-2', 7, null],
      ['h3', 'heading', null, 3, '三、'],
      ['h3-1', 'heading', 'h3', 1, '（一）'],
      ['p8', 'paragraph', 'h3-1', 8, null],
      ['h3-2', 'heading', 'h3', 2, '（二）'],
      ['p9', 'paragraph', 'h3-2', 9, null],
      ['p10', 'paragraph', 'h3-2', 10, null],
      ['p11', 'paragraph', null, 11, null],
      ['p12', 'paragraph', null, 12, null],
      ['sig1', 'signature', null, null, null],
      ['sig2', 'signature', null, null, null],
      ['dated', 'dated', null, null, null],
      ['att1', 'attachment', null, 1, '附件1'],
      ['att1-p1', 'paragraph', 'att1', 1, null],
      ['att1-h1', 'heading', 'att1', 1, '一、'],
      ['att1-p2', 'paragraph', 'att1-h1', 2, null],
      ['att1-h2', 'heading', 'att1', 2, '二、'],
      ['att1-p3', 'paragraph', 'att1-h2', 3, null],
      ['att2', 'attachment', null, 2, '附件2'],
      ['att2-p1', 'paragraph', 'att2', 1, null],
      ['att2-p2', 'paragraph', 'att2', 2, null],
      ['cc', 'copyto', null, null, null],
    ]);
  });

  it('keeps the texts of the formal parts and splits a heading at its first 。', () => {
    const text = Object.fromEntries(segs.map((s) => [s.id, s.text]));
    expect(text).toMatchObject({
      docno: '某数发〔2026〕5号',
      to: '各区人民政府，市政府各委、办、局，各有关单位：',
      h1: '一、总体要求',
      'h1-1': '（一）指导思想。',
      p2: '坚持需求导向、统筹推进，以公共数据平台为支撑，推动公共数据按需共享、高效利用。',
      'h2-1-1': '1.梳理数据资源。',
      p11: '附件：1.某某市公共数据共享工作任务分工表',
      p12: '2.某某市公共数据共享申请办理流程',
      sig1: '某某市数据局',
      sig2: '某某市发展和改革委员会',
      dated: '2026年3月5日',
      att1: '附件1',
      'att1-p1': '某某市公共数据共享工作任务分工表',
      cc: '抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。',
    });
    expect(result.report.warnings).toEqual([]);
  });

  it('loses and doubles nothing: the concatenation invariant', () => {
    checkInvariant(result, readFileSync(FILE, 'utf8'));
  });

  it('writes a draft of type notice that the document schema accepts', () => {
    const doc = result.documents[0];
    if (doc === undefined) throw new Error('no document');
    const mdx = renderMdx(doc, { raw: 'raw.txt', sha256: result.sha256, summary: summarise(result.report), warnings: [] });
    const data = readFrontMatter(mdx, 'draft').data as Record<string, unknown>;
    expect(data).toMatchObject({ type: 'notice', status: 'draft', date: { printed: '2026年3月5日' } });
    const parsed = documentSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
  });
});
