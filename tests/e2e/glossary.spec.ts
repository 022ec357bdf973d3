import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { publishedDocs } from './site.ts';

const MCA = 'documents/mca-social-organisations-poverty-alleviation-symposium/index.html';
const SEVEN = 'documents/seven-departments-graduates-community-jobs/index.html';
/** The entry a term link goes to: glossary/<id>/index.html. */
const termId = (href: string | null) => /([^/]+)\/index\.html$/.exec(href ?? '')?.[1] ?? '';
const entries = YAML.parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as {
  id: string;
  zh: string;
  en: string;
  category: string;
}[];

test('every listed term that occurs in the texts is annotated, and only glossary terms', async ({ page }) => {
  const seen = new Set<string>();
  for (const doc of publishedDocs()) {
    await page.goto(`documents/${doc.slug}/index.html`);
    for (const id of await page
      .locator('.segments .terms > a:not(.xref)')
      .evaluateAll((as) => as.map((a) => /([^/]+)\/index\.html$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '')))
      seen.add(id);
  }
  const ids = new Set(entries.map((e) => e.id));
  for (const id of seen) expect(ids.has(id), id).toBe(true);
  // Every entry occurs in the texts (the glossary covers the texts' terms, not a general dictionary).
  expect([...ids].filter((id) => !seen.has(id))).toEqual([]);
  expect(ids.size).toBeGreaterThanOrEqual(60);
});

test('annotation does not change the Chinese text of a segment', async ({ page }) => {
  await page.goto(SEVEN);
  const m2 = publishedDocs()
    .find((d) => d.slug.startsWith('seven'))!
    .data.segments.find((s) => s.id === 'm2')!;
  await expect(page.locator('#m2 .zh.terms > a:not(.xref)').first()).toBeVisible();
  expect(await page.locator('#m2 > .row > .zh').evaluate((e) => e.textContent)).toBe(m2.zh);
});

test('a clause links each term once, at its first occurrence', async ({ page }) => {
  await page.goto(SEVEN);
  const zh = page.locator('#p2 > .row > .zh');
  // 高校毕业生 (college graduates) occurs three times in the clause; one of them is a link.
  expect(((await zh.textContent()) ?? '').split('高校毕业生').length - 1).toBe(3);
  const links = zh.locator('a[href$="/gao-xiao-bi-ye-sheng/index.html"]');
  await expect(links).toHaveCount(1);
  expect(await links.textContent()).toBe('高校毕业生');
  // The first occurrence in the clause is the linked one.
  const before = await links.evaluate((a) => {
    let text = '';
    for (let n = a.previousSibling; n; n = n.previousSibling) text = (n.textContent ?? '') + text;
    return text;
  });
  expect(before).not.toContain('高校毕业生');
});

test('a term opens its popover by mouse, and Escape closes it and returns focus', async ({ page }) => {
  await page.goto(MCA);
  const term = page.locator('#p1 .terms > a[href$="/min-zheng-bu/index.html"]').first();
  await term.click();
  const pop = page.locator('#term-min-zheng-bu');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('Ministry of Civil Affairs');
  await expect(pop.getByRole('link', { name: /where it occurs/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(term).toBeFocused();
});

test('a term opens its popover from the keyboard', async ({ page }) => {
  await page.goto(MCA);
  const term = page.locator('#p1 .terms > a:not(.xref)').first();
  const id = termId(await term.getAttribute('href'));
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator(`#term-${id}`);
  await expect(pop).toBeVisible();
  // Focus moves into the popover (its close button); Tab reaches its link.
  await expect(pop.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pop).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('tapping a term opens its popover inside the viewport', async ({ page }) => {
    await page.goto(SEVEN);
    const term = page.locator('#m1 .terms > a:not(.xref)').first();
    const id = termId(await term.getAttribute('href'));
    await term.tap();
    const pop = page.locator(`#term-${id}`);
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a term link goes to its glossary entry', async ({ page }) => {
    await page.goto(MCA);
    await page.locator('#p1 .terms > a[href$="/min-zheng-bu/index.html"]').first().click();
    await expect(page).toHaveURL(/glossary\/min-zheng-bu\/index\.html$/);
    await expect(page.locator('h1')).toContainText('民政部');
  });
});

test('an entry page lists every occurrence, in both languages, linking back to the clause', async ({ page }) => {
  await page.goto('glossary/chuang-ye-dan-bao-dai-kuan/index.html');
  const items = page.locator('ol.occurrences > li');
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('p[lang="zh-Hans"] mark')).toHaveText('创业担保贷款');
  await expect(items.first().locator('p[lang="en"] mark')).toHaveText(/business start-up guaranteed loan/i);
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/seven-departments-graduates-community-jobs\/index\.html#m1$/);
});

test('the glossary sorts by pinyin and groups by category, in both scripts', async ({ page }) => {
  await page.goto('glossary/index.html');
  const pinyin = await page.locator('.glossary-list .pinyin').allTextContents();
  const plain = pinyin.map((p) =>
    p
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
  expect(plain).toEqual([...plain].sort((a, b) => a.localeCompare(b, 'en')));
  expect(pinyin.length).toBe(entries.length);
  await page.getByRole('link', { name: 'By category' }).click();
  await expect(page.getByRole('heading', { name: /^Institutions \(\d+\)$/ })).toBeVisible();
  await page.goto('hant/glossary/index.html');
  await expect(page.locator('.glossary-list [lang="zh-Hant"]').first()).toBeVisible();
  await expect(page.locator('#zhong-yang-wen-ming-ban [lang="zh-Hant"]').first()).toHaveText('中央文明辦');
});
