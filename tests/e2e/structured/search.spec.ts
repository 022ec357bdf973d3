/**
 * Search in a law: a hit is the article with everything in it, named by its pinpoint and the
 * chapter or section it sits in, and it opens on the article. Expected values come from the
 * fixture's tree, not from the page.
 */
import { expect, test } from '@playwright/test';
import { enclosing, subtree } from '../../../src/lib/structure/tree.ts';
import { PREFIXES, REGULATION, node, pinOf, regulation, toTraditional } from './fixture.ts';

/** The article whose text (paragraphs and items included) holds a phrase, and its chapter or section. */
function articleWith(phrase: string): { id: string; label: string; within: string } {
  const article = regulation.tree.nodes.find(
    (n) =>
      n.kind === 'article' &&
      subtree(n)
        .map((x) => x.segment.zh)
        .join('')
        .includes(phrase),
  );
  if (!article) throw new Error(`no article holds ${phrase}`);
  const division = enclosing(node(regulation, article.id), ['section', 'chapter']);
  return { id: article.id, label: pinOf(regulation, article.id).text, within: division?.segment.zh ?? '' };
}

for (const prefix of PREFIXES) {
  test(`/${prefix}: a query finds the article, named by its pinpoint and its chapter, and opens on it`, async ({ page }) => {
    // A phrase of an item deep inside an article (art. 2(2)(iii) in the fixture): the hit is the article.
    const phrase = '可机器读取';
    const expected = articleWith(phrase);
    await page.goto(`${prefix}search/index.html?q=${encodeURIComponent(phrase)}`);
    const status = page.locator('#search-status');
    await expect(status).not.toHaveText(/^(Searching…)?$/, { timeout: 15_000 });
    const first = page.locator('#search-results li[data-rank="0"]');
    const link = first.locator('.hit-where a');
    await expect(link).toHaveText(expected.label);
    await expect(link).toHaveAttribute('href', new RegExp(`documents/${REGULATION}/index\\.html#${expected.id}$`));
    const within = first.locator('.hit-where [lang^="zh"]');
    await expect(within).toHaveText(prefix === 'hant/' ? toTraditional(expected.within) : expected.within);
    await expect(within).toHaveAttribute('lang', prefix === 'hant/' ? 'zh-Hant' : 'zh-Hans');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}documents/${REGULATION}/index\\.html#${expected.id}$`));
    await expect(page.locator(`#${expected.id}`)).toBeInViewport();
  });
}

test('an untranslated article is found by its Chinese', async ({ page }) => {
  const untranslated = regulation.tree.nodes.find((n) => n.kind === 'article' && n.segment.en === '' && n.segment.zh.length > 20);
  if (!untranslated) throw new Error('the fixture has no untranslated article');
  // Eight characters of its own text, past its printed number.
  const phrase = untranslated.segment.zh.replace(/^第[^条]+条\s*/, '').slice(0, 8);
  const expected = articleWith(phrase);
  await page.goto(`search/index.html?q=${encodeURIComponent(phrase)}`);
  await expect(page.locator('#search-status')).not.toHaveText(/^(Searching…)?$/, { timeout: 15_000 });
  const hrefs = await page.locator('#search-results li[data-rank] .hit-where a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.slice(0, 3).some((h) => h?.endsWith(`#${expected.id}`))).toBe(true);
});
