import { expect, test, type Page } from '@playwright/test';
import { QUERIES } from './search-queries.ts';

/** Runs a query on the search page (of a script edition) and returns the ranked clause links. */
async function search(page: Page, query: string, prefix = ''): Promise<string[]> {
  await page.goto(`${prefix}search/index.html?q=${encodeURIComponent(query)}`);
  const status = page.locator('#search-status');
  await expect(status).not.toHaveText(/^(Searching…)?$/, { timeout: 15_000 });
  const hits = await page.locator('#search-results li[data-rank]').evaluateAll((lis) =>
    lis
      .map((li) => ({ rank: Number(li.getAttribute('data-rank')), href: li.querySelector('a')!.getAttribute('href')! }))
      .sort((a, b) => a.rank - b.rank)
      .map((h) => h.href),
  );
  return hits;
}

/** "documents/<slug>/index.html#<id>" → "<slug>#<id>", whatever the script prefix. */
function clauseOf(href: string): string {
  const m = /documents\/([^/]+)\/index\.html#(.+)$/.exec(href);
  return m ? `${m[1]}#${m[2]}` : href;
}

test.describe('the query set', () => {
  for (const [query, clause] of QUERIES) {
    test(`“${query}” finds ${clause} in the top three`, async ({ page }) => {
      const top = (await search(page, query)).slice(0, 3).map(clauseOf);
      expect(top).toContain(clause);
    });
  }
});

test('results open in the reader’s script, from a traditional page, for a simplified query', async ({ page }) => {
  const hits = await search(page, '创业担保贷款', 'hant/');
  expect(hits[0]).toMatch(/^\.\.\/\.\.\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html#m1$/);
  await expect(page.locator('#search-results li[data-rank] p[lang="zh-Hant"]').first()).toContainText('創業擔保貸款');
  await page.locator('#search-results li[data-rank="0"] a').click();
  await expect(page).toHaveURL(/\/hant\/documents\/seven-departments-graduates-community-jobs\/index\.html#m1$/);
  await expect(page.locator('#m1')).toBeInViewport();
});

test('matched words are highlighted in both languages', async ({ page }) => {
  await search(page, '社会工作站 stations');
  const first = page.locator('#search-results li[data-rank]').first();
  await expect(first.locator('p[lang="zh-Hans"] mark').first()).toBeVisible();
  await expect(first.locator('p[lang="en"] mark').first()).toBeVisible();
});

test('glossary entries come first', async ({ page }) => {
  await search(page, '乡镇社会工作站');
  const headings = await page.locator('#search-results h2').allTextContents();
  expect(headings[0]).toBe('Glossary');
  await expect(page.locator('.glossary-hits a').first()).toHaveAttribute(
    'href',
    /glossary\/xiang-zhen-she-hui-gong-zuo-zhan\/index\.html$/,
  );
});

test('filters narrow the results and are kept in the URL', async ({ page }) => {
  await search(page, '社会组织');
  await expect(page.locator('#search-results h2:not(:has-text("Glossary"))')).toHaveCount(2);
  await page.getByRole('checkbox', { name: /Ministry of Human Resources and Social Security/ }).check();
  await expect(page.locator('#search-results h2:not(:has-text("Glossary"))')).toHaveCount(1);
  await expect(page).toHaveURL(/body=Ministry\+of\+Human/);
  await expect(page.locator('#search-status')).toHaveText(/clauses? in 1 document/);
  // The counts are the query's before narrowing (search/facets.json sums the per-document counts):
  // the other ministry still offers its clauses.
  const civil = page.getByRole('checkbox', { name: /Ministry of Civil Affairs \(\d+\)/ });
  await expect(civil).not.toBeChecked();
  // A chosen value in the address narrows the first search too.
  await page.goto('search/index.html?q=%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87&body=Ministry+of+Education&type=news-report');
  await expect(page.locator('#search-status')).toHaveText(/clauses? in 1 document/);
  await expect(page.locator('#search-results h2 a[href*="seven-departments"]')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: /Ministry of Education/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /News report/ })).toBeChecked();
});

test('the header box searches from any page, and / focuses it', async ({ page }) => {
  await page.goto('about/index.html');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('择业期');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/index\.html\?q=%E6%8B%A9/);
  await expect(page.locator('#search-results li[data-rank]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript', async ({ page }) => {
    await page.goto('search/index.html?q=x');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});

test('long result lists load a page at a time, with counts for every document', async ({ page }) => {
  await search(page, 'and');
  const status = await page.locator('#search-status').textContent();
  const total = Number(/^(\d+) clauses/.exec(status ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  const headings = await page.locator('#search-results h2:not(:has-text("Glossary"))').allTextContents();
  const sum = headings.map((h) => Number(/(\d+) clauses?$/.exec(h)?.[1])).reduce((a, b) => a + b, 0);
  expect(sum).toBe(total);
  await expect(page.locator('#search-results li[data-rank]')).toHaveCount(20);
  await page.getByRole('button', { name: /Show more results/ }).click();
  await expect(page.locator('#search-results li[data-rank]')).toHaveCount(Math.min(total, 40));
});
