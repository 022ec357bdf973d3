/**
 * The modality check (src/lib/modality.ts) with the real jieba segmenter: markers found as words,
 * renderings required per document type, unmarked clauses, "will", waivers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/lib/document-schema.ts';
import { checkModality, findMarkers, formatModalityProblem, SCALES, segmenter } from '../../src/lib/modality.ts';

const cut = segmenter(['王爱文', '社会组织']);
const seg = (id: string, zh: string, en: string, extra: Partial<Segment> = {}): Segment => ({ id, kind: 'paragraph', zh, en, ...extra });
const messages = (segments: Segment[], type: Parameters<typeof checkModality>[1] = 'notice') =>
  checkModality('doc', type, segments, cut).map(formatModalityProblem);

describe('finding markers', () => {
  const policy = SCALES.notice ?? [];
  it('takes 要 as a directive only as a word of its own', () => {
    expect(findMarkers('各地要坚持', policy, cut).map((m) => m.token)).toEqual(['要']);
    for (const zh of ['重要讲话', '主要负责人', '需要加强', '要求各地', '只要', '会议纪要', '工作要点'])
      expect(findMarkers(zh, policy, cut)).toEqual([]);
  });
  it('takes 应 and 可 only as words of their own', () => {
    for (const zh of ['应用技术', '相应措施', '供应链', '适应需求', '响应号召', '可能', '认可', '许可', '可持续发展'])
      expect(findMarkers(zh, policy, cut)).toEqual([]);
    expect(findMarkers('各地可结合实际', policy, cut).map((m) => m.token)).toEqual(['可']);
    expect(findMarkers('还要围绕', policy, cut).map((m) => m.token)).toEqual(['还要']);
  });
  it('ignores directives inside a cited title', () => {
    expect(findMarkers('发布《关于要加强的通知》', policy, cut)).toEqual([]);
  });
  it('keeps glossary names whole', () => {
    expect(cut('王爱文出席')).toContain('王爱文');
  });
});

describe('policy documents and reports', () => {
  it('fails a wrong modal (“should” for 要), naming file, segment, marker and the English', () => {
    const out = messages([seg('m1', '各地要精准对接居民需求。', 'All localities should match residents’ needs.')]);
    expect(out[0]).toBe(
      'content/documents/doc.mdx, segment m1: modality: “要” is rendered by none of “shall”, “must”, “are to”, “is to” (English: “All localities should match residents’ needs.”)',
    );
    expect(out[1]).toContain('segment m1: modality: “should” (advice) where the Chinese has the directive “要”');
  });
  it('fails “should” beside a directive even when another clause has “shall”', () => {
    const out = messages([seg('m1', '各地要对接需求。按规定落实补贴。', 'Localities should match needs. Subsidies shall be provided.')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('segment m1: modality: “should” (advice) where the Chinese has the directive “要”');
  });
  it('passes 要 rendered “shall”, “must”, “are to” or “is to”', () => {
    for (const en of [
      'Localities shall match needs.',
      'Localities must match needs.',
      'Localities are to match needs.',
      'Each locality is to match needs.',
    ])
      expect(messages([seg('m1', '各地要精准对接居民需求。', en)])).toEqual([]);
  });
  it('produces no directive for 重要 or 要求', () => {
    expect(
      messages([
        seg(
          'p2',
          '这是重要渠道。王爱文要求各地加强对接。',
          'This is an important channel. Wang Aiwen asked localities to strengthen matching.',
        ),
      ]),
    ).toEqual([]);
  });
  it('fails an unmarked clause rendered “shall”', () => {
    const out = messages([seg('m8', '将就业情况纳入测评体系。', 'Graduate employment shall be included in the evaluation system.')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('segment m8: modality: “shall” but the Chinese has no directive marker');
  });
  it('fails “will” for a directive, and allows it where the Chinese predicts', () => {
    const out = messages([seg('m4', '要进一步支持各地探索。', 'Localities will be further supported in exploring.')]);
    expect(out.some((m) => m.includes('“will” predicts, but the Chinese has the directive “要”'))).toBe(true);
    expect(messages([seg('m4', '进一步支持各地探索。', 'Localities will be further supported.')])[0]).toContain('an unmarked directive');
    expect(messages([seg('p9', '会议将于明年召开。', 'The meeting will be held next year.')], 'news-report')).toEqual([]);
    expect(messages([seg('p9', '体现人民意志。', 'It reflects the will of the people.')], 'news-report')).toEqual([]);
  });
  it('requires “may” or “can” for 可, and a prohibition for 不得', () => {
    expect(messages([seg('m3', '对人员缺口，可通过招用高校毕业生加以补充。', 'Gaps should be filled by hiring graduates.')])[0]).toContain(
      '“可” is rendered by none of “may”, “can”',
    );
    expect(messages([seg('x', '不得收取费用。', 'No fees shall be charged.')])).toEqual([]);
    expect(messages([seg('x', '不得收取费用。', 'Fees should not be charged.')])[0]).toContain('“不得” is rendered by none of');
  });
  it('skips untranslated segments and formal parts', () => {
    expect(messages([seg('p1', '各地要坚持。', '', { translation: 'none' })])).toEqual([]);
    expect(messages([seg('sig', '各地要坚持。', 'Must', { kind: 'signature' })])).toEqual([]);
  });
  it('honours a waiver for the marker in that segment only', () => {
    const s = [seg('m1', '各地要坚持。', 'Localities should persist.'), seg('m2', '各地要坚持。', 'Localities should persist.')];
    const out = checkModality('doc', 'notice', s, cut, [{ document: 'doc', segment: 'm1', marker: '要', reason: 'quoted' }]);
    expect(out.map((p) => `${p.segment} ${p.marker}`)).toEqual(['m1 should', 'm2 要', 'm2 should']);
  });
});

describe('laws and regulations', () => {
  const law = (zh: string, en: string) => messages([seg('a1', zh, en, { kind: 'article' })], 'regulation');
  it('maps 应当 to “shall”, 可以 to “may”, 不得 and 禁止 to prohibitions, 有权 to a right', () => {
    expect(law('数据处理者应当依法履行义务。', 'Data handlers shall perform their obligations.')).toEqual([]);
    expect(law('数据处理者应当依法履行义务。', 'Data handlers should perform their obligations.')[0]).toContain(
      '“应当” is rendered by none of “shall”',
    );
    expect(law('当事人可以申请复议。', 'A party may apply for review.')).toEqual([]);
    expect(law('任何组织不得窃取数据。', 'No organization shall steal data.')).toEqual([]);
    expect(law('禁止非法交易。', 'Illegal trading is strictly prohibited.')).toEqual([]);
    expect(law('个人有权查阅。', 'Individuals have the right to consult it.')).toEqual([]);
    expect(law('国家鼓励开发利用。', 'The State promotes development.')[0]).toContain('“鼓励” is rendered by none of “encourage”');
  });
  it('does not apply the unmarked rule to laws', () => {
    expect(law('本法自公布之日起施行。', 'This Law shall enter into force on the date of promulgation.')).toEqual([]);
  });
});

describe('the style guide', () => {
  it('lists every marker of the scale', () => {
    const guide = readFileSync('docs/translation-style.md', 'utf8');
    for (const scale of Object.values(SCALES)) for (const rule of scale ?? []) for (const t of rule.tokens) expect(guide).toContain(t);
  });
});
