/** Accessibility (axe) of the structured pages: both documents, both scripts, every reading mode, the phone outline; an amended document's earlier text and comparison. */
import { expect, test } from '@playwright/test';
import { audit } from '../../helpers/axe.ts';
import { PREFIXES, REGULATION, fixtureDocs, pagePath } from './fixture.ts';

for (const prefix of PREFIXES) {
  for (const doc of fixtureDocs) {
    // Reading modes are layouts, the same in both scripts: side by side everywhere, interleaved for
    // the regulation; Chinese only and English only hide a column of 'side' (see tests/a11y/axe.spec.ts).
    for (const mode of prefix === '' && doc.slug === REGULATION ? ['side', 'interleaved'] : ['side']) {
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

// Versions (one edition each: the pages share their components with the reading page audited above).
test('axe: an earlier version with a glossary card open (built from the shared cards file)', async ({ page }) => {
  await page.goto(`hant/documents/${REGULATION}/v/2026-11-24/index.html#art4-1`);
  await page.locator('.segments .terms > a:not(.xref)').first().click();
  await expect(page.locator('.term-pop:popover-open')).toBeVisible();
  await audit(page, 'hant earlier version, glossary card open');
});

test('axe: the changelog with its comparisons, Chinese interface', async ({ page }) => {
  await page.goto(`zh/documents/${REGULATION}/changes/index.html`);
  await audit(page, 'zh changes');
});

// An amended document's own page types, once each (the layout is the same in every edition).
const AMENDED = 'synthetic-ancient-trees-regulation';
test('axe: an earlier text of an amended document', async ({ page }) => {
  await page.goto(`documents/${AMENDED}/versions/2021-06-25/index.html`);
  await audit(page, 'version page');
});
test('axe: the comparison of two texts, in the Chinese interface in traditional script', async ({ page }) => {
  await page.goto(`zh/hant/documents/${AMENDED}/compare/2021-06-25/index.html`);
  await audit(page, 'compare page');
});
