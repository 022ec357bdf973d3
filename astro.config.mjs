// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import inlineScripts from './src/integrations/inline-scripts.ts';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { parseVariantPath, variantPath } from './src/lib/paths.ts';
import { EDITIONS, hreflangOf } from './src/lib/variants.ts';

// DUIZHAO_BASE builds the site for a sub-path (e.g. /duizhao/); links are relative either way.
const base = process.env.DUIZHAO_BASE ?? '/';

// Reading pages are documents/<slug>/ for a file content/documents/<slug>.mdx; any other
// documents/<x>/ page is a redirect left by a moved document (content/anchors.yaml), not for the sitemap.
const documentFiles = new Set(
  readdirSync(join(process.env.DUIZHAO_CONTENT ?? './content', 'documents'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length)),
);
/** @param {string} page */
const isSitemapPage = (page) => {
  const doc = /\/documents\/([^/]+)\/$/.exec(new URL(page).pathname);
  return !doc || documentFiles.has(decodeURIComponent(doc[1] ?? ''));
};

const siteUrl = new URL(base, process.env.DUIZHAO_SITE ?? 'https://duizhao.example.org').href;
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
  outDir: process.env.DUIZHAO_OUT ?? './dist',
  site: process.env.DUIZHAO_SITE ?? 'https://duizhao.example.org',
  base,
  trailingSlash: 'ignore',
  integrations: [
    // src/scripts/*.ts bundled to inline IIFE strings (`?inline-script` imports).
    inlineScripts(),
    mdx(),
    // Every page is in the sitemap in its four editions (variants.ts); each URL lists the
    // editions that have a language of their own as its alternates (hreflang).
    sitemap({ filter: isSitemapPage, serialize: withAlternates }),
    pagefind(),
    serviceWorker(),
  ],
  build: {
    format: 'directory',
    // Styles inline: the built pages must work from file://, where /_astro/ paths do not resolve.
    inlineStylesheets: 'always',
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
