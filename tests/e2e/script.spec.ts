import { expect, test } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { SCRIPT_EXCEPTIONS } from '../../src/lib/script-exceptions.ts';
import { publishedDocs } from './site.ts';

// The expected traditional text, built here from OpenCC and the exception data.
const convert = OpenCC.ConverterFactory(OpenCC.Locale.from['cn']!, OpenCC.Locale.to['tw']!, [
  SCRIPT_EXCEPTIONS.map((e) => [e.opencc, e.correct] as [string, string]),
]);
const SEVEN = 'documents/seven-departments-graduates-community-jobs/index.html';

for (const doc of publishedDocs()) {
  test(`${doc.slug}: every segment reads in traditional script`, async ({ page }) => {
    await page.goto(`hant/documents/${doc.slug}/index.html`);
    await expect(page.locator('h1.zh-title')).toHaveText(convert(doc.data.title.zh));
    await expect(page.locator('h1.zh-title')).toHaveAttribute('lang', 'zh-Hant');
    for (const s of doc.data.segments) {
      for (const u of [s]) {
        if (u.zh === '') continue;
        const zh = page.locator(`[id="${u.id}"] > .row > .zh`);
        await expect(zh).toHaveAttribute('lang', 'zh-Hant');
        expect(await zh.evaluate((e) => e.textContent), u.id).toBe(convert(u.zh));
        // English is untouched.
        expect((await page.locator(`[id="${u.id}"] > .row > .en`).textContent())?.trim()).toBe(u.en.trim());
      }
    }
  });
}

test('the script toggle keeps the fragment', async ({ page }) => {
  await page.goto(`${SEVEN}#m6`);
  await page.locator('header a[data-script-toggle]').click();
  await expect(page).toHaveURL(/\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html#m6$/);
  await expect(page.locator('#m6')).toBeInViewport();
  await page.locator('header a[data-script-toggle]').click();
  await expect(page).toHaveURL(/\/documents\/seven-departments-graduates-community-jobs\/index\.html#m6$/);
});

test('the script toggle keeps the place the reader scrolled to', async ({ page }) => {
  await page.goto(SEVEN);
  await page.locator('#m5').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('m5')!.scrollIntoView({ block: 'start' }));
  // The reading toolbar stays in view (sticky), so the reader need not scroll up to switch.
  await page.locator('.toolbar a[data-script-toggle]').click();
  await expect(page).toHaveURL(/#m5$/);
  await expect(page.locator('#m5')).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the header toggle keeps the place the reader scrolled to', async ({ page }) => {
    await page.goto(SEVEN);
    await page.evaluate(() => document.getElementById('m7')!.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(100);
    // Scrolling back up to the header to reach the toggle does not lose the place.
    await page.locator('header a[data-script-toggle]').click();
    await expect(page).toHaveURL(/\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html#m7$/);
    await expect(page.locator('#m7')).toBeInViewport();
  });
});

test('the home page and the glossary exist in traditional script', async ({ page }) => {
  await page.goto('hant/index.html');
  await expect(page.locator('.doc-card [lang="zh-Hant"]').first()).toBeVisible();
  await expect(page.getByText('七部門要求引導高校畢業生到城鄉社區就業創業')).toBeVisible();
  await page.goto('hant/glossary/min-zheng-bu/index.html');
  await expect(page.locator('h1 [lang="zh-Hant"]')).toHaveText('民政部');
});

test.describe('pinyin', () => {
  test('shows readings above the characters without entering the text', async ({ page }) => {
    await page.goto('documents/mca-social-organisations-poverty-alleviation-symposium/index.html');
    const zh = page.locator('#p5 > .row > .zh');
    const before = await zh.evaluate((e) => e.textContent);
    await page.getByLabel('Pinyin').check();
    // The readings come from the text's pinyin file, loaded when pinyin is first turned on.
    await expect(zh.locator('.py').first()).toBeAttached();
    // 银行 in 中国银行间市场交易商协会 reads yín háng.
    const readings = await zh.locator('.py').evaluateAll((spans) => spans.map((s) => `${s.textContent}:${s.getAttribute('data-py')}`));
    expect(readings.join(' ')).toContain('银:yín 行:háng');
    expect(await zh.evaluate((e) => e.textContent)).toBe(before);
    const shown = await zh
      .locator('.py')
      .first()
      .evaluate((e) => getComputedStyle(e, '::before').content);
    expect(shown).not.toBe('none');
    // Copying selects the text only: generated content is not part of the selection.
    const copied = await zh.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    });
    expect(copied).toBe(before);
  });

  test('is remembered and reads polyphones of the texts correctly', async ({ page }) => {
    await page.goto(SEVEN);
    await page.getByLabel('Pinyin').check();
    await page.reload();
    await expect(page.getByLabel('Pinyin')).toBeChecked();
    const m3 = page.locator('#m3 > .row > .zh .py');
    await expect(m3.first()).toBeAttached();
    const pairs = await m3.evaluateAll((spans) => spans.map((s) => [s.textContent, s.getAttribute('data-py')]));
    const text = pairs.map((p) => p[0]).join('');
    const at = (word: string) => {
      const i = text.indexOf(word);
      return pairs
        .slice(i, i + word.length)
        .map((p) => p[1])
        .join(' ');
    };
    expect(at('调解仲裁')).toBe('tiáo jiě zhòng cái');
    expect(at('发挥自身专长')).toBe('fā huī zì shēn zhuān cháng');
  });

  test('costs nothing when off: no reading spans in the page', async ({ page }) => {
    await page.goto(SEVEN);
    expect(await page.locator('.py').count()).toBe(0);
  });
});
