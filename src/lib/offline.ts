/**
 * Offline reading at any corpus size: what the service worker precaches (the shell), where kept
 * copies live, and the manifest a reader chooses from. One place for each rule; the service worker
 * (src/integrations/service-worker.ts) applies them at build time, src/scripts/offline.ts in the
 * browser.
 *
 * - The shell is what every visit needs to work offline whatever the corpus: the home, search and
 *   offline pages (four editions), Pagefind's entry files (pagefind.js, its worker, wasm, entry,
 *   meta, filters: not the index chunks or fragments, which grow with the corpus), the t2cn
 *   converter for traditional queries, the stylesheet, the pages' shared scripts, the glossary
 *   cards, the favicon and the offline manifest; then the about and
 *   glossary pages if they fit. It is listed in tiers, most needed first, and a tier is precached
 *   only if it fits within SHELL_BUDGET with the tiers before it: the precache never grows past
 *   5 MB, however many documents there are.
 * - A document kept offline is its reading page in the reader's edition (the one they keep it
 *   from: a reader reads one edition; the other three are a click away online) plus its Pagefind
 *   fragments (what a search hit on it shows), plus the shared search index chunks (kept once for
 *   all documents: a query offline needs the chunks of its words, whichever documents it finds)
 *   and PAGE_ASSETS.
 *   Data exports and sources are not kept: they are for download, not reading.
 * - A collection is the documents of one type (type.* in the interface), as the home page and
 *   the search filters classify them; the whole corpus is every published document.
 */
import type { View } from './variants.ts';
import { editionPrefix, routes } from './paths.ts';

/** The cache that holds what a reader chose to keep (written by the page, read by the worker). */
export const KEPT_CACHE = 'duizhao-kept';
/**
 * The header on the page's own downloads into KEPT_CACHE: the worker's runtime caching leaves
 * those requests alone, so a kept file is not stored twice.
 */
export const KEEP_HEADER = 'x-duizhao-keep';

/** The most the service worker precaches, in bytes, at any corpus size. */
export const SHELL_BUDGET = 5 * 1024 * 1024;

/**
 * What reading pages link to besides their text: the stylesheet and bundles, the shared scripts
 * (integrations/inline-scripts.ts) and the glossary cards (routes.glossaryCards). In the shell, and
 * kept with kept documents, whose pages name these files by hash after a newer build replaced them.
 */
export const PAGE_ASSETS = ['_astro/*.{js,css}', 'scripts/*.js', 'assets/glossary-*.js'];

/** The shell's tiers of site-relative glob patterns, most needed first (see the module comment). */
export function shellTiers(editions: readonly View[]): { name: string; patterns: string[] }[] {
  const pages = (...routesOf: string[]) => editions.flatMap((e) => routesOf.map((r) => `${editionPrefix(e)}${r}index.html`));
  return [
    {
      name: 'search machinery',
      patterns: [
        'favicon.svg',
        '*.webmanifest',
        ...PAGE_ASSETS,
        // The t2cn converter, the characters it changes and the search facets' table (integrations/pagefind.ts).
        'search/*.{js,txt,json}',
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'pagefind/wasm.*.pagefind',
        'pagefind/pagefind-entry.json',
        'pagefind/*.pf_meta',
        'pagefind/filter/*.pf_filter',
        routes.offlineIndex,
      ],
    },
    { name: 'home, search and offline pages', patterns: pages(routes.search, routes.offline, '') },
    { name: 'about and glossary pages', patterns: pages(routes.about, routes.glossary) },
  ];
}

/** The site-relative path of a document's reading page in an edition. */
export function documentPage(prefix: string, slug: string): string {
  return `${prefix}${routes.document(slug)}index.html`;
}

/** routes.offlineIndex: one entry per published document, and the files every kept document shares. */
export interface OfflineIndex {
  /** Editions' URL prefixes, in the order of OfflineDocument.pages. */
  editions: string[];
  /** The search index chunks: [site-relative path, bytes]. */
  shared: [string, number][];
  documents: { slug: string; type: string; pages: number[]; files: number }[];
}

/** routes.offlineDocument(slug): the files of one document's offline copy besides its page. */
export interface OfflineDocument {
  slug: string;
  /** Its reading page's bytes in each edition (OfflineIndex.editions order). */
  pages: number[];
  /** Its Pagefind fragments: [site-relative path, bytes]. */
  files: [string, number][];
}

/** The bytes of a document kept in the edition at index `edition`, shared files not counted. */
export function documentBytes(doc: { pages: number[]; files: number }, edition: number): number {
  return (doc.pages[edition] ?? 0) + doc.files;
}

/** Sizes as a reader reads them: 12 KB, 0.4 MB, 5.0 GB. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  const n = (x: number, digits: number) => x.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  if (mb >= 1024) return `${n(mb / 1024, 1)} GB`;
  return mb >= 0.1 ? `${n(mb, 1)} MB` : `${n(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}
