/** The regulation's outline: every chapter and section with its articles, beside the text or folded. */
import { expect, test } from '@playwright/test';
import { subtree } from '../../../src/lib/structure/tree.ts';
import { PREFIXES, REGULATION, pagePath, regulation, toTraditional } from './fixture.ts';

/** Chapters and sections in reading order with the first and last article number under each, from the MDX. */
const expected = regulation.tree.nodes
  .filter((n) => n.kind === 'chapter' || n.kind === 'section')
  .map((n) => {
    const numbers = subtree(n)
      .filter((a) => a.kind === 'article')
      .map((a) => a.segment.number ?? NaN);
    const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
    return { id: n.id, zh: n.segment.zh, en: n.segment.en, range: first === last ? `art. ${first}` : `arts. ${first}–${last}` };
  });

test('the fixture has the chapters and sections the outline is tested on', () => {
  expect(expected.map((e) => e.id)).toEqual(['ch1', 'ch2', 'ch3', 'ch3-s1', 'ch3-s2', 'ch4', 'ch5', 'ch6', 'ch7', 'ch8', 'ch9']);
  // An independent spot check: chapter III holds articles 14–22 (15-1 counted as 15), section 2 of it 18–22.
  expect(expected.find((e) => e.id === 'ch3')?.range).toBe('arts. 14–22');
  expect(expected.find((e) => e.id === 'ch3-s2')?.range).toBe('arts. 18–22');
});

for (const prefix of PREFIXES) {
  test(`/${prefix}: the outline lists every chapter and section in order with its articles, and an entry lands on its chapter`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pagePath(prefix, REGULATION));
    const links = page.locator('#outline .outline-side a[data-outline]');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-outline')))).toEqual(expected.map((e) => e.id));
    for (const [i, e] of expected.entries()) {
      const link = links.nth(i);
      await expect(link).toHaveAttribute('href', `#${e.id}`);
      await expect(link.locator('.outline-arts')).toHaveText(e.range);
      await expect(link.locator('.outline-en')).toHaveText(e.en);
      await expect(link.locator('[lang^="zh"]')).toHaveText(prefix === 'hant/' ? toTraditional(e.zh) : e.zh);
    }
    await page.locator('#outline .outline-side a[data-outline="ch6"]').click();
    await expect(page).toHaveURL(/#ch6$/);
    const ch6 = page.locator('#ch6');
    await expect(ch6).toBeInViewport();
    expect(await ch6.evaluate((e) => e.matches(':target'))).toBe(true);
  });
}

test('at 1280 px the outline stands open beside the text, its folded twin hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('', REGULATION));
  await expect(page.locator('#outline .outline-fold')).toBeHidden();
  await expect(page.locator('#outline .outline-side a[data-outline="ch1"]')).toBeVisible();
  await expect(page.locator('#outline .outline-side a[data-outline="ch1"]')).toBeInViewport();
  const outline = (await page.locator('#outline .outline-side').boundingBox())!;
  const text = (await page.locator('.segments').boundingBox())!;
  // Beside, not above: the outline ends left of where the text begins and they share rows.
  expect(outline.x + outline.width).toBeLessThanOrEqual(text.x);
  expect(outline.y).toBeLessThan(text.y + text.height);
  // It stays beside the text while reading far down (sticky).
  await page.locator('#art40').scrollIntoViewIfNeeded();
  await expect(page.locator('#outline .outline-side a[data-outline="ch7"]')).toBeInViewport();
});

test('at 390 px the outline is folded under “Contents” and opens on a tap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pagePath('', REGULATION));
  const summary = page.locator('#outline .outline-fold > summary');
  const first = page.locator('#outline .outline-fold a[data-outline="ch1"]');
  await expect(summary).toBeVisible();
  await expect(summary).toHaveText('Contents');
  await expect(first).toBeHidden();
  await summary.click();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/#ch1$/);
  await expect(page.locator('#ch1')).toBeInViewport();
});

test('scrolling to chapter V marks its outline entry as the place being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('', REGULATION));
  await expect(page.locator('#outline .outline-side [aria-current]')).toHaveCount(0);
  // A reader's scroll (the wheel), not a fragment: the mark follows scrolling, not only links.
  const top = await page.locator('#art29').evaluate((e) => e.getBoundingClientRect().top);
  await page.mouse.move(800, 400);
  await page.mouse.wheel(0, top - 100);
  await expect(page.locator('#outline .outline-side a[data-outline="ch5"]')).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('#outline .outline-side [aria-current]')).toHaveCount(1);
  // And it moves on when the reader does.
  const further = await page.locator('#art38').evaluate((e) => e.getBoundingClientRect().top);
  await page.mouse.wheel(0, further - 100);
  await expect(page.locator('#outline .outline-side a[data-outline="ch7"]')).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('#outline .outline-side a[data-outline="ch5"]')).not.toHaveAttribute('aria-current');
});
