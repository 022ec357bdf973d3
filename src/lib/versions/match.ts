/**
 * Which article of one text of a document is which article of the next (a law as adopted and as
 * amended): derived from the texts, overridable by the editor. Pure: segments in, a list of
 * correspondences out, each with what the amendment did to it.
 *
 * The units matched are a text's *blocks*: each article with everything in it (its paragraphs,
 * items, sub-items), and each node outside an article (题注 lines, a 目录, chapter and section
 * headings; in a text without articles, every node). A block is compared by its Chinese with its
 * printed number taken off, so 第五条　X and 第六条　X are the same text.
 *
 * Derivation, in this order:
 * 1. The editor's `correspondence` (`{ from: [old ids], to: [new ids] }`) is taken as given.
 * 2. Pairs of blocks of the same kind whose similarity is at least MATCH_THRESHOLD are paired
 *    greedily, most similar first (ties: same id, then nearer position). Similarity is the Dice
 *    coefficient of the two texts' sets of character bigrams: 2|A∩B| / (|A|+|B|).
 * 3. A block left over whose id and kind equal one left over on the other side is paired when
 *    their similarity is at least SAME_ID_THRESHOLD (an article rewritten in place).
 * 4. A new block left over whose bigrams lie mostly (CONTAINED_THRESHOLD) inside one old block
 *    that is already paired joins that pair: the old article was split. Likewise an old block
 *    left over that lies inside a paired new block: the old articles were merged.
 * 5. What is still left over was added (new) or deleted (old).
 *
 * Same id alone is not identity: an earlier text's ids are its own anchors, numbered as it was
 * (its art6 is its 第六条), so after an insertion the new art6 is another article.
 */
import type { Segment } from '../segment-schema.ts';
import { buildTree, subtree, type TreeNode } from '../structure/tree.ts';

/** Dice similarity at or above which two blocks are the same provision (amended or not). */
export const MATCH_THRESHOLD = 0.5;
/** Dice similarity at or above which two blocks with the same id are the same provision rewritten. */
export const SAME_ID_THRESHOLD = 0.25;
/** Share of a block's bigrams found in another block at or above which it is a part of it (split, merged). */
export const CONTAINED_THRESHOLD = 0.7;

export type ChangeKind = 'unchanged' | 'amended' | 'renumbered' | 'added' | 'deleted' | 'split' | 'merged';

/** A block: an article with its subtree, or a node outside articles. */
export interface Block {
  id: string;
  kind: Segment['kind'];
  /** The number as printed (第五条), or the number; undefined for unnumbered blocks. */
  printed: string | undefined;
  /** The block's Chinese, each node of it on its own line. */
  zh: string;
  /** The block's English, each node of it on its own line. */
  en: string;
  /** The block's Chinese without spaces and without its printed number: what is compared. */
  body: string;
}

/** One correspondence between the blocks of the old text and the new. */
export interface Correspondence {
  change: ChangeKind;
  /** Old blocks' ids (empty when added). */
  from: string[];
  /** New blocks' ids (empty when deleted). */
  to: string[];
  /** Whether the Chinese text differs (numbers aside). */
  textChanged: boolean;
  /** Whether the printed number differs (第五条 → 第六条). */
  renumbered: boolean;
  /** Similarity of the texts (numbers aside), 0–1; 1 for a block added or deleted. */
  similarity: number;
  /** Set when an editor's `correspondence` said so rather than the texts. */
  override?: true;
}

export interface Override {
  from: readonly string[];
  to: readonly string[];
}

const SPACE = /[\s\u3000]/g;

function isBlockRoot(node: TreeNode): boolean {
  if (node.kind === 'article') return true;
  for (let p = node.parent; p; p = p.parent) if (p.kind === 'article') return false;
  return true;
}

/** The blocks of a text in reading order. */
export function blocks(segments: readonly Segment[]): Block[] {
  const tree = buildTree(segments);
  return tree.nodes.filter(isBlockRoot).map((node) => {
    // An article's nodes; a node outside articles stands alone (its children are blocks of their own).
    const nodes = node.kind === 'article' ? subtree(node) : [node];
    const s = node.segment;
    const zh = nodes.map((n) => n.segment.zh.trim()).filter(Boolean);
    const en = nodes.map((n) => n.segment.en.trim()).filter(Boolean);
    const flat = zh.join('').replace(SPACE, '');
    const printed = s.printed ?? (s.number === undefined ? undefined : String(s.number));
    const body = s.printed && flat.startsWith(s.printed.replace(SPACE, '')) ? flat.slice(s.printed.replace(SPACE, '').length) : flat;
    return { id: s.id, kind: s.kind, printed, zh: zh.join('\n'), en: en.join('\n'), body };
  });
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text); // code points: a supplementary-plane character is one
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i] as string}${chars[i + 1] as string}`);
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/** Dice coefficient of two texts' character-bigram sets (1 for two equal texts, 0 for nothing shared). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.size + B.size === 0) return 1;
  return (2 * overlap(A, B)) / (A.size + B.size);
}

/** The share of `part`'s bigrams found in `whole` (1 when part lies entirely inside whole). */
export function containment(part: string, whole: string): number {
  const P = bigrams(part);
  if (P.size === 0) return 0;
  return overlap(P, bigrams(whole)) / P.size;
}

/**
 * The correspondences between an old text and the next, in the new text's order, each deleted
 * block placed after the block that preceded it in the old text.
 */
export function matchVersions(
  oldSegments: readonly Segment[],
  newSegments: readonly Segment[],
  overrides: readonly Override[] = [],
): Correspondence[] {
  const olds = blocks(oldSegments);
  const news = blocks(newSegments);
  const oldIndex = new Map(olds.map((b, i) => [b.id, i]));
  const newIndex = new Map(news.map((b, i) => [b.id, i]));
  // Groups of old and new block indexes; a block belongs to at most one group.
  const groups: { from: number[]; to: number[]; override?: true }[] = [];
  const oldGroup = new Map<number, (typeof groups)[number]>();
  const newGroup = new Map<number, (typeof groups)[number]>();
  const add = (from: number[], to: number[], override?: true) => {
    const g = override ? { from, to, override } : { from, to };
    groups.push(g);
    for (const i of from) oldGroup.set(i, g);
    for (const j of to) newGroup.set(j, g);
    return g;
  };

  // 1. The editor's word. Ids that are not blocks (a paragraph inside an article) name their article.
  const blockOf = (segments: readonly Segment[], index: Map<string, number>, id: string): number | undefined => {
    if (index.has(id)) return index.get(id);
    const byId = new Map(segments.map((s) => [s.id, s]));
    for (let s = byId.get(id); s; s = s.parent === undefined ? undefined : byId.get(s.parent)) if (index.has(s.id)) return index.get(s.id);
    return undefined;
  };
  for (const o of overrides) {
    const from = [...new Set(o.from.flatMap((id) => blockOf(oldSegments, oldIndex, id) ?? []))].filter((i) => !oldGroup.has(i));
    const to = [...new Set(o.to.flatMap((id) => blockOf(newSegments, newIndex, id) ?? []))].filter((j) => !newGroup.has(j));
    if (from.length > 0 || to.length > 0) add(from, to, true);
  }

  // 2. Similar blocks of the same kind, most similar first.
  const pairs: { i: number; j: number; score: number; sameId: boolean; distance: number }[] = [];
  olds.forEach((o, i) => {
    if (oldGroup.has(i)) return;
    news.forEach((n, j) => {
      if (newGroup.has(j) || o.kind !== n.kind) return;
      const score = similarity(o.body, n.body);
      pairs.push({ i, j, score, sameId: o.id === n.id, distance: Math.abs(i - j) });
    });
  });
  pairs.sort((a, b) => b.score - a.score || Number(b.sameId) - Number(a.sameId) || a.distance - b.distance);
  for (const p of pairs) {
    if (p.score < MATCH_THRESHOLD) break;
    if (!oldGroup.has(p.i) && !newGroup.has(p.j)) add([p.i], [p.j]);
  }
  // 3. Same id, rewritten in place.
  for (const p of pairs) {
    if (p.sameId && p.score >= SAME_ID_THRESHOLD && !oldGroup.has(p.i) && !newGroup.has(p.j)) add([p.i], [p.j]);
  }
  // 4. Parts of a paired block: splits and merges.
  news.forEach((n, j) => {
    if (newGroup.has(j)) return;
    let best: { i: number; c: number } | undefined;
    olds.forEach((o, i) => {
      const g = oldGroup.get(i);
      if (!g || g.override || o.kind !== n.kind) return;
      const c = containment(n.body, o.body);
      if (c >= CONTAINED_THRESHOLD && (!best || c > best.c)) best = { i, c };
    });
    const g = best && oldGroup.get(best.i);
    if (g && g.from.length === 1) {
      g.to.push(j);
      newGroup.set(j, g);
    }
  });
  olds.forEach((o, i) => {
    if (oldGroup.has(i)) return;
    let best: { j: number; c: number } | undefined;
    news.forEach((n, j) => {
      const g = newGroup.get(j);
      if (!g || g.override || o.kind !== n.kind) return;
      const c = containment(o.body, n.body);
      if (c >= CONTAINED_THRESHOLD && (!best || c > best.c)) best = { j, c };
    });
    const g = best && newGroup.get(best.j);
    if (g && g.to.length === 1) {
      g.from.push(i);
      oldGroup.set(i, g);
    }
  });
  // 5. Added and deleted.
  news.forEach((_, j) => {
    if (!newGroup.has(j)) add([], [j]);
  });
  olds.forEach((_, i) => {
    if (!oldGroup.has(i)) add([i], []);
  });

  // In the new text's order; a group without new blocks after the group of the old block before it.
  for (const g of groups) {
    g.from.sort((a, b) => a - b);
    g.to.sort((a, b) => a - b);
  }
  const ordered = groups.filter((g) => g.to.length > 0).sort((a, b) => (a.to[0] as number) - (b.to[0] as number));
  const deleted = groups.filter((g) => g.to.length === 0).sort((a, b) => (a.from[0] as number) - (b.from[0] as number));
  for (const g of deleted) {
    const first = g.from[0] as number;
    // After the group holding the nearest earlier old block, or first of all.
    let at = 0;
    for (let i = first - 1; i >= 0; i -= 1) {
      const before = oldGroup.get(i);
      if (before && before !== g) {
        at = ordered.indexOf(before) + 1;
        break;
      }
    }
    ordered.splice(at, 0, g);
  }

  return ordered.map((g) => describe(g, olds, news));
}

function describe(g: { from: number[]; to: number[]; override?: true }, olds: Block[], news: Block[]): Correspondence {
  const from = g.from.map((i) => olds[i] as Block);
  const to = g.to.map((j) => news[j] as Block);
  const oldBody = from.map((b) => b.body).join('');
  const newBody = to.map((b) => b.body).join('');
  const textChanged = oldBody !== newBody;
  const renumbered = from.length === 1 && to.length === 1 && (from[0] as Block).printed !== (to[0] as Block).printed;
  const change: ChangeKind =
    from.length === 0
      ? 'added'
      : to.length === 0
        ? 'deleted'
        : from.length > 1
          ? 'merged'
          : to.length > 1
            ? 'split'
            : renumbered
              ? 'renumbered'
              : textChanged
                ? 'amended'
                : 'unchanged';
  return {
    change,
    from: from.map((b) => b.id),
    to: to.map((b) => b.id),
    textChanged,
    renumbered,
    similarity: from.length === 0 || to.length === 0 ? 1 : similarity(oldBody, newBody),
    ...(g.override ? { override: true as const } : {}),
  };
}
