/**
 * Offline reading, two ways:
 * - the built site opened from disk (file://): styles, links, reader controls, popovers work;
 *   search says it needs the site served;
 * - served over HTTP, the service worker (dist/sw.js) precaches the shell (under 5 MB): after one
 *   visit the shell, the pages opened and the searches made work offline; a reader can keep a
 *   document offline and remove it; and a new build replaces the cached shell cleanly: its worker
 *   waits, the page offers a reload (in the interface's language), and the reload brings the new
 *   build whole.
 * Runs against dist/ as built by `npx astro build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveDist } from '../../scripts/lib/serve-dist.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { audit } from '../helpers/axe.ts';
import { cachedUrls, opens, precacheManifest, searchResults, serveSwitchable, waitForServiceWorker } from './offline-helpers.ts';
import { publishedDocs } from './site.ts';

const DIST = resolve(process.env.DUIZHAO_TEST_DIST ?? 'dist');
const fileUrl = (path: string) => pathToFileURL(join(DIST, path)).href;

/** Fails the test on any uncaught error in the page. */
/** Reloads until the page offers the update a newly deployed build's waiting worker brings. */
async function reloadUntilNotice(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.locator('.update-notice button')).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 90_000 });
}

function noPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('from disk (file://)', () => {
  test('the home page is styled and its links lead to the reading pages', async ({ page }) => {
    const errors = noPageErrors(page);
    await page.goto(fileUrl('index.html'));
    const header = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(header).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('main a[href^="documents/"]').first().click();
    await expect(page).toHaveURL(/^file:\/\/.*\/documents\/[^/]+\/index\.html$/);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.seg').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('on a reading page: glossary links, modes, pinyin, popovers and the script toggle work', async ({ page }) => {
    const errors = noPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fileUrl('documents/seven-departments-graduates-community-jobs/index.html'));

    // Every glossary link's target is a file in the build.
    const termHrefs = await page.locator('.terms > a:not(.xref)').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(termHrefs.length).toBeGreaterThan(0);
    for (const href of new Set(termHrefs)) {
      const file = fileURLToPath(href);
      expect(file.startsWith(DIST), href).toBe(true);
      expect(existsSync(file), href).toBe(true);
    }

    // Reading modes.
    const zh = page.locator('#m1 .zh').first();
    const en = page.locator('#m1 .en').first();
    await page.getByLabel('Chinese only').check();
    await expect(en).toBeHidden();
    await expect(zh).toBeVisible();
    await page.getByLabel('English only').check();
    await expect(zh).toBeHidden();
    await page.getByLabel('Side by side').check();
    await expect(zh).toBeVisible();
    await expect(en).toBeVisible();

    // Pinyin.
    await expect(page.locator('.py')).toHaveCount(0);
    await page.locator('#pinyin-toggle').check();
    await expect.poll(() => page.locator('.py').count()).toBeGreaterThan(0); // the pinyin file loads on request
    await page.locator('#pinyin-toggle').uncheck();

    // A glossary popover.
    const term = page.locator('.terms > a:not(.xref)').first();
    const id = /([^/]+)\/index\.html$/.exec((await term.getAttribute('href')) ?? '')?.[1];
    await term.click();
    const pop = page.locator(`[popover].term-pop#term-${id}`);
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();

    // The script toggle goes to the same page in traditional script.
    await page.locator('.site-header a.script-toggle').click();
    await expect(page).toHaveURL(/^file:\/\/.*\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html(#.*)?$/);
    await expect(page.locator('html')).toHaveAttribute('data-script', 'hant');
    await expect(page.locator('.seg').first()).toBeVisible();
    // And the language switch to the same page with a Chinese interface, three levels deeper.
    await page.locator('.site-header a.ui-toggle').click();
    await expect(page).toHaveURL(/^file:\/\/.*\/zh\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html(#.*)?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('.toolbar legend')).toHaveText('閱讀方式');
    await page.locator('nav a', { hasText: '術語表' }).click();
    await expect(page).toHaveURL(/^file:\/\/.*\/zh\/hant\/glossary\/index\.html$/);
    await expect(page.locator('h1')).toHaveText('術語表');
    expect(errors).toEqual([]);
  });

  test('the search page says plainly that search needs the site served', async ({ page }) => {
    await page.goto(fileUrl('search/index.html') + '?q=择业期');
    await expect(page.locator('#search-status')).toContainText('npm start');
  });
});

test.describe('the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('precaches the shell only, under 5 MB: home, search and offline pages, Pagefind entry files, no reading page', () => {
    const manifest = precacheManifest(join(DIST, 'sw.js'));
    const urls = [...manifest.keys()];
    const bytes = urls.reduce((n, u) => n + statSync(join(DIST, u)).size, 0);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    for (const prefix of ['', 'hant/', 'zh/', 'zh/hant/'])
      for (const page of ['', 'search/', 'offline/']) expect(urls, `${prefix}${page}`).toContain(`${prefix}${page}index.html`);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'search/opencc-t2cn.js'])
      expect(urls).toContain(file);
    expect(urls.filter((u) => /^(.*\/)?documents\/|pagefind\/(index|fragment)\//.test(u))).toEqual([]);
  });

  test('after one visit, the shell and the pages opened work offline, and a search done online works again', async ({ page, context }) => {
    test.setTimeout(90_000);
    const [opened, notOpened] = publishedDocs().map((d) => `documents/${d.slug}/index.html`);
    const query = `search/index.html?q=${encodeURIComponent('择业期')}`;
    const server = await serveDist(DIST, '/', 0);
    let online: string[];
    try {
      await page.goto(`${server.url}index.html`);
      const { scope, script } = await waitForServiceWorker(page);
      expect(scope).toBe(server.url);
      expect(script).toBe(`${server.url}sw.js`);
      await page.goto(`${server.url}${opened}`);
      await expect(page.locator('h1').first()).toBeVisible();
      online = await searchResults(page, `${server.url}${query}`);
    } finally {
      // Offline for real: the browser's network is off and the server is gone.
      server.server.closeAllConnections();
      server.close();
    }
    await context.setOffline(true);

    for (const path of ['index.html', 'hant/index.html', 'search/index.html', 'glossary/index.html', 'about/index.html', opened!]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
      const header = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(header, path).not.toBe('rgba(0, 0, 0, 0)');
    }
    // A page never opened is not there (no fallback page stands in for it).
    expect(await opens(page, `${server.url}${notOpened}`)).toBe(false);
    // Following a link works too.
    await page.goto(`${server.url}index.html`);
    await page.locator('nav a', { hasText: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary\/index\.html$/);
    await expect(page.locator('h1').first()).toBeVisible();

    // Search: Pagefind's entry, wasm and filters are precached; the index chunks and fragments the
    // online search fetched are cached, so the same search finds the same clauses.
    expect(await searchResults(page, `${server.url}${query}`)).toEqual(online);
    // A traditional query needs the t2cn converter (precached) and finds the same clauses.
    const hant = await searchResults(page, `${server.url}hant/search/index.html?q=${encodeURIComponent('擇業期')}`);
    expect(hant.length).toBe(online.length);
    await context.setOffline(false);
  });

  test('a document kept offline from its page can be read and found offline, and removed again', async ({ page, context }) => {
    test.setTimeout(120_000);
    const docs = publishedDocs();
    const kept = docs.find((d) => d.slug === 'seven-departments-graduates-community-jobs')!;
    const other = docs.find((d) => d !== kept)!;
    const keptPage = `documents/${kept.slug}/index.html`;
    const server = await serveSwitchable(DIST);
    try {
      // The offline page lists the whole corpus and each collection with its size; nothing kept yet.
      await page.goto(`${server.url}offline/index.html`);
      await waitForServiceWorker(page);
      const corpus = page.locator('[data-collection=""]');
      await expect(corpus).toContainText(`Every document 0 of ${docs.length} kept · `);
      await expect(corpus.locator('.offline-count')).toHaveText(/ · [\d.]+ (KB|MB)$/);
      await expect(corpus.getByRole('button')).toHaveText(/^Keep offline \([\d.]+ (KB|MB)\)$/);
      await expect(page.locator('[data-collection="news-report"]')).toContainText('News report');
      await expect(page.locator('#offline-storage')).toContainText('This site uses');

      // Keep one document from its reading page.
      await page.goto(`${server.url}${keptPage}`);
      const control = page.locator('.offline-keep');
      await expect(control.getByRole('button')).toHaveText(/^Keep offline \([\d.]+ (KB|MB)\)$/);
      await control.getByRole('button').click();
      await expect(control.getByRole('status')).toHaveText('Kept offline.');
      await expect(control.getByRole('button')).toHaveText('Remove from offline');
      await page.goto(`${server.url}offline/index.html`);
      await expect(corpus.locator('.offline-count')).toHaveText(new RegExp(`^1 of ${docs.length} kept · `));

      // Offline: it reads, and a search never made online finds it, marked as available offline.
      server.down();
      await context.setOffline(true);
      const response = await page.goto(`${server.url}${keptPage}`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('.seg').first()).toBeVisible();
      expect(await opens(page, `${server.url}documents/${other.slug}/index.html`)).toBe(false);
      const hits = await searchResults(page, `${server.url}search/index.html?q=${encodeURIComponent('择业期')}`);
      expect(hits.length).toBeGreaterThan(0);
      const heading = page.locator('#search-results h2[data-href]').first();
      await expect(heading).toContainText('Available offline');
      await expect(heading.locator('a')).toHaveAttribute('href', new RegExp(`documents/${kept.slug}/index\\.html$`));
      await context.setOffline(false);
      server.up();

      // Removed, it is gone offline.
      await page.goto(`${server.url}${keptPage}`);
      await control.getByRole('button', { name: 'Remove from offline' }).click();
      await expect(control.getByRole('status')).toHaveText('Removed from offline.');
      await expect(control.getByRole('button')).toHaveText(/^Keep offline/);
      server.down();
      await context.setOffline(true);
      expect(await opens(page, `${server.url}${keptPage}`)).toBe(false);
      await context.setOffline(false);
      server.up();
    } finally {
      await server.close();
    }
  });

  test.describe('a new build', () => {
    const EDITED = 'about/index.html';
    const NEW_TEXT = 'About Duizhao (second build)';
    let b: string;

    test.beforeAll(async () => {
      // The second build: the first one with one page's text changed, and its service worker
      // regenerated by the build's own generator (src/integrations/service-worker.ts).
      b = mkdtempSync(join(tmpdir(), 'duizhao-build-b-'));
      cpSync(DIST, b, { recursive: true });
      const file = join(b, EDITED);
      const html = readFileSync(file, 'utf8');
      const edited = html.replace(/<h1>About Duizhao /, `<h1>${NEW_TEXT} `);
      expect(edited).not.toBe(html);
      writeFileSync(file, edited);
      await writeServiceWorker(b);
    });
    test.afterAll(() => {
      if (b) rmSync(b, { recursive: true, force: true });
    });

    test('replaces the cached copy: new text online and offline, no entry of the old revision', async ({ page, context }) => {
      // The new worker installs and takes over in its own time: on a loaded 2-core machine that
      // has taken more than 30 s (seen in CI), so the wait is generous; the assertions are not.
      test.setTimeout(150_000);
      const a = precacheManifest(join(DIST, 'sw.js'));
      const bManifest = precacheManifest(join(b, 'sw.js'));
      const oldRev = a.get(EDITED)!;
      const newRev = bManifest.get(EDITED)!;
      expect(oldRev).toMatch(/^[0-9a-f]{32}$/);
      expect(newRev).toMatch(/^[0-9a-f]{32}$/);
      expect(newRev).not.toBe(oldRev);
      // Only the edited page's revision differs.
      const changed = [...bManifest].filter(([url, rev]) => a.get(url) !== rev).map(([url]) => url);
      expect(changed).toEqual([EDITED]);

      const server = await serveSwitchable(DIST);
      try {
        // Build A: visit, then offline and back.
        await page.goto(`${server.url}index.html`);
        await waitForServiceWorker(page);
        server.down();
        await context.setOffline(true);
        await page.goto(`${server.url}${EDITED}`);
        await expect(page.locator('h1')).toHaveText(/^About Duizhao /);
        await context.setOffline(false);
        server.up();

        // The first worker came with no notice.
        await expect(page.locator('.update-notice')).toHaveCount(0);

        // Build B at the same origin: its worker installs and waits, and the page says so.
        server.serve(b);
        await reloadUntilNotice(page);
        const notice = page.getByRole('status').filter({ hasText: 'newer version' });
        await expect(notice).toHaveText('A newer version of this site is available. Reload');
        // Until the reader reloads, the page stays build A's whole.
        await expect(page.locator('h1')).toHaveText(/^About Duizhao /);
        await page.goto(`${server.url}${EDITED}`);
        await expect(page.locator('h1')).toHaveText(/^About Duizhao /);
        await notice.getByRole('button', { name: 'Reload' }).click();
        await expect(page.locator('h1')).toHaveText(new RegExp(`^${NEW_TEXT.replace(/[()]/g, '\\$&')} `), { timeout: 30_000 });
        await expect(page.locator('.update-notice')).toHaveCount(0);

        // The cache holds build B's precache exactly: the edited page at its new revision only.
        const cached = await cachedUrls(page);
        const precacheNames = Object.keys(cached).filter((n) => n.includes('precache'));
        expect(precacheNames).toHaveLength(1);
        const keys = cached[precacheNames[0]!]!;
        const edited = keys.filter((u) => new URL(u).pathname === `/${EDITED}`);
        expect(edited).toEqual([`${server.url}${EDITED}?__WB_REVISION__=${newRev}`]);
        expect(keys.some((u) => u.includes(oldRev))).toBe(false);
        expect(keys.length).toBe(bManifest.size);

        // And offline, the new text is what is read.
        server.down();
        await context.setOffline(true);
        const response = await page.goto(`${server.url}${EDITED}`);
        expect(response?.fromServiceWorker()).toBe(true);
        await expect(page.locator('h1')).toHaveText(new RegExp(`^${NEW_TEXT.replace(/[()]/g, '\\$&')} `));
        await context.setOffline(false);
      } finally {
        await server.close();
      }
    });

    test('is offered in the Chinese interface, accessibly, and the reload switches to it', async ({ page }) => {
      test.setTimeout(150_000);
      const server = await serveSwitchable(DIST);
      try {
        await page.goto(`${server.url}zh/hant/index.html`);
        await waitForServiceWorker(page);
        await page.reload();
        await expect(page.locator('.update-notice')).toHaveCount(0);
        server.serve(b);
        await reloadUntilNotice(page);
        const notice = page.getByRole('status').filter({ hasText: '新版本' });
        await expect(notice).toHaveText('本站已有新版本。 重新載入');
        await audit(page, 'the update notice (zh-Hant)');
        // The reload happens once, with the new worker in control: the English page edited in B is new.
        await page.evaluate(() => ((window as unknown as { stale?: boolean }).stale = true));
        const reloaded = page.waitForEvent('load');
        await notice.getByRole('button', { name: '重新載入' }).click();
        await reloaded;
        await expect(page).toHaveURL(/\/zh\/hant\/index\.html$/);
        expect(await page.evaluate(() => (window as unknown as { stale?: boolean }).stale ?? false)).toBe(false);
        await expect(page.locator('.update-notice')).toHaveCount(0);
        await page.goto(`${server.url}${EDITED}`);
        await expect(page.locator('h1')).toHaveText(new RegExp(`^${NEW_TEXT.replace(/[()]/g, '\\$&')} `));
      } finally {
        await server.close();
      }
    });
  });
});
