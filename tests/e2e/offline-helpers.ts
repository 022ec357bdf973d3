/** Helpers for the offline and sub-path browser tests: servers, the service worker, its caches. */
import { expect, type Page } from '@playwright/test';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SwitchableServer {
  url: string;
  /** Serve another directory from now on, at the same origin. */
  serve: (dir: string) => void;
  /** Refuse every request (and drop open connections), as a network that is down. */
  down: () => void;
  /** Accept requests again. */
  up: () => void;
  close: () => Promise<void>;
}

/** A static server at '/' whose directory can be swapped, for the "new build" test. */
export function serveSwitchable(dir: string): Promise<SwitchableServer> {
  let current = dir;
  let isDown = false;
  const server = createServer((req, res) => {
    if (isDown) {
      req.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(current, path));
    if (!file.startsWith(normalize(current))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        serve: (d) => {
          current = d;
        },
        down: () => {
          isDown = true;
          server.closeAllConnections();
        },
        up: () => {
          isDown = false;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Waits until the page's service worker is active and controls the page (reloading once if it
 * took over without claiming it), and returns its registration's scope and script.
 */
export async function waitForServiceWorker(page: Page): Promise<{ scope: string; script: string }> {
  const reg = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return { scope: r.scope, script: r.active?.scriptURL ?? '' };
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload();
    await expect.poll(controlled).toBe(true);
  }
  return reg;
}

/** The precache manifest in a generated sw.js: url → revision ('' when the URL is versioned). */
export function precacheManifest(swFile: string): Map<string, string> {
  const text = readFileSync(swFile, 'utf8');
  const entries = [...text.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)];
  return new Map(entries.map((m) => [m[1]!, m[2] ?? '']));
}

/** Every request URL held in the page's Cache Storage, by cache name. */
export function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    }
    return out;
  });
}

/** Runs a query on a search page URL and returns the result links once they are shown. */
export async function searchResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible({ timeout: 15_000 });
  return page.locator('#search-results li[data-rank] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Whether a URL opens as a page (false when the navigation fails or the response is an error). */
export async function opens(page: Page, url: string): Promise<boolean> {
  try {
    return (await page.goto(url))?.ok() ?? false;
  } catch {
    // The browser's error page may still be committing: let it, so the next navigation is not cut short.
    await page.waitForURL(/^chrome-error:/, { timeout: 5000 }).catch(() => undefined);
    await page.goto('about:blank');
    return false;
  }
}
