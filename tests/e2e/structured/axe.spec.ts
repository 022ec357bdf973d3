/** Accessibility (axe) of the structured pages: both documents, both scripts, every reading mode, the phone outline. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PREFIXES, REGULATION, fixtureDocs, pagePath } from './fixture.ts';

// The same rule set as tests/a11y/axe.spec.ts, so the fixture site is held to the site's bar.
async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  expect(summary, what).toEqual([]);
}

for (const prefix of PREFIXES) {
  for (const doc of fixtureDocs) {
    for (const mode of ['side', 'interleaved', 'zh', 'en']) {
      test(`axe: /${prefix}${doc.slug} in mode ${mode}`, async ({ page }) => {
        await page.goto(pagePath(prefix, doc.slug));
        await page.locator(`#mode-${mode}`).check();
        await audit(page, `${prefix}${doc.slug} ${mode}`);
      });
    }

    test(`axe: /${prefix}${doc.slug} at 390 px with the outline open`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(pagePath(prefix, doc.slug));
      await page.locator('#outline .outline-fold > summary').click();
      await expect(page.locator('#outline .outline-fold nav a').first()).toBeVisible();
      await audit(page, `${prefix}${doc.slug} phone outline`);
    });
  }

  test(`axe: /${prefix}${REGULATION} with the Cite dialog of an untranslated article open`, async ({ page }) => {
    await page.goto(`${pagePath(prefix, REGULATION)}#art28`);
    await page.locator('#art28 > .seg-tools [data-cite-clause]').click();
    await expect(page.locator('#cite-dialog')).toBeVisible();
    await audit(page, `${prefix} cite dialog art28`);
  });
}
