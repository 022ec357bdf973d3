/** Enumerated points: numerals, families, and what does not count. */
import { describe, expect, it } from 'vitest';
import { inlineEnumerators, leadingEnumerator, parseNumeral } from '../../../src/lib/import/enumerators.ts';

describe('parseNumeral', () => {
  it('reads Chinese and Arabic numerals', () => {
    expect(['一', '八', '十', '十二', '二十', '二十三', '一百零五', '12', '两'].map(parseNumeral)).toEqual([
      1, 8, 10, 12, 20, 23, 105, 12, 2,
    ]);
    expect(parseNumeral('是')).toBeNull();
  });
});

describe('leadingEnumerator', () => {
  it.each([
    ['一是鼓励高校毕业生', '一是', 1],
    ['八是健全组织领导', '八是', 8],
    ['（三）加强督促检查。', '（三）', 3],
    ['2.落实经费。', '2.', 2],
    ['3、落实经费。', '3、', 3],
    ['（4）落实经费。', '（4）', 4],
    ['第二，要加强领导。', '第二，', 2],
    ['第十二条\u3000本办法自发布之日起施行。', '第十二条', 12],
  ])('%s starts with %s', (text, label, n) => {
    expect(leadingEnumerator(text)).toMatchObject({ label, n });
  });
  it.each(['1.5亿元资金已到位。', '2020年7月1日', '第一次会议召开。', '一是一，二是二。'.slice(3), '统一是关键。'])(
    '%s does not start with an enumerator',
    (text) => {
      expect(leadingEnumerator(text)).toBeNull();
    },
  );
});

describe('inlineEnumerators', () => {
  it('finds a consecutive run after sentence ends', () => {
    const t = '要围绕以下四个方面发挥优势。一是引入投资项目。二是抓好产品营销；三是提供决策咨询：四是扶持社会项目。';
    expect(inlineEnumerators(t).map((e) => e.label)).toEqual(['一是', '二是', '三是', '四是']);
  });
  it('needs at least two points, numbered from one, at clause starts', () => {
    expect(inlineEnumerators('工作中。一是引入投资项目。')).toEqual([]);
    expect(inlineEnumerators('工作中。二是甲。三是乙。')).toEqual([]);
    expect(inlineEnumerators('统一是前提，这一是甲，二是乙。')).toEqual([]);
  });
  it('stops at a gap in the numbering', () => {
    expect(inlineEnumerators('如下。（一）甲。（二）乙。（四）丁。').map((e) => e.n)).toEqual([1, 2]);
  });
  it('does not take an inline 第X条 (a cross-reference) for a point', () => {
    expect(inlineEnumerators('依照规定。第一条适用。第二条适用。')).toEqual([]);
  });
});
