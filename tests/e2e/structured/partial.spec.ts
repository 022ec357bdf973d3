/** A partial translation: the reader is told how far it goes, and untranslated clauses are cited in Chinese. */
import { expect, test, type Page } from '@playwright/test';
import { CANONICAL, PREFIXES, REGULATION, pagePath, pinOf, regulation, toTraditional, translatedArticles } from './fixture.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** An untranslated article of chapter V, found in the data rather than named by hand. */
const untranslated = regulation.tree.nodes.find((n) => n.kind === 'article' && n.parent?.id === 'ch5' && n.segment.translation === 'none')!;

/** The clipboard once the page has announced the copy (the write is asynchronous). */
async function copiedText(page: Page, announcement: RegExp): Promise<string> {
  await expect(page.getByRole('status').and(page.locator('#copy-status'))).toHaveText(announcement);
  return page.evaluate(() => navigator.clipboard.readText());
}

test('the fixture counts 23 of 49 articles as translated', () => {
  // Independent of the count's code: chapters I–III are articles 1–22 plus 15-1.
  expect(translatedArticles(regulation)).toEqual({ done: 23, total: 49 });
  expect(untranslated.id).toBe('art28');
});

for (const prefix of PREFIXES) {
  test(`/${prefix}: the progress notice says how many articles are in English`, async ({ page }) => {
    await page.goto(pagePath(prefix, REGULATION));
    const { done, total } = translatedArticles(regulation);
    await expect(page.locator('p.translation-progress')).toHaveText(
      `English: ${done} of ${total} articles translated so far. Untranslated articles show the Chinese text only; cite them in the original.`,
    );
  });

  test(`/${prefix}: an untranslated article of chapter V says so, and Cite and Copy cite the Chinese original`, async ({ page }) => {
    const id = untranslated.id;
    const at = pinOf(regulation, id);
    await page.goto(pagePath(prefix, REGULATION));
    const seg = page.locator(`#${id}`);
    await expect(seg.locator(':scope > .row > .en')).toHaveText('Not yet translated: the Chinese is the text.');
    await expect(seg.locator(':scope > .row > .en')).toHaveClass(/\buntranslated\b/);
    const title = page.locator('h1.zh-title');
    const pageTitle = (await title.textContent())?.trim() ?? '';

    const cite = seg.locator(':scope > .seg-tools [data-cite-clause]');
    await expect(cite).toHaveAttribute('data-untranslated', '');
    await seg.locator(':scope > .row').hover();
    await cite.click();
    const target = page.locator('#cite-dialog [data-cite-target]');
    await expect(target).toContainText('Not yet translated: cite the Chinese original');
    await expect(target).toContainText(`${at.long} (`);
    // One script per citation, the page's: 《title》 and pinpoint both simplified, or both traditional.
    const expected =
      prefix === 'hant/' ? `《${toTraditional(regulation.title.zh)}》${toTraditional(at.zh)}` : `《${regulation.title.zh}》${at.zh}`;
    const cited = target.locator('[lang^="zh"]').last();
    // Soft, so that the Copy check below still runs and reports on its own.
    await expect.soft(cited).toHaveText(expected);
    await expect.soft(cited).toHaveAttribute('lang', prefix === 'hant/' ? 'zh-Hant' : 'zh-Hans');
    await page.keyboard.press('Escape');

    await seg.locator(':scope > .row').hover();
    await seg.locator(':scope > .seg-tools [data-copy-clause]').click();
    const lines = (await copiedText(page, /copied\.$/)).split('\n');
    const zh = (await seg.locator(':scope > .row > .zh').textContent())?.trim();
    // The Chinese, the reference in Chinese (no English, which does not exist), the clause's link.
    expect(lines[0]).toBe(zh);
    expect
      .soft([`《${regulation.title.zh}》${at.zh}`, `《${toTraditional(regulation.title.zh)}》${toTraditional(at.zh)}`])
      .toContain(lines[1]);
    expect(lines[1]).toContain(`《${pageTitle}》`);
    expect(lines[2]).toBe(`${CANONICAL}${prefix}documents/${REGULATION}/v/${regulation.revised ?? ''}/#${id}`);
    expect(lines).toHaveLength(3);
  });
}

test('a draft translation is marked as draft, a reviewed one is not', async ({ page }) => {
  const draft = regulation.segments.find((s) => s.translation === 'draft' && s.kind === 'paragraph')!;
  const reviewed = regulation.segments.find((s) => s.translation === 'reviewed' && s.kind === 'paragraph')!;
  await page.goto(pagePath('', REGULATION));
  const en = page.locator(`[id="${draft.id}"] > .row > .en`);
  await expect(en).toHaveClass(/\bdraft\b/);
  await expect(en).toBeVisible();
  // What the reader sees: the words “Draft translation” before the English.
  expect(await en.evaluate((e) => getComputedStyle(e, '::before').content)).toContain('Draft translation');
  await expect(page.locator(`[id="${reviewed.id}"] > .row > .en`)).not.toHaveClass(/\bdraft\b/);
});
