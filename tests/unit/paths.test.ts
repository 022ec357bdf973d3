import { describe, expect, it } from 'vitest';
import { otherVariantPath, relativeHref, variantPath } from '../../src/lib/paths.ts';

describe('relative links', () => {
  it('link pages by relative paths to index.html', () => {
    expect(relativeHref('', 'documents/x/')).toBe('documents/x/index.html');
    expect(relativeHref('documents/x/', '')).toBe('../../index.html');
    expect(relativeHref('hant/documents/x/', 'hant/glossary/', 'min-zheng-bu')).toBe('../../../hant/glossary/index.html#min-zheng-bu');
    expect(relativeHref('about/', 'sources/a.txt')).toBe('../sources/a.txt');
  });

  it('map pages between scripts', () => {
    expect(variantPath('hant', 'about/')).toBe('hant/about/');
    expect(variantPath('hans', 'about/')).toBe('about/');
    expect(otherVariantPath('hant/about/')).toBe('about/');
    expect(otherVariantPath('')).toBe('hant/');
  });
});
