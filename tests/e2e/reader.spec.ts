import { expect, test, type Page } from '@playwright/test';
import { cleanedSource, publishedDocs } from './site.ts';

const docs = publishedDocs();
const seven = 'documents/seven-departments-graduates-community-jobs/index.html';

/** The Chinese text a reader sees on a reading page: title and every Chinese part, in order. */
async function pageChinese(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.doc-header h1.zh-title, .segments .zh')].map((e) => e.textContent).join(''));
}

test('there are published documents to read', () => {
  expect(docs.length).toBeGreaterThanOrEqual(2);
});

for (const doc of docs) {
  test(`${doc.slug}: the Chinese text is the source's text, every character`, async ({ page }) => {
    await page.goto(`documents/${doc.slug}/index.html`);
    expect(await pageChinese(page)).toBe(cleanedSource(doc));
  });

  test(`${doc.slug}: every segment is addressable, aligned and language-tagged`, async ({ page }) => {
    await page.goto(`documents/${doc.slug}/index.html`);
    const ids = doc.data.segments.map((s) => s.id);
    for (const s of doc.data.segments) {
      for (const unit of [s]) {
        const el = page.locator(`.seg[id="${unit.id}"]`);
        await expect(el).toHaveCount(1);
        if (unit.zh === '') continue;
        const zh = el.locator(':scope > .row > .zh');
        await expect(zh).toHaveAttribute('lang', 'zh-Hans');
        expect(await zh.evaluate((e) => e.textContent)).toBe(unit.zh);
        const en = el.locator(':scope > .row > .en');
        await expect(en).toHaveAttribute('lang', 'en');
        expect((await en.textContent())?.trim()).toBe(unit.en.trim());
      }
    }
    expect(await page.locator('.seg').count()).toBe(ids.length);
  });
}

test('reading modes switch and are remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(seven);
  const zh = page.locator('#m1 .zh').first();
  const en = page.locator('#m1 .en').first();
  // Default on a wide screen: side by side.
  let [z, e] = [await zh.boundingBox(), await en.boundingBox()];
  expect(e!.x).toBeGreaterThan(z!.x + z!.width - 1);
  await page.getByLabel('Interleaved').check();
  [z, e] = [await zh.boundingBox(), await en.boundingBox()];
  expect(e!.y).toBeGreaterThan(z!.y + z!.height - 1);
  await page.getByLabel('Chinese only').check();
  await expect(en).toBeHidden();
  await expect(zh).toBeVisible();
  await page.getByLabel('English only').check();
  await expect(zh).toBeHidden();
  await expect(en).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('English only')).toBeChecked();
  await expect(zh).toBeHidden();
});

test('in Chinese only, a paragraph with points reads as one paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('documents/mca-social-organisations-poverty-alleviation-symposium/index.html');
  await page.getByLabel('Chinese only').check();
  const lead = await page.locator('#p3 > .row > .zh').boundingBox();
  const first = await page.locator('#p3-1 .zh').boundingBox();
  // The first point continues on the lead's line instead of starting a new block.
  expect(first!.y).toBeLessThan(lead!.y + lead!.height);
});

test('a segment named in the URL is scrolled to and marked', async ({ page }) => {
  await page.goto(`${seven}#m4`);
  const m4 = page.locator('#m4');
  await expect(m4).toBeInViewport();
  const marked = await m4.evaluate((e) => getComputedStyle(e).backgroundColor);
  const other = await page.locator('#m3').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(marked).not.toBe(other);
});

test('the pull quote links to the measure it repeats', async ({ page }) => {
  await page.goto(seven);
  await page.locator('#pullquote-label a[href="#m4"]').click();
  await expect(page).toHaveURL(/#m4$/);
  const quote = await page.locator('#pullquote .zh').textContent();
  expect(await page.locator('#m4 .zh').textContent()).toContain(quote);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page reads side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(seven);
    const z = await page.locator('#m8 .zh').boundingBox();
    const e = await page.locator('#m8 .en').boundingBox();
    expect(e!.x).toBeGreaterThan(z!.x + z!.width - 1);
    await expect(page.locator('#pinyin-toggle')).toBeHidden();
  });

  test('the page reads interleaved on a phone, and the modes still work', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(seven);
    const z = await page.locator('#m8 .zh').boundingBox();
    const e = await page.locator('#m8 .en').boundingBox();
    expect(e!.y).toBeGreaterThan(z!.y + z!.height - 1);
    await page.getByLabel('English only').check();
    await expect(page.locator('#m8 .zh')).toBeHidden();
  });
});
