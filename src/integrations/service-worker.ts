/**
 * Astro integration: after the build (and after Pagefind, so the search index exists), write the
 * offline manifest (offline-manifest.ts) and dist/sw.js with Workbox's generateSW.
 *
 * What is offline, at any corpus size (the rules are in src/lib/offline.ts):
 * - Precached: the shell only (home, search and offline pages, Pagefind's entry files, the t2cn
 *   converter, then about and glossary if they fit), never more than SHELL_BUDGET (5 MB). Search
 *   works offline for whatever index chunks and fragments are cached.
 * - Kept once opened (runtime caching):
 *   - pages (every navigation, earlier versions of translations included): NetworkFirst, in
 *     `duizhao-pages`. Online the reader gets the current text (a corrected translation matters
 *     more than a few milliseconds, and pages are small); offline, the copy last read.
 *     StaleWhileRevalidate would show a superseded translation first.
 *   - Pagefind's index chunks and fragments: CacheFirst, in `duizhao-search`. Their names are
 *     content hashes, so a cached file is never stale, and a search done online works again
 *     offline. The page's own downloads for keeping (KEEP_HEADER) are left alone: they go to
 *     KEPT_CACHE only.
 *   Both strategies fall back to any cache holding the request (the `keptCopies` plugin), which is
 *   how the documents a reader chose to keep (KEPT_CACHE, filled by src/scripts/offline.ts) are
 *   served: the worker never needs to know which they are.
 * - Precache entries are relative to sw.js and sw.js sits at the site root, so the worker's
 *   scope is the root whatever the base (/ or /duizhao/); the page script registers it with a
 *   URL relative to the page (src/scripts/sw-register.ts), never knowing the base.
 * - Revisions are content hashes, so a new build re-fetches exactly the files that changed.
 *   The new worker then waits (no skipWaiting): pages loaded from the old build keep its search
 *   index, never a mixture. The page script shows a notice and, on the reader's click, posts
 *   {type: 'SKIP_WAITING'} (Workbox's generated listener) and reloads once the new worker is in
 *   control. clientsClaim lets the first worker control the page that installed it;
 *   cleanupOutdatedCaches drops caches of older Workbox precache formats. Runtime and kept caches
 *   outlive a new build. A kept document keeps the stylesheet and scripts its page names
 *   (PAGE_ASSETS); a page only opened before a newer build names files that build replaced, and
 *   offline it reads without them: its text, unstyled, no Cite or glossary cards.
 * - A document's pinyin file (loaded when a reader turns pinyin on) is cached once loaded.
 * - No navigation fallback: an unknown or never-opened URL offline fails as it would online
 *   rather than show some other page.
 */
import type { AstroIntegration } from 'astro';
import { globSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { KEEP_HEADER, SHELL_BUDGET, shellTiers } from '../lib/offline.ts';
import { EDITIONS } from '../lib/variants.ts';
import { writeOfflineManifest } from './offline-manifest.ts';

/** The worker's file name, at the site root (its scope). */
export const SW_FILE = 'sw.js';

/** The URL query parameters that do not change a precached response. */
export const IGNORED_PARAMS = [
  /^utm_/, // Workbox's defaults
  /^fbclid$/,
  /^ts$/, // Pagefind's cache-buster on pagefind-entry.json
  /^q$/, // the search page's query and filters (src/scripts/search.ts)
  /^(type|body|year|earlier)$/,
];

// The functions below run in the worker: Workbox copies their source into sw.js, so they name no
// variable of this module (a check below ties the header's spelling to KEEP_HEADER).
/** Serve from any cache when the strategy's own has nothing: kept documents (KEPT_CACHE) included. */
const keptCopies = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) =>
    cachedResponse ?? (await caches.match(request)) ?? null,
};
const isPage = ({ request }: { request: Request }) => request.mode === 'navigate';
/** Per-document files a page loads on request (its pinyin, routes.documentPinyin). */
const isPageData = ({ url, request }: { url: URL; request: Request }) =>
  request.destination === 'script' && /\/pinyin-han[st]\.js$/.test(url.pathname);
const isSearchChunk = ({ url, request }: { url: URL; request: Request }) =>
  /\/pagefind\/(index|fragment)\//.test(url.pathname) && !request.headers.has('x-duizhao-keep');
if (!isSearchChunk.toString().includes(KEEP_HEADER)) throw new Error('service-worker.ts: isSearchChunk must name KEEP_HEADER');

export const RUNTIME_CACHING: RuntimeCaching[] = [
  { urlPattern: isPage, handler: 'NetworkFirst', options: { cacheName: 'duizhao-pages', plugins: [keptCopies] } },
  { urlPattern: isSearchChunk, handler: 'CacheFirst', options: { cacheName: 'duizhao-search', plugins: [keptCopies] } },
  { urlPattern: isPageData, handler: 'StaleWhileRevalidate', options: { cacheName: 'duizhao-page-data' } },
];

export interface Shell {
  files: string[];
  bytes: number;
  /** Tiers left out because they did not fit within SHELL_BUDGET. */
  left: string[];
}

/** The shell of the built site in `dir`: the tiers of shellTiers() that fit within SHELL_BUDGET, in order. */
export function shellFiles(dir: string, budget = SHELL_BUDGET): Shell {
  const shell: Shell = { files: [], bytes: 0, left: [] };
  for (const [i, tier] of shellTiers(EDITIONS).entries()) {
    const files = [...new Set(globSync(tier.patterns, { cwd: dir }))].sort();
    const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    if (shell.bytes + bytes > budget) {
      // Without the first tier nothing works offline: better to say so than to ship it broken.
      if (i === 0) throw new Error(`Service worker: the search machinery alone is ${bytes} bytes, over the ${budget}-byte budget`);
      shell.left.push(tier.name);
      continue;
    }
    shell.files.push(...files);
    shell.bytes += bytes;
  }
  return shell;
}

export interface ServiceWorkerResult {
  count: number;
  size: number;
  warnings: string[];
  /** Shell tiers left out of the precache (over budget). */
  left: string[];
  /** Every published document kept offline in one edition, with the search index: bytes (the largest edition). */
  corpusBytes: number;
}

/** Writes the offline manifest and `<dir>/sw.js` precaching the shell of the built site in `dir`. Throws on any Workbox warning. */
export async function writeServiceWorker(dir: string): Promise<ServiceWorkerResult> {
  const manifest = writeOfflineManifest(dir);
  const corpusBytes =
    manifest.shared.reduce((n, [, b]) => n + b, 0) +
    Math.max(...manifest.editions.map((_, e) => manifest.documents.reduce((n, d) => n + (d.pages[e] ?? 0) + d.files, 0)));
  const shell = shellFiles(dir);
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    // Exact paths: the shell as measured, nothing else.
    globPatterns: shell.files,
    globIgnores: [SW_FILE],
    runtimeCaching: RUNTIME_CACHING,
    swDest: join(dir, SW_FILE),
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cacheId: 'duizhao',
    maximumFileSizeToCacheInBytes: SHELL_BUDGET,
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: true,
  });
  // A warning means some shell file is not precached (too large, say): the site would break offline.
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size, warnings, left: shell.left, corpusBytes };
}

export default function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'duizhao-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size, left, corpusBytes } = await writeServiceWorker(fileURLToPath(dir));
        const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
        // scripts/bench/build.ts reads this line: keep its format.
        logger.info(`${SW_FILE} precaches ${count} files (${mb(size)}) in ${Math.round(performance.now() - started)} ms`);
        logger.info(`offline manifest: the whole corpus kept offline is ${mb(corpusBytes)}`);
        if (left.length > 0) logger.warn(`${SW_FILE}: over the precache budget, left to runtime caching: ${left.join('; ')}`);
      },
    },
  };
}
