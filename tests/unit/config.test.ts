/** The build's one configuration (src/lib/config.ts): defaults, overrides and one-line refusals. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/config.ts';

describe('readConfig', () => {
  it('builds the project content into dist/ for the default origin when nothing is set', () => {
    const c = readConfig({}, '/project');
    expect(c).toMatchObject({
      contentDir: '/project/content',
      outDir: 'dist',
      site: 'https://duizhao.example.org',
      base: '/',
      drafts: false,
    });
    expect(c.contentLabel('documents', 'x.mdx')).toBe('content/documents/x.mdx');
  });

  it('takes a fixture content tree, a sub-path and drafts from the environment', () => {
    const c = readConfig(
      { DUIZHAO_CONTENT: 'tests/fixtures/x/content', DUIZHAO_BASE: '/duizhao/', DUIZHAO_DRAFTS: '1', DUIZHAO_SITE: 'https://example.org' },
      '/project',
    );
    expect(c).toMatchObject({
      contentDir: '/project/tests/fixtures/x/content',
      base: '/duizhao/',
      drafts: true,
      site: 'https://example.org',
    });
    expect(c.contentLabel('anchors.yaml')).toBe('tests/fixtures/x/content/anchors.yaml');
  });

  it('names a content tree outside the project by its absolute path', () => {
    expect(readConfig({ DUIZHAO_CONTENT: '/tmp/c' }, '/project').contentLabel('sources', 'a.txt')).toBe('/tmp/c/sources/a.txt');
  });

  it('refuses a bad value in one line naming the variable', () => {
    expect(() => readConfig({ DUIZHAO_BASE: 'duizhao' }, '/p')).toThrow(/^DUIZHAO_BASE="duizhao": must start and end with “\/”/);
    expect(() => readConfig({ DUIZHAO_SITE: 'https://example.org/sub/' }, '/p')).toThrow(/^DUIZHAO_SITE=.*: must be an http\(s\) origin/);
    expect(() => readConfig({ DUIZHAO_SITE: 'ftp://example.org' }, '/p')).toThrow(/^DUIZHAO_SITE=/);
    expect(() => readConfig({ DUIZHAO_DRAFTS: 'yes' }, '/p')).toThrow(/^DUIZHAO_DRAFTS="yes"/);
  });
});
