// What reading pages load on request instead of carrying (issue 14): the glossary cards, the
// pinyin, the citations' access date, and the stylesheet linked relatively. What a reader would
// notice if these broke: a card in the wrong script or with Chinese unmarked, pinyin out of step
// with the characters, a citation dated the build day, a page without its styles from file://.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { relativeAssets } from '../../src/integrations/relative-assets.ts';
import { formatBytes } from '../../src/lib/offline.ts';
import { accessDateForms, markAccessed, PLACEHOLDER } from '../../src/lib/cite-fill.ts';
import { cardsScript, glossaryCards } from '../../src/lib/glossary-cards.ts';
import { pinyinData, pinyinScript } from '../../src/lib/pinyin-data.ts';
import { GLOSSARY } from '../helpers/export-fixtures.ts';

const ENTRY = { ...GLOSSARY[1]!, zh: '民政部', variants: ['MCA'], definition: 'The ministry (民政部) in charge of 社会组织.' };

describe('glossary cards', () => {
  it('give each entry its headword in the page’s script and mark the Chinese in its definition', () => {
    const hant = glossaryCards([ENTRY], 'hant')[ENTRY.id];
    expect(hant?.[0]).toBe('民政部');
    expect(hant?.[3]).toBe('MCA');
    expect(hant?.[4]).toEqual(['The ministry (', ['民政部'], ') in charge of ', ['社會組織'], '.']);
    expect(glossaryCards([ENTRY], 'hans')[ENTRY.id]?.[4]).toContainEqual(['社会组织']);
  });

  it('are a classic script that sets its script’s cards, and cannot end a script element', () => {
    const evil = { ...ENTRY, definition: 'Ends here </script><script>alert(1)</script>' };
    const code = cardsScript([evil], 'hans');
    expect(code).not.toContain('</script');
    const self: { duizhaoCards?: Record<string, Record<string, unknown>> } = {};
    runInNewContext(code, { self });
    runInNewContext(cardsScript([ENTRY], 'hant'), { self });
    expect(Object.keys(self.duizhaoCards ?? {})).toEqual(['hans', 'hant']);
    expect((self.duizhaoCards?.hans?.[ENTRY.id] as unknown[])[4]).toEqual([evil.definition]);
  });
});

describe('pinyin data', () => {
  it('has one reading per character of each segment, keyed by its id, and none for an empty part', () => {
    const data = pinyinData(
      [
        { id: 'p1', zh: '民政部召开座谈会。' },
        { id: 'p2', zh: '' },
      ],
      'hans',
    );
    expect(Object.keys(data)).toEqual(['p1']);
    expect(data.p1?.split(' ')).toHaveLength(Array.from('民政部召开座谈会。').length);
    expect(data.p1?.split(' ').slice(0, 3)).toEqual(['mín', 'zhèng', 'bù']);
  });

  it('is a script setting self.duizhaoPinyin', () => {
    const self: { duizhaoPinyin?: Record<string, string> } = {};
    runInNewContext(pinyinScript([{ id: 'art1', zh: '第一条' }], 'hant'), { self });
    expect(self.duizhaoPinyin?.art1).toBe('dì yī tiáo');
  });
});

describe('citations on the page', () => {
  it('mark each access date form with its index, set to the build day, so the script can put today in', () => {
    const forms = accessDateForms(PLACEHOLDER.accessed);
    const html = `accessed ${forms[0] ?? ''}; urldate = {${forms[2] ?? ''}}`;
    expect(markAccessed(html, forms, '2026-11-28')).toBe(
      'accessed <span data-accessed="0">November 28, 2026</span>; urldate = {<span data-accessed="2">2026-11-28</span>}',
    );
  });
});

describe('stylesheet links', () => {
  it('are made relative to the page, whatever the base', () => {
    const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
    expect(relativeAssets(link('/_astro/Base.x.css'), 'index.html', '/')).toBe(link('_astro/Base.x.css'));
    expect(relativeAssets(link('/duizhao/_astro/Base.x.css'), 'zh/hant/documents/a/index.html', '/duizhao/')).toBe(
      link('../../../../_astro/Base.x.css'),
    );
    // Other links are the page's own business.
    expect(relativeAssets('<a href="/_astro/x.css">', 'a/index.html', '/')).toBe('<a href="/_astro/x.css">');
  });
});

describe('offline sizes', () => {
  it('read as a reader reads them, in the interface’s number format', () => {
    expect(formatBytes(300, 'en')).toBe('1 KB');
    expect(formatBytes(12 * 1024, 'en')).toBe('12 KB');
    expect(formatBytes(0.4 * 1024 * 1024, 'en')).toBe('0.4 MB');
    expect(formatBytes(1000.5 * 1024 * 1024, 'en')).toBe('1,000.5 MB');
    expect(formatBytes(1234.5 * 1024 * 1024, 'en')).toBe('1.2 GB');
    expect(formatBytes(5 * 1024 ** 3, 'zh-Hans')).toBe('5.0 GB');
  });
});
