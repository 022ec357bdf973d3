// Keeping documents offline (src/lib/offline.ts says what a kept document is made of). A shared
// script file of reading pages (the "Keep offline" control, OfflineKeep.astro) and on the offline page (its
// collections). The page downloads the files itself into KEPT_CACHE with the Cache API; the
// service worker serves from any cache (src/integrations/service-worker.ts). Both controls stay
// hidden without a service worker or from file://, where nothing could be kept.
import {
  KEEP_HEADER,
  KEPT_CACHE,
  documentBytes,
  documentPage,
  formatBytes,
  type OfflineDocument,
  type OfflineIndex,
} from '../lib/offline.ts';
import { routes } from '../lib/paths.ts';
import { tr } from './strings.ts';

const locale = document.documentElement.lang;
const size = (bytes: number) => formatBytes(bytes, locale);

/** Sets an element's text; in the Chinese interface its Latin runs (MB, KB, an error) are marked as English. */
function show(el: Element, text: string): void {
  if (!locale.startsWith('zh')) {
    el.textContent = text;
    return;
  }
  el.replaceChildren(
    ...text.split(/([A-Za-z][A-Za-z0-9]*(?:[ .:/-]+[A-Za-z0-9]+)*)/).map((part, i) => {
      if (i % 2 === 0) return part;
      const run = document.createElement('span');
      run.lang = 'en';
      run.textContent = part;
      return run;
    }),
  );
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

/** The offline state of the site seen from one page: `root` leads to the site root, `prefix` is the edition. */
function site(root: string, prefix: string) {
  const url = (path: string) => new URL(root + path, location.href).href;
  const pageUrl = (slug: string) => url(documentPage(prefix, slug));
  let index: Promise<OfflineIndex> | null = null;
  const cached = async () => new Set((await (await caches.open(KEPT_CACHE)).keys()).map((r) => r.url));
  return {
    index: () => (index ??= getJson<OfflineIndex>(url(routes.offlineIndex))),
    documentFiles: (slug: string) => getJson<OfflineDocument>(url(routes.offlineDocument(slug))),
    cached,
    pageUrl,
    url,
    /** Bytes still to download for the shared search index (0 once kept). */
    async sharedBytes(kept: Set<string>) {
      const { shared } = await this.index();
      return shared.reduce((n, [path, bytes]) => n + (kept.has(url(path)) ? 0 : bytes), 0);
    },
    /** Downloads what is missing of these documents (page in this edition, fragments) and the shared index. */
    async keep(slugs: string[], progress: (done: number, total: number) => void) {
      const { shared } = await this.index();
      const files = [...shared.map(([p]) => p)];
      for (const slug of slugs) files.push(documentPage(prefix, slug), ...(await this.documentFiles(slug)).files.map(([p]) => p));
      const cache = await caches.open(KEPT_CACHE);
      const kept = await cached();
      const missing = [...new Set(files.map(url))].filter((u) => !kept.has(u));
      let done = 0;
      const next = async (): Promise<void> => {
        const u = missing.shift();
        if (!u) return;
        const response = await fetch(u, { headers: { [KEEP_HEADER]: '1' } });
        if (!response.ok) throw new Error(`${response.status} ${u}`);
        await cache.put(u, response);
        progress(++done, done + missing.length);
        return next();
      };
      progress(0, missing.length);
      await Promise.all([next(), next(), next(), next()]);
    },
    /** Removes these documents (this edition) from every cache but the precache; the shared index goes with the last kept document. */
    async remove(slugs: string[]) {
      const urls = [];
      for (const slug of slugs) urls.push(pageUrl(slug), ...(await this.documentFiles(slug)).files.map(([p]) => url(p)));
      for (const name of await caches.keys()) {
        if (name.includes('precache')) continue;
        const cache = await caches.open(name);
        await Promise.all(urls.map((u) => cache.delete(u)));
      }
      const kept = await cached();
      if (![...kept].some((u) => /\/documents\/[^/]+\/index\.html$/.test(u))) {
        const cache = await caches.open(KEPT_CACHE);
        await Promise.all((await this.index()).shared.map(([p]) => cache.delete(url(p))));
      }
    },
  };
}
type Site = ReturnType<typeof site>;

/** A keep/remove button for a set of documents, with a status line; `describe` fills a summary. */
function control(s: Site, box: HTMLElement, slugs: () => Promise<string[]>, describe?: (kept: number, n: number, bytes: number) => void) {
  const button = box.querySelector('button');
  const status = box.querySelector('[role=status]');
  if (!button || !status) return;
  let allKept = false;
  const refresh = async () => {
    const [index, kept, docs] = await Promise.all([s.index(), s.cached(), slugs()]);
    const edition = Math.max(0, index.editions.indexOf(box.dataset['prefix'] ?? ''));
    const bytesOf = (slug: string) => {
      const d = index.documents.find((x) => x.slug === slug);
      return d ? documentBytes(d, edition) : 0;
    };
    const keptDocs = docs.filter((slug) => kept.has(s.pageUrl(slug)));
    allKept = docs.length > 0 && keptDocs.length === docs.length;
    const missing = docs.filter((slug) => !kept.has(s.pageUrl(slug))).reduce((n, slug) => n + bytesOf(slug), 0);
    show(button, allKept ? tr('offline.remove') : tr('offline.keep', { size: size(missing + (await s.sharedBytes(kept))) }));
    const total = docs.reduce((n, slug) => n + bytesOf(slug), 0) + index.shared.reduce((n, [, b]) => n + b, 0);
    describe?.(keptDocs.length, docs.length, total);
    button.disabled = docs.length === 0;
    box.hidden = false;
  };
  button.addEventListener('click', () => {
    button.disabled = true;
    const removing = allKept;
    void slugs()
      .then((docs) => (removing ? s.remove(docs) : s.keep(docs, (done, total) => show(status, tr('offline.keeping', { done, total })))))
      .then(() => show(status, tr(removing ? 'offline.removed' : 'offline.kept')))
      .catch((e: unknown) => show(status, tr('offline.failed', { message: e instanceof Error ? e.message : String(e) })))
      .then(refresh)
      .then(() => document.dispatchEvent(new Event('duizhao-offline-change')));
  });
  document.addEventListener('duizhao-offline-change', () => void refresh());
  void refresh().catch(() => undefined);
}

if ('serviceWorker' in navigator && 'caches' in window && /^https?:$/.test(location.protocol)) {
  // A reading page's control: this document, in this edition.
  for (const box of document.querySelectorAll<HTMLElement>('[data-offline-doc]')) {
    const s = site(box.dataset['root'] ?? '', box.dataset['prefix'] ?? '');
    control(s, box, () => Promise.resolve([box.dataset['offlineDoc'] ?? '']));
  }
  // The offline page: the whole corpus and each collection (documents of one type).
  const app = document.getElementById('offline-app');
  if (app) {
    const s = site(app.dataset['root'] ?? '', app.dataset['prefix'] ?? '');
    app.hidden = false;
    document.getElementById('offline-needs')?.setAttribute('hidden', '');
    for (const box of app.querySelectorAll<HTMLElement>('[data-collection]')) {
      const type = box.dataset['collection'];
      const summary = box.querySelector('.offline-count');
      control(
        s,
        box,
        async () => (await s.index()).documents.filter((d) => type === '' || d.type === type).map((d) => d.slug),
        (kept, n, bytes) => {
          if (summary) show(summary, tr('offline.count', { kept, n, size: size(bytes) }));
        },
      );
    }
    const storage = document.getElementById('offline-storage');
    const estimate = async () => {
      const { usage, quota } = await navigator.storage.estimate();
      if (storage && usage !== undefined && quota !== undefined)
        show(storage, tr('offline.storage', { used: size(usage), quota: size(quota) }));
    };
    if ('storage' in navigator) {
      void estimate();
      document.addEventListener('duizhao-offline-change', () => void estimate());
    }
  }
}
