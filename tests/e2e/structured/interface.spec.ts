/**
 * The law and the notice in the Chinese interface, both scripts: the margin, outline, “cited by”,
 * furniture labels, partial-translation note and Cite dialog speak Chinese, every run of text is
 * marked, and axe passes; the untranslated article still says so in the interface's language.
 */
import { expect, test } from '@playwright/test';
import { audit } from '../../helpers/axe.ts';
import { strayText } from '../interface-language.ts';
import { NOTICE, REGULATION, fixtureDocs, pagePath } from './fixture.ts';

for (const prefix of ['zh/', 'zh/hant/']) {
  const hant = prefix === 'zh/hant/';
  for (const doc of fixtureDocs) {
    test(`/${prefix}${doc.slug}: Chinese interface, every run of text marked, axe`, async ({ page }) => {
      await page.goto(pagePath(prefix, doc.slug));
      await expect(page.locator('html')).toHaveAttribute('lang', hant ? 'zh-Hant' : 'zh-Hans');
      await page.locator('#cite').evaluate((e) => ((e as HTMLDetailsElement).open = true));
      expect(await strayText(page)).toEqual([]);
      await audit(page, `${prefix}${doc.slug}`);
    });
  }

  test(`/${prefix}${REGULATION}: margins, outline, progress and the Cite dialog in Chinese`, async ({ page }) => {
    await page.goto(`${pagePath(prefix, REGULATION)}#art21`);
    await expect(page.locator('#art21 > a.seg-id')).toHaveText(hant ? '第21條' : '第21条');
    // Items are numbered as the law prints them.
    await expect(page.locator('#art24-1-2 > a.seg-id')).toHaveText('（二）');
    await expect(page.locator('#art21 > a.seg-id')).toHaveAttribute(
      'aria-label',
      hant ? '第21條，第二十一條的連結' : '第21条，第二十一条的链接',
    );
    await expect(page.locator('.outline-side .outline-arts').first()).toHaveText(hant ? /^第一條至第.+條$/ : /^第一条至第.+条$/);
    await expect(page.locator('p.translation-progress')).toContainText(hant ? '已譯' : '已译');
    await expect(page.locator('#art28 .untranslated')).toHaveText(hant ? '尚未翻譯：以中文為準。' : '尚未翻译：以中文为准。');
    // As a reader's pointer goes: onto the article's own line, then down to its Cite button (which
    // lies over the first paragraph's margin).
    await page.locator('#art28 > .row').hover();
    await page.locator('#art28 > .seg-tools [data-cite-clause]').click();
    await expect(page.locator('#cite-dialog h2')).toHaveText(hant ? '引用 art28：第二十八條' : '引用 art28：第二十八条');
    await expect(page.locator('#cite-dialog [data-cite-target]')).toContainText(hant ? '尚未翻譯' : '尚未翻译');
    // The citations themselves stay English: they cite an English translation.
    await expect(page.locator('#cite-dialog pre[data-cite-part="chicago:0"]')).toHaveAttribute('lang', 'en');
  });

  test(`/${prefix}${NOTICE}: the formal parts are labelled in Chinese`, async ({ page }) => {
    await page.goto(pagePath(prefix, NOTICE));
    await expect(page.locator('.kind-label').first()).toHaveText(hant ? '發文字號' : '发文字号');
  });
}
