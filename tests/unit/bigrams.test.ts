/**
 * Chinese search tokens (src/lib/bigrams.ts): index and query go through the same bigramize, so a
 * query finds a text exactly when every token of the query is among the text's tokens. The tests
 * ask that question, as the search page does, rather than spelling out token lists only.
 * All texts are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { bigramize } from '../../src/lib/bigrams.ts';

const tokens = (s: string) => new Set(bigramize(s).split(/\s+/).filter(Boolean));
/** Whether a query finds a text: every token of the query occurs in the text's tokens. */
const finds = (query: string, text: string) => [...tokens(query)].every((t) => tokens(text).has(t));

describe('bigramize', () => {
  it('turns a run of Chinese into overlapping pairs of characters', () => {
    expect([...tokens('社会组织')]).toEqual(['社会', '会组', '组织']);
  });

  it('lets a query of any length find the clause that contains it, and only that', () => {
    // Synthetic clause.
    const clause = '鼓励社会组织参与基层治理。';
    for (const q of ['社会组织', '组织', '社会组织参与基层', '基层治理']) expect(finds(q, clause), q).toBe(true);
    // The same characters in another order are not the phrase.
    expect(finds('组织社会', clause)).toBe(false);
    expect(finds('社会保障', clause)).toBe(false);
  });

  it('keeps Latin letters and digits as words of their own between Chinese runs', () => {
    const mixed = bigramize('推进5G网络和App建设');
    expect(mixed.split(/\s+/).filter(Boolean)).toEqual(['推进', '5G', '网络', '络和', 'App', '建设']);
    expect(finds('5G网络', '加快5G网络部署')).toBe(true);
  });

  it('does not pair characters across punctuation', () => {
    // 会，组 must not become 会组: 社会，组织 is not the phrase 社会组织.
    expect(tokens('社会，组织').has('会组')).toBe(false);
    expect(finds('社会组织', '社会，组织')).toBe(false);
    expect(finds('社会', '《社会》')).toBe(true);
  });

  it('keeps a lone character as itself, so a one-character query finds it where it stands alone', () => {
    expect([...tokens('党')]).toEqual(['党']);
    expect(finds('党', '坚持党的领导，党')).toBe(true);
    expect([...tokens('第一条　总则')]).toEqual(['第一', '一条', '总则']);
  });

  it('works on traditional characters as on simplified ones', () => {
    expect([...tokens('社會組織')]).toEqual(['社會', '會組', '組織']);
    expect(finds('組織', '鼓勵社會組織參與')).toBe(true);
  });

  it('leaves text without Chinese unchanged', () => {
    expect(bigramize('Social organizations, 2020.')).toBe('Social organizations, 2020.');
  });

  it('keeps 〇 and supplementary-plane characters inside their run, so a year or a rare name is found whole', () => {
    // Synthetic: a date written with 〇, and a name with a character outside the BMP (𠮷, U+20BB7).
    expect(bigramize('二〇二〇年').trim()).toBe('二〇 〇二 二〇 〇年');
    expect(finds('二〇二〇年', '于二〇二〇年七月')).toBe(true);
    expect(finds('二〇二一年', '于二〇二〇年七月')).toBe(false);
    expect([...tokens('𠮷田')]).toEqual(['𠮷田']);
    expect(finds('𠮷田', '委托𠮷田先生')).toBe(true);
  });
});
