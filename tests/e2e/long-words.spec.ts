/**
 * A long unbroken string (a URL in a note, a pasted identifier, a mistake) must wrap where it
 * is, not widen the page: a 4,000-character word once made the page 45,720 px wide and put the
 * next column over the clause's Cite button. The word is synthetic, injected after load.
 */
import { expect, test, type Page } from '@playwright/test';

const DOC = 'documents/seven-departments-graduates-community-jobs/index.html';
const WORD = 'Synthetic'.padEnd(4000, 'x');

/** Appends the word to every element the selector matches, as text. */
async function inject(page: Page, selector: string): Promise<void> {
  const count = await page.locator(selector).evaluateAll((els, word) => {
    for (const el of els) el.append(` ${word}`);
    return els.length;
  }, WORD);
  expect(count, `nothing matches ${selector}`).toBeGreaterThan(0);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

for (const width of [390, 1280]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a 4,000-character word in a clause’s English and in a note wraps; the clause’s Cite button still works', async ({ page }) => {
      await page.goto(DOC);
      await inject(page, '#m4 > .row > .en');
      await inject(page, '.notes p');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      // The tools show on hover; a plain click, which Playwright refuses when another element would receive it.
      await page.locator('#m4 > .seg-id').hover();
      await page.locator('#m4 > .seg-tools [data-cite-clause]').click({ timeout: 5000 });
      await expect(page.getByRole('dialog')).toBeVisible();
    });

    test('a 4,000-character word in the provenance panel and the glossary wraps', async ({ page }) => {
      await page.goto(DOC);
      await inject(page, 'details.panel > p');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.goto('glossary/index.html');
      await inject(page, '.glossary-list > li');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.goto('glossary/ge-di/index.html');
      await inject(page, '.prose');
      await inject(page, '.occurrences li');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    });

    test('a 4,000-character word in a search result wraps', async ({ page }) => {
      await page.goto(`search/index.html?q=${encodeURIComponent('community')}`);
      await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible({ timeout: 20_000 });
      await inject(page, '#search-results li[data-rank] p');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    });
  });
}
