// Every sentence here is invented for the test; none is quoted from a real law.
import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  findCrossRefs,
  parseChineseNumber,
  targetId,
  type CrossRef,
  type RefContext,
} from '../../src/lib/structure/crossrefs.ts';

/** The references as [phrase, targets], the form most assertions read best in. */
function refs(text: string, ctx: RefContext = {}): [string, CrossRef['targets']][] {
  return findCrossRefs(text, ctx).map((r) => [r.text, r.targets]);
}

const corpus = new Map([['某某市数据资源管理条例', 'mock-data-regs']]);

describe('Chinese numerals', () => {
  it('parses the forms statutes print', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['二十一', 21],
      ['一百', 100],
      ['一百零五', 105],
      ['一百一十', 110],
      ['一百一十九', 119],
      ['二百', 200],
      ['两百', 200],
      ['一千零七十九', 1079],
      ['一千二百六十', 1260],
      ['21', 21],
      ['２１', 21],
    ];
    for (const [s, n] of cases) expect(parseChineseNumber(s), s).toBe(n);
  });
  it('rejects what is not an ordinal numeral', () => {
    for (const s of ['', '零', '0', '百', '二〇二一', '一二', '十百', '零五', '一百零', '第一', 'x'])
      expect(parseChineseNumber(s), s).toBeUndefined();
  });
  it('prints numerals as statutes do', () => {
    expect(chineseNumeral(1)).toBe('一');
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(12)).toBe('十二');
    expect(chineseNumeral(21)).toBe('二十一');
    expect(chineseNumeral(105)).toBe('一百零五');
    expect(chineseNumeral(110)).toBe('一百一十');
    expect(chineseNumeral(200)).toBe('二百');
    expect(chineseNumeral(1005)).toBe('一千零五');
    expect(chineseNumeral(1010)).toBe('一千零一十');
    expect(chineseNumeral(1079)).toBe('一千零七十九');
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
  it('round-trips every article number a statute may have', () => {
    for (let n = 1; n <= 1300; n++) expect(parseChineseNumber(chineseNumeral(n))).toBe(n);
  });
});

describe('targetId', () => {
  const divided = (article: number): boolean => article === 21;
  it('follows the id scheme', () => {
    expect(targetId({ article: 10 }, divided)).toBe('art10');
    expect(targetId({ article: 21, paragraph: 2 }, divided)).toBe('art21-2');
    expect(targetId({ article: 21, paragraph: 2, item: 3 }, divided)).toBe('art21-2-3');
    expect(targetId({ article: 21, paragraph: 2, item: 3, subitem: 1 }, divided)).toBe('art21-2-3-1');
    expect(targetId({ article: 15, addendum: 1 }, divided)).toBe('art15a');
  });
  it('numbers the items of a one-paragraph article under 1', () => {
    expect(targetId({ article: 10, item: 3 }, divided)).toBe('art10-1-3');
    expect(targetId({ article: 10, paragraph: 1, item: 3 }, divided)).toBe('art10-1-3');
  });
  it('falls back to the article where the pinpoint cannot exist as written', () => {
    // 第十条第一款 of a one-paragraph article is the article itself; 第二款 does not exist.
    expect(targetId({ article: 10, paragraph: 1 }, divided)).toBe('art10');
    expect(targetId({ article: 10, paragraph: 2 }, divided)).toBe('art10');
    // An item of a divided article without its paragraph: which paragraph holds it is unknown.
    expect(targetId({ article: 21, item: 3 }, divided)).toBe('art21');
  });
});

describe('references to this document', () => {
  it('links a named article as one phrase with exact offsets', () => {
    const text = '违反本法第十条第二款规定的，由主管部门责令改正。';
    const [ref] = findCrossRefs(text, {});
    expect(ref).toEqual({ start: 2, end: 10, text: '本法第十条第二款', targets: [{ article: 10, paragraph: 2 }] });
    expect(text.slice(ref!.start, ref!.end)).toBe('本法第十条第二款');
  });
  it('reads items in parentheses or without', () => {
    expect(refs('按照本条例第五条第（三）项的程序报送。')).toEqual([['本条例第五条第（三）项', [{ article: 5, item: 3 }]]]);
    expect(refs('适用本办法第五条第三项的标准。')).toEqual([['本办法第五条第三项', [{ article: 5, item: 3 }]]]);
    expect(refs('符合第十条第二款第（一）项条件的，予以登记。')).toEqual([
      ['第十条第二款第（一）项', [{ article: 10, paragraph: 2, item: 1 }]],
    ]);
    expect(refs('依照第二十条第一款第（二）项第3目办理。')).toEqual([
      ['第二十条第一款第（二）项第3目', [{ article: 20, paragraph: 1, item: 2, subitem: 3 }]],
    ]);
  });
  it('takes a bare 第…条 in a law to be this document', () => {
    expect(refs('依照第十条第二款规定处理。')).toEqual([['第十条第二款', [{ article: 10, paragraph: 2 }]]]);
    expect(refs('前款所称设施，依照第一百零五条认定。')).toEqual([['第一百零五条', [{ article: 105 }]]]);
  });
  it('reads 第十五条之一 as an added article', () => {
    expect(refs('适用本法第十五条之一的规定。')).toEqual([['本法第十五条之一', [{ article: 15, addendum: 1 }]]]);
    expect(refs('依照第十条之规定办理。')).toEqual([['第十条', [{ article: 10 }]]]);
  });
  it('tolerates whitespace between the parts', () => {
    expect(refs('依照本法 第十条　第二款处理。')).toEqual([['本法 第十条　第二款', [{ article: 10, paragraph: 2 }]]]);
    expect(refs('依照本法\n第十条处理。')).toEqual([['本法\n第十条', [{ article: 10 }]]]);
    expect(refs('依照第 12 条处理。')).toEqual([['第 12 条', [{ article: 12 }]]]);
  });
  it('uses the self names the caller gives', () => {
    expect(refs('依照本规程第三条执行。', { selfNames: ['本规程'] })).toEqual([['本规程第三条', [{ article: 3 }]]]);
    // 本条例 is not 本条 + 例: without it among the names, its article is not taken for this law's.
    expect(refs('依照本条例第三条执行。', { selfNames: ['本法'], article: 8 })).toEqual([]);
  });
});

describe('relative references', () => {
  const inPara3 = { article: 12, paragraph: 3 };
  it('resolves 前款 to the paragraph before', () => {
    expect(refs('有前款规定情形的，从重处理。', inPara3)).toEqual([['前款', [{ article: 12, paragraph: 2 }]]]);
    expect(refs('有前款第（二）项情形的，从重处理。', inPara3)).toEqual([['前款第（二）项', [{ article: 12, paragraph: 2, item: 2 }]]]);
  });
  it('resolves 前两款 to both paragraphs', () => {
    expect(refs('前两款规定的期限，可以延长一次。', inPara3)).toEqual([
      [
        '前两款',
        [
          { article: 12, paragraph: 1 },
          { article: 12, paragraph: 2 },
        ],
      ],
    ]);
  });
  it('resolves 本条, 本款, 前条 and 前项', () => {
    expect(refs('本条第一款规定的备案，应当在十日内完成。', inPara3)).toEqual([['本条第一款', [{ article: 12, paragraph: 1 }]]]);
    expect(refs('有本款第（一）项情形的，不予登记。', inPara3)).toEqual([['本款第（一）项', [{ article: 12, paragraph: 3, item: 1 }]]]);
    expect(refs('前条规定的报告，应当载明下列事项。', inPara3)).toEqual([['前条', [{ article: 11 }]]]);
    expect(refs('有前项行为且情节严重的；', { article: 12, paragraph: 3, item: 4 })).toEqual([
      ['前项', [{ article: 12, paragraph: 3, item: 3 }]],
    ]);
  });
  it('resolves a bare 第二款 or 第（一）项 within the current article', () => {
    expect(refs('第二款规定的人员，应当持证上岗。', inPara3)).toEqual([['第二款', [{ article: 12, paragraph: 2 }]]]);
    expect(refs('有第（一）项情形的，应当书面说明。', { article: 4 })).toEqual([['第（一）项', [{ article: 4, item: 1 }]]]);
  });
  it('does not link what the context cannot resolve', () => {
    // No article: nothing to be relative to. First paragraph: nothing before it.
    expect(refs('有前款规定情形的，从重处理。')).toEqual([]);
    expect(refs('有前款规定情形的，从重处理。', { article: 12, paragraph: 1 })).toEqual([]);
    expect(refs('前两款规定的期限可以延长。', { article: 12, paragraph: 2 })).toEqual([]);
    expect(refs('前条规定的报告。', { article: 1 })).toEqual([]);
    // 前款第（二）项 without a resolvable 前款 is consumed whole, not read as this paragraph's item.
    expect(refs('有前款第（二）项情形的。', { article: 12, paragraph: 1 })).toEqual([]);
    // 该条第二款 names another article the text mentioned earlier.
    expect(refs('依照该条第二款处理。', inPara3)).toEqual([]);
  });
  it('does not link 本条 or 本款 alone, nor words that contain 前款 or 前条', () => {
    expect(refs('本条所称单位，包括分支机构。', inPara3)).toEqual([]);
    expect(refs('本款规定的措施不得超过必要限度。', inPara3)).toEqual([]);
    expect(refs('目前款项尚未到账，当前条件下暂缓拨付。', inPara3)).toEqual([]);
    expect(refs('当前项目进展顺利。', { article: 12, paragraph: 3, item: 4 })).toEqual([]);
  });
});

describe('lists and ranges', () => {
  it('expands a range into one target per article, as one link', () => {
    expect(refs('违反本法第十条至第十二条规定的，依法处理。')).toEqual([
      ['本法第十条至第十二条', [{ article: 10 }, { article: 11 }, { article: 12 }]],
    ]);
  });
  it('expands a range of paragraphs within one article', () => {
    expect(refs('适用第二十条第一款至第三款的规定。')).toEqual([
      [
        '第二十条第一款至第三款',
        [
          { article: 20, paragraph: 1 },
          { article: 20, paragraph: 2 },
          { article: 20, paragraph: 3 },
        ],
      ],
    ]);
  });
  it('expands a range of items', () => {
    expect(refs('有第（一）项至第（三）项情形之一的。', { article: 8, paragraph: 2 })).toEqual([
      [
        '第（一）项至第（三）项',
        [
          { article: 8, paragraph: 2, item: 1 },
          { article: 8, paragraph: 2, item: 2 },
          { article: 8, paragraph: 2, item: 3 },
        ],
      ],
    ]);
  });
  it('keeps only the ends of a range across levels', () => {
    expect(refs('第十条第二款至第十二条另有规定的除外。')).toEqual([
      ['第十条第二款至第十二条', [{ article: 10, paragraph: 2 }, { article: 12 }]],
    ]);
  });
  it('makes each element of a list its own link, inheriting what it leaves out', () => {
    const text = '依照本法第十条、第十二条和第十五条办理。';
    const found = findCrossRefs(text, {});
    expect(found.map((r) => [r.text, r.start, r.end])).toEqual([
      ['本法第十条', 2, 7],
      ['第十二条', 8, 12],
      ['第十五条', 13, 17],
    ]);
    expect(refs('符合第二十条第一款、第二款规定的。')).toEqual([
      ['第二十条第一款', [{ article: 20, paragraph: 1 }]],
      ['第二款', [{ article: 20, paragraph: 2 }]],
    ]);
    expect(refs('有前款第（一）项或者第（三）项情形的。', { article: 6, paragraph: 2 })).toEqual([
      ['前款第（一）项', [{ article: 6, paragraph: 1, item: 1 }]],
      ['第（三）项', [{ article: 6, paragraph: 1, item: 3 }]],
    ]);
  });
  it('continues a list after a range', () => {
    expect(refs('第三条至第四条、第九条另有规定的除外。')).toEqual([
      ['第三条至第四条', [{ article: 3 }, { article: 4 }]],
      ['第九条', [{ article: 9 }]],
    ]);
  });
  it('does not take a following ordinal that is no reference into the list', () => {
    expect(refs('依照第十条和第三方的约定办理。')).toEqual([['第十条', [{ article: 10 }]]]);
  });
});

describe('other documents', () => {
  it('links an article of a corpus document, title included, as one phrase', () => {
    const text = '数据处理活动还应当遵守《某某市数据资源管理条例》第二十一条、第二十二条的规定。';
    const found = findCrossRefs(text, { corpus });
    expect(found.map((r) => [r.text, r.targets])).toEqual([
      ['《某某市数据资源管理条例》第二十一条', [{ doc: 'mock-data-regs', article: 21 }]],
      ['第二十二条', [{ doc: 'mock-data-regs', article: 22 }]],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('《某某市数据资源管理条例》第二十一条');
  });
  it('does not link a document outside the corpus, nor take its articles for this one', () => {
    expect(refs('依照《某某县河道保洁办法》第八条、第九条处理。', { corpus })).toEqual([]);
    expect(refs('依照某某县河道保洁办法第八条、第九条处理。', { corpus })).toEqual([]);
    expect(refs('该条例第五条另有规定的，从其规定。')).toEqual([]);
    // A title alone is not a pinpoint, and nothing inside a title is a reference.
    expect(refs('参照《关于修改某某规定第十条的决定》执行。', { corpus })).toEqual([]);
  });
  it('reads an edition in parentheses between the title and the article', () => {
    expect(refs('参照《某某市数据资源管理条例》（2020年修订）第五条执行。', { corpus })).toEqual([
      ['《某某市数据资源管理条例》（2020年修订）第五条', [{ doc: 'mock-data-regs', article: 5 }]],
    ]);
    expect(refs('参照《某某县河道保洁办法》（2019年修正）第五条执行。', { corpus })).toEqual([]);
  });
  it('returns to this document after another one', () => {
    expect(refs('依照《某某县河道保洁办法》第八条和本法第九条处理。', { corpus })).toEqual([['本法第九条', [{ article: 9 }]]]);
  });
});

describe('what is not a reference', () => {
  it('skips the node’s own printed number', () => {
    expect(refs('第十条　任何单位不得擅自变更本法第九条规定的用途。', { article: 10 })).toEqual([['本法第九条', [{ article: 9 }]]]);
    expect(refs('第十五条之一　第十条规定的期限不适用于本条。', { article: 15, printed: '第十五条之一' })).toEqual([
      ['第十条', [{ article: 10 }]],
    ]);
    // With printed given, a leading number that is something else is a reference.
    expect(refs('第十条规定的期限届满的，应当重新申请。', { article: 11, printed: '第十一条' })).toEqual([['第十条', [{ article: 10 }]]]);
  });
  it('ignores ordinals not followed by 条, 款, 项 or 目', () => {
    const text = '第三届委员会第一次会议、第十三届大会第二十九次会议、2021年第5号公告、第三方机构、第一时间、第一责任人。';
    expect(refs(text, { article: 3 })).toEqual([]);
  });
  it('does not pinpoint chapters and sections', () => {
    expect(refs('本法第一章第二节所列事项。')).toEqual([]);
    expect(refs('第二章规定的程序。', { article: 30 })).toEqual([]);
  });
  it('ignores 条 and 款 as parts of other words', () => {
    expect(refs('这是第一条件，也是第三条道路。第一款项已拨付。', { article: 2 })).toEqual([]);
  });
  it('does not read a bare 第三项 in prose as an item', () => {
    expect(refs('第三项任务是完善监测网络。', { article: 2 })).toEqual([]);
  });
});
