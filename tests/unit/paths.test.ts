import { describe, expect, it } from 'vitest';
import { parseVariantPath, relativeHref, variantPath } from '../../src/lib/paths.ts';
import { EDITIONS } from '../../src/lib/variants.ts';

describe('relative links', () => {
  it('link pages by the shortest relative path to index.html', () => {
    expect(relativeHref('', 'documents/x/')).toBe('documents/x/index.html');
    expect(relativeHref('documents/x/', '')).toBe('../../index.html');
    expect(relativeHref('hant/documents/x/', 'hant/glossary/', 'min-zheng-bu')).toBe('../../glossary/index.html#min-zheng-bu');
    expect(relativeHref('zh/hant/documents/x/', 'zh/hant/glossary/y/')).toBe('../../glossary/y/index.html');
    expect(relativeHref('documents/x/', 'documents/x/changes/', 'r-1')).toBe('changes/index.html#r-1');
    expect(relativeHref('documents/x/', 'documents/x/')).toBe('index.html');
    expect(relativeHref('about/', 'sources/a.txt')).toBe('../sources/a.txt');
    expect(relativeHref('zh/hant/about/', 'sources/a.txt')).toBe('../../../sources/a.txt');
    expect(relativeHref('documents/x/', 'documents/x.json')).toBe('../x.json');
  });

  it('resolve, from a sub-path, to the page or file they name', () => {
    const pages = [
      '',
      'about/',
      'zh/',
      'zh/hant/',
      'documents/x/',
      'documents/x/changes/',
      'zh/hant/documents/x/v/2026-11-27/',
      'hant/glossary/y/',
    ];
    const targets = [...pages, 'sources/a.txt', 'data/documents/x.json', 'documents/x/pinyin-hant.js'];
    const base = 'https://example.org/sub/';
    const url = (p: string) => base + (p === '' || p.endsWith('/') ? `${p}index.html` : p);
    for (const from of pages)
      for (const to of targets) {
        expect(new URL(relativeHref(from, to), url(from)).href).toBe(url(to));
        expect(new URL(relativeHref(from, to, 'p1'), url(from)).href).toBe(`${url(to)}#p1`);
      }
  });

  it('place a page in each edition: interface language and script are separate axes', () => {
    expect(variantPath({ ui: 'en', script: 'hant' }, 'about/')).toBe('hant/about/');
    expect(variantPath({ ui: 'en', script: 'hans' }, 'about/')).toBe('about/');
    expect(variantPath({ ui: 'zh', script: 'hans' }, 'about/')).toBe('zh/about/');
    expect(variantPath({ ui: 'zh', script: 'hant' }, '')).toBe('zh/hant/');
  });

  it('read the edition back from every path it writes', () => {
    for (const e of EDITIONS) {
      for (const page of ['', 'about/', 'documents/zh-hant-notes/', 'glossary/hantang/']) {
        const parsed = parseVariantPath(variantPath(e, page));
        expect(parsed).toEqual({ view: { ui: e.ui, script: e.script }, page });
      }
    }
  });
});
