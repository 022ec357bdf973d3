import { describe, expect, it } from 'vitest';
import { alignSource, lineRange } from '../../src/lib/provenance.ts';

describe('alignSource', () => {
  it('counts the debris removed from OCR text', () => {
    const raw = '\uFFFD \uFFFD 7 月 1 日下午，民政\n部召开。\n\n王爱文强调';
    const r = alignSource(raw, '7月1日下午，民政部召开。王爱文强调');
    expect(r).toEqual({ ok: true, report: { replacementChars: 2, spaces: 5, lineBreaks: 3, blankLines: 1, debrisLines: [] } });
  });

  it('reports a changed character with its raw line', () => {
    const r = alignSource('第一行\n民政部召开', '第一行民政部召闻');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^raw line 2: published text “闻” differs from the source “开”/);
  });

  it('reports a character missing from the published text', () => {
    const r = alignSource('甲乙丙', '甲乙');
    expect(r.ok).toBe(false);
  });

  it('does not accept added characters', () => {
    expect(alignSource('甲乙', '甲乙丙').ok).toBe(false);
  });

  it('removes a whole line of layout debris (a page number) and lists it, but never a line of text', () => {
    const r = alignSource('第一条　甲乙\n- 7 -\n丙丁。', '第一条　甲乙丙丁。');
    expect(r).toMatchObject({ ok: true, report: { debrisLines: ['- 7 -'] } });
    expect(alignSource('第一条　甲乙\n第七页\n丙丁。', '第一条　甲乙丙丁。').ok).toBe(false);
    // A number the published text keeps is text, not debris.
    expect(alignSource('附件\n2026\n', '附件2026')).toMatchObject({ ok: true, report: { debrisLines: [] } });
  });

  it('counts the raw line right where the published text keeps line breaks', () => {
    const r = alignSource('目录\n第一章\n第二章\n第一条　甲', '目录\n第一章\n第二章\n第一条　乙');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^raw line 4:/);
  });

  it('reports the line of the raw file when the document starts further down', () => {
    // The document's text is lines 110–112 of its raw file: a change in its second line is line 111.
    const r = alignSource('第一行\n民政部召开\n第三行', '第一行民政部召闻第三行', 110);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^raw line 111:/);
  });

  it('slices 1-based inclusive line ranges', () => {
    expect(lineRange('a\nb\nc\nd', 2, 3)).toBe('b\nc');
  });
});
