import { describe, expect, it } from 'vitest';
import { markChineseInHtml, splitMixed } from '../../src/lib/mixed-text.ts';

describe('Chinese inside English prose', () => {
  it('finds Chinese runs, with the digits and quotes that belong to them', () => {
    expect(splitMixed('The page prints “7月1日下午” only.')).toEqual([
      { text: 'The page prints ', zh: false },
      { text: '“7月1日下午”', zh: true },
      { text: ' only.', zh: false },
    ]);
    expect(
      splitMixed('“the fight” (脱贫攻坚) in 2020')
        .filter((r) => r.zh)
        .map((r) => r.text),
    ).toEqual(['脱贫攻坚']);
  });

  it('wraps runs in HTML text, not in tags, converting the script', () => {
    expect(markChineseInHtml('<p title="x">On 发展 and <i>干部</i></p>', 'hant')).toBe(
      '<p title="x">On <span lang="zh-Hant">發展</span> and <i><span lang="zh-Hant">幹部</span></i></p>',
    );
  });
});
