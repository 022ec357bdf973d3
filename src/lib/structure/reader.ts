/**
 * What the reading page needs from a document's tree, prepared once per document: each node's
 * pinpoint and margin label, the outline of its headings, how far the translation is, and the
 * labels of page furniture. Pure: the page passes in the segments and the anchor aliases.
 */
import type { Segment } from '../segment-schema.ts';
import { translationStatus } from '../segments.ts';
import { NODE_KINDS } from './kinds.ts';
import { pinpoint, type Pinpoint } from './pinpoint.ts';
import { chineseNumeral } from './numerals.ts';
import type { Citing, NodeLink, NodeRef } from './links.ts';
import { buildTree, subtree, type DocumentTree, type TreeNode } from './tree.ts';
import type { UiLang } from '../i18n/index.ts';

export interface OutlineEntry {
  id: string;
  /** The heading as printed (Chinese) and translated. */
  zh: string;
  en: string;
  /** Nesting depth in the outline, 0 at the top. */
  depth: number;
  /** Articles under this heading, first and last number, for “arts. 1–8”. */
  articles?: [number, number] | undefined;
}

export interface TranslationProgress {
  /** What is counted: articles in a law, otherwise segments. */
  unit: 'articles' | 'segments';
  done: number;
  total: number;
}

export interface ReaderContext {
  tree: DocumentTree;
  aliases: ReadonlyMap<string, readonly string[]>;
  pinpoints: ReadonlyMap<string, Pinpoint>;
  pinpointOf: (node: TreeNode) => Pinpoint;
  /** What the number in the margin shows: “Art. 21” (第21条 in a Chinese interface), “(2)”, “(iii)”, or the id. */
  marginLabel: (node: TreeNode, ui?: UiLang) => string;
  /** A label above page furniture and formal parts (“Source line”, 发文字号); undefined for running text. Simplified script. */
  furnitureLabel: (node: TreeNode, ui?: UiLang) => string | undefined;
  outline: OutlineEntry[];
  progress: TranslationProgress;
  /** The cross-references in a node's Chinese, as links from this page. */
  linksOf: (node: TreeNode) => { start: number; end: number; href: string }[];
  /** The nodes that cite this one, with links from this page (labels in simplified script in a Chinese interface). */
  citedBy: (node: TreeNode, ui?: UiLang) => { href: string; label: string; sameDocument: boolean }[];
  /** Where a revision of a segment (by its date) is described: its entry in the changelog; undefined without one. */
  revisionHref: (id: string, date: string) => string | undefined;
}

/** Where the page's cross-references come from, and how it links to a node. */
export interface ReaderLinks {
  slug: string;
  out: ReadonlyMap<string, readonly NodeLink[]>;
  in: ReadonlyMap<string, readonly Citing[]>;
  /** The href of a node from this page (a fragment in the same document). */
  href: (ref: NodeRef) => string;
  /** How another document is named in a “cited by” list, in the interface's language. */
  titleOf: (slug: string, ui: UiLang) => string;
  /** The href of a revision's entry in the document's changelog (routes.documentChanges, revisionAnchor). */
  revision?: (id: string, date: string) => string;
}

const NO_LINKS: ReaderLinks = { slug: '', out: new Map(), in: new Map(), href: (r) => `#${r.id}`, titleOf: (s) => s };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A node and what it contains count as translated only when every part of it is. */
function translated(node: TreeNode): boolean {
  return subtree(node).every((n) => translationStatus(n.segment) !== 'none' || n.segment.zh.trim() === '');
}

export function translationProgress(tree: DocumentTree): TranslationProgress {
  const articles = tree.nodes.filter((n) => n.kind === 'article');
  if (articles.length > 0) return { unit: 'articles', done: articles.filter(translated).length, total: articles.length };
  const all = tree.nodes.filter((n) => n.segment.zh.trim() !== '');
  return { unit: 'segments', done: all.filter((n) => translationStatus(n.segment) !== 'none').length, total: all.length };
}

function articleRange(node: TreeNode): [number, number] | undefined {
  const numbers = subtree(node)
    .filter((n) => n.kind === 'article')
    .map((n) => n.segment.number ?? 0);
  const first = numbers[0];
  const last = numbers.at(-1);
  return first === undefined || last === undefined ? undefined : [first, last];
}

export function outline(tree: DocumentTree): OutlineEntry[] {
  const depthOf = (n: TreeNode): number => {
    let d = 0;
    for (let p = n.parent; p; p = p.parent) if (NODE_KINDS[p.kind].heading) d += 1;
    return d;
  };
  return tree.nodes
    .filter((n) => NODE_KINDS[n.kind].heading)
    .map((n) => ({ id: n.id, zh: n.segment.zh, en: n.segment.en, depth: depthOf(n), articles: articleRange(n) }));
}

export function readerContext(
  segments: readonly Segment[],
  aliases: ReadonlyMap<string, readonly string[]>,
  links: ReaderLinks = NO_LINKS,
): ReaderContext {
  const tree = buildTree(segments);
  const pinpoints = new Map(tree.nodes.map((n) => [n.id, pinpoint(n)]));
  const pinpointOf = (node: TreeNode) => pinpoints.get(node.id) ?? pinpoint(node);
  return {
    tree,
    aliases,
    pinpoints,
    pinpointOf,
    revisionHref: (id, date) => links.revision?.(id, date),
    marginLabel(node, ui = 'en') {
      const p = pinpointOf(node);
      switch (node.kind) {
        case 'article':
          return ui === 'zh' ? `第${String(node.segment.number ?? 0)}条` : p.text.replace(/^art\. /, 'Art. ');
        case 'paragraph':
        case 'item':
        case 'subitem':
          if (p.label !== 'article') return node.id;
          // A Chinese reader numbers items as the law prints them: （三）, not (iii).
          if (ui === 'zh' && node.kind === 'item') return `（${chineseNumeral(node.segment.number ?? 0)}）`;
          // Within its article, only the last step: “(2)”, “(iii)”.
          return /(\([^()]*\))$/.exec(p.locator)?.[1] ?? node.id;
        default:
          return node.id;
      }
    },
    furnitureLabel(node, ui = 'en') {
      const info = NODE_KINDS[node.kind];
      return info.furniture ? (ui === 'zh' ? info.zh : capitalise(info.en)) : undefined;
    },
    outline: outline(tree),
    progress: translationProgress(tree),
    linksOf(node) {
      return (links.out.get(node.id) ?? []).map((l) => ({ start: l.start, end: l.end, href: links.href(l.target) }));
    },
    citedBy(node, ui = 'en') {
      return (links.in.get(`${links.slug}#${node.id}`) ?? []).map((c) => {
        const sameDocument = c.slug === links.slug;
        const at = ui === 'zh' ? c.pinpointZh : c.pinpoint;
        const label = sameDocument ? at : ui === 'zh' ? `${links.titleOf(c.slug, ui)}${at}` : `${links.titleOf(c.slug, ui)}, ${at}`;
        return { href: links.href(c), label, sameDocument };
      });
    },
  };
}
