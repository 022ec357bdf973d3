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
 * with an ellipsis where the text was cut. With `words`, a cut never splits a word (for
 * English; Chinese has no spaces to cut at).
 */
export function kwic(text: string, start: number, end: number, radius: number, words = false): Kwic {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  let head = before.slice(-radius).join('');
  let tail = after.slice(0, radius).join('');
  const cutHead = before.length > radius;
  const cutTail = after.length > radius;
  if (words && cutHead && head.includes(' ')) head = head.slice(head.indexOf(' ') + 1);
  if (words && cutTail && tail.includes(' ')) tail = tail.slice(0, tail.lastIndexOf(' '));
  return { before: (cutHead ? '…' : '') + head, hit: text.slice(start, end), after: tail + (cutTail ? '…' : '') };
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
