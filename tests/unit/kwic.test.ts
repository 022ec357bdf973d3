import { describe, expect, it } from 'vitest';
import { kwic, paginate } from '../../src/lib/kwic.ts';

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

describe('paginate', () => {
  it('splits into pages and always has a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});
