/**
 * The interface in English and in Chinese (both scripts): every page type speaks the interface's
 * language and marks every run of text; the language switch keeps the reader's place and is
 * remembered; alternates and the sitemap list every edition.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, publishedDocs } from './site.ts';
import { strayText } from './interface-language.ts';

const docs = publishedDocs();
const EDITIONS = [
  { prefix: '', lang: 'en' },
  { prefix: 'hant/', lang: 'en' },
  { prefix: 'zh/', lang: 'zh-Hans' },
  { prefix: 'zh/hant/', lang: 'zh-Hant' },
] as const;
const SEVEN = 'seven-departments-graduates-community-jobs';

async function openCiteDialog(page: Page): Promise<void> {
  await page.locator('#m4').hover();
  await page.locator('#m4 > .seg-tools [data-cite-clause]').click();
  await expect(page.locator('#cite-dialog')).toBeVisible();
}

for (const { prefix, lang } of EDITIONS) {
  const pages = [...PAGE_TYPES, 'glossary/min-zheng-bu/', ...docs.map((d) => `documents/${d.slug}/`)];
  for (const type of pages) {
    test(`/${prefix}${type}: interface in ${lang}, every run of text marked`, async ({ page }) => {
      await page.goto(`${prefix}${type}index.html${type === 'search/' ? '?q=社区' : ''}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (type === 'search/') await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible();
      if (type.startsWith('documents/')) {
        // The clause tools and the citation dialog are built by the page script: read them too.
        await page.locator('#cite').evaluate((e) => ((e as HTMLDetailsElement).open = true));
        if (type.includes(SEVEN)) await openCiteDialog(page);
      }
      expect(await strayText(page)).toEqual([]);
    });
  }
}

test('the Chinese interface names dates, types and the inferred year in Chinese', async ({ page }) => {
  await page.goto('zh/index.html');
  const card = page.locator('.doc-card', { hasText: '民政部' }).first();
  await expect(card.locator('.meta')).toContainText('2020年7月1日（年份系推定）');
  await page.goto('zh/hant/documents/mca-social-organisations-poverty-alleviation-symposium/index.html');
  await expect(page.locator('.facts')).toContainText('2020年7月1日');
  await expect(page.locator('.facts .badge')).toHaveText('年份係推定');
  await expect(page.locator('.facts')).toContainText('新聞報導');
});

test('the Chinese glossary groups pinyin order by initial letter and names categories in Chinese', async ({ page }) => {
  await page.goto('zh/glossary/index.html');
  const letters = await page.locator('main section h2').allTextContents();
  const initials = letters.map((l) => l.charAt(0));
  expect(initials.length).toBeGreaterThan(3);
  expect(initials).toEqual([...initials].sort());
  await page.goto('zh/glossary/categories/index.html');
  await expect(page.locator('main h2').first()).toHaveText(/^机构（?\s?\(?\d+/);
  await page.goto('zh/hant/glossary/categories/index.html');
  await expect(page.locator('main h2').first()).toHaveText(/^機構/);
});

test('the language switch keeps the clause, in the same script, and is remembered', async ({ page }) => {
  await page.goto(`hant/documents/${SEVEN}/index.html#m6`);
  const toggle = page.locator('header a.ui-toggle');
  await expect(toggle).toHaveText('中文');
  await expect(toggle).toHaveAttribute('lang', 'zh-Hant');
  await toggle.click();
  await expect(page).toHaveURL(new RegExp(`/zh/hant/documents/${SEVEN}/index\\.html#m6$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('#m6')).toBeInViewport();
  // Remembered: an English address opens in the Chinese interface, fragment kept.
  await page.goto(`documents/${SEVEN}/index.html#m3`);
  await expect(page).toHaveURL(new RegExp(`/zh/documents/${SEVEN}/index\\.html#m3$`));
  // And back: the switch says “English”, and the choice sticks again.
  await page.locator('header a.ui-toggle').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SEVEN}/index\\.html#m3$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('zh/about/index.html');
  await expect(page).toHaveURL(/\/about\/index\.html$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language and script switches are plain links to the same page', async ({ page }) => {
    await page.goto(`zh/documents/${SEVEN}/index.html`);
    await expect(page.locator('header a.ui-toggle')).toHaveAttribute('href', `../../../documents/${SEVEN}/index.html`);
    await expect(page.locator('header a.script-toggle')).toHaveAttribute('href', `../../hant/documents/${SEVEN}/index.html`);
    await page.locator('header a.ui-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#m4 .zh')).toBeVisible();
  });
});

test('every edition lists the others as alternates by absolute address', async ({ page }) => {
  const site = 'https://duizhao.example.org/';
  for (const { prefix } of EDITIONS) {
    await page.goto(`${prefix}documents/${SEVEN}/index.html`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang') ?? ''} ${l.getAttribute('href') ?? ''}`));
    expect(alternates.sort()).toEqual(
      [
        `en ${site}documents/${SEVEN}/`,
        `x-default ${site}documents/${SEVEN}/`,
        `zh-Hans ${site}zh/documents/${SEVEN}/`,
        `zh-Hant ${site}zh/hant/documents/${SEVEN}/`,
      ].sort(),
    );
  }
});

test('the sitemap lists every page in every edition with its language alternates', async ({ request }) => {
  const xml = await (await request.get('sitemap-0.xml')).text();
  const site = 'https://duizhao.example.org/';
  for (const { prefix } of EDITIONS) expect(xml).toContain(`<loc>${site}${prefix}documents/${SEVEN}/</loc>`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hant" href="${site}zh/hant/about/"/>`);
  // Four editions of each page, each with three language alternates.
  const locs = xml.match(/<loc>/g)?.length ?? 0;
  expect(locs % 4).toBe(0);
  expect(xml.match(/<xhtml:link /g)?.length).toBe(locs * 3);
});
