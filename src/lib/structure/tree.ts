/**
 * The document tree, built from the flat list of segments (each names its parent), and the rules
 * of its shape: parents come first, a kind nests only where the kind table allows, numbered
 * kinds carry their number, `printed` is what the Chinese starts with, siblings count up.
 * Everything that needs structure (the reader, pinpoints, search records, exports) walks this.
 */
import type { Segment } from '../segment-schema.ts';
import { NODE_KINDS, type NodeKind } from './kinds.ts';

export interface TreeNode {
  readonly segment: Segment;
  readonly id: string;
  readonly kind: NodeKind;
  readonly parent: TreeNode | undefined;
  readonly children: TreeNode[];
  /** Position in reading order. */
  readonly index: number;
}

export interface DocumentTree {
  readonly roots: readonly TreeNode[];
  readonly byId: ReadonlyMap<string, TreeNode>;
  /** Every node in reading order. */
  readonly nodes: readonly TreeNode[];
}

/** Builds the tree. A parent that does not exist (checkTree reports it) makes a node a root. */
export function buildTree(segments: readonly Segment[]): DocumentTree {
  const byId = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  const nodes: TreeNode[] = [];
  segments.forEach((segment, index) => {
    const parent = segment.parent === undefined ? undefined : byId.get(segment.parent);
    const node: TreeNode = { segment, id: segment.id, kind: segment.kind, parent, children: [], index };
    if (!byId.has(segment.id)) byId.set(segment.id, node);
    nodes.push(node);
    (parent ? parent.children : roots).push(node);
  });
  return { roots, byId, nodes };
}

/** The node and its ancestors, outermost first. */
export function path(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  for (let n: TreeNode | undefined = node; n; n = n.parent) out.unshift(n);
  return out;
}

/** The nearest enclosing node of one of the kinds (the node itself included). */
export function enclosing(node: TreeNode, kinds: readonly NodeKind[]): TreeNode | undefined {
  for (let n: TreeNode | undefined = node; n; n = n.parent) if (kinds.includes(n.kind)) return n;
  return undefined;
}

/** The node and everything inside it, in reading order. */
export function subtree(node: TreeNode): TreeNode[] {
  return [node, ...node.children.flatMap(subtree)];
}

/** Spaces of every width, which printed numbers and headings are set with (第一章　总　　则). */
const SPACES = /[\s\u3000]/g;

/** Headings of the text (part, chapter, section, policy headings, attachments), for the outline. */
export function headings(tree: DocumentTree): TreeNode[] {
  return tree.nodes.filter((n) => NODE_KINDS[n.kind].heading);
}

export interface TreeProblem {
  segment: string;
  message: string;
}

/** “a chapter”, “an item”. */
const a = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** The rules of the tree's shape; problems name the segment. */
export function checkTree(segments: readonly Segment[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Map<string, Segment>();
  /** Last number seen among a parent's children of each kind, to check that siblings count up. */
  const lastNumber = new Map<string, number>();
  for (const s of segments) {
    const info = NODE_KINDS[s.kind];
    let parentKind: NodeKind | 'root' = 'root';
    if (s.parent !== undefined) {
      const parent = seen.get(s.parent);
      if (!parent) {
        problems.push({
          segment: s.id,
          message: segments.some((t) => t.id === s.parent)
            ? `parent “${s.parent}” comes after it (a parent must come first)`
            : `parent “${s.parent}” does not exist`,
        });
      } else parentKind = parent.kind;
    }
    if (!(info.parents as readonly string[]).includes(parentKind)) {
      problems.push({
        segment: s.id,
        message: `${a(s.kind)} cannot sit ${parentKind === 'root' ? 'at the top level' : `in ${a(parentKind)}`} (allowed: ${info.parents.join(', ')})`,
      });
    }
    const numbered = info.numbering !== 'none';
    if (numbered && s.number === undefined) problems.push({ segment: s.id, message: `${a(s.kind)} needs its number (number: N)` });
    if (!numbered && s.number !== undefined) problems.push({ segment: s.id, message: `${a(s.kind)} has no number` });
    if (s.printed !== undefined && !s.zh.replace(SPACES, '').startsWith(s.printed.replace(SPACES, ''))) {
      problems.push({ segment: s.id, message: `printed number “${s.printed}” is not what the Chinese starts with` });
    }
    if (s.number !== undefined) {
      // Articles count through the whole law; everything else within its parent.
      const key = `${s.kind === 'article' ? '' : (s.parent ?? '')}/${s.kind}`;
      const last = lastNumber.get(key);
      // 第十五条之一 shares its number with 第十五条 (an article inserted by amendment).
      const inserted = s.number === last && /之[一二三四五六七八九十]+/.test(s.printed ?? '');
      if (last !== undefined && s.number <= last && !inserted) {
        problems.push({ segment: s.id, message: `${s.kind} number ${s.number} does not follow ${last}` });
      }
      lastNumber.set(key, s.number);
    }
    if (!seen.has(s.id)) seen.set(s.id, s);
  }
  return problems;
}
