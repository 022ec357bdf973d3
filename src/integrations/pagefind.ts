/**
 * Astro integration: after the build, index every clause and glossary entry with Pagefind's
 * Node API (custom records, see src/lib/search-records.ts) and write dist/pagefind/.
 * The records come from the build's own data exports (dist/data/), so the index and the pages
 * cannot disagree.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ExportedDocument, ExportedGlossaryEntry } from '../lib/export.ts';
import { changedCodePoints, encodeCodePoints } from '../lib/script-fold.ts';
import { documentRecords, earlierRecords, facetSource, glossaryRecords } from '../lib/search-records.ts';
import { facetTable } from '../lib/search-facets.ts';
import { routes } from '../lib/paths.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'duizhao-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind indexes in a service process. If that process dies (the kernel killed it for
        // memory at 1,000 law-sized documents), its promise never settles, Node runs out of work
        // and would exit 0 without an index or a service worker: fail the build instead.
        const died = () => {
          logger.error(
            `Pagefind stopped before writing ${join(out, 'pagefind')} (its service process exited: out of memory?); the build failed`,
          );
          process.exitCode = 1;
        };
        process.once('beforeExit', died);
        const docsDir = join(out, 'data', 'documents');
        const docs = readdirSync(docsDir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => JSON.parse(readFileSync(join(docsDir, f), 'utf8')) as ExportedDocument);
        const glossary = JSON.parse(readFileSync(join(out, 'data', 'glossary.json'), 'utf8')) as ExportedGlossaryEntry[];
        const records = [...glossaryRecords(glossary), ...docs.flatMap((d) => documentRecords(d)), ...docs.flatMap(earlierRecords)];
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        for (const record of records) {
          const r = await index.addCustomRecord(record);
          if (r.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${r.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The search page folds traditional queries to simplified with opencc-js's t2cn build
        // (52 KB gzip), loaded only when a query has Han characters.
        const require = createRequire(import.meta.url);
        // opencc-js exports no package.json; its UMD builds sit beside the resolved CommonJS entry.
        const umdDir = join(require.resolve('opencc-js'), '..');
        mkdirSync(join(out, 'search'), { recursive: true });
        copyFileSync(join(umdDir, 't2cn.js'), join(out, 'search', 'opencc-t2cn.js'));
        // The characters that build changes (script-fold.ts): the page loads it only for a query
        // with one of them, so a simplified query does not fetch it.
        const t2cn = require(join(umdDir, 't2cn.js')) as { Converter: (o: { from: string; to: string }) => (text: string) => string };
        writeFileSync(
          join(out, 'search', 't2cn-changes.txt'),
          encodeCodePoints(changedCodePoints(t2cn.Converter({ from: 'tw', to: 'cn' }))),
        );
        // The facets' table (lib/search-facets.ts): each document's type, bodies and year.
        writeFileSync(join(out, routes.searchFacets), JSON.stringify(facetTable(docs.map(facetSource))));
        process.off('beforeExit', died);
        logger.info(`indexed ${records.length} records in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
