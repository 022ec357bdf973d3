/** Cross-references in the Chinese are links that land on the clause they name, and clauses list what cites them. */
import { expect, test, type Page } from '@playwright/test';
import { NOTICE, PREFIXES, REGULATION, fixtureDocs, notice, pagePath, toTraditional } from './fixture.ts';

async function landsOn(page: Page, id: string) {
  const seg = page.locator(`[id="${id}"]`);
  await expect(seg).toBeInViewport();
  expect(await seg.evaluate((e) => e.matches(':target')), `${id} is :target`).toBe(true);
}

for (const prefix of PREFIXES) {
  const zh = (s: string) => (prefix === 'hant/' ? toTraditional(s) : s);

  test(`/${prefix}: art. 15's 本条例第十条 goes to art. 10, which lists art. 15 as citing it`, async ({ page }) => {
    await page.goto(pagePath(prefix, REGULATION));
    const link = page.locator('#art15 > .row > .zh a.xref', { hasText: zh('本条例第十条') });
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}documents/${REGULATION}/index\\.html#art10$`));
    await landsOn(page, 'art10');
    const citedBy = page.locator('#art10 > p.cited-by');
    await expect(citedBy).toHaveText('Cited by art. 15');
    await citedBy.getByRole('link', { name: 'art. 15' }).click();
    await landsOn(page, 'art15');
  });

  test(`/${prefix}: the notice's 《…条例》第二十一条 opens the regulation at art. 21 in the same script, and art. 21 lists the notice`, async ({
    page,
  }) => {
    await page.goto(pagePath(prefix, NOTICE));
    const link = page.locator('#p4 > .row > .zh a.xref');
    await expect(link).toHaveText(zh('《（虚构示例）临江市公共数据资源管理条例》第二十一条'));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}documents/${REGULATION}/index\\.html#art21$`));
    await expect(page.locator('h1.zh-title')).toHaveAttribute('lang', prefix === 'hant/' ? 'zh-Hant' : 'zh-Hans');
    await landsOn(page, 'art21');
    // The way back: the regulation names the notice (English title, paragraph) among art. 21's citers.
    const back = page.locator('#art21 > p.cited-by a', { hasText: notice.title.en });
    await expect(back).toHaveText(`${notice.title.en}, para. 4`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}documents/${NOTICE}/index\\.html#p4$`));
    await landsOn(page, 'p4');
  });
}

for (const doc of fixtureDocs) {
  test(`${doc.slug}: every cross-reference and cited-by link points at a clause that exists`, async ({ page, request }) => {
    await page.goto(pagePath('', doc.slug));
    const hrefs = await page
      .locator('.segments a.xref, .segments p.cited-by a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href);
      const id = decodeURIComponent(url.hash.slice(1));
      const html = await (await request.get(url.pathname)).text();
      expect(html, href).toMatch(new RegExp(`<div class="seg\\b[^"]*" id="${id.replace(/[^\w-]/g, '\\$&')}"`));
    }
  });
}
