/**
 * The law parser on small made-up texts: parts and subparts in the ids, numbers out of sequence,
 * a cross-reference at a line start, and odd input that must warn with its line, never throw.
 */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/lib/import/index.ts';
import { toJson } from '../../../src/lib/import/json.ts';

const run = (lines: string[]): ReturnType<typeof toJson> => toJson(importSource(new TextEncoder().encode(lines.join('\n') + '\n')));
const shape = (j: ReturnType<typeof toJson>): Array<[string, string, string | null, number | null]> =>
  (j.documents[0]?.segments ?? []).map((s) => [s.id, s.kind, s.parent ?? null, s.number ?? null]);

describe('law structure', () => {
  it('numbers chapters within parts and subparts (pt1-ch1, pt2-sp1-ch1), articles through the law', () => {
    const j = run([
      '（虚构示例）某某法',
      '第一编　总　　则',
      '第一章　一般规定',
      '第一条　为了测试，制定本法。',
      '第二条　本法适用于测试。',
      '第二编　分　　则',
      '第一分编　通　　则',
      '第一章　基本规定',
      '第三条　测试应当依照本法第一条的规定进行。',
    ]);
    expect(j.documents[0]?.type).toBe('regulation');
    expect(shape(j)).toEqual([
      ['pt1', 'part', null, 1],
      ['pt1-ch1', 'chapter', 'pt1', 1],
      ['art1', 'article', 'pt1-ch1', 1],
      ['art2', 'article', 'pt1-ch1', 2],
      ['pt2', 'part', null, 2],
      ['pt2-sp1', 'subpart', 'pt2', 1],
      ['pt2-sp1-ch1', 'chapter', 'pt2-sp1', 1],
      ['art3', 'article', 'pt2-sp1-ch1', 3],
    ]);
    expect(j.documents[0]?.segments[1]).toMatchObject({ text: '第一章\u3000一般规定', printed: '第一章' });
    expect(j.warnings).toEqual([]);
  });

  it('keeps an article printed out of sequence as printed, and warns with its line', () => {
    const j = run(['（虚构示例）某某条例', '第一条　甲。', '第三条　乙。', '第四条　丙。']);
    expect(shape(j).map((s) => s[0])).toEqual(['art1', 'art3', 'art4']);
    expect(j.warnings.map((w) => w.line)).toEqual([3]);
    expect(j.warnings[0]?.message).toMatch(/第三条 out of sequence/u);
  });

  it('reads a line that starts with an unspaced cross-reference as a 款 of the open article', () => {
    const j = run(['（虚构示例）某某条例', '第一条　甲。', '第二条　乙。', '第一条规定的事项，依照本条例执行。', '第三条　丙。']);
    expect(shape(j)).toEqual([
      ['art1', 'article', null, 1],
      ['art2', 'article', null, 2],
      ['art2-1', 'paragraph', 'art2', 1],
      ['art2-2', 'paragraph', 'art2', 2],
      ['art3', 'article', null, 3],
    ]);
    expect(j.warnings.map((w) => w.line)).toEqual([4]);
  });

  it('warns, never throws, on odd input: text before the first article, a 目录 that never ends, items out of order', () => {
    const j = run(['（虚构示例）某某条例', '（一）孤立的项。', '第一条　甲：', '（二）乙；', '（一）丙。', '第二条　丁。']);
    expect(shape(j).map((s) => s[0])).toEqual(['p1', 'art1', 'art1-1-2', 'art1-1-1', 'art2']);
    expect(j.warnings.map((w) => w.line)).toEqual([2, 4, 5]);
    const toc = run(['（虚构示例）某某条例', '目录', '第一章　总则', '第一条　甲。', '第二条　乙。']);
    expect(shape(toc).map((s) => s[0])).toEqual(['toc', 'art1', 'art2']);
    expect(() => run(['（虚构示例）某某条例', '目录', '第一章　总则', '第一章　总则'])).not.toThrow();
  });
});
