/** The Chinese a reader sees is the source's text, character for character, in both scripts. */
import { expect, test, type Page } from '@playwright/test';
import { cleanedSource, fixtureDocs, pagePath, toTraditional } from './fixture.ts';

/** The title and every Chinese part of the text, in page order, whitespace removed. */
async function pageChinese(page: Page): Promise<string> {
  const parts = await page.locator('.doc-header h1.zh-title, .segments .zh').evaluateAll((els) => els.map((e) => e.textContent));
  return parts.join('').replace(/[\s\u3000]/g, '');
}

for (const doc of fixtureDocs) {
  test(`${doc.slug}: the simplified page's Chinese is the source's lines ${doc.source.lines.join('–')}`, async ({ page }) => {
    await page.goto(pagePath('', doc.slug));
    const source = cleanedSource(doc);
    // Guards against comparing two empty strings if the source range were wrong.
    expect(source.length).toBeGreaterThan(500);
    expect(await pageChinese(page)).toBe(source);
    await expect(page.locator('.segments .zh:not([lang="zh-Hans"])')).toHaveCount(0);
  });

  test(`${doc.slug}: the traditional page's Chinese is OpenCC cn→tw of the source`, async ({ page }) => {
    await page.goto(pagePath('hant/', doc.slug));
    const expected = toTraditional(cleanedSource(doc));
    // Conversion changed something, so this is not the simplified text passing by accident.
    expect(expected).not.toBe(cleanedSource(doc));
    expect(await pageChinese(page)).toBe(expected);
    await expect(page.locator('.segments .zh:not([lang="zh-Hant"])')).toHaveCount(0);
    await expect(page.locator('h1.zh-title')).toHaveAttribute('lang', 'zh-Hant');
  });
}
