/**
 * Search records: one Pagefind record per clause (segment or point) and per glossary entry.
 *
 * By design every record goes into one index (language `en`, for English stemming), holding the
 * clause's English and its simplified Chinese as character bigrams (bigrams.ts), so one index
 * answers Chinese, English and mixed queries from any page. Traditional queries are folded to
 * simplified in the browser (opencc-js t2cn, the small direction, loaded only for queries with
 * Han characters), so the index holds one script.
 */
import { kindOf } from './search-kinds.ts';
import type { FacetSource } from './search-facets.ts';
import { bigramize } from './bigrams.ts';
import { segmentAt } from './history.ts';
import { routes } from './paths.ts';
import type { ExportedDocument, ExportedGlossaryEntry } from './export.ts';
import { toTraditional } from './script.ts';
import { pinpoint } from './structure/pinpoint.ts';
import { buildTree, enclosing, subtree, type TreeNode } from './structure/tree.ts';

/**
 * An article longer than this (Chinese characters, all its paragraphs) is indexed paragraph by
 * paragraph, so that a hit lands on the paragraph rather than at the top of a long article.
 */
export const LONG_ARTICLE = 600;

/**
 * The units a document is searched by: in a law, each article with everything in it (or, for a
 * long article of several paragraphs, each paragraph with its items); otherwise each node. A
 * printed table of contents repeats the headings and a pull quote repeats a clause: one hit, not two.
 */
function searchUnits(nodes: readonly TreeNode[]): TreeNode[][] {
  const out: TreeNode[][] = [];
  const covered = new Set<string>();
  for (const n of nodes) {
    if (covered.has(n.id) || n.kind === 'contents' || n.kind === 'pullquote') continue;
    if (n.kind === 'article') {
      const all = subtree(n);
      const length = all.reduce((sum, x) => sum + x.segment.zh.length, 0);
      const paragraphs = n.children.filter((c) => c.kind === 'paragraph');
      if (length > LONG_ARTICLE && paragraphs.length > 1) {
        out.push([n]);
        for (const p of paragraphs) out.push(subtree(p));
      } else out.push(all);
      for (const x of all) covered.add(x.id);
      continue;
    }
    out.push([n]);
  }
  return out.filter((u) => u.some((x) => x.segment.zh.trim() !== ''));
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export const SEARCH_LANGUAGE = 'en';

/** Which document a hit is in and where: its titles, the node's id and its pinpoint in both languages. */
function placeMeta(doc: ExportedDocument, node: TreeNode): Record<string, string> {
  const at = pinpoint(node);
  return {
    title: doc.title.en,
    doc: doc.slug,
    docZh: doc.title.zh,
    docZhHant: doc.title.zhHant,
    seg: node.id,
    label: at.label === null && !/\d/.test(at.text) ? node.id : at.text,
    // The same in Chinese for the Chinese interface (第二十一条, 第3段), in each script.
    labelZh: at.zh || node.id,
    labelZhHant: at.zh ? toTraditional(at.zh) : node.id,
  };
}

/**
 * What the search page's facets know of a document (lib/search-facets.ts): its type's key (the page
 * labels it in its interface language, i18n type.*), its bodies by English name, its year.
 */
export function facetSource(doc: ExportedDocument): FacetSource {
  return { slug: doc.slug, type: doc.type, bodies: [...new Set(doc.bodies.map((b) => b.en))], year: doc.date.value?.slice(0, 4) };
}

/**
 * Records for every clause of a document; urls are site-relative (the page resolves them). With
 * `earlierText`, the records of an amended document's earlier text (its page, its adoption date):
 * searched only on request (filter kind: earlier), each marked with the text's date.
 */
export function documentRecords(doc: ExportedDocument, earlierText?: { page: string; adopted: string }): SearchRecord[] {
  const filters: Record<string, string[]> = earlierText
    ? { ...kindOf('earlier'), doc: [doc.slug] }
    : // A current clause has no kind (lib/search-kinds.ts). Per-document hit counts come from this
      // filter, without loading every result, and the facets from those (lib/search-facets.ts).
      { doc: [doc.slug] };
  const units = new Map(doc.segments.map((u) => [u.id, u]));
  const tree = buildTree(doc.segments);
  return searchUnits(tree.nodes).map((nodes) => {
    const head = nodes[0] as TreeNode;
    const parts = nodes.flatMap((n) => units.get(n.id) ?? []);
    const zh = parts.map((u) => u.zh).join('');
    const zhHant = parts.map((u) => u.zhHant).join('');
    const en = parts
      .map((u) => u.en)
      .filter(Boolean)
      .join(' ');
    // Where the hit is: its pinpoint (“art. 21”) and the chapter or section it sits in.
    const division = enclosing(head, ['section', 'chapter', 'part', 'heading', 'attachment']);
    const within = division && division !== head ? division.segment : undefined;
    return {
      url: `${earlierText?.page ?? routes.document(doc.slug)}index.html#${head.id}`,
      content: `${bigramize(zh)}\n${en}`,
      language: SEARCH_LANGUAGE,
      meta: {
        ...placeMeta(doc, head),
        ...(within ? { within: within.en || within.zh, withinZh: within.zh, withinZhHant: units.get(within.id)?.zhHant ?? within.zh } : {}),
        zh,
        zhHant,
        en,
        ...(earlierText ? { version: earlierText.adopted } : {}),
      },
      filters,
    };
  });
}

/**
 * Records of earlier texts, searched only when the reader asks (filter kind: earlier):
 * - an amended document's earlier texts, Chinese and English, clause by clause, on their pages;
 * - the English of earlier versions of the translation (history.ts): one per clause and stretch
 *   of versions during which its English read the same, other than now, linking to the last
 *   version that had it. English only: the Chinese did not change, and a Chinese query finds the
 *   current clause.
 */
export function earlierRecords(doc: ExportedDocument): SearchRecord[] {
  const dates = doc.translationVersions.map((v) => v.date);
  const tree = buildTree(doc.segments);
  // An amended document's earlier texts (versions: in the content), Chinese and English, whole.
  const out: SearchRecord[] = (doc.versions ?? []).flatMap((v) =>
    documentRecords(
      { ...doc, title: v.title, segments: v.segments },
      { page: routes.documentText(doc.slug, v.adopted), adopted: v.adopted },
    ),
  );
  for (const unit of doc.segments) {
    if (!unit.revisions?.length) continue;
    const node = tree.byId.get(unit.id);
    if (!node) continue;
    // Each version's English of this clause, newest first; a record at the end of each stretch.
    let later = unit.en;
    for (const date of dates.slice(0, -1).reverse()) {
      const en = segmentAt(unit, date).en;
      if (en !== later && en !== unit.en) {
        out.push({
          url: `${routes.documentVersion(doc.slug, date)}index.html#${unit.id}`,
          content: en,
          language: SEARCH_LANGUAGE,
          meta: {
            ...placeMeta(doc, node),
            version: date,
            zh: unit.zh,
            zhHant: unit.zhHant,
            en,
          },
          filters: { ...kindOf('earlier'), doc: [doc.slug] },
        });
      }
      later = en;
    }
  }
  return out;
}

/** One record per glossary entry: headword, pinyin, renderings and definition. */
export function glossaryRecords(entries: readonly ExportedGlossaryEntry[]): SearchRecord[] {
  return entries.map((e) => ({
    url: `${routes.term(e.id)}index.html`,
    content: [bigramize(e.zh), e.pinyin, e.en, ...e.variants, e.definition].join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { title: e.en, term: e.id, zh: e.zh, zhHant: e.zhHant, en: e.en, pinyin: e.pinyin, definition: e.definition },
    filters: kindOf('glossary'),
  }));
}
