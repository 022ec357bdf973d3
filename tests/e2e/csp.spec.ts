/**
 * The Content-Security-Policy of every page type (src/integrations/csp.ts): each page carries its
 * policy first in <head>, and nothing a reader does breaks it: reading, the glossary, search
 * (Pagefind's script, worker and wasm; opencc-t2cn for a traditional query), the Cite dialog and
 * copying a clause, in the English and Chinese interfaces and in traditional script.
 */
import { expect, test, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectPolicyFirst, watchCsp } from './csp.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Several pages per test: about 15 s on an idle machine, more than 30 s on a loaded one.
test.describe.configure({ timeout: 90_000 });

const DOCS = ['seven-departments-graduates-community-jobs', 'mca-social-organisations-poverty-alleviation-symposium'];
const PAGES = ['', 'about/', 'glossary/', 'glossary/categories/', 'glossary/chuang-ye-dan-bao-dai-kuan/'];

for (const ui of ['', 'zh/']) {
  test(`/${ui}: home, about and glossary pages keep their policy`, async ({ page }) => {
    const csp = await watchCsp(page);
    for (const p of PAGES) {
      await page.goto(`${ui}${p}index.html`);
      await expectPolicyFirst(page);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    // A glossary term's popover, opened by the page script.
    await page.goto(`${ui}documents/${DOCS[0] ?? ''}/index.html`);
    await page.locator('.terms > a:not(.xref)').first().click();
    await expect(page.locator('[popover]:popover-open')).toHaveCount(1);
    await csp.expectNone();
  });

  for (const doc of DOCS) {
    test(`/${ui}documents/${doc}/: the Cite dialog and Copy keep the policy`, async ({ page }) => {
      const csp = await watchCsp(page);
      await page.goto(`${ui}documents/${doc}/index.html`);
      const policy = await expectPolicyFirst(page);
      // The one inline script (the head's, which sets the reading mode before the first paint) is
      // allowed by hash; the interface strings, page, clause tools and service worker registration
      // are files of the site ('self'), and the tools they build are there.
      expect(policy.match(/'sha256-/g)?.length).toBeGreaterThanOrEqual(1);
      expect(policy).toContain("script-src 'self'");
      await expect(
        page.locator(
          'script[src*="scripts/strings-"], script[src*="scripts/page."], script[src*="scripts/clause-tools."], script[src*="scripts/sw-register."]',
        ),
      ).toHaveCount(4);
      const clause = page.locator('.seg:has(> .seg-tools)').nth(1);
      await clause.hover();
      await clause.locator(':scope > .seg-tools [data-copy-clause]').click();
      await expect(page.getByRole('status').and(page.locator('#copy-status'))).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('https://duizhao.example.org/');
      await clause.hover();
      await clause.locator(':scope > .seg-tools [data-cite-clause]').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('[data-cite-part="chicago:0"]')).not.toBeEmpty();
      await dialog.locator('[data-copy-part="chicago:0"]').click();
      await expect(page.getByRole('status').and(page.locator('#copy-status'))).not.toBeEmpty();
      await csp.expectNone();
    });
  }
}

async function searchFor(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectPolicyFirst(page);
  await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible({ timeout: 20_000 });
}

test('search finds results under the policy, with a traditional query (opencc) and in the Chinese interface', async ({ page }) => {
  const csp = await watchCsp(page);
  await searchFor(page, `search/index.html?q=${encodeURIComponent('social organisations')}`);
  await searchFor(page, `hant/search/index.html?q=${encodeURIComponent('創業擔保貸款')}`);
  await searchFor(page, `zh/search/index.html?q=${encodeURIComponent('社会组织')}`);
  await csp.expectNone();
});

test('traditional-script pages (hant/, zh/hant/) keep their policy', async ({ page }) => {
  const csp = await watchCsp(page);
  for (const p of ['hant/', 'zh/hant/', `hant/documents/${DOCS[1] ?? ''}/`, 'hant/glossary/']) {
    await page.goto(`${p}index.html`);
    await expectPolicyFirst(page);
  }
  await csp.expectNone();
});

test('the policy is in force: an injected inline script is blocked and reported', async ({ page }) => {
  await watchCsp(page);
  await page.goto(`documents/${DOCS[0] ?? ''}/index.html`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true;';
    document.body.append(s);
  });
  await expect
    .poll(() => page.evaluate(() => window.cspViolations ?? []))
    .toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('from disk (file://), where Chromium matches self against file: URLs, reading pages keep their policy', async ({ page }) => {
  const csp = await watchCsp(page);
  const dist = resolve(process.env.DUIZHAO_TEST_DIST ?? 'dist');
  await page.goto(pathToFileURL(join(dist, 'index.html')).href);
  await expectPolicyFirst(page);
  // A script of the site's own (the search page's t2cn table) loads under script-src 'self'.
  const loaded = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const s = document.createElement('script');
        s.src = 'search/opencc-t2cn.js';
        s.onload = () => {
          done(typeof (window as { OpenCC?: unknown }).OpenCC);
        };
        s.onerror = () => {
          done('error');
        };
        document.head.append(s);
      }),
  );
  expect(loaded).toBe('object');
  await page.goto(pathToFileURL(join(dist, 'zh', 'hant', 'documents', DOCS[0] ?? '', 'index.html')).href);
  await page.getByRole('radio').last().check();
  await page.locator('.terms > a:not(.xref)').first().click();
  await expect(page.locator('[popover]:popover-open')).toHaveCount(1);
  await csp.expectNone();
});
