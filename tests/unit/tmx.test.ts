import { describe, expect, it } from 'vitest';
import { exportDocument, type ExportedDocument } from '../../src/lib/export.ts';
import { toTmx } from '../../src/lib/tmx.ts';
import { escapeXmlAttribute, escapeXmlText } from '../../src/lib/xml.ts';
import { AWKWARD_EN, AWKWARD_ZH, awkwardDocument, fixtureMatcher } from '../helpers/export-fixtures.ts';
import { checkTmx, readTmx } from '../helpers/exports.ts';

const doc = (): ExportedDocument =>
  exportDocument('awkward', awkwardDocument(), { matcher: fixtureMatcher(), root: 'https://example.org/' });
const tmx = (d: ExportedDocument = doc()) => toTmx(d, { toolVersion: '1.2.3' });

describe('TMX export', () => {
  it('is a valid TMX 1.4 document whose units are the segments, text for text', () => {
    expect(checkTmx(tmx(), doc())).toEqual([]);
  });

  it('carries &, <, >, quotes, "]]>", a literal "&amp;" and outer spaces unchanged', () => {
    const p1 = readTmx(tmx()).units.find((u) => u.tuid === 'awkward#p1');
    expect(p1).toEqual({ tuid: 'awkward#p1', zh: AWKWARD_ZH, en: AWKWARD_EN });
    expect(tmx()).toContain('<seg>Going Down to the Grassroots (Xinhua; cartoon by Xu Jun)</seg>');
  });

  it('has the header a CAT tool needs: simplified Chinese source, paragraph units', () => {
    expect(tmx()).toContain(
      '<header creationtool="Duizhao" creationtoolversion="1.2.3" segtype="paragraph" o-tmf="Duizhao" adminlang="en" srclang="zh-Hans" datatype="plaintext">',
    );
    expect(tmx()).toContain('<prop type="x-version">2026-11-26</prop>');
    expect(tmx()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">\n/);
  });

  it('has one unit per segment with both texts: no unit for an empty lead, one for furniture', () => {
    expect(readTmx(tmx()).units.map((u) => u.tuid)).toEqual([
      'awkward#p1',
      'awkward#p2-1',
      'awkward#p2-2',
      'awkward#caption',
      'awkward#pullquote',
      'awkward#source',
    ]);
  });

  it('keeps translator’s notes and the kind of unit as notes and props before the variants', () => {
    expect(tmx()).toContain(
      [
        '    <tu tuid="awkward#p1">',
        '      <prop type="x-kind">paragraph</prop>',
        '      <note>Translator’s note on “引号”: A note with &lt;angle brackets&gt; &amp; an ampersand.</note>',
        '      <tuv xml:lang="zh-Hans"><seg>',
      ].join('\n'),
    );
  });

  it('round-trips a carriage return, a tab and a character outside the BMP', () => {
    const d = doc();
    d.segments[0] = { ...d.segments[0]!, zh: '𠀀甲\r\n乙\t丙', en: 'A\rB' };
    expect(checkTmx(tmx(d), d)).toEqual([]);
  });

  it('refuses, naming the segment, text that XML cannot carry', () => {
    const d = doc();
    d.segments[0] = { ...d.segments[0]!, en: 'bell\u0007' };
    expect(() => tmx(d)).toThrow('awkward, segment p1: U+0007 cannot be written in XML');
    d.segments[0] = { ...d.segments[0], en: 'half a pair \uD800.' };
    expect(() => tmx(d)).toThrow('U+D800');
  });
});

describe('XML escaping', () => {
  it('escapes markup in text and also quotes and whitespace in attributes', () => {
    expect(escapeXmlText(`a&b<c>"d"'e'`)).toBe(`a&amp;b&lt;c&gt;"d"'e'`);
    expect(escapeXmlAttribute('x"y\tz\n&')).toBe('x&quot;y&#9;z&#10;&amp;');
  });
});

describe('the TMX check', () => {
  // The checker must catch what a CAT tool would choke on, or the tests above prove nothing.
  const broken = (from: string | RegExp, to: string) => checkTmx(tmx().replace(from, to), doc());

  it('catches a missing header attribute, a wrong version and an unknown segtype', () => {
    expect(broken(' o-tmf="Duizhao"', '')).toContain('<header> lacks o-tmf');
    expect(broken('<tmx version="1.4">', '<tmx version="1.1">')).toContain('<tmx version="1.1">, expected 1.4');
    expect(broken('segtype="paragraph"', 'segtype="clause"')).toContain('<header segtype="clause"> is not a TMX segtype');
  });

  it('catches a variant without a language, a missing English variant and misordered children', () => {
    expect(broken('<tuv xml:lang="zh-Hans"><seg>下基层', '<tuv><seg>下基层')).toEqual(
      expect.arrayContaining([expect.stringMatching(/<tuv> without xml:lang/)]),
    );
    expect(broken(/<tuv xml:lang="en"><seg>Going[^\n]*\n/, '')).toContain('tu awkward#caption: no en variant');
    expect(broken('<prop type="x-kind">caption</prop>', '')).toEqual([]);
    expect(
      broken(
        '<tu tuid="awkward#caption">\n      <prop type="x-kind">caption</prop>',
        '<tu tuid="awkward#caption">\n      <tuv xml:lang="fr"><seg>x</seg></tuv><prop type="x-kind">caption</prop>',
      ),
    ).toContain('tu awkward#caption: <prop> out of place (notes and props first, then variants)');
  });

  it('catches text that differs from the segment and markup that is not well-formed', () => {
    expect(broken('&amp;B&lt;C&gt;', '&amp;B&lt;c&gt;')[0]).toMatch(/^awkward#p1: zh-Hans “.*”, expected “/);
    expect(broken('&amp;B&lt;C&gt;', '&B<C>')[0]).toMatch(/^not well-formed XML/);
  });
});
