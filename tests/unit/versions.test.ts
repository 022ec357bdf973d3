// Amended documents: the article matcher between two texts (every kind of change, the editors'
// overrides), the timeline of texts in force, the diff of a provision, and the schema's rules for
// `versions:`. Synthetic strings only.
import { describe, expect, it } from 'vitest';
import { documentSchema, type Segment } from '../../src/lib/document-schema.ts';
import { chineseNumeral } from '../../src/lib/structure/numerals.ts';
import { diffChinese, diffEnglish, sides } from '../../src/lib/versions/diff.ts';
import { CONTAINED_THRESHOLD, MATCH_THRESHOLD, containment, matchVersions, similarity } from '../../src/lib/versions/match.ts';
import { dayBefore, inForceOn, timeline, versionedTitle } from '../../src/lib/versions/timeline.ts';

// Fictional provisions, long enough that a changed word leaves most bigrams shared.
const T = {
  purpose: '为了规范虚构事务的管理，保障相关单位的合法权益，根据有关法律、法规，结合本市实际，制定本条例。',
  scope: '本市行政区域内虚构事务的管理和服务活动，适用本条例。',
  duty: '任何单位和个人都有遵守本条例的义务，对违反本条例的行为可以向主管部门举报。',
  funds: '市、区人民政府应当将虚构事务管理经费列入本级财政预算。',
  report: '管理责任人发现异常情况的，应当及时向区主管部门报告，并采取必要的处置措施。',
  inspect: '区主管部门应当每年组织一次全面检查，并将检查结果向社会公布。',
  fine: '违反本条例规定的，由主管部门责令改正，并处一千元以上一万元以下罚款。',
  fineRaised: '违反本条例规定的，由主管部门责令改正，并处五千元以上五万元以下罚款。',
  record: '主管部门应当建立虚构事务档案，记录管理、检查和处罚情况。',
  publish: '主管部门应当定期在政府网站公布虚构事务的管理情况，接受社会监督。',
  rewritten: '鼓励社会力量通过捐赠、志愿服务等方式参与相关工作，具体办法另行规定。',
};

function art(n: number, text: string, id = `art${String(n)}`): Segment {
  const printed = `第${chineseNumeral(n)}条`;
  return { id, kind: 'article', number: n, printed, zh: `${printed}　${text}`, en: `Article ${String(n)}: [${text.length} characters]` };
}

/** A text of numbered articles, from a list of provisions. */
const text = (...bodies: string[]) => bodies.map((b, i) => art(i + 1, b));

const summary = (old: Segment[], neu: Segment[], overrides = []) =>
  matchVersions(old, neu, overrides).map(
    (c) =>
      `${c.from.join('+') || '∅'}→${c.to.join('+') || '∅'} ${c.change}${c.textChanged && c.change === 'renumbered' ? ' and amended' : ''}`,
  );

describe('similarity', () => {
  it('is the Dice coefficient of character-bigram sets', () => {
    expect(similarity('甲乙丙', '甲乙丙')).toBe(1);
    expect(similarity('甲乙丙', '丁戊己')).toBe(0);
    // {甲乙, 乙丙} and {甲乙, 乙丁}: 2·1 / (2+2)
    expect(similarity('甲乙丙', '甲乙丁')).toBe(0.5);
    expect(containment('乙丙', '甲乙丙丁')).toBe(1);
    expect(MATCH_THRESHOLD).toBe(0.5);
    expect(CONTAINED_THRESHOLD).toBe(0.7);
  });

  it('counts a supplementary-plane character as one', () => {
    expect(similarity('𠀀乙', '𠀀乙')).toBe(1);
    expect(similarity('𠀀乙丙', '𠀁乙丙')).toBe(0.5);
  });
});

describe('matchVersions', () => {
  it('pairs an unchanged text as unchanged', () => {
    const t = text(T.purpose, T.scope);
    expect(summary(t, t)).toEqual(['art1→art1 unchanged', 'art2→art2 unchanged']);
  });

  it('finds an amendment in place, an insertion, a deletion and the renumbering they cause', () => {
    const old = text(T.purpose, T.scope, T.duty, T.report, T.inspect, T.fine);
    // 第三条 inserted; old 第五条 (inspect) deleted; old 第六条 amended, back to its own number.
    const neu = text(T.purpose, T.scope, T.funds, T.duty, T.report, T.fineRaised);
    expect(summary(old, neu)).toEqual([
      'art1→art1 unchanged',
      'art2→art2 unchanged',
      '∅→art3 added',
      'art3→art4 renumbered',
      'art4→art5 renumbered',
      'art5→∅ deleted',
      'art6→art6 amended',
    ]);
    const amended = matchVersions(old, neu).at(-1);
    expect(amended).toMatchObject({ textChanged: true, renumbered: false });
    expect(amended?.similarity).toBeGreaterThan(MATCH_THRESHOLD);
    expect(amended?.similarity).toBeLessThan(1);
  });

  it('does not take the same id for the same article: ids follow each text’s own numbering', () => {
    // The new art2 is inserted; the old art2 is the new art3, though the new art2 has its id.
    const old = text(T.purpose, T.duty);
    const neu = text(T.purpose, T.funds, T.duty);
    expect(summary(old, neu)).toEqual(['art1→art1 unchanged', '∅→art2 added', 'art2→art3 renumbered']);
  });

  it('marks an article renumbered and amended at once', () => {
    const old = text(T.purpose, T.fine);
    const neu = text(T.purpose, T.funds, T.fineRaised);
    const c = matchVersions(old, neu).find((x) => x.from[0] === 'art2');
    expect(c).toMatchObject({ change: 'renumbered', to: ['art3'], renumbered: true, textChanged: true });
  });

  it('pairs an article rewritten in place by its id when the texts still share enough', () => {
    const old = text(T.purpose, '主管部门应当建立虚构事务档案。');
    const neu = text(T.purpose, '主管部门应当建立健全档案管理制度，明确档案的保存期限。');
    const c = matchVersions(old, neu)[1];
    expect(c?.similarity).toBeLessThan(MATCH_THRESHOLD);
    expect(c).toMatchObject({ change: 'amended', from: ['art2'], to: ['art2'] });
  });

  it('finds an article split in two and two articles merged into one', () => {
    const split = matchVersions(text(T.purpose, T.record + T.publish), text(T.purpose, T.record, T.publish));
    expect(split[1]).toMatchObject({ change: 'split', from: ['art2'], to: ['art2', 'art3'] });
    const merged = matchVersions(text(T.purpose, T.record, T.publish), text(T.purpose, T.record + T.publish));
    expect(merged[1]).toMatchObject({ change: 'merged', from: ['art2', 'art3'], to: ['art2'] });
  });

  it('leaves a wholly rewritten article as deleted and added, unless the editors say otherwise', () => {
    const old = text(T.purpose, T.inspect);
    const neu = text(T.purpose, T.funds, T.rewritten);
    // A deleted article stands where it stood, before what was inserted at the same place.
    expect(summary(old, neu)).toEqual(['art1→art1 unchanged', 'art2→∅ deleted', '∅→art2 added', '∅→art3 added']);
    const c = matchVersions(old, neu, [{ from: ['art2'], to: ['art3'] }]);
    expect(c.map((x) => `${x.from.join('+')}→${x.to.join('+')} ${x.change}`)).toEqual([
      'art1→art1 unchanged',
      '→art2 added',
      'art2→art3 renumbered',
    ]);
    expect(c[2]).toMatchObject({ override: true, textChanged: true });
  });

  it('takes overrides of added, deleted and merged articles, naming an article by one of its paragraphs', () => {
    const old: Segment[] = [
      ...text(T.purpose),
      { id: 'art2', kind: 'article', number: 2, printed: '第二条', zh: '第二条　', en: 'Article 2' },
      { id: 'art2-1', kind: 'paragraph', parent: 'art2', number: 1, zh: T.record, en: 'R.' },
      { id: 'art2-2', kind: 'paragraph', parent: 'art2', number: 2, zh: T.publish, en: 'P.' },
      art(3, T.report),
    ];
    const neu = text(T.purpose, T.report, T.funds);
    const c = matchVersions(old, neu, [
      { from: ['art2-2', 'art3'], to: ['art2'] },
      { from: [], to: ['art3'] },
    ]);
    expect(c.map((x) => `${x.from.join('+')}→${x.to.join('+')} ${x.change}${x.override ? ' (editors)' : ''}`)).toEqual([
      'art1→art1 unchanged',
      'art2+art3→art2 merged (editors)',
      '→art3 added (editors)',
    ]);
    const deleted = matchVersions(text(T.purpose, T.fine), text(T.purpose, T.fineRaised), [{ from: ['art2'], to: [] }]);
    expect(deleted.map((x) => x.change)).toEqual(['unchanged', 'deleted', 'added']);
  });

  it('matches headings and lines outside articles too, by kind', () => {
    const chapter = (n: number, zh: string): Segment => ({
      id: `ch${String(n)}`,
      kind: 'chapter',
      number: n,
      printed: `第${chineseNumeral(n)}章`,
      zh,
      en: 'Chapter',
    });
    const old = [chapter(1, '第一章　总　　则'), { ...art(1, T.purpose), parent: 'ch1' }];
    const neu = [chapter(1, '第一章　总　　则'), { ...art(1, T.purpose), parent: 'ch1' }];
    expect(summary(old, neu)).toEqual(['ch1→ch1 unchanged', 'art1→art1 unchanged']);
  });
});

describe('diff of a provision', () => {
  it('marks the Chinese per character and the English per word', () => {
    const zh = diffChinese('并处一千元以上', '并处五千元以上');
    expect(zh).toEqual([
      { text: '并处', op: 'same' },
      { text: '一', op: 'del' },
      { text: '五', op: 'ins' },
      { text: '千元以上', op: 'same' },
    ]);
    expect(
      sides(zh)
        .before.map((p) => p.text)
        .join(''),
    ).toBe('并处一千元以上');
    expect(
      sides(zh)
        .after.map((p) => p.text)
        .join(''),
    ).toBe('并处五千元以上');
    // A short unchanged run between two changes is part of the change, so it reads as one replacement.
    expect(
      diffChinese('并处五千元以上五万元以下罚款。', '并处一万元以上十万元以下罚款；情节严重的，处十万元以上五十万元以下罚款。'),
    ).toEqual([
      { text: '并处', op: 'same' },
      { text: '五千', op: 'del' },
      { text: '一万', op: 'ins' },
      { text: '元以上', op: 'same' },
      { text: '五', op: 'del' },
      { text: '十万元以下罚款；情节严重的，处十万元以上五十', op: 'ins' },
      { text: '万元以下罚款。', op: 'same' },
    ]);
    const en = diffEnglish('a fine of not less than 1,000 yuan', 'a fine of not less than 5,000 yuan');
    expect(en.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual(['del:1', 'ins:5']);
  });
});

describe('timeline', () => {
  const d = {
    title: { zh: '（虚构示例）条例', en: '[SYNTHETIC] Regulations' },
    segments: text(T.purpose, T.funds),
    currentVersion: { adopted: '2024-04-26', inForce: '2024-07-01' },
    versions: [
      {
        adopted: '2021-06-25',
        inForce: '2021-10-01',
        source: { raw: 'a.txt', lines: [1, 2] as [number, number] },
        segments: text(T.purpose),
      },
    ],
  };

  it('lists the texts oldest first, each in force until the day before the next', () => {
    const texts = timeline(d);
    expect(texts.map((v) => [v.adopted, v.inForce, v.until, v.current])).toEqual([
      ['2021-06-25', '2021-10-01', '2024-06-30', false],
      ['2024-04-26', '2024-07-01', null, true],
    ]);
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(timeline({ ...d, versions: undefined })).toEqual([]);
  });

  it('finds the text in force on a date', () => {
    const texts = timeline(d);
    expect(inForceOn(texts, '2021-09-30')).toBeUndefined();
    expect(inForceOn(texts, '2021-10-01')?.adopted).toBe('2021-06-25');
    // Adopted but not yet in force: the earlier text still applies.
    expect(inForceOn(texts, '2024-05-01')?.adopted).toBe('2021-06-25');
    expect(inForceOn(texts, '2024-07-01')?.adopted).toBe('2024-04-26');
  });

  it('names the version in the title citations use', () => {
    const [first, current] = timeline(d);
    expect(versionedTitle('[SYNTHETIC] Regulations', first!)).toBe('[SYNTHETIC] Regulations, as adopted June 25, 2021');
    expect(versionedTitle('[SYNTHETIC] Regulations', current!)).toBe('[SYNTHETIC] Regulations, as amended April 26, 2024');
  });
});

describe('document schema: versions', () => {
  const base = {
    title: { zh: '（虚构示例）条例', en: '[SYNTHETIC] Regulations' },
    type: 'regulation',
    status: 'published',
    bodies: [],
    date: { value: '2024-04-26', printed: null, inferred: false, basis: '' },
    source: { publication: null, page: null, attribution: null, raw: 'b.txt', lines: [1, 3] },
    translator: 'T',
    published: '2026-01-01',
    segments: text(T.purpose, T.funds),
    currentVersion: { adopted: '2024-04-26', inForce: '2024-07-01' },
    versions: [{ adopted: '2021-06-25', inForce: '2021-10-01', source: { raw: 'a.txt', lines: [1, 2] }, segments: text(T.purpose) }],
  };
  const messages = (input: unknown) => {
    const r = documentSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a document with an earlier text', () => {
    expect(messages(base)).toEqual([]);
  });

  it('needs the current text’s dates, texts in order, and overrides that name real ids', () => {
    expect(messages({ ...base, currentVersion: undefined })).toEqual([expect.stringMatching(/needs the dates of its current text/)]);
    expect(messages({ ...base, versions: [{ ...base.versions[0], adopted: '2025-01-01', inForce: '2025-02-01' }] })).toEqual([
      expect.stringMatching(/must be adopted before the text after it/),
      expect.stringMatching(/must enter into force before the text after it/),
    ]);
    expect(messages({ ...base, versions: [{ ...base.versions[0], correspondence: [{ from: ['art9'], to: ['art2'] }] }] })).toEqual([
      expect.stringMatching(/names art9, which is not a segment of this version/),
    ]);
    expect(messages({ ...base, versions: [{ ...base.versions[0], inForce: '2021-06-01' }] })).toEqual([
      expect.stringMatching(/cannot enter into force before it is adopted/),
    ]);
    expect(messages({ ...base, versions: [{ ...base.versions[0], segments: [{ ...art(1, T.purpose), printed: '第九条' }] }] })).toEqual([
      expect.stringMatching(/^version 2021-06-25, segment art1: /),
    ]);
  });
});
