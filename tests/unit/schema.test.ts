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
    published: '2026-01-01',
    segments: [
      { id: 'p1', number: 1, zh: '第一段。', en: 'First.' } as Record<string, unknown>,
      { id: 'p2', number: 2, zh: '第二段：', en: 'Second:' },
      { id: 'p2-1', kind: 'point', parent: 'p2', number: 1, printed: '一是', zh: '一是甲。', en: 'First, A.' },
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

  it('requires the date of first publication of a published translation, not of a draft', () => {
    expect(messages(doc({ published: null }))).toEqual([
      'published: a published translation needs the date it was first published (published: YYYY-MM-DD)',
    ]);
    expect(messages(doc({ published: null, status: 'draft' }))).toEqual([]);
    expect(messages(doc({ published: '26/11/2026' }))[0]).toBe('published: published must be a date, YYYY-MM-DD');
  });

  it('derives the version date from the revisions, and refuses a typed one', () => {
    const revised = (d: unknown) => (documentSchema.parse(d) as { revised: string | null }).revised;
    expect(revised(doc())).toBe('2026-01-01');
    const withRevisions = doc();
    withRevisions.segments[1]!['revisions'] = [
      { date: '2026-02-01', reason: 'Style.', previous: 'Second (old):' },
      { date: '2026-03-05', reason: 'Term.', previous: 'Second (older):' },
    ];
    expect(revised(withRevisions)).toBe('2026-03-05');
    expect(messages(doc({ revised: '2026-01-01' }))[0]).toMatch(/revised/);
  });

  it('refuses a revision record that is out of order, predates publication or records nothing', () => {
    const d = doc();
    d.segments[0]!['revisions'] = [
      { date: '2026-03-01', reason: 'B.', previous: 'x' },
      { date: '2026-02-01', reason: 'A.', previous: 'y' },
      { date: '2025-12-31', reason: 'C.' },
    ];
    expect(messages(d)).toEqual([
      'segments: segment p1: revisions must be listed oldest first (2026-02-01 comes after 2026-03-01)',
      'segments: segment p1: revisions must be listed oldest first (2025-12-31 comes after 2026-02-01)',
      'segments: segment p1: revision of 2025-12-31 is dated before the translation was published (2026-01-01)',
      'segments: segment p1: revision of 2025-12-31 records neither the English (previous) nor the notes (previousNotes) it replaced',
    ]);
  });

  it('names the segment whose translation is missing', () => {
    const d = doc();
    d.segments[2]!['en'] = ' ';
    expect(messages(d)).toEqual(['segments: segment p2-1: English part is empty (missing translation in a published document)']);
  });

  it('lets a draft leave translations empty', () => {
    const d = doc({ status: 'draft' });
    d.segments[0]!['en'] = '';
    expect(messages(d)).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const d = doc();
    d.segments[2]!['id'] = 'p1';
    expect(messages(d)).toContain('segments: segment p1: duplicate id');
  });

  it('rejects an unknown field, naming it', () => {
    const d = doc();
    d.segments[0]!['translaton'] = 'draft';
    expect(messages(d).join('\n')).toMatch(/segments\.0.*translaton/);
  });

  it('rejects an empty segment in a published document', () => {
    const d = doc();
    d.segments[0]!['zh'] = '';
    expect(messages(d)).toContain('segments: segment p1: Chinese part is empty');
  });

  it('requires the basis of an inferred date', () => {
    expect(messages(doc({ date: { value: '2020', printed: null, inferred: true, basis: '' } }))).toEqual([
      'date.basis: an inferred date must say why (date.basis)',
    ]);
  });

  it('checks that a pull quote repeats the segment it names', () => {
    const d = doc();
    d.segments.push({ id: 'pullquote', zh: '不在正文。', en: 'Not in the text.', kind: 'pullquote', repeats: 'p1' });
    expect(messages(d)).toContain('segments: segment pullquote: text does not occur in segment “p1”, which it claims to repeat');
  });

  it('checks that a note is anchored in its segment', () => {
    const d = doc();
    d.segments[0]!['notes'] = [{ on: '别处', text: 'x' }];
    expect(messages(d)[0]).toMatch(/segment p1: translator's note is on “别处”/);
  });

  it('checks the tree: a parent must exist and come first, and a kind nests only where the table allows', () => {
    const d = doc();
    d.segments[2]!['parent'] = 'p9';
    expect(messages(d)).toContain('segments: segment p2-1: parent “p9” does not exist');
    const e = doc();
    e.segments.unshift({ id: 'art1', kind: 'article', parent: 'p1', number: 1, printed: '第一条', zh: '第一条　甲。', en: 'Article 1 A.' });
    expect(messages(e)).toContain('segments: segment art1: parent “p1” comes after it (a parent must come first)');
    const f = doc();
    f.segments.push({ id: 'art1-1-1', kind: 'item', number: 1, printed: '（一）', zh: '（一）乙；', en: '(1) B;' });
    expect(messages(f)).toContain('segments: segment art1-1-1: an item cannot sit at the top level (allowed: article, paragraph)');
  });

  it('checks numbers: numbered kinds carry them, printed is what the Chinese starts with, siblings count up', () => {
    const d = doc();
    delete d.segments[0]!['number'];
    expect(messages(d)).toContain('segments: segment p1: a paragraph needs its number (number: N)');
    const e = doc();
    e.segments[2]!['printed'] = '二是';
    expect(messages(e)).toContain('segments: segment p2-1: printed number “二是” is not what the Chinese starts with');
    const f = doc();
    f.segments[1]!['number'] = 1;
    expect(messages(f)).toContain('segments: segment p2: paragraph number 1 does not follow 1');
  });

  it('publishes a partial translation only when the document says so, and keeps status and English in agreement', () => {
    const d = doc();
    d.segments[2]!['en'] = '';
    d.segments[2]!['translation'] = 'none';
    expect(messages(d)).toEqual(['segments: segment p2-1: English part is empty (missing translation in a published document)']);
    expect(messages({ ...d, translation: 'partial' })).toEqual([]);
    const e = doc({ translation: 'partial' });
    e.segments[0]!['translation'] = 'none';
    expect(messages(e)).toEqual([
      'segments: segment p1: translation: none, but the segment has English (say draft, translated or reviewed)',
    ]);
    const f = doc({ translation: 'partial' });
    f.segments[0]!['en'] = '';
    f.segments[0]!['translation'] = 'reviewed';
    expect(messages(f)).toEqual(['segments: segment p1: translation: reviewed, but the English part is empty']);
  });
});

describe('fields that reach citations and the page', () => {
  it.each([
    ['title.en', { title: { zh: '标题', en: 'Title\nER  - \nTY  - JOUR' } }, 'U+000A'],
    ['title.zh', { title: { zh: '标\r题', en: 'Title' } }, 'U+000D'],
    ['shortTitle', { shortTitle: 'Short\u2028title' }, 'U+2028'],
    ['sentenceTitle', { sentenceTitle: 'Title\u0085' }, 'U+0085'],
    ['translator', { translator: 'Duizhao\teditors' }, 'U+0009'],
    ['bodies.0.en', { bodies: [{ zh: '民政部', en: 'Ministry\u0000', role: 'issuing' }] }, 'U+0000'],
    [
      'source.publication',
      { source: { publication: 'Daily\u2029', page: null, attribution: null, raw: 'x.txt', lines: [1, 2] } },
      'U+2029',
    ],
  ])('rejects a line break or control character in %s, naming the field', (field, overrides, code) => {
    const [message, ...rest] = messages(doc(overrides));
    expect(rest).toEqual([]);
    expect(message?.startsWith(`${field}: `)).toBe(true);
    expect(message).toMatch(/ must be one line, without control characters: /);
    expect(message).toContain(code);
  });

  it('rejects a line break in a translator’s note', () => {
    const d = doc();
    d.segments[0]!['notes'] = [{ on: '第一', text: 'A note\non two lines.' }];
    expect(messages(d)).toEqual([expect.stringMatching(/^segments\.0\.notes\.0\.text: note\.text .*U\+000A/)]);
  });

  it('rejects bidi overrides and isolates in titles and English, but not line breaks in a segment', () => {
    expect(messages(doc({ title: { zh: '标题', en: 'Title \u202Egnirts' } }))).toEqual([
      expect.stringMatching(/^title\.en: .*U\+202E.*reorders/),
    ]);
    const d = doc();
    d.segments[0]!['en'] = 'First \u2066isolated\u2069.';
    expect(messages(d)).toEqual([expect.stringMatching(/^segments\.0\.en: .*U\+2066/)]);
    const lines = doc();
    lines.segments[0]!['en'] = 'First\nline.';
    expect(messages(lines)).toEqual([]);
  });

  it('counts English made only of zero-width or bidi characters as empty', () => {
    expect(messages(doc({ title: { zh: '标题', en: '\u200B\u2060' } }))).toEqual([
      'title.en: English title is empty in a published document',
    ]);
    const d = doc();
    d.segments[0]!['en'] = '\u200B\uFEFF\u200D';
    expect(messages(d)).toEqual(['segments: segment p1: English part is empty (missing translation in a published document)']);
    expect(messages(doc({ translator: '\u200B' }))).toEqual([expect.stringMatching(/^translator: translator must not be empty/)]);
  });

  it.each(['../sources/page.txt', 'sub/page.txt', 'sub\\page.txt', '/etc/passwd', '..'])(
    'takes source.raw only as a file name in content/sources/, not %s',
    (raw) => {
      const m = messages(doc({ source: { publication: null, page: null, attribution: null, raw, lines: [1, 2] } }));
      expect(m).toEqual([expect.stringMatching(/^source\.raw: source\.raw must be a file name in content\/sources\//)]);
    },
  );
});
