/** The Cite dialog gives each kind of law subdivision its pinpoint, in every citation format. */
import { expect, test, type Page } from '@playwright/test';
import { CANONICAL, PREFIXES, REGULATION, pagePath, pinOf, regulation } from './fixture.ts';

/**
 * The nodes cited, one of each shape, with their pinpoints written out by hand as an oracle
 * independent of src/lib/structure (the tests also compare with what that code computes).
 */
const CASES = [
  {
    id: 'art16-1-2-1',
    what: 'a sub-item',
    text: 'art. 16(ii)(1)',
    long: 'Article 16, item (2), sub-item 1',
    zh: '第十六条第（二）项第1目',
  },
  {
    id: 'art10-1-3',
    what: 'an item of a one-paragraph article',
    text: 'art. 10(iii)',
    long: 'Article 10, item (3)',
    zh: '第十条第（三）项',
  },
  { id: 'art2-2', what: 'a paragraph of a multi-paragraph article', text: 'art. 2(2)', long: 'Article 2, paragraph 2', zh: '第二条第二款' },
  {
    id: 'art29-2-2',
    what: 'an item of a paragraph',
    text: 'art. 29(2)(ii)',
    long: 'Article 29, paragraph 2, item (2)',
    zh: '第二十九条第二款第（二）项',
  },
  { id: 'art21', what: 'an article', text: 'art. 21', long: 'Article 21', zh: '第二十一条' },
  { id: 'art15a', what: 'an inserted article (之一)', text: 'art. 15-1', long: 'Article 15-1', zh: '第十五条之一' },
  { id: 'ch5', what: 'a chapter', text: 'ch. 5', long: 'Chapter 5', zh: '第五章' },
  { id: 'ch3-s1', what: 'a section', text: 'ch. 3, sec. 1', long: 'Chapter 3, Section 1', zh: '第三章第一节' },
] as const;

/**
 * Opens the Cite dialog of a node from the keyboard, as the clause tools promise: the clause
 * number, then Tab past Copy to Cite. (Pointer access is tested on its own below.)
 */
async function openCite(page: Page, id: string) {
  await page.locator(`[id="${id}"] > .seg-id`).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const button = page.locator(`[id="${id}"] > .seg-tools [data-cite-clause]`);
  await expect(button).toBeFocused();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#cite-dialog');
  await expect(dialog).toBeVisible();
  return { dialog, button };
}

test('the hand-written pinpoints agree with the tree’s', () => {
  for (const c of CASES) {
    const at = pinOf(regulation, c.id);
    expect({ text: at.text, long: at.long, zh: at.zh }, c.id).toEqual({ text: c.text, long: c.long, zh: c.zh });
  }
});

for (const c of CASES) {
  for (const prefix of PREFIXES) {
    test(`/${prefix}: Cite on ${c.what} (${c.id}) pinpoints ${c.text} in every format`, async ({ page }) => {
      const at = pinOf(regulation, c.id);
      const key = `duizhao-${REGULATION}`;
      await page.goto(pagePath(prefix, REGULATION));
      const { dialog, button } = await openCite(page, c.id);
      await expect(button).toHaveAttribute('data-pin-text', c.text);
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Cite ${c.id}: ${c.text}`);
      const part = (p: string) => dialog.locator(`[data-cite-part="${p}"]`);
      // Chicago note: the pinpoint, then the access date and the clause's own permanent link.
      await expect(part('chicago:0')).toContainText(`, ${c.text}, accessed `);
      await expect(part('chicago:0')).toContainText(`${CANONICAL}${prefix}documents/${REGULATION}/v/${regulation.revised}/#${c.id}.`);
      // In-text citations end with the pinpoint inside their parentheses (MLA after the quoted short title).
      await expect(part('apa:0')).toHaveText(new RegExp(`, ${escape(at.apa)}\\)$`));
      await expect(part('mla:0')).toHaveText(new RegExp(`,” ${escape(at.mla)}\\)$`));
      await expect(part('bibtex:1')).toHaveText(`\\cite[${c.text.replace(' ', '~')}]{${key}}`);
      await expect(part('csl-json:1')).toHaveText(`[@${key}, ${c.text}]`);
      const target = dialog.locator('[data-cite-target]');
      await expect(target).toContainText(`${c.long} (`);
      // The Chinese pinpoint, in either script (the traditional page may convert it).
      await expect(target).toContainText(
        new RegExp(`\\((${escape(c.zh)}|${escape(c.zh.replaceAll('条', '條').replaceAll('项', '項').replaceAll('节', '節'))})\\)`),
      );
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }
}

test('with a mouse, every clause’s Copy and Cite can be clicked while pointing at the clause', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('', REGULATION));
  test.setTimeout(120_000);
  const covered: string[] = [];
  for (const { id } of regulation.segments) {
    const row = page.locator(`[id="${id}"] > .row`);
    // The clause mid-window (clear of the sticky toolbar), the pointer on its first line.
    await row.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await row.hover({ position: { x: 200, y: 8 } });
    const hits = await page.locator(`[id="${id}"] > .seg-tools button`).evaluateAll((buttons) =>
      buttons.map((b) => {
        // What a click at the button's centre would reach: the button, or whatever is painted over it.
        const r = b.getBoundingClientRect();
        const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const under = e === b || b.contains(e) ? null : (e?.closest('.seg')?.id ?? e?.tagName ?? 'nothing');
        return { tool: b.textContent.trim(), under };
      }),
    );
    for (const h of hits) if (h.under !== null) covered.push(`${id} ${h.tool} (under ${h.under})`);
  }
  expect(covered).toEqual([]);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
