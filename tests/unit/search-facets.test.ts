/**
 * The search page's facets (src/lib/search-facets.ts): a query's per-document counts add up to
 * counts per type, body and year, and chosen values become the documents to search. The
 * documents are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { documentsMatching, facetCounts, facetTable } from '../../src/lib/search-facets.ts';

const table = facetTable([
  { slug: 'synthetic-b', type: 'notice', bodies: ['Ministry A', 'Ministry B'], year: '2021' },
  { slug: 'synthetic-a', type: 'regulation', bodies: ['Ministry A', 'Ministry A'], year: '2020' },
  { slug: 'synthetic-c', type: 'regulation', bodies: ['Ministry B'], year: undefined },
]);

describe('search facets', () => {
  it('hold each value once and each document as indexes into them', () => {
    expect(table.values).toEqual({ type: ['notice', 'regulation'], body: ['Ministry A', 'Ministry B'], year: ['2020', '2021'] });
    expect(table.docs).toEqual({ 'synthetic-a': [[1], [0], [0]], 'synthetic-b': [[0], [0, 1], [1]], 'synthetic-c': [[1], [1], []] });
    // The order of the documents given does not change the table.
    expect(
      JSON.stringify(
        facetTable([...Object.keys(table.docs)].reverse().map((slug) => ({ slug, type: 'x', bodies: [], year: undefined }))).docs,
      ),
    ).toBe(JSON.stringify({ 'synthetic-a': [[0], [], []], 'synthetic-b': [[0], [], []], 'synthetic-c': [[0], [], []] }));
  });

  it('count a query’s clauses per value from its counts per document; a body shared by a document counts once for it', () => {
    expect(facetCounts(table, { 'synthetic-a': 3, 'synthetic-b': 2, 'synthetic-c': 0, 'synthetic-gone': 9 })).toEqual({
      type: { regulation: 3, notice: 2 },
      body: { 'Ministry A': 5, 'Ministry B': 2 },
      year: { '2020': 3, '2021': 2 },
    });
  });

  it('narrow to the documents with a chosen value: alternatives within a facet, every facet at once', () => {
    expect(documentsMatching(table, {})).toBeUndefined();
    expect(documentsMatching(table, { type: [] })).toBeUndefined();
    expect(documentsMatching(table, { type: ['regulation'] })).toEqual(['synthetic-a', 'synthetic-c']);
    expect(documentsMatching(table, { body: ['Ministry B'], year: ['2020', '2021'] })).toEqual(['synthetic-b']);
    expect(documentsMatching(table, { type: ['notice'], year: ['2020'] })).toEqual([]);
    expect(documentsMatching(table, { year: ['1999'] })).toEqual([]);
  });
});
