import { expect, test } from '@playwright/test';
import { audit } from '../helpers/axe.ts';
import { PAGE_TYPES, publishedDocs } from '../e2e/site.ts';

const docs = publishedDocs();

for (const prefix of ['', 'hant/']) {
  // The glossary's two long listings differ from the simplified ones only in script: audited in
  // simplified here and in the Chinese interface below (25–35 s each; the suite has a budget).
  for (const type of prefix === '' ? PAGE_TYPES : PAGE_TYPES.filter((x) => !x.startsWith('glossary'))) {
    test(`axe: /${prefix}${type}`, async ({ page }) => {
      await page.goto(`${prefix}${type}index.html`);
      await audit(page, `${prefix}${type}`);
    });
  }
  for (const doc of docs) {
    // The reading modes are layouts, the same in both scripts: side by side for every page, the
    // interleaved layout for one document. Chinese only and English only hide one column of the
    // side-by-side layout (display: none), so what they show is audited in 'side' (axe takes
    // 10–25 s a reading page; the suite has a budget).
    for (const mode of prefix === '' && doc === docs[0] ? ['side', 'interleaved'] : ['side']) {
      test(`axe: /${prefix}documents/${doc.slug}/ in mode ${mode}`, async ({ page }) => {
        await page.goto(`${prefix}documents/${doc.slug}/index.html`);
        await page.locator(`#mode-${mode}`).check();
        await audit(page, `${prefix}${doc.slug} ${mode}`);
      });
    }
  }
}

test('axe: the offline page, its collections shown', async ({ page }) => {
  await page.goto('offline/index.html');
  await expect(page.locator('[data-collection=""] button')).toHaveText(/^Keep offline/);
  await audit(page, 'offline');
});

test('axe: dark colour scheme, phone width, pinyin on', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`documents/${docs[0]!.slug}/index.html`);
  await page.locator('#pinyin-toggle').check();
  await audit(page, 'dark phone pinyin');
  await context.close();
});

for (const prefix of ['', 'hant/']) {
  test(`axe: /${prefix}search/ with results and filters open`, async ({ page }) => {
    await page.goto(`${prefix}search/index.html?q=${encodeURIComponent('社会组织 community')}`);
    await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible();
    await expect(page.locator('#search-filters input').first()).toBeVisible();
    await audit(page, `${prefix}search results`);
  });
}

test('axe: a glossary popover open', async ({ page }) => {
  await page.goto(`documents/${docs[0]!.slug}/index.html`);
  await page.locator('.segments .terms > a:not(.xref)').first().click();
  await expect(page.locator('[popover]:popover-open')).toBeVisible();
  await audit(page, 'popover open');
});

test('axe: the citation dialog of a clause open', async ({ page }) => {
  await page.goto('documents/seven-departments-graduates-community-jobs/index.html#m4');
  await page.locator('#m4 > .seg-tools [data-cite-clause]').click();
  await expect(page.locator('#cite-dialog')).toBeVisible();
  await audit(page, 'citation dialog open');
});

// The Chinese interface: every page type, each reading page, search with results, and the
// citation dialog (its labels follow the interface); in traditional script, the reading pages.
for (const prefix of ['zh/', 'zh/hant/']) {
  for (const type of prefix === 'zh/' ? PAGE_TYPES : []) {
    test(`axe: /${prefix}${type}`, async ({ page }) => {
      await page.goto(`${prefix}${type}index.html`);
      await audit(page, `${prefix}${type}`);
    });
  }
  for (const doc of docs) {
    test(`axe: /${prefix}documents/${doc.slug}/`, async ({ page }) => {
      await page.goto(`${prefix}documents/${doc.slug}/index.html`);
      await audit(page, `${prefix}${doc.slug}`);
    });
  }
  if (prefix !== 'zh/') continue;
  test(`axe: /${prefix}glossary/min-zheng-bu/ and search results`, async ({ page }) => {
    await page.goto(`${prefix}glossary/min-zheng-bu/index.html`);
    await audit(page, `${prefix}glossary entry`);
    await page.goto(`${prefix}search/index.html?q=${encodeURIComponent('社会组织 community')}`);
    await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible();
    await audit(page, `${prefix}search results`);
  });
  test(`axe: /${prefix} citation dialog open`, async ({ page }) => {
    await page.goto(`${prefix}documents/seven-departments-graduates-community-jobs/index.html#m4`);
    await page.locator('#m4 > .seg-tools [data-cite-clause]').click();
    await expect(page.locator('#cite-dialog')).toBeVisible();
    await audit(page, `${prefix} citation dialog open`);
  });
}
