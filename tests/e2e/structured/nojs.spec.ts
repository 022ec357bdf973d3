/** Without JavaScript the structured page still reads, shows its outline and follows its cross-references. */
import { expect, test } from '@playwright/test';
import { NOTICE, REGULATION, pagePath, regulation } from './fixture.ts';

test.use({ javaScriptEnabled: false });

test('the regulation reads side by side with its outline, and Cite/Copy stay out of the way', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('', REGULATION));
  await expect(page.locator('#art21 > .row > .zh')).toBeVisible();
  await expect(page.locator('#art21 > .row > .en')).toBeVisible();
  await expect(page.locator('#art28 > .row > .en.untranslated')).toBeVisible();
  // The outline is the server's HTML: every chapter and section is there and visible.
  const chapters = regulation.segments.filter((s) => s.kind === 'chapter' || s.kind === 'section').map((s) => s.id);
  const links = page.locator('#outline .outline-side a[data-outline]');
  await expect(links).toHaveCount(chapters.length);
  for (const id of chapters) await expect(page.locator(`#outline .outline-side a[data-outline="${id}"]`)).toBeVisible();
  // The buttons need the script; without it they are not shown half-working.
  await expect(page.locator('#art21 > .seg-tools')).toBeHidden();
  await page.locator('#outline .outline-side a[data-outline="ch7"]').click();
  await expect(page).toHaveURL(/#ch7$/);
  await expect(page.locator('#ch7')).toBeInViewport();
});

test('on a phone the outline still folds and unfolds (native <details>)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pagePath('', REGULATION));
  const entry = page.locator('#outline .outline-fold a[data-outline="ch2"]');
  await expect(entry).toBeHidden();
  await expect(page.locator('#outline .outline-side')).toBeHidden();
  await page.locator('#outline .outline-fold > summary').click();
  await expect(entry).toBeVisible();
});

test('cross-references are plain links: within the regulation and from the notice to it', async ({ page }) => {
  await page.goto(pagePath('', REGULATION));
  await page.locator('#art15 > .row > .zh a.xref').click();
  await expect(page).toHaveURL(/#art10$/);
  await expect(page.locator('#art10')).toBeInViewport();
  expect(await page.locator('#art10').evaluate((e) => e.matches(':target'))).toBe(true);

  await page.goto(pagePath('hant/', NOTICE));
  await page.locator('#p4 > .row > .zh a.xref').click();
  await expect(page).toHaveURL(new RegExp(`/hant/documents/${REGULATION}/index\\.html#art21$`));
  await expect(page.locator('#art21')).toBeInViewport();
  expect(await page.locator('#art21').evaluate((e) => e.matches(':target'))).toBe(true);
});
