/**
 * Cross-references between nodes, across the corpus: which phrase of a node's Chinese points at
 * which node (本法第十条, 前款, 《……条例》第二十一条), and for every node what cites it. Targets are
 * found by walking each document's tree by number (article, paragraph, item, sub-item), never by
 * spelling an id, and a reference to a node that does not exist is not linked. Pure: the build
 * passes in the published documents (src/data/structure.ts).
 */
import type { Segment } from '../segment-schema.ts';
import { findCrossRefs, type RefTarget } from './crossrefs.ts';
import { pinpoint } from './pinpoint.ts';
import { buildTree, enclosing, type DocumentTree, type TreeNode } from './tree.ts';

export interface CorpusDocument {
  slug: string;
  titleZh: string;
  segments: readonly Segment[];
}

export interface NodeRef {
  slug: string;
  id: string;
}

/** A linked phrase of a node's (simplified) Chinese: UTF-16 offsets and the node it names. */
export interface NodeLink {
  start: number;
  end: number;
  target: NodeRef;
}

/** A node that cites another, with its short pinpoint for the “cited by” list. */
export interface Citing extends NodeRef {
  pinpoint: string;
  /** The same in Chinese (第十条第二款), for the Chinese interface. */
  pinpointZh: string;
}

export interface CorpusLinks {
  /** slug → node id → the links in that node's Chinese. */
  out: ReadonlyMap<string, ReadonlyMap<string, readonly NodeLink[]>>;
  /** "slug#id" → the nodes citing it, in corpus order. */
  in: ReadonlyMap<string, readonly Citing[]>;
}

/** The title as cross-references quote it: without 《》. */
const bare = (title: string) => title.replace(/^《|》$/g, '');

/** The node a target names in a tree: the article by number, then paragraph, item, sub-item within it. */
export function resolveTarget(tree: DocumentTree, t: RefTarget): TreeNode | undefined {
  const article = tree.nodes.find((n) => {
    if (n.kind !== 'article' || n.segment.number !== t.article) return false;
    const inserted = /之([一二三四五六七八九十])$/.exec(n.segment.printed ?? '');
    const addendum = inserted ? '一二三四五六七八九十'.indexOf(inserted[1] ?? '') + 1 : undefined;
    return addendum === t.addendum;
  });
  if (!article) return undefined;
  const child = (parent: TreeNode, kind: TreeNode['kind'], n: number | undefined) =>
    n === undefined ? parent : parent.children.find((c) => c.kind === kind && c.segment.number === n);
  const paragraphs = article.children.some((c) => c.kind === 'paragraph');
  // In an article of one paragraph, “第一款” is the article itself and its items are its children.
  let at: TreeNode | undefined = paragraphs ? child(article, 'paragraph', t.paragraph) : (t.paragraph ?? 1) === 1 ? article : undefined;
  if (!at) return undefined;
  if (t.item !== undefined) at = child(at, 'item', t.item);
  if (at && t.subitem !== undefined) at = child(at, 'subitem', t.subitem);
  return at;
}

export function corpusLinks(docs: readonly CorpusDocument[]): CorpusLinks {
  const trees = new Map(docs.map((d) => [d.slug, buildTree(d.segments)]));
  const titles = new Map(docs.map((d) => [bare(d.titleZh), d.slug]));
  const out = new Map<string, Map<string, NodeLink[]>>();
  const into = new Map<string, Citing[]>();
  for (const doc of docs) {
    const tree = trees.get(doc.slug);
    if (!tree) continue;
    const perNode = new Map<string, NodeLink[]>();
    for (const node of tree.nodes) {
      if (node.segment.zh.trim() === '') continue;
      const article = enclosing(node, ['article']);
      const paragraph = enclosing(node, ['paragraph']);
      const item = enclosing(node, ['item']);
      const refs = findCrossRefs(node.segment.zh, {
        ...(article?.segment.number !== undefined ? { article: article.segment.number } : {}),
        ...(paragraph && article ? { paragraph: paragraph.segment.number ?? 1 } : article ? { paragraph: 1 } : {}),
        ...(item?.segment.number !== undefined ? { item: item.segment.number } : {}),
        ...(node.segment.printed !== undefined ? { printed: node.segment.printed } : {}),
        corpus: titles,
      });
      const links: NodeLink[] = [];
      for (const ref of refs) {
        // A phrase naming several clauses (前两款, 第十条至第十二条) links to the first; all are cited.
        const targets = ref.targets.flatMap((t) => {
          const slug = t.doc ?? doc.slug;
          const target = trees.get(slug);
          const found = target ? resolveTarget(target, t) : undefined;
          return found && !(slug === doc.slug && found.id === node.id) ? [{ slug, id: found.id }] : [];
        });
        const first = targets[0];
        if (!first) continue;
        links.push({ start: ref.start, end: ref.end, target: first });
        for (const t of targets) {
          const key = `${t.slug}#${t.id}`;
          const list = into.get(key) ?? [];
          if (!list.some((c) => c.slug === doc.slug && c.id === node.id)) {
            const at = pinpoint(node);
            list.push({ slug: doc.slug, id: node.id, pinpoint: at.text, pinpointZh: at.zh || node.id });
          }
          into.set(key, list);
        }
      }
      if (links.length > 0) perNode.set(node.id, links);
    }
    out.set(doc.slug, perNode);
  }
  return { out, in: into };
}
