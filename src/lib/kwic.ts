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

/** A document's share of a sample: the first items of its group, and how many it has in all. */
export interface SampleGroup<T> {
  items: T[];
  total: number;
}

/**
 * A bounded sample of items grouped by a key, in their order: the first `groups` groups, each with
 * its first `perGroup` items. A glossary entry lists its occurrences this way, so its page has a
 * size that does not grow with the corpus (the search finds every occurrence).
 */
export function sampleGroups<T>(
  items: readonly T[],
  key: (item: T) => string,
  groups: number,
  perGroup: number,
): { groups: SampleGroup<T>[]; groupCount: number } {
  const byKey = new Map<string, SampleGroup<T>>();
  for (const item of items) {
    const k = key(item);
    let g = byKey.get(k);
    if (!g) {
      g = { items: [], total: 0 };
      byKey.set(k, g);
    }
    g.total += 1;
    if (g.items.length < perGroup && byKey.size <= groups) g.items.push(item);
  }
  return { groups: [...byKey.values()].slice(0, groups), groupCount: byKey.size };
}
