/**
 * The search page's facets (document type, issuing body, year) are properties of documents, not
 * of clauses: the index carries only each clause's document (Pagefind filter `doc`), and one small
 * table, `search/facets.json`, gives every document's facet values. A query's per-document counts
 * (which Pagefind reports for `doc`) add up to the facets' counts, and a chosen facet value
 * becomes the list of documents that have it. As Pagefind filters on every clause, each facet was
 * a file listing every record (about 20 KB each of a first query's download at 1,000 documents,
 * growing with the corpus); the table grows with the number of documents only.
 *
 * Pure: the build (integrations/pagefind.ts) writes the table, the search page (scripts/search.ts) reads it.
 */
export const FACETS = ['type', 'body', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

/** What the table is made from: a document's slug and its facet values. */
export interface FacetSource {
  slug: string;
  type: string;
  bodies: readonly string[];
  year: string | undefined;
}

/** Each facet's values once, and each document's values as indexes into them (in FACETS order). */
export interface FacetTable {
  values: Record<FacetName, string[]>;
  docs: Record<string, number[][]>;
}

export function facetTable(sources: readonly FacetSource[]): FacetTable {
  const valuesOf = (s: FacetSource): Record<FacetName, string[]> => ({
    type: [s.type],
    body: [...new Set(s.bodies)],
    year: s.year === undefined ? [] : [s.year],
  });
  const values = Object.fromEntries(FACETS.map((f) => [f, [...new Set(sources.flatMap((s) => valuesOf(s)[f]))].sort()])) as Record<
    FacetName,
    string[]
  >;
  const docs: Record<string, number[][]> = {};
  for (const s of [...sources].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const own = valuesOf(s);
    docs[s.slug] = FACETS.map((f) => own[f].map((v) => values[f].indexOf(v)));
  }
  return { values, docs };
}

/** A query's counts per facet value, from its counts per document (values with no hit left out). */
export function facetCounts(table: FacetTable, perDoc: Record<string, number>): Record<FacetName, Record<string, number>> {
  const counts = { type: {}, body: {}, year: {} } as Record<FacetName, Record<string, number>>;
  for (const [slug, n] of Object.entries(perDoc)) {
    const own = table.docs[slug];
    if (!own || n <= 0) continue;
    FACETS.forEach((f, i) => {
      for (const k of own[i] ?? []) {
        const v = table.values[f][k];
        if (v !== undefined) counts[f][v] = (counts[f][v] ?? 0) + n;
      }
    });
  }
  return counts;
}

/**
 * The documents that have, for every facet with a chosen value, one of the chosen values
 * (values of one facet are alternatives; facets narrow each other); undefined when none is chosen.
 */
export function documentsMatching(table: FacetTable, chosen: Partial<Record<FacetName, readonly string[]>>): string[] | undefined {
  const active = FACETS.map((f, i) => ({ i, wanted: new Set(chosen[f] ?? []), values: table.values[f] })).filter((a) => a.wanted.size > 0);
  if (active.length === 0) return undefined;
  return Object.entries(table.docs)
    .filter(([, own]) => active.every((a) => (own[a.i] ?? []).some((k) => a.wanted.has(a.values[k] ?? ''))))
    .map(([slug]) => slug);
}
