import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../src/lib/export.ts';
import { plainText, PLAIN_TEXT_LANGUAGES } from '../../src/lib/plain-text.ts';
import { toTraditional } from '../../src/lib/script.ts';
import { AWKWARD_EN, AWKWARD_ZH, awkwardDocument, fixtureMatcher } from '../helpers/export-fixtures.ts';
import { checkPlainText } from '../helpers/exports.ts';

const doc = () => exportDocument('awkward', awkwardDocument(), { matcher: fixtureMatcher(), root: 'https://example.org/' });

describe('plain-text export', () => {
  it.each(PLAIN_TEXT_LANGUAGES)('%s: the title, then every segment’s text after its id, in order', (lang) => {
    expect(checkPlainText(plainText(doc(), lang), doc(), lang)).toEqual([]);
  });

  it('reads as the reader expects, furniture labelled, the empty lead of p2 left out', () => {
    expect(plainText(doc(), 'zh-Hans')).toBe(
      [
        '民政部关于“第一”&<测试>的通知',
        `[p1] ${AWKWARD_ZH}`,
        '[p2-1] 一是民政部支持社会组织，民政部第一。',
        '[p2-2] 二是各地教育部门和社会组织行动。',
        '[caption] (caption) 下基层（新华社发 徐骏/作）',
        '[pullquote] (pull quote, repeats p2) 各地教育部门和社会组织行动。',
        '[source] (source line) （据民政部网站）',
      ].join('\n\n') + '\n',
    );
  });

  it('gives the traditional and English texts under the same ids', () => {
    const hant = plainText(doc(), 'zh-Hant');
    expect(hant.split('\n')[0]).toBe(toTraditional('民政部关于“第一”&<测试>的通知'));
    expect(hant).toContain(`\n[p2-2] ${toTraditional('二是各地教育部门和社会组织行动。')}\n`);
    const en = plainText(doc(), 'en');
    expect(en).toContain(`\n\n[p1] ${AWKWARD_EN}\n\n`);
    expect(en).toContain('\n\n[source] (source line) (Source: Ministry of Civil Affairs website)\n');
  });

  it('writes LF line ends only, whatever the text had', () => {
    const d = doc();
    d.segments[0] = { ...d.segments[0]!, en: 'One\r\ntwo\rthree' };
    expect(plainText(d, 'en')).toContain('[p1] One\ntwo\nthree\n\n');
  });

  it('the check catches a missing, reordered or unlabelled segment', () => {
    const text = plainText(doc(), 'en');
    expect(checkPlainText(text.replace(/\[p2-1\][^\n]*\n\n/, ''), doc(), 'en')).toContain('5 segment paragraphs, expected 6');
    expect(checkPlainText(text.replace('[p2-1]', '[p2-x]'), doc(), 'en')[0]).toMatch(/^paragraph 2: /);
    expect(checkPlainText(text.replace('(caption) ', ''), doc(), 'en')).toContain('caption: page furniture without a “(label) ”: “”');
    expect(checkPlainText(text.replace(/\n$/, ''), doc(), 'en')).toContain('does not end with exactly one newline');
  });
});
