// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// DUIZHAO_BASE builds the site for a sub-path (e.g. /duizhao/); links are relative either way.
const base = process.env.DUIZHAO_BASE ?? '/';

export default defineConfig({
  // Fixture builds (tests) write elsewhere so they never clobber dist/.
  outDir: process.env.DUIZHAO_OUT ?? './dist',
  site: process.env.DUIZHAO_SITE ?? 'https://duizhao.example.org',
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), pagefind(), serviceWorker()],
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
