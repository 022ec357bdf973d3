/** The register check (src/lib/register.ts) and its agreement with the style guide. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/lib/document-schema.ts';
import { checkRegister, findRegister, formatRegisterProblem, REGISTER_RULES } from '../../src/lib/register.ts';

const seg = (id: string, en: string, extra: Partial<Segment> = {}): Segment => ({
  id,
  kind: 'point',
  zh: '二是抓好产品营销。',
  en,
  ...extra,
});

describe('register', () => {
  it('fails a filler phrase, naming file, segment, phrase, why and what to write', () => {
    const out = checkRegister('doc', [seg('p3-2', 'Second, do a good job of marketing products.')]).map(formatRegisterProblem);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^content\/documents\/doc\.mdx, segment p3-2: register: “do a good job of” \(Xinhua filler for 做好\/抓好; write the verb: “strengthen product marketing”\)/,
    );
  });
  it('matches case-insensitively and across line breaks, as whole words', () => {
    expect(findRegister('It Is Necessary\n to act.').map((f) => f.rule.phrase)).toEqual(['it is necessary to']);
    expect(findRegister('creating jobs to absorb college graduates into employment').map((f) => f.rule.phrase)).toEqual([
      'absorb … into employment',
    ]);
    expect(findRegister('outstanding talent who are not Party members').map((f) => f.rule.phrase)).toEqual(['talents']);
    expect(findRegister('help them develop their talents')).toEqual([]);
    expect(findRegister('They will give full play to it, vigorously.').map((f) => f.rule.phrase)).toEqual([
      'give full play to',
      'vigorously',
    ]);
    expect(findRegister('talent-training programmes').map((f) => f.rule.phrase)).toEqual(['talent training']);
  });
  it('finds “make every effort to” (着力) and its close variants, apart from “make great efforts to”', () => {
    const phrases = (en: string) => findRegister(en).map((f) => f.rule.phrase);
    expect(phrases('and make every effort to remedy the shortfalls')).toEqual(['make every effort to']);
    expect(phrases('They made every possible effort to help.')).toEqual(['make every effort to']);
    expect(phrases('making all-out efforts to win')).toEqual(['make every effort to']);
    expect(phrases('localities shall make their utmost efforts to act')).toEqual(['make every effort to']);
    expect(phrases('Makes Every\n Effort To comply')).toEqual(['make every effort to']);
    expect(phrases('make great efforts to act')).toEqual(['make great efforts to']);
    expect(phrases('made strenuous efforts to act')).toEqual(['make great efforts to']);
    // Not filler: sustained or greater efforts render 持续发力 and 加大……力度.
    expect(phrases('make sustained efforts towards victory; greater efforts are to be made')).toEqual([]);
    const out = checkRegister('doc', [seg('m3', 'All localities shall make every effort to remedy the shortfalls.')]).map(
      formatRegisterProblem,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^content\/documents\/doc\.mdx, segment m3: register: “make every effort to” \(filler for 着力, 全力: emphasis, not meaning; the verb alone: “remedy the shortfalls”\)/,
    );
  });
  it('finds nothing in plain English', () => {
    expect(findRegister('Second, strengthen product marketing and make full use of their strengths.')).toEqual([]);
  });
  it('skips untranslated segments and honours a waiver', () => {
    expect(checkRegister('doc', [seg('a', '', { translation: 'none' })])).toEqual([]);
    const waiver = { document: 'doc', segment: 'q', phrase: 'Do a good job of', reason: 'a quoted English title' };
    expect(checkRegister('doc', [seg('q', 'do a good job of it')], [waiver])).toEqual([]);
  });
  it('is the table the style guide prints', () => {
    const guide = readFileSync('docs/translation-style.md', 'utf8');
    for (const rule of REGISTER_RULES) {
      expect(guide, rule.phrase).toContain(`| ${rule.phrase} |`);
      expect(guide, rule.phrase).toContain(rule.instead);
    }
    // The table between the markers has one row per rule, in the same order.
    const table = guide.slice(guide.indexOf('<!-- register:start -->'), guide.indexOf('<!-- register:end -->'));
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Avoid') && !l.startsWith('| ---'));
    expect(rows.map((r) => r.split(' | ')[0]?.slice(2))).toEqual(REGISTER_RULES.map((r) => r.phrase));
  });
});
