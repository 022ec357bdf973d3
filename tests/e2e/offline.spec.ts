/**
 * Offline reading, two ways:
 * - the built site opened from disk (file://): styles, links, reader controls, popovers work;
 *   search says it needs the site served;
 * - served over HTTP, the service worker (dist/sw.js) precaches the site: after one visit every
 *   page and search work offline, and a new build replaces the cached copy cleanly: its worker
 *   waits, the page offers a reload (in the interface's language), and the reload brings the new
 *   build whole.
 * Runs against dist/ as built by `npx astro build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveDist } from '../../scripts/lib/serve-dist.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { audit } from '../helpers/axe.ts';
import { cachedUrls, precacheManifest, samplePages, searchResults, serveSwitchable, waitForServiceWorker } from './offline-helpers.ts';

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
    await expect(page.locator('[data-segment]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('on a reading page: glossary links, modes, pinyin, popovers and the script toggle work', async ({ page }) => {
    const errors = noPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fileUrl('documents/seven-departments-graduates-community-jobs/index.html'));

    // Every glossary link's target is a file in the build.
    const termHrefs = await page.locator('a.term').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    expect(await page.locator('.py').count()).toBeGreaterThan(0);
    await page.locator('#pinyin-toggle').uncheck();

    // A glossary popover.
    const term = page.locator('a.term').first();
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
    await expect(page.locator('[data-segment]').first()).toBeVisible();
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
  test('after one visit, the sample pages and search work offline', async ({ page, context }) => {
    test.setTimeout(60_000);
    const server = await serveDist(DIST, '/', 0);
    try {
      await page.goto(`${server.url}index.html`);
      const { scope, script } = await waitForServiceWorker(page);
      expect(scope).toBe(server.url);
      expect(script).toBe(`${server.url}sw.js`);
    } finally {
      // Offline for real: the browser's network is off and the server is gone.
      server.server.closeAllConnections();
      server.close();
    }
    await context.setOffline(true);

    for (const path of samplePages()) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
      const header = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(header, path).not.toBe('rgba(0, 0, 0, 0)');
    }
    // Following a link works too.
    await page.goto(`${server.url}index.html`);
    await page.locator('nav a', { hasText: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary\/index\.html$/);
    await expect(page.locator('h1').first()).toBeVisible();

    // Search: Pagefind's entry (fetched with ?ts=…), index, fragments and wasm come from the cache.
    const hits = await searchResults(page, `${server.url}search/index.html?q=${encodeURIComponent('择业期')}`);
    expect(hits.length).toBeGreaterThan(0);
    // A traditional query needs the t2cn converter, also from the cache.
    const hant = await searchResults(page, `${server.url}hant/search/index.html?q=${encodeURIComponent('擇業期')}`);
    expect(hant.length).toBeGreaterThan(0);
    await context.setOffline(false);
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
