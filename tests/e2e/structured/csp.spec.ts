/**
 * The Content-Security-Policy on the structured fixture's reading pages (src/integrations/csp.ts):
 * the outline, Cite dialog run under it, and the outline still indents
 * its entries by depth now that the depth is a data attribute instead of a (blocked) style="".
 */
import { expect, test } from '@playwright/test';
import { expectPolicyFirst, watchCsp } from '../csp.ts';
import { NOTICE, PREFIXES, REGULATION, pagePath } from './fixture.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const prefix of PREFIXES) {
  for (const slug of [REGULATION, NOTICE]) {
    test(`/${prefix}${slug}: the page keeps its policy while the outline and Cite are used`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      const csp = await watchCsp(page);
      await page.goto(pagePath(prefix, slug));
      await expectPolicyFirst(page);
      await page.locator('#outline .outline-side a[data-outline]').nth(1).click();
      const clause = page.locator('.seg:has(> .seg-tools)').nth(2);
      await clause.hover();
      await clause.locator(':scope > .seg-tools [data-cite-clause]').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await csp.expectNone();
    });
  }
}

test('the outline indents an entry by its depth', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('', REGULATION));
  const indent = (id: string) =>
    page.locator(`#outline .outline-side li:has(> a[data-outline="${id}"])`).evaluate((li) => parseFloat(getComputedStyle(li).paddingLeft));
  // ch3 is a chapter (depth 0), ch3-s1 a section in it (depth 1).
  expect(await indent('ch3')).toBe(0);
  expect(await indent('ch3-s1')).toBeGreaterThan(10);
});
