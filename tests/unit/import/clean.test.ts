/** Line clean-up: debris, indents and spaces, each reported. */
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines } from '../../../src/lib/import/clean.ts';
import { createReport } from '../../../src/lib/import/report.ts';

function clean(raw: string) {
  const report = createReport();
  const line = cleanLine(raw, 7, report);
  return { ...line, report: report.finish() };
}

describe('cleanLine', () => {
  it('removes spaces inside Chinese text and between Chinese and digits', () => {
    const r = clean('7 月 1 日下午，中国扶贫基金会等 6 家全国性');
    expect(r.text).toBe('7月1日下午，中国扶贫基金会等6家全国性');
    expect(r.report.changes).toEqual([
      { line: 7, action: 'remove-space', detail: 'removed 5 spaces: 7␣月, 月␣1, 1␣日, 等␣6, 6␣家', removed: 5 },
    ]);
  });
  it('removes spaces after full-width punctuation and before brackets', () => {
    expect(clean('版”， 推动经济社会发展。 （据民政部网站）').text).toBe('版”，推动经济社会发展。（据民政部网站）');
  });
  it('keeps single spaces between Latin words and collapses runs', () => {
    expect(clean('支持 World  Health Organization 的工作').text).toBe('支持World Health Organization的工作');
    expect(clean('COVID-19 response plan').text).toBe('COVID-19 response plan');
  });
  it('keeps the credit space in an illustration credit', () => {
    const r = clean('下基层（新华社发 徐骏/作）');
    expect(r.text).toBe('下基层（新华社发 徐骏/作）');
    expect(r.report.changes[0]?.action).toBe('keep-space');
    expect(clean('（新华社记者  李贺 摄）').text).toBe('（新华社记者 李贺 摄）');
    expect(clean('（新华社发 徐骏 / 作）').text).toBe('（新华社发 徐骏/作）');
  });
  it('keeps the space after a leading article number, as printed (never substituting another character)', () => {
    expect(clean('第一条\u3000\u3000为了规范社区服务，制定本办法。').text).toBe('第一条\u3000为了规范社区服务，制定本办法。');
    expect(clean('第一条 为了规范社区服务，制定本办法。').text).toBe('第一条 为了规范社区服务，制定本办法。');
    expect(clean('依照本法第十条 的规定').text).toBe('依照本法第十条的规定');
  });
  it('takes U+FFFD, U+3000 and two or more spaces at the start of a line as a paragraph indent', () => {
    const r = clean(' \uFFFD \uFFFD 7 月 1 日下午');
    expect(r).toMatchObject({ text: '7月1日下午', indent: true });
    expect(r.report.changes[0]).toEqual({
      line: 7,
      action: 'remove-indent',
      detail: 'paragraph indent removed (2 × U+FFFD, 3 spaces)',
      removed: 5,
    });
    expect(clean('\u3000\u3000各地要').indent).toBe(true);
    expect(clean('    各地要').indent).toBe(true);
    expect(clean('\t各地要').indent).toBe(true);
  });
  it('does not take a single stray leading space for an indent', () => {
    expect(clean(' 民政部召开座谈会')).toMatchObject({ text: '民政部召开座谈会', indent: false });
  });
  it('drops U+FFFD inside a line with a warning that a character may be missing', () => {
    const r = clean('社会组\uFFFD织');
    expect(r.text).toBe('社会组织');
    expect(r.report.warnings[0]?.message).toMatch(/lost a character/);
  });
  it('drops zero-width characters, soft hyphens and control characters', () => {
    const r = clean('社会\u200B组织\u00AD工作\u0007站');
    expect(r.text).toBe('社会组织工作站');
    expect(r.report.changes.filter((c) => c.action === 'remove-char')).toHaveLength(3);
  });
  it('drops page numbers and rules as debris lines, with a warning', () => {
    for (const raw of ['- 3 -', '12', '■', '————']) {
      const r = clean(raw);
      expect(r.blank, raw).toBe(true);
      expect(r.report.warnings).toHaveLength(1);
    }
  });
  it('keeps a line of closing punctuation, which belongs to the line before', () => {
    expect(clean('。”').blank).toBe(false);
  });
  it('treats a line of only spaces or U+FFFD as blank', () => {
    expect(clean(' \uFFFD ').blank).toBe(true);
    expect(clean('').blank).toBe(true);
  });
});

describe('cleanLines', () => {
  it('numbers lines from 1 and ignores the final newline', () => {
    const lines = cleanLines('甲\n\n乙\n', createReport());
    expect(lines.map((l) => [l.no, l.text, l.blank])).toEqual([
      [1, '甲', false],
      [2, '', true],
      [3, '乙', false],
    ]);
  });
});
