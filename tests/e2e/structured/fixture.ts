/**
 * What the structured-fixture browser tests know about the synthetic site: its two documents,
 * read from the fixture's MDX frontmatter (not from the built pages), their trees and pinpoints
 * from src/lib/structure, and their raw sources cleaned independently of the site's code.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import type { Segment } from '../../../src/lib/document-schema.ts';
import { readDocument } from '../../../src/lib/front-matter.ts';
import { SCRIPT_EXCEPTIONS } from '../../../src/lib/script-exceptions.ts';
import { pinpoint, type Pinpoint } from '../../../src/lib/structure/pinpoint.ts';
import { buildTree, subtree, type DocumentTree, type TreeNode } from '../../../src/lib/structure/tree.ts';

export const CONTENT = 'tests/fixtures/structured/content';
export const REGULATION = 'synthetic-data-resources-regulation';
export const NOTICE = 'synthetic-open-data-notice';
export const CANONICAL = 'https://duizhao.example.org/';
/** The two scripts: simplified at the root, traditional under hant/. */
export const PREFIXES = ['', 'hant/'] as const;

export interface FixtureDoc {
  slug: string;
  title: { zh: string; en: string };
  source: { raw: string; lines: [number, number] };
  /** The first publication of the translation and its current version (history.ts). */
  published: string | null;
  revised: string | null;
  segments: Segment[];
  tree: DocumentTree;
}

function readDoc(slug: string): FixtureDoc {
  // Through the site's own schema, which fills the defaults (kind: paragraph) the tree needs.
  const { data } = readDocument(`${CONTENT}/documents/${slug}.mdx`);
  return {
    slug,
    title: data.title,
    source: data.source,
    published: data.published,
    revised: data.revised,
    segments: data.segments,
    tree: buildTree(data.segments),
  };
}

export const regulation = readDoc(REGULATION);
export const notice = readDoc(NOTICE);
export const fixtureDocs = [regulation, notice];

export function node(doc: FixtureDoc, id: string): TreeNode {
  const n = doc.tree.byId.get(id);
  if (!n) throw new Error(`${doc.slug} has no node ${id}`);
  return n;
}

export function pinOf(doc: FixtureDoc, id: string): Pinpoint {
  return pinpoint(node(doc, id));
}

export function pagePath(prefix: string, slug: string): string {
  return `${prefix}documents/${slug}/index.html`;
}

/**
 * The source's text, cleaned here rather than with the site's code: the document's line range
 * of the raw file with every space (ASCII or full-width) and line break removed.
 */
export function cleanedSource(doc: FixtureDoc): string {
  const raw = readFileSync(`${CONTENT}/sources/${doc.source.raw}`, 'utf8');
  const [first, last] = doc.source.lines;
  return raw
    .split('\n')
    .slice(first - 1, last)
    .join('')
    .replace(/[\s\u3000]/g, '');
}

/** Simplified → traditional as the site promises it: OpenCC cn → tw plus the exception list. */
export const toTraditional = OpenCC.ConverterFactory(OpenCC.Locale.from['cn']!, OpenCC.Locale.to['tw']!, [
  SCRIPT_EXCEPTIONS.map((e) => [e.opencc, e.correct] as [string, string]),
]);

/** A segment counts as translated unless it is `translation: none` (or has no English and no status). */
export function isTranslated(s: Segment): boolean {
  return (s.translation ?? (s.en.trim() === '' ? 'none' : 'translated')) !== 'none';
}

/**
 * Articles whose English is complete: the article and every node inside it translated. Written
 * out here, not taken from reader.ts, so the page's count is checked against the data.
 */
export function translatedArticles(doc: FixtureDoc): { done: number; total: number } {
  const articles = doc.tree.nodes.filter((n) => n.kind === 'article');
  const done = articles.filter((a) => subtree(a).every((n) => isTranslated(n.segment) || n.segment.zh.trim() === ''));
  return { done: done.length, total: articles.length };
}
