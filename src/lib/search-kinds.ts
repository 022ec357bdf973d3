/**
 * What a search record is, as a Pagefind filter (`kind`): the current text's clauses carry no
 * kind at all, since a filter value on every clause made the `kind` filter file list nearly every
 * record (19 KB of a first query's download at 1,000 documents); glossary entries and earlier
 * texts are marked, and a query leaves them out with Pagefind's `none`. The records
 * (lib/search-records.ts) and the search page (scripts/search.ts) read this module.
 */
export const KIND = 'kind';
export type MarkedKind = 'glossary' | 'earlier';

/** The filter of a record of a marked kind; a current clause has none. */
export function kindOf(kind: MarkedKind): Record<string, string[]> {
  return { [KIND]: [kind] };
}

/** The query's filter for the current texts' clauses, and with `earlier` the earlier texts' too. */
export function clauseFilter(earlier: boolean): Record<string, { none: MarkedKind[] }> {
  return { [KIND]: { none: earlier ? ['glossary'] : ['glossary', 'earlier'] } };
}

/** The query's filter for glossary entries. */
export function glossaryFilter(): Record<string, string> {
  return { [KIND]: 'glossary' };
}
