/**
 * Layout independence: the seed's articles re-set at other column widths must import to the same
 * segments. The pages are built from the site's documents (titles and paragraphs wrapped at the
 * width, column breaks as blank lines inside paragraphs, caption and pull quote as on the page), in
 * two conventions: paragraphs separated by blank lines (as in the seed's OCR), and paragraphs
 * marked only by a full-width indent "　　" with no blank lines between them.
 */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/lib/import/index.ts';
import { flatten, rewrappedPage, siteDocuments } from './helpers.ts';

const site = siteDocuments();

describe('a page re-wrapped at other column widths', () => {
  const expected = site.map((d) => ({ title: d.title, segments: d.segments }));
  for (const width of [9, 13, 17, 24]) {
    for (const style of ['blank lines', 'full-width indents'] as const) {
      it(`width ${width}, paragraphs marked by ${style}: same documents and segments`, () => {
        const text = rewrappedPage(site, width, style);
        const result = importSource(new TextEncoder().encode(text));
        expect(result.layout.width).toBe(width);
        expect(flatten(result)).toEqual(expected);
      });
    }
  }

  it('reports the inserted column breaks as column breaks', () => {
    const result = importSource(new TextEncoder().encode(rewrappedPage(site, 9, 'blank lines')));
    expect(result.report.changes.filter((c) => c.action === 'column-break').length).toBeGreaterThan(10);
  });
});
