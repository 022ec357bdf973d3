/**
 * Writes the offline manifest after Pagefind (called by the service-worker integration): for each
 * published document (dist/data/index.json), its reading page's bytes in every edition and its
 * Pagefind fragments, found by reading each fragment's record (the `doc` meta of clause records,
 * src/lib/search-records.ts); and what every kept document shares: the index chunks, the
 * stylesheet and the pages' scripts (kept with the documents, they outlive the precache of a newer build). What a kept
 * document is made of, and why, is in src/lib/offline.ts.
 */
import { globSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { documentPage, PAGE_ASSETS, type OfflineDocument, type OfflineIndex } from '../lib/offline.ts';
import { editionPrefix, routes } from '../lib/paths.ts';
import { EDITIONS } from '../lib/variants.ts';

const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};
const list = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** The document a Pagefind fragment belongs to (clause and earlier-version records), if any. */
function fragmentDocument(file: string): string | undefined {
  // Pagefind's files are gzipped, with a 12-byte signature ("pagefind_dcd") before the JSON.
  const text = gunzipSync(readFileSync(file)).subarray(12).toString('utf8');
  const record = JSON.parse(text) as { url?: string; meta?: Record<string, string> };
  return record.meta?.['doc'] || /^\/?documents\/([^/]+)\//.exec(record.url ?? '')?.[1];
}

/** Writes routes.offlineIndex and one routes.offlineDocument file per document; returns the index. */
export function writeOfflineManifest(dir: string): OfflineIndex {
  const dataIndex = JSON.parse(readFileSync(join(dir, routes.dataIndex), 'utf8')) as { documents: { slug: string; type: string }[] };
  const editions = EDITIONS.map(editionPrefix);
  const fragments = new Map<string, [string, number][]>();
  for (const name of list(join(dir, 'pagefind/fragment'))) {
    const file = join(dir, 'pagefind/fragment', name);
    const doc = fragmentDocument(file);
    if (!doc) continue;
    const files = fragments.get(doc) ?? [];
    files.push([`pagefind/fragment/${name}`, size(file)]);
    fragments.set(doc, files);
  }
  const shared = [
    ...list(join(dir, 'pagefind/index')).map((name) => `pagefind/index/${name}`),
    ...globSync(PAGE_ASSETS, { cwd: dir }).map((p) => p.split('\\').join('/')),
  ].map((p): [string, number] => [p, size(join(dir, p))]);
  const index: OfflineIndex = { editions, shared, documents: [] };
  for (const { slug, type } of dataIndex.documents) {
    const doc: OfflineDocument = {
      slug,
      pages: editions.map((prefix) => size(join(dir, documentPage(prefix, slug)))),
      files: fragments.get(slug) ?? [],
    };
    const out = join(dir, routes.offlineDocument(slug));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(doc));
    index.documents.push({ slug, type, pages: doc.pages, files: doc.files.reduce((n, [, b]) => n + b, 0) });
  }
  writeFileSync(join(dir, routes.offlineIndex), JSON.stringify(index));
  return index;
}
