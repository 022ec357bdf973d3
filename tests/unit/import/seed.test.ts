/**
 * Acceptance: importing the seed page reproduces the site's hand-made documents exactly: the same
 * documents and titles, and paragraph by paragraph the same ids, kinds and Chinese text (points,
 * attribution, caption and pull quote included). The expected values are read from the parsed
 * frontmatter of content/documents/*.mdx, so the test follows the site's files, not a copy.
 */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/lib/import/index.ts';
import { toJson } from '../../../src/lib/import/json.ts';
import { flatten, seedBytes, siteDocuments } from './helpers.ts';

const result = importSource(seedBytes());
const imported = flatten(result);
const site = siteDocuments();

describe('importing the seed page', () => {
  it('finds the site documents, one per article, with their titles, in printed order', () => {
    expect(site).toHaveLength(2);
    expect(imported.map((d) => d.title)).toEqual(site.map((d) => d.title));
  });

  for (const [i, doc] of site.entries()) {
    describe(doc.file, () => {
      const got = imported[i]?.segments ?? [];
      it('has the same segment ids in the same order', () => {
        expect(got.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
      });
      for (const [k, want] of doc.segments.entries()) {
        it(`segment ${want.id} (${want.kind}) matches exactly`, () => {
          expect(got[k]).toEqual(want);
        });
      }
      it('has the site line range, attribution and printed date phrase', () => {
        const d = result.documents[i];
        expect(d?.lines).toEqual(doc.lines);
        expect(d?.attribution).toEqual(doc.attribution);
        expect(d?.datePrinted).toEqual(doc.printed);
      });
    });
  }

  it('labels the cartoon caption (keeping the credit space) and the pull quote, not merging them into paragraphs', () => {
    const second = imported[1]?.segments ?? [];
    expect(second.find((s) => s.kind === 'caption')).toEqual({ id: 'caption', kind: 'caption', text: '下基层（新华社发 徐骏/作）' });
    const pq = second.find((s) => s.kind === 'pullquote');
    expect(pq?.repeats).toBe('m4');
    expect(second.find((s) => s.id === 'm4')?.text.endsWith(pq?.text ?? '?')).toBe(true);
  });

  it('reports the changes it made and warns only about the caption placement', () => {
    const actions = new Set(result.report.changes.map((c) => c.action));
    for (const a of [
      'remove-indent',
      'remove-space',
      'join',
      'column-break',
      'paragraph-break',
      'title',
      'attribution',
      'caption',
      'pullquote',
      'point',
    ]) {
      expect(actions).toContain(a);
    }
    expect(result.report.changes.filter((c) => c.action === 'column-break').map((c) => c.line)).toEqual([20, 38, 55, 73, 136, 204, 231]);
    expect(result.report.warnings.map((w) => w.line)).toEqual([281]);
  });

  it('gives the --json shape: flat segments, points with parent after their lead', () => {
    const json = toJson(result);
    const first = json.documents[0];
    expect(first?.segments.slice(2, 7).map((s) => [s.id, s.kind, s.parent])).toEqual([
      ['p3', 'paragraph', undefined],
      ['p3-1', 'point', 'p3'],
      ['p3-2', 'point', 'p3'],
      ['p3-3', 'point', 'p3'],
      ['p3-4', 'point', 'p3'],
    ]);
    expect(JSON.parse(JSON.stringify(json))).toMatchObject({
      documents: [{ title: site[0]?.title }, { title: site[1]?.title }],
      warnings: [{ line: 281 }],
    });
  });
});
