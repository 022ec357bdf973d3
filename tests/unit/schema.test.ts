import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/lib/document-schema.ts';

/** A minimal valid published document; tests break one thing at a time. */
function doc(overrides: Record<string, unknown> = {}) {
  return {
    title: { zh: '标题', en: 'Title' },
    type: 'notice',
    status: 'published',
    bodies: [{ zh: '民政部', en: 'Ministry of Civil Affairs', role: 'issuing' }],
    date: { value: '2020-07', printed: '近日', inferred: true, basis: 'Reported in July 2020.' },
    source: { publication: null, page: null, attribution: null, raw: 'x.txt', lines: [1, 2] },
    translator: 'T',
    revised: '2026-01-01',
    segments: [
      { id: 'p1', zh: '第一段。', en: 'First.' },
      { id: 'p2', zh: '第二段：', en: 'Second:', points: [{ id: 'p2-1', zh: '一是甲。', en: 'First, A.' }] },
    ],
    ...overrides,
  };
}

function messages(input: unknown): string[] {
  const r = documentSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('document schema', () => {
  it('accepts a complete published document', () => {
    expect(messages(doc())).toEqual([]);
  });

  it('requires the revision date of a published translation, not of a draft', () => {
    expect(messages(doc({ revised: null }))).toEqual([
      'revised: a published translation needs the date of its last revision (revised: YYYY-MM-DD)',
    ]);
    expect(messages(doc({ revised: null, status: 'draft' }))).toEqual([]);
    expect(messages(doc({ revised: '26/11/2026' }))[0]).toMatch(/^revised: revised must be the date of the last revision/);
  });

  it('names the segment whose translation is missing', () => {
    const d = doc();
    d.segments[1]!.points![0]!.en = ' ';
    expect(messages(d)).toEqual(['segments: segment p2-1: English part is empty (missing translation in a published document)']);
  });

  it('lets a draft leave translations empty', () => {
    const d = doc({ status: 'draft' });
    d.segments[0]!.en = '';
    expect(messages(d)).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const d = doc();
    d.segments[1]!.points![0]!.id = 'p1';
    expect(messages(d)).toContain('segments: segment p1: duplicate id');
  });

  it('rejects an unknown field, naming it', () => {
    const d = doc();
    (d.segments[0] as Record<string, unknown>)['translation'] = 'x';
    expect(messages(d).join('\n')).toMatch(/segments\.0.*translation/);
  });

  it('rejects an empty segment in a published document', () => {
    const d = doc();
    d.segments[0]!.zh = '';
    expect(messages(d)).toContain('segments: segment p1: Chinese part is empty');
  });

  it('requires the basis of an inferred date', () => {
    expect(messages(doc({ date: { value: '2020', printed: null, inferred: true, basis: '' } }))).toEqual([
      'date.basis: an inferred date must say why (date.basis)',
    ]);
  });

  it('checks that a pull quote repeats the segment it names', () => {
    const d = doc();
    d.segments.push({ id: 'pullquote', zh: '不在正文。', en: 'Not in the text.', kind: 'pullquote', repeats: 'p1' } as never);
    expect(messages(d)).toContain('segments: segment pullquote: text does not occur in segment “p1”, which it claims to repeat');
  });

  it('checks that a note is anchored in its segment', () => {
    const d = doc();
    (d.segments[0] as Record<string, unknown>)['notes'] = [{ on: '别处', text: 'x' }];
    expect(messages(d)[0]).toMatch(/segment p1: translator's note is on “别处”/);
  });
});
