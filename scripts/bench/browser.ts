/**
 * Browser measurements with Chromium (Playwright driving Debian's /usr/bin/chromium) against a
 * built site served by scripts/lib/serve-dist.ts (plain HTTP, no compression, no cache headers).
 *
 * Service workers are blocked in every context: the site's worker precaches the whole site in
 * the background on a first visit, which would mix its downloads into what a page or a query
 * fetches. (What the worker would download is reported from the build's log instead.)
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { serveDist } from '../lib/serve-dist.ts';

export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};

export interface Asset {
  kind: 'script' | 'style';
  /** URL of an external file; undefined for an inline <script> or <style>. */
  url: string | undefined;
  bytes: number;
  /** gzip size (zlib, default level 6) of this script or style on its own. */
  gzip: number;
}

export interface ReadingPageResult {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  /** Every response of the page load, headers included (the server does not compress). */
  transferBytes: number;
  requests: number;
  js: { bytes: number; gzip: number; transferBytes: number; count: number };
  css: { bytes: number; gzip: number; transferBytes: number; count: number };
  assets: Asset[];
  /** first-contentful-paint, ms from navigation start, one per cold load. */
  fcpSamplesMs: number[];
  fcpMedianMs: number | undefined;
  loadMedianMs: number | undefined;
}

export interface QueryResult {
  query: string;
  /** From the input event to the frame after the status line shows the result count. */
  ms: number;
  /** From the input event to the status line changing (results are in the DOM by then). */
  domMs: number;
  bytes: number;
  requests: number;
  status: string;
  results: number;
}

export interface SearchResult {
  path: string;
  queries: QueryResult[];
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

interface Finished {
  url: string;
  type: string;
  transfer: number;
  at: number;
}

/** Records every finished request of a page with its transferred size. */
function recordRequests(page: Page): Finished[] {
  const list: Finished[] = [];
  page.on('requestfinished', (req) => {
    const at = performance.now();
    void req.sizes().then(
      (s) => list.push({ url: req.url(), type: req.resourceType(), transfer: s.responseBodySize + s.responseHeadersSize, at }),
      () => undefined,
    );
  });
  return list;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block' });
}

const gz = (text: string | Buffer) => gzipSync(text).length;

/** Reads first-contentful-paint (waiting for it if needed) and the load event time. */
async function paintTimes(page: Page): Promise<{ fcp: number | undefined; load: number | undefined }> {
  return page.evaluate(
    () =>
      new Promise<{ fcp: number | undefined; load: number | undefined }>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const load = nav ? nav.loadEventEnd : undefined;
        const done = (fcp: number | undefined) => resolve({ fcp, load });
        const e = performance.getEntriesByName('first-contentful-paint')[0];
        if (e) {
          done(e.startTime);
          return;
        }
        new PerformanceObserver((l) => {
          const f = l.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (f) done(f.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => done(undefined), 5000);
      }),
  );
}

/** JS and CSS a page ships (inline and external), the page's transfer, and FCP over cold loads. */
export async function measureReadingPage(browser: Browser, distDir: string, path: string, samples: number): Promise<ReadingPageResult> {
  const server = await serveDist(distDir);
  try {
    const url = server.url + path;
    const context = await newContext(browser);
    const page = await context.newPage();
    const finished = recordRequests(page);
    const bodies = new Map<string, Buffer>();
    page.on('response', (r) => {
      const t = r.request().resourceType();
      if (t === 'script' || t === 'stylesheet' || t === 'document') {
        void r.body().then(
          (b) => bodies.set(r.url(), b),
          () => undefined,
        );
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const found = await page.evaluate(() => ({
      scripts: Array.from(document.querySelectorAll('script')).map((s) => ({ src: s.src, text: s.src ? '' : s.textContent })),
      styles: Array.from(document.querySelectorAll('style')).map((s) => s.textContent),
      links: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map((l) => l.href),
    }));
    await context.close();
    const assets: Asset[] = [];
    for (const s of found.scripts) {
      if (s.src) {
        const b = bodies.get(s.src);
        if (b) assets.push({ kind: 'script', url: s.src, bytes: b.length, gzip: gz(b) });
      } else assets.push({ kind: 'script', url: undefined, bytes: Buffer.byteLength(s.text), gzip: gz(s.text) });
    }
    for (const text of found.styles) assets.push({ kind: 'style', url: undefined, bytes: Buffer.byteLength(text), gzip: gz(text) });
    for (const href of found.links) {
      const b = bodies.get(href);
      if (b) assets.push({ kind: 'style', url: href, bytes: b.length, gzip: gz(b) });
    }
    // Scripts and styles fetched without an element in the final DOM (loaded by a script).
    for (const f of finished) {
      if ((f.type === 'script' || f.type === 'stylesheet') && !assets.some((a) => a.url === f.url)) {
        const b = bodies.get(f.url);
        if (b) assets.push({ kind: f.type === 'script' ? 'script' : 'style', url: f.url, bytes: b.length, gzip: gz(b) });
      }
    }
    const sum = (kind: Asset['kind']) => {
      const list = assets.filter((a) => a.kind === kind);
      const transferBytes = finished
        .filter((f) => f.type === (kind === 'script' ? 'script' : 'stylesheet'))
        .reduce((n, f) => n + f.transfer, 0);
      return {
        bytes: list.reduce((n, a) => n + a.bytes, 0),
        gzip: list.reduce((n, a) => n + a.gzip, 0),
        transferBytes,
        count: list.length,
      };
    };
    const html = bodies.get(url) ?? Buffer.alloc(0);

    const fcps: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const ctx = await newContext(browser);
      const p = await ctx.newPage();
      await p.goto(url, { waitUntil: 'load' });
      const t = await paintTimes(p);
      if (t.fcp !== undefined) fcps.push(t.fcp);
      if (t.load !== undefined) loads.push(t.load);
      await ctx.close();
    }
    return {
      path,
      htmlBytes: html.length,
      htmlGzip: gz(html),
      transferBytes: finished.reduce((n, f) => n + f.transfer, 0),
      requests: finished.length,
      js: sum('script'),
      css: sum('style'),
      assets,
      fcpSamplesMs: fcps,
      fcpMedianMs: median(fcps),
      loadMedianMs: median(loads),
    };
  } finally {
    server.close();
  }
}

declare global {
  interface Window {
    __bench?: { t0: number; dom: number; painted: number; status: string };
  }
}

/**
 * Opens the search page (no query), then for each query in turn fills the search box (one input
 * event, as a paste or an IME commit) and waits for the status line to change from “Searching…”
 * to a count. The time includes search.js's 150 ms input debounce. Bytes are every response
 * between the input event and 500 ms after the results rendered, text files gzip-compressed.
 */
export async function measureSearch(browser: Browser, distDir: string, path: string, queries: readonly string[]): Promise<SearchResult> {
  // Served as a static host serves text, gzip-compressed: the bytes a reader downloads.
  const server = await serveDist(distDir, '/', 0, { gzip: true });
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    const finished = recordRequests(page);
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const input = document.getElementById('search-q');
      const status = document.getElementById('search-status');
      if (!input || !status) throw new Error('search page has no #search-q or #search-status');
      const b = { t0: 0, dom: 0, painted: 0, status: '' };
      window.__bench = b;
      input.addEventListener(
        'input',
        () => {
          b.t0 = performance.now();
          b.dom = 0;
          b.painted = 0;
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const text = status.textContent;
        if (b.t0 === 0 || b.dom !== 0 || text === '' || text.startsWith('Searching')) return;
        b.dom = performance.now();
        b.status = text;
        // The frame after the change: rAF runs before the paint, the task it posts after it.
        requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const out: QueryResult[] = [];
    for (const query of queries) {
      const from = performance.now();
      await page.locator('#search-q').fill(query);
      await page.waitForFunction(() => (window.__bench?.painted ?? 0) > 0, undefined, { timeout: 120_000 });
      await page.waitForTimeout(500);
      const b = await page.evaluate(() => ({ ...window.__bench, results: document.querySelectorAll('#search-results li').length }));
      const fetched = finished.filter((f) => f.at >= from);
      finished.length = 0;
      out.push({
        query,
        ms: (b.painted ?? 0) - (b.t0 ?? 0),
        domMs: (b.dom ?? 0) - (b.t0 ?? 0),
        bytes: fetched.reduce((n, f) => n + f.transfer, 0),
        requests: fetched.length,
        status: b.status ?? '',
        results: b.results,
      });
    }
    await context.close();
    return { path, queries: out };
  } finally {
    server.close();
  }
}

/** Launches Chromium as the tests do. */
export function launch(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}
