/**
 * Keyword in context: a hit with a little text either side, so a glossary entry can list many
 * occurrences without repeating whole clauses (its page stays small as the corpus grows).
 */
export interface Kwic {
  before: string;
  hit: string;
  after: string;
}

/**
 * The text around [start, end), at most `radius` characters (code points) on each side,
 * with an ellipsis where the text was cut.
 */
export function kwic(text: string, start: number, end: number, radius: number): Kwic {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  return {
    before: (before.length > radius ? '…' : '') + before.slice(-radius).join(''),
    hit: text.slice(start, end),
    after: after.slice(0, radius).join('') + (after.length > radius ? '…' : ''),
  };
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
