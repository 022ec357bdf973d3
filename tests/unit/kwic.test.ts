import { describe, expect, it } from 'vitest';
import { kwic, sampleGroups } from '../../src/lib/kwic.ts';

describe('keyword in context', () => {
  it('keeps a few characters either side, marking cuts', () => {
    expect(kwic('一二三四五六七八九十', 4, 6, 2)).toEqual({ before: '…三四', hit: '五六', after: '七八…' });
  });
  it('cuts English at word boundaries', () => {
    const text = 'guide mutually reinforcing progress for college graduates and the level of services';
    const at = text.indexOf('college graduates');
    expect(kwic(text, at, at + 17, 12, true)).toEqual({ before: '…for ', hit: 'college graduates', after: ' and the…' });
  });
  it('does not mark a cut at the edges', () => {
    expect(kwic('甲乙丙', 0, 1, 5)).toEqual({ before: '', hit: '甲', after: '乙丙' });
  });
});

describe('sampleGroups', () => {
  const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2', 'a4'];
  const byLetter = (s: string) => s[0]!;
  it('keeps the first groups in order, the first items of each, and counts all', () => {
    const { groups, groupCount } = sampleGroups(items, byLetter, 2, 2);
    expect(groupCount).toBe(3);
    expect(groups).toEqual([
      { items: ['a1', 'a2'], total: 4 },
      { items: ['b1'], total: 1 },
    ]);
  });
  it('keeps everything when within bounds', () => {
    expect(sampleGroups(items, byLetter, 10, 10).groups.flatMap((g) => g.items)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'c1', 'c2']);
    expect(sampleGroups([], byLetter, 2, 2)).toEqual({ groups: [], groupCount: 0 });
  });
});
