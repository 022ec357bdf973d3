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
