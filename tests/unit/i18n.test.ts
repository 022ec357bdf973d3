import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en.json' with { type: 'json' };
import zhHans from '../../src/lib/i18n/zh-Hans.json' with { type: 'json' };
import zhHant from '../../src/lib/i18n/zh-Hant.json' with { type: 'json' };
import { dictionaryProblems, fill, localeOf, scriptStrings, translator } from '../../src/lib/i18n/index.ts';
import { DOCUMENT_TYPES } from '../../src/lib/document-schema.ts';
import { TERM_CATEGORIES } from '../../src/lib/glossary-schema.ts';
import { formatDate, inferredParts } from '../../src/lib/format.ts';

describe('interface dictionaries', () => {
  it('refuse a missing key, a changed placeholder and a key English does not have, naming file and key', () => {
    const reference = { 'a.b': 'Cite {label}', 'c.d': 'Close' };
    expect(dictionaryProblems('zh.json', { 'a.b': '引用{name}', 'e.f': '多余' }, reference)).toEqual([
      'zh.json: "a.b" must use the placeholders {label}, not {name}',
      'zh.json: "c.d" is missing or empty',
      'zh.json: "e.f" is not a key of en.json',
    ]);
    expect(dictionaryProblems('zh.json', { 'a.b': '引用{label}', 'c.d': '关闭' }, reference)).toEqual([]);
  });

  it('hold every key of English in both Chinese dictionaries', () => {
    expect(dictionaryProblems('zh-Hans.json', zhHans)).toEqual([]);
    expect(dictionaryProblems('zh-Hant.json', zhHant)).toEqual([]);
  });

  it('write the simplified interface in simplified characters and the traditional one in traditional', () => {
    // Character by character: a character OpenCC would change on its own belongs to the other
    // script (phrase conversion would also rewrite standard forms such as 刊布 as variants).
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    // 干 is also traditional in 若干 (“several”), which OpenCC alone reads as 幹; 么 is simplified
    // 麼 (什么), which OpenCC alone reads as the traditional variant of 幺.
    const BOTH = new Set(['干', '么']);
    const stray = (dict: Record<string, string>, convert: (s: string) => string) =>
      Object.entries(dict).flatMap(([k, v]) => {
        const chars = [...new Set(Array.from(v).filter((c) => /\p{Script=Han}/u.test(c) && !BOTH.has(c) && convert(c) !== c))];
        return chars.length > 0 ? [`${k}: ${chars.join('')}`] : [];
      });
    expect(stray(zhHant, toTw)).toEqual([]);
    expect(stray(zhHans, toCn)).toEqual([]);
  });

  it('name every document type, glossary category and body role the schemas allow', () => {
    for (const type of DOCUMENT_TYPES) expect(en).toHaveProperty([`type.${type}`]);
    for (const category of TERM_CATEGORIES) expect(en).toHaveProperty([`category.${category}`]);
    for (const role of ['issuing', 'reporting', 'convening']) expect(en).toHaveProperty([`facts.role.${role}`]);
  });

  it('give the page scripts every string they ask for', () => {
    const asked = ['src/scripts/clause-tools.ts', 'src/scripts/search.ts'].flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/tr\('([\w.]+)'/g)].map((m) => m[1]!),
    );
    expect(asked.length).toBeGreaterThan(20);
    const strings = scriptStrings('zh-Hant', { search: true });
    expect(asked.filter((k) => !(k in strings))).toEqual([]);
  });

  it('leave the search page’s strings out of other pages, and nothing else', () => {
    const all = scriptStrings('en', { search: true });
    const page = scriptStrings('en');
    expect(Object.keys(page).some((k) => k.startsWith('search.'))).toBe(false);
    expect(
      Object.keys(all)
        .filter((k) => !(k in page))
        .every((k) => k.startsWith('search.')),
    ).toBe(true);
    expect(Object.keys(all).length).toBeGreaterThan(Object.keys(page).length);
  });

  it('fill placeholders and pick the count form', () => {
    expect(fill('{n} of {total}', { n: 3, total: 49 })).toBe('3 of 49');
    const t = translator('en');
    expect(t.n('js.search.clauses', 1)).toBe('1 clause');
    expect(t.n('js.search.clauses', 2)).toBe('2 clauses');
    expect(translator(localeOf('zh', 'hant')).n('js.search.clauses', 2)).toBe('2個條款');
    expect(localeOf('en', 'hant')).toBe('en');
  });
});

describe('dates', () => {
  it('read in each interface language, partial dates as far as they go', () => {
    expect(formatDate('2020-07-01')).toBe('1 July 2020');
    expect(formatDate('2020-07', 'zh-Hans')).toBe('2020年7月');
    expect(formatDate('2020-07-01', 'zh-Hant')).toBe('2020年7月1日');
    expect(formatDate(null, 'zh-Hans', '未注日期')).toBe('未注日期');
  });

  it('say which part was inferred: the year when month and day are printed, else the whole date', () => {
    expect(inferredParts({ value: '2020-07-01', printed: '7月1日下午', inferred: true })).toBe('year');
    expect(inferredParts({ value: '2020-07', printed: '近日', inferred: true })).toBe('all');
    expect(inferredParts({ value: '2020-07-01', printed: '2020年7月1日', inferred: false })).toBe('none');
  });
});
