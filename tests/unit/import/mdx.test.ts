/** The draft MDX: valid frontmatter in the site's format, honest placeholders, provenance comments. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/lib/front-matter.ts';
import { importSource } from '../../../src/lib/import/index.ts';
import { renderMdx } from '../../../src/lib/import/mdx.ts';
import { summarise } from '../../../src/lib/import/report.ts';
import { seedBytes, siteDocuments } from './helpers.ts';

const result = importSource(seedBytes());
const ctx = { raw: '000_81dd4d6215fba58d.txt', sha256: result.sha256, summary: summarise(result.report), warnings: result.report.warnings };
const mdx = result.documents.map((d) => renderMdx(d, ctx));
const frontmatter = (text: string): Record<string, unknown> => readFrontMatter(text, 'draft').data as Record<string, unknown>;

describe('renderMdx', () => {
  it('writes a draft with empty English, honest placeholders and the printed facts', () => {
    expect(frontmatter(mdx[1] ?? '')).toMatchObject({
      title: { zh: '七部门要求引导高校毕业生到城乡社区就业创业', en: '' },
      type: 'news-report',
      status: 'draft',
      bodies: [],
      date: { value: null, printed: '近日', inferred: false, basis: '' },
      source: { publication: null, page: null, attribution: null, raw: '000_81dd4d6215fba58d.txt', lines: [91, 287] },
      translator: '',
    });
    expect(frontmatter(mdx[0] ?? '')).toMatchObject({
      date: { printed: '7月1日下午' },
      source: { attribution: '据民政部网站', lines: [1, 89] },
    });
  });

  it("has the site's segments, flat: same ids, kinds (paragraph left implicit), Chinese, points with parent, repeats, English empty", () => {
    const site = siteDocuments();
    mdx.forEach((text, i) => {
      const segs = frontmatter(text)['segments'] as Array<Record<string, unknown>>;
      const flat = segs.flatMap((s): Array<Record<string, unknown>> => [
        s,
        ...((s['points'] as Array<Record<string, unknown>> | undefined) ?? []).map((p) => ({ ...p, kind: 'point', parent: s['id'] })),
      ]);
      expect(
        flat.map((s) => ({
          id: s['id'],
          kind: s['kind'] ?? 'paragraph',
          text: s['zh'],
          ...(s['parent'] ? { parent: s['parent'] } : {}),
          ...(s['repeats'] ? { repeats: s['repeats'] } : {}),
        })),
      ).toEqual(site[i]?.segments);
      for (const s of flat) {
        expect(s['en']).toBe('');
        expect(Object.keys(s).every((k) => ['id', 'kind', 'parent', 'number', 'printed', 'zh', 'en', 'repeats'].includes(k))).toBe(true);
      }
    });
  });

  it('keeps every Chinese string on one line and writes the line range as in the site files', () => {
    for (const text of mdx) {
      for (const line of text.split('\n').filter((l) => /^\s+zh: /.test(l))) expect(line).not.toMatch(/[>|]-?$/);
    }
    expect(mdx[0]).toContain('  lines: [1, 89]\n');
  });

  it('starts with a comment header naming the draft, the raw file, the report and this document’s warnings', () => {
    const header = (text: string): string[] =>
      text
        .split('\n')
        .slice(1)
        .filter((l) => l.startsWith('#'));
    expect(header(mdx[0] ?? '')[0]).toMatch(/^# IMPORT DRAFT .*content\/sources\/000_81dd4d6215fba58d\.txt/);
    expect(header(mdx[0] ?? '').join('\n')).toMatch(/# {3}decoded: utf-8/);
    expect(header(mdx[0] ?? '').join('\n')).toContain('No warnings for this document.');
    expect(header(mdx[1] ?? '').join('\n')).toMatch(/L281: caption attached/);
  });
});
