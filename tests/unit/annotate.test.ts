/**
 * Term annotation of Chinese text (src/lib/annotate.ts): terms are found on the simplified text
 * and marked where the reader sees them, in either script, with pinyin per character and
 * cross-reference links that win over a term inside them. The sentences are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { annotateChinese } from '../../src/lib/annotate.ts';
import { fixtureMatcher } from '../helpers/export-fixtures.ts';

// Synthetic sentence: the ministry supports social organizations.
const TEXT = '民政部支持社会组织发展。';

const marked = (runs: { text: string; term?: string | undefined; href?: string | undefined }[]) =>
  runs.filter((r) => r.term !== undefined).map((r) => [r.text, r.term]);

describe('annotateChinese', () => {
  it('marks glossary terms in the simplified text and leaves the rest plain', () => {
    const a = annotateChinese(TEXT, 'hans', fixtureMatcher());
    expect(a.text).toBe(TEXT);
    expect(marked(a.runs)).toEqual([
      ['民政部', 'min-zheng-bu'],
      ['社会组织', 'she-hui-zu-zhi'],
    ]);
    expect(a.terms).toEqual(['min-zheng-bu', 'she-hui-zu-zhi']);
    expect(a.runs.map((r) => r.text).join('')).toBe(TEXT);
  });

  it('links a term once per text: later occurrences are marked as repeats', () => {
    const a = annotateChinese('民政部和社会组织，民政部。', 'hant', fixtureMatcher());
    expect(a.runs.filter((r) => r.term !== undefined).map((r) => [r.text, r.term, r.repeat ?? false])).toEqual([
      ['民政部', 'min-zheng-bu', false],
      ['社會組織', 'she-hui-zu-zhi', false],
      ['民政部', 'min-zheng-bu', true],
    ]);
    expect(a.terms).toEqual(['min-zheng-bu', 'she-hui-zu-zhi', 'min-zheng-bu']);
  });

  it('carries the terms over to the traditional text: the marked run reads 社會組織', () => {
    const a = annotateChinese(TEXT, 'hant', fixtureMatcher());
    expect(a.text).toBe('民政部支持社會組織發展。');
    expect(marked(a.runs)).toEqual([
      ['民政部', 'min-zheng-bu'],
      ['社會組織', 'she-hui-zu-zhi'],
    ]);
  });

  it('does not mark a headword inside a recorded exception (教育部 in 教育部门)', () => {
    const a = annotateChinese('教育部门和教育部', 'hans', fixtureMatcher());
    expect(marked(a.runs)).toEqual([['教育部', 'jiao-yu-bu']]);
    expect(a.runs[0]).toEqual({ text: '教育部门和' });
  });

  it('gives one pinyin reading per character, none for punctuation, the same in both scripts', () => {
    const hans = annotateChinese(TEXT, 'hans', fixtureMatcher());
    const readings = (hans.pinyin ?? '').split(' ');
    expect(readings).toHaveLength(Array.from(TEXT).length);
    expect(readings.slice(0, 3)).toEqual(['mín', 'zhèng', 'bù']);
    expect(readings.at(-1)).toBe('');
    expect(annotateChinese(TEXT, 'hant', fixtureMatcher()).pinyin).toBe(hans.pinyin);
  });

  it('reads the traditional page from the simplified text, where one simplified character stands for several', () => {
    // Read from the traditional characters, pinyin-pro would give 瞭 liào and 乾 qián here.
    const a = annotateChinese('了解干净', 'hant', fixtureMatcher());
    expect(a.text).toBe('瞭解乾淨');
    expect(a.pinyin).toBe('liǎo jiě gān jìng');
  });

  it('links a cross-reference, and a term inside the link is not marked (links cannot nest)', () => {
    const text = '依照本条例第五条规定，民政部负责。';
    const start = text.indexOf('本条例第五条');
    const link = { start, end: start + '本条例第五条'.length, href: '#art5' };
    const a = annotateChinese(text, 'hant', fixtureMatcher(), [link]);
    expect(a.runs.filter((r) => r.href)).toEqual([{ text: '本條例第五條', href: '#art5' }]);
    expect(marked(a.runs)).toEqual([['民政部', 'min-zheng-bu']]);
    // 第一 is a glossary headword; inside a link it is not a term.
    const b = annotateChinese('见第一条。', 'hans', fixtureMatcher(), [{ start: 1, end: 4, href: '#art1' }]);
    expect(b.terms).toEqual([]);
    expect(b.runs).toEqual([{ text: '见' }, { text: '第一条', href: '#art1' }, { text: '。' }]);
  });
});
