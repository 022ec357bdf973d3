/**
 * Internal links are relative and name `index.html` explicitly, so the built site works from
 * any sub-path and straight from disk (file://), where a directory URL does not open its index.
 * Pages are named by site-relative directory paths: '' (home), 'documents/x/', 'zh/hant/about/'.
 * The edition prefixes (variants.ts) and the page routes (`routes`) are spelled here and nowhere else.
 */
import type { View } from './variants.ts';

/** The site-relative path of every kind of page, without the edition prefix. */
export const routes = {
  about: 'about/',
  search: 'search/',
  /** What is kept for reading offline, and the choice to keep more (src/lib/offline.ts). */
  offline: 'offline/',
  /** The offline manifest: every document's size, its collection, the shared search files. */
  offlineIndex: 'offline/index.json',
  /** The files one document's offline copy is made of (src/lib/offline.ts). */
  offlineDocument: (slug: string): string => `offline/documents/${slug}.json`,
  /** Every document's search facets (type, bodies, year; lib/search-facets.ts), read by the search page. */
  searchFacets: 'search/facets.json',
  glossary: 'glossary/',
  glossaryByCategory: 'glossary/categories/',
  /** A glossary entry with a sample of its occurrences. */
  term: (id: string): string => `glossary/${id}/`,
  /** The glossary cards of one script (lib/glossary-cards.ts), loaded by reading pages when a term is opened. */
  glossaryCards: (script: 'hans' | 'hant'): string => `assets/glossary-${script}.js`,
  /** The pinyin of a document's text in one script (lib/pinyin-data.ts), or of an earlier text (by its adoption date). */
  documentPinyin: (slug: string, script: 'hans' | 'hant', adopted?: string): string =>
    `documents/${slug}/${adopted === undefined ? '' : `versions/${adopted}/`}pinyin-${script}.js`,
  /** A document's reading page (or, for a moved document's old slug, its redirect page). */
  document: (slug: string): string => `documents/${slug}/`,
  /** A document as its translation was published on `date` (YYYY-MM-DD): the URL citations name. */
  documentVersion: (slug: string, date: string): string => `documents/${slug}/v/${date}/`,
  /** A document's changelog: every version of its translation and what each revision changed. */
  documentChanges: (slug: string): string => `documents/${slug}/changes/`,
  /** The Atom feed of one document's revisions (one for every edition: feeds are not per script). */
  documentFeed: (slug: string): string => `documents/${slug}/feed.xml`,
  /** The Atom feed of new documents and revisions, site-wide. */
  feed: 'feed.xml',
  /** An earlier text of an amended document (a law as adopted, before an amendment), by the date it was adopted. */
  documentText: (slug: string, adopted: string): string => `documents/${slug}/versions/${adopted}/`,
  /** The comparison of an earlier text (by its adoption date) with the text that replaced it. */
  documentCompare: (slug: string, from: string): string => `documents/${slug}/compare/${from}/`,
  /** A raw source file, served verbatim. */
  source: (file: string): string => `sources/${file}`,
  /** A data export of a document: `data/documents/<slug>.<ext>`. */
  documentData: (slug: string, ext: string): string => `data/documents/${slug}.${ext}`,
  dataIndex: 'data/index.json',
} as const;

/** The URL prefix of an edition: '', 'hant/', 'zh/', 'zh/hant/'. */
export function editionPrefix(view: View): string {
  return (view.ui === 'zh' ? 'zh/' : '') + (view.script === 'hant' ? 'hant/' : '');
}

/** The site-relative path of a page in an edition. */
export function variantPath(view: View, page: string): string {
  return editionPrefix(view) + page;
}

/** Splits a site-relative path into its edition and the page ('zh/hant/about/' → zh, hant, 'about/'). */
export function parseVariantPath(path: string): { view: View; page: string } {
  const zh = /^zh(\/|$)/.test(path);
  const rest = zh ? path.slice(3) : path;
  const hant = /^hant(\/|$)/.test(rest);
  return { view: { ui: zh ? 'zh' : 'en', script: hant ? 'hant' : 'hans' }, page: hant ? rest.slice(5) : rest };
}

/**
 * The shortest relative href from page `from` to page `to` (both site-relative directory paths),
 * optionally with a fragment: it climbs only above the directories the two share
 * ('zh/hant/documents/x/' → 'zh/hant/glossary/y/' is '../../glossary/y/index.html'), since every
 * reading page carries hundreds of links. Non-page targets (files like 'data/x.json') are kept as files.
 */
export function relativeHref(from: string, to: string, fragment?: string): string {
  // The longest common prefix that ends at a directory boundary, found without splitting: this
  // runs for every link of every page (hundreds on a law), so it allocates little.
  const n = Math.min(from.length, to.length);
  let same = 0;
  while (same < n && from.charCodeAt(same) === to.charCodeAt(same)) same++;
  const shared = from.lastIndexOf('/', same - 1) + 1;
  let up = '';
  for (let k = shared; k < from.length; k++) if (from.charCodeAt(k) === 47) up += '../';
  const isPage = to === '' || to.endsWith('/');
  return up + to.slice(shared) + (isPage ? 'index.html' : '') + (fragment ? `#${fragment}` : '');
}
