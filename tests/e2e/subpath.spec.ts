/**
 * The site built for a sub-path (DUIZHAO_BASE=/duizhao/) and served there: pages, the links
 * between them, search and the service worker all stay under /duizhao/.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist, type DistServer } from '../../scripts/lib/serve-dist.ts';
import { cachedUrls, searchResults, waitForServiceWorker } from './offline-helpers.ts';

const BASE = '/duizhao/';
// One build for the whole file, in one worker.
test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

let out: string;
let server: DistServer;
let stopServer = () => {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Inside the project: Astro builds an outDir outside it via the shared .astro/ directory,
  // which a concurrent build elsewhere would clobber.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  out = mkdtempSync(join(cache, 'duizhao-subpath-'));
  const r = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, PATH: `${resolve('node_modules/.bin')}:${process.env['PATH']}`, DUIZHAO_BASE: BASE, DUIZHAO_OUT: out },
    encoding: 'utf8',
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(existsSync(join(out, 'sw.js'))).toBe(true);
  server = await serveDist(out, BASE, 0);
  stopServer = server.close;
});

test.afterAll(() => {
  stopServer();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Records every request the page makes and every response that failed. */
function watch(page: Page): { urls: string[]; failures: string[] } {
  const seen = { urls: [] as string[], failures: [] as string[] };
  page.on('request', (r) => seen.urls.push(r.url()));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A request cut short by the page navigating away (e.g. the favicon when a result is
    // clicked) is not a missing resource; a 404 shows up as a response status below.
    if (error !== 'net::ERR_ABORTED') seen.failures.push(`${r.url()}: ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failures.push(`${r.url()}: ${r.status()}`);
  });
  return seen;
}

/** Every internal link on the page answers 200 from the server at the sub-path. */
async function linksResolve(page: Page) {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href.split('#')[0]!))]);
  const internal = hrefs.filter((h) => h.startsWith(new URL(server.url).origin));
  expect(internal.length).toBeGreaterThan(0);
  for (const href of internal) {
    expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
}

test('home, a reading page, its traditional variant and the glossary, linked to each other', async ({ page }) => {
  const seen = watch(page);
  await page.goto(`${server.url}index.html`);
  await expect(page.locator('h1').first()).toBeVisible();
  await linksResolve(page);

  await page.locator('main a[href^="documents/seven-departments-graduates-community-jobs/"]').first().click();
  await expect(page).toHaveURL(`${server.url}documents/seven-departments-graduates-community-jobs/index.html`);
  await expect(page.locator('#m1 .zh').first()).toBeVisible();
  await linksResolve(page);

  await page.locator('.site-header a.script-toggle').click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}hant/documents/seven-departments-graduates-community-jobs/index\\.html(#.*)?$`));
  await expect(page.locator('html')).toHaveAttribute('data-script', 'hant');
  await expect(page.locator('#m1 .zh').first()).toHaveAttribute('lang', 'zh-Hant');

  await page.locator('nav a', { hasText: 'Glossary' }).click();
  await expect(page).toHaveURL(`${server.url}hant/glossary/index.html`);
  await linksResolve(page);
  await page.locator('main a[href$="gao-xiao-bi-ye-sheng/index.html"]').first().click();
  await expect(page).toHaveURL(`${server.url}hant/glossary/gao-xiao-bi-ye-sheng/index.html`);

  await page.locator('.brand').click();
  await expect(page).toHaveURL(`${server.url}hant/index.html`);

  // The Chinese interface under the sub-path too.
  await page.locator('.site-header a.ui-toggle').click();
  await expect(page).toHaveURL(`${server.url}zh/hant/index.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await linksResolve(page);

  expect(seen.failures).toEqual([]);
  expect(seen.urls.filter((u) => !new URL(u).pathname.startsWith(BASE))).toEqual([]);
});

test('the service worker registers with the sub-path as its scope', async ({ page }) => {
  await page.goto(`${server.url}documents/seven-departments-graduates-community-jobs/index.html`);
  const { scope, script } = await waitForServiceWorker(page);
  expect(scope).toBe(server.url);
  expect(scope.endsWith(BASE)).toBe(true);
  expect(script).toBe(`${server.url}sw.js`);
});

test('a document kept offline is kept under the sub-path', async ({ page }) => {
  await page.goto(`${server.url}documents/seven-departments-graduates-community-jobs/index.html`);
  await waitForServiceWorker(page);
  const control = page.locator('.offline-keep');
  await control.getByRole('button').click();
  await expect(control.getByRole('status')).toHaveText('Kept offline.');
  const kept = (await cachedUrls(page))['duizhao-kept'] ?? [];
  expect(kept).toContain(`${server.url}documents/seven-departments-graduates-community-jobs/index.html`);
  expect(kept.some((u) => u.startsWith(`${server.url}pagefind/fragment/`))).toBe(true);
  expect(kept.filter((u) => !u.startsWith(server.url))).toEqual([]);
});

test('search works under the sub-path', async ({ page }) => {
  const seen = watch(page);
  const hits = await searchResults(page, `${server.url}search/index.html?q=${encodeURIComponent('择业期')}`);
  expect(hits.length).toBeGreaterThan(0);
  await page.locator('#search-results li[data-rank="0"] a').click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}documents/[^/]+/index\\.html#.+$`));
  await expect(page.locator('.seg').first()).toBeVisible();
  // From the traditional edition, results open in traditional script.
  await searchResults(page, `${server.url}hant/search/index.html?q=${encodeURIComponent('擇業期')}`);
  await page.locator('#search-results li[data-rank="0"] a').click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}hant/documents/[^/]+/index\\.html#.+$`));
  await expect(page.locator('.seg').first()).toBeVisible();
  expect(seen.failures).toEqual([]);
  expect(seen.urls.filter((u) => !new URL(u).pathname.startsWith(BASE))).toEqual([]);
});
