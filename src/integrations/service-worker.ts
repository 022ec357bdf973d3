/**
 * Astro integration: after the build (and after Pagefind, so the search index exists), write
 * dist/sw.js with Workbox's generateSW. The service worker precaches the whole built site —
 * every page in both scripts, the data exports, the raw sources, the search page's scripts and
 * the Pagefind index — so a reader who has visited once can read and search offline.
 *
 * - Precache entries are relative to sw.js and sw.js sits at the site root, so the worker's
 *   scope is the root whatever the base (/ or /duizhao/); the page script registers it with a
 *   URL relative to the page (src/scripts/sw-register.ts), never knowing the base.
 * - Revisions are content hashes, so a new build re-fetches exactly the files that changed.
 *   The new worker then waits (no skipWaiting): pages loaded from the old build keep its pages
 *   and its search index, never a mixture. The page script shows a notice and, on the reader's
 *   click, posts {type: 'SKIP_WAITING'} (Workbox's generated listener) and reloads once the new
 *   worker is in control. clientsClaim lets the first worker control the page that installed it;
 *   cleanupOutdatedCaches drops caches of older Workbox precache formats.
 * - No navigation fallback: every page is precached (except the addresses of translation
 *   versions, kept once opened), and an unknown URL offline should fail as it would online
 *   rather than show some other page.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { routes } from '../lib/paths.ts';

/** The worker's file name, at the site root (its scope). */
export const SW_FILE = 'sw.js';

/** The addresses of translation versions (routes.documentVersion), cached when a reader opens one. */
export const VERSION_PAGES = new RegExp(`/${routes.documentVersion('[^/]+', String.raw`\d{4}-\d{2}-\d{2}`)}`);

/** The URL query parameters that do not change a precached response. */
export const IGNORED_PARAMS = [
  /^utm_/, // Workbox's defaults
  /^fbclid$/,
  /^ts$/, // Pagefind's cache-buster on pagefind-entry.json
  /^q$/, // the search page's query and filters (src/scripts/search.ts)
  /^(type|body|year|earlier)$/,
];

export interface ServiceWorkerResult {
  count: number;
  size: number;
  warnings: string[];
}

/** Writes `<dir>/sw.js` precaching the built site in `dir`. Throws on any Workbox warning. */
export async function writeServiceWorker(dir: string): Promise<ServiceWorkerResult> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: [
      '**/*.{html,js,mjs,css,json,svg,png,ico,txt,tmx,xml,webmanifest}',
      // Pagefind: the meta, index, filter and fragment files and the wasm (wasm.<lang>.pagefind).
      '**/*.{pf_meta,pf_index,pf_filter,pf_fragment,pagefind,wasm}',
    ],
    globIgnores: [
      SW_FILE,
      // Pagefind's ready-made UIs: the site uses pagefind.js (+ its worker) only.
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-highlight.js',
      // Earlier versions of translations (documents/<slug>/v/<date>/, cited addresses): kept when
      // opened (runtimeCaching below), not fetched up front; each is a whole reading page.
      `**/${routes.documentVersion('*', '*')}**`,
    ],
    runtimeCaching: [{ urlPattern: VERSION_PAGES, handler: 'NetworkFirst', options: { cacheName: 'duizhao-versions' } }],
    swDest: join(dir, SW_FILE),
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cacheId: 'duizhao',
    // The largest files are the longest reading pages (~160 KB) and the t2cn table (~110 KB).
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: true,
  });
  // A warning means some file is not precached (too large, say): the site would break offline.
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size, warnings };
}

export default function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'duizhao-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `${SW_FILE} precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
