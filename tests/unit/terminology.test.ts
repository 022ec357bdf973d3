/** The stricter terminology check (src/lib/terminology.ts): whole words, generic and avoided variants, waivers. */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/lib/document-schema.ts';
import { createMatcher } from '../../src/lib/glossary.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/lib/glossary-schema.ts';
import {
  applyWaivers,
  checkGlossary,
  checkRenderings,
  findWholeRendering,
  formatRenderingReport,
  isGenericVariant,
  parseWaivers,
  type WaivableProblem,
} from '../../src/lib/terminology.ts';

const entry = (e: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'zh' | 'en'>): GlossaryEntry =>
  glossaryEntrySchema.parse({ pinyin: 'x', category: 'person', definition: 'A test entry.', ...e });
const seg = (id: string, zh: string, en: string): Segment => ({ id, kind: 'paragraph', zh, en });

describe('whole-word renderings', () => {
  const wang = entry({ id: 'wang', zh: '王', en: 'Wang' });
  it('does not find “Wang” inside “Wangjiang”', () => {
    expect(findWholeRendering('Officials from Wangjiang attended.', wang)).toBeUndefined();
    expect(findWholeRendering('Wang attended.', wang)).toEqual({ start: 0, end: 4 });
  });
  it('allows a plural -s/-es and any white space, case-insensitively', () => {
    const g = entry({ id: 'g', zh: '高校毕业生', en: 'college graduate' });
    expect(findWholeRendering('College\n  graduates are hired.', g)).toBeDefined();
    const t = entry({ id: 't', zh: '乡镇', en: 'township' });
    expect(findWholeRendering('in townships', t)).toBeDefined();
    expect(findWholeRendering('in townshipping', t)).toBeUndefined();
  });
  it('fails a clause whose English has the rendering only inside a longer word', () => {
    const m = createMatcher([entry({ id: 'pi-pei', zh: '对接', en: 'match' })]);
    expect(checkRenderings('doc', [seg('p1', '加强对接', 'strengthen matching')], m).map((r) => r.segment)).toEqual(['p1']);
    expect(checkRenderings('doc', [seg('p1', '加强对接', 'strengthen the match')], m)).toEqual([]);
  });
});

describe('the glossary check', () => {
  it('refuses a single generic word as a variant, naming entry and variant', () => {
    const e = entry({ id: 'jing-zhun-dui-jie', zh: '精准对接', en: 'targeted matching', variants: ['precise matching', 'match'] });
    expect(checkGlossary([e], [])).toEqual([
      'entry jing-zhun-dui-jie: variant “match” is a single generic word, not a rendering of the whole term',
    ]);
  });
  it('refuses one word of a longer preferred rendering, but not acronyms or whole one-word renderings', () => {
    expect(isGenericVariant('Wang', { en: 'Wang Aiwen' })).toBe('one word of the preferred “Wang Aiwen”');
    expect(isGenericVariant('MCA', { en: 'Ministry of Civil Affairs' })).toBeUndefined();
    expect(isGenericVariant('Internet+', { en: 'Internet Plus' })).toBeUndefined();
    expect(isGenericVariant('forum', { en: 'symposium' })).toBeUndefined();
    expect(isGenericVariant('poverty-alleviation', { en: 'poverty alleviation' })).toBeUndefined();
  });
  it('refuses a variant that the entry also avoids', () => {
    const e = entry({ id: 'jian-xi', zh: '见习', en: 'traineeship', variants: ['internship'], avoid: ['internship', 'intern'] });
    expect(checkGlossary([e], [])).toEqual(['entry jian-xi: variant “internship” is also in avoid (the entry rejects it)']);
  });
});

describe('waivers', () => {
  const p = (check: WaivableProblem['check'], key: string, segment = 's1'): WaivableProblem => ({
    document: 'doc',
    segment,
    check,
    key,
    line: `${segment} ${key}`,
  });
  it('drop the problems they cover and report stale ones', () => {
    const waivers = parseWaivers(
      [
        { document: 'doc', segment: 's1', marker: '要', reason: 'a quotation' },
        { document: 'doc', segment: 's2', phrase: 'vigorously', reason: 'fixed since' },
        { document: 'draft', segment: 's1', term: 'x', reason: 'a draft, not checked yet' },
      ],
      'waivers.yaml',
    );
    const out = applyWaivers([p('marker', '要'), p('phrase', 'do a good job of')], waivers, new Set(['doc']));
    expect(out).toEqual([
      's1 do a good job of',
      'content/glossary/waivers.yaml: stale waiver for doc, segment s2, phrase “vigorously”: no such problem any more (remove the waiver)',
    ]);
  });
  it('need a reason and exactly one of term, marker or phrase', () => {
    expect(() => parseWaivers([{ document: 'd', segment: 's', marker: '要' }], 'w.yaml')).toThrow(/needs document, segment, reason/);
    expect(() => parseWaivers([{ document: 'd', segment: 's', marker: '要', term: 'x', reason: 'r' }], 'w.yaml')).toThrow();
  });
});

describe('the rendering check that fails the build', () => {
  // Synthetic glossary and clauses.
  const matcher = createMatcher(
    [
      entry({ id: 'she-hui-zu-zhi', zh: '社会组织', en: 'social organization', variants: ['civil society organization'] }),
      entry({ id: 'min-zheng-bu', zh: '民政部', en: 'Ministry of Civil Affairs' }),
      entry({ id: 'jiao-yu-bu', zh: '教育部', en: 'Ministry of Education' }),
    ],
    [{ term: 'jiao-yu-bu', context: '教育部门', reason: 'Not the ministry.' }],
  );
  const clauses = [
    seg('p1', '民政部支持社会组织。', 'The Ministry of Civil Affairs supports social organizations.'),
    seg('p2', '社会组织参与治理。', 'NGOs take part in governance.'),
    seg('p3', '民政部和教育部门负责。', 'The Ministry of Civil Affairs and education departments are responsible.'),
    seg('p4', '社会组织依法登记。', 'Civil society organizations register according to law.'),
  ];

  it('reports a clause whose English lacks the rendering, naming document, segment, term and the accepted renderings', () => {
    const reports = checkRenderings('synthetic-doc', clauses, matcher);
    expect(reports).toEqual([
      {
        document: 'synthetic-doc',
        segment: 'p2',
        term: 'she-hui-zu-zhi',
        headword: '社会组织',
        expected: ['social organization', 'civil society organization'],
      },
    ]);
    expect(formatRenderingReport(reports[0]!)).toBe(
      'content/documents/synthetic-doc.mdx, segment p2: “社会组织” (she-hui-zu-zhi) is in the Chinese but the English has none of: “social organization”, “civil society organization”',
    );
  });

  it('honours a waiver for that document, segment and term only', () => {
    const waiver = { document: 'synthetic-doc', segment: 'p2', term: 'she-hui-zu-zhi', reason: 'NGO is the usage of the source.' };
    expect(checkRenderings('synthetic-doc', clauses, matcher, [waiver])).toEqual([]);
    expect(checkRenderings('other-doc', clauses, matcher, [waiver]).map((r) => r.segment)).toEqual(['p2']);
    expect(checkRenderings('synthetic-doc', clauses, matcher, [{ ...waiver, segment: 'p1' }]).map((r) => r.segment)).toEqual(['p2']);
    expect(checkRenderings('synthetic-doc', clauses, matcher, [{ ...waiver, term: 'min-zheng-bu' }]).map((r) => r.segment)).toEqual(['p2']);
  });

  it('reports each missing term of a clause once, however often it occurs', () => {
    const twice = seg('p9', '社会组织和社会组织，民政部。', 'NGOs and NGOs, the ministry.');
    expect(checkRenderings('d', [twice], matcher).map((r) => r.term)).toEqual(['she-hui-zu-zhi', 'min-zheng-bu']);
  });

  it('skips a clause not translated yet and checks the points inside a paragraph', () => {
    const untranslated: Segment = { id: 'p5', kind: 'paragraph', zh: '社会组织。', en: '', translation: 'none' };
    expect(checkRenderings('d', [untranslated], matcher)).toEqual([]);
    const point: Segment = { id: 'p6-1', kind: 'point', parent: 'p6', number: 1, zh: '一是社会组织。', en: 'First, NGOs.' };
    const lead = seg('p6', '', '');
    expect(checkRenderings('d', [lead, point], matcher).map((r) => r.segment)).toEqual(['p6-1']);
  });
});
