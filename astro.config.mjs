// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './src/data/config.ts';
import csp from './src/integrations/csp.ts';
import duizhao from './src/integrations/duizhao.ts';
import inlineScripts from './src/integrations/inline-scripts.ts';
import { mdxGuard } from './src/lib/mdx-guard.ts';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { parseVariantPath, variantPath } from './src/lib/paths.ts';
import { EDITIONS, hreflangOf } from './src/lib/variants.ts';

// The configuration (content tree, output, origin, sub-path) is read and checked once, in
// src/lib/config.ts. A sub-path build (DUIZHAO_BASE=/duizhao/) keeps links relative either way.
const { base, site, outDir, contentDir } = config;

// Reading pages are documents/<slug>/ for a file content/documents/<slug>.mdx; any other
// documents/<x>/ page is a redirect left by a moved document (content/anchors.yaml), not for the sitemap.
const documentFiles = new Set(
  readdirSync(join(contentDir, 'documents'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length)),
);
/** @param {string} page */
const isSitemapPage = (page) => {
  const doc = /\/documents\/([^/]+)\/$/.exec(new URL(page).pathname);
  return !doc || documentFiles.has(decodeURIComponent(doc[1] ?? ''));
};

const siteUrl = new URL(base, site).href;
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function withAlternates(item) {
  const { page } = parseVariantPath(item.url.slice(siteUrl.length));
  item.links = EDITIONS.flatMap((e) => {
    const lang = hreflangOf(e);
    return lang ? [{ lang, url: new URL(variantPath(e, page), siteUrl).href }] : [];
  });
  return item;
}

export default defineConfig({
  // Fixture builds (tests) write elsewhere so they never clobber dist/.
  outDir,
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [
    // Tells the checks stage whether this is the dev server or a build (src/data/checks.ts).
    duizhao(),
    // src/scripts/*.ts bundled to inline IIFE strings (`?inline-script` imports).
    inlineScripts(),
    // Document bodies are Markdown, not code: the guard refuses ESM, expressions, scripts and handlers.
    mdx({ processor: satteri({ mdastPlugins: [mdxGuard] }) }),
    // Every page is in the sitemap in its four editions (variants.ts); each URL lists the
    // editions that have a language of their own as its alternates (hreflang).
    sitemap({ filter: isSitemapPage, serialize: withAlternates }),
    pagefind(),
    // Before the service worker: it precaches the pages with their policy in place.
    csp(),
    serviceWorker(),
  ],
  build: {
    format: 'directory',
    // One shared stylesheet file, linked relatively after the build (src/integrations/relative-assets.ts)
    // so the pages work from file:// and any sub-path, and readers download it once.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // @astrojs/mdx marks each compiled document with a module-level directive that the
        // bundler warns it may drop; it is harmless here and printed one warning per document.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
