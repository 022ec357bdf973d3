import { describe, expect, it } from 'vitest';
import { parseVariantPath, relativeHref, variantPath } from '../../src/lib/paths.ts';
import { EDITIONS } from '../../src/lib/variants.ts';

describe('relative links', () => {
  it('link pages by relative paths to index.html', () => {
    expect(relativeHref('', 'documents/x/')).toBe('documents/x/index.html');
    expect(relativeHref('documents/x/', '')).toBe('../../index.html');
    expect(relativeHref('hant/documents/x/', 'hant/glossary/', 'min-zheng-bu')).toBe('../../../hant/glossary/index.html#min-zheng-bu');
    expect(relativeHref('about/', 'sources/a.txt')).toBe('../sources/a.txt');
    expect(relativeHref('zh/hant/about/', 'sources/a.txt')).toBe('../../../sources/a.txt');
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
