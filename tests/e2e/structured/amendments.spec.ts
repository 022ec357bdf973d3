/**
 * An amended document: the synthetic regulation in two texts (2021 as adopted, 2024 as amended:
 * article 4 inserted, old article 8 deleted, article 9 amended, old 4–7 renumbered 5–8). Its
 * earlier text's page is marked and leads to the current one; the comparison shows the
 * renumbering, the deleted and added articles in place and the changed words; it all reads
 * without JavaScript and in both scripts; the export carries the versions.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { strayText } from '../interface-language.ts';

/** The committed export schema (the served one only adds its $id). */
function validateDocument(data: unknown): string[] {
  const schema = JSON.parse(readFileSync('src/lib/schema/document.schema.json', 'utf8')) as object;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'https://example.org/data/index.json'));
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

const SLUG = 'synthetic-ancient-trees-regulation';
const OLD = '2021-06-25';
const current = (prefix = '') => `${prefix}documents/${SLUG}/index.html`;
const versionPage = (prefix = '') => `${prefix}documents/${SLUG}/versions/${OLD}/index.html`;
const comparePage = (prefix = '') => `${prefix}documents/${SLUG}/compare/${OLD}/index.html`;

/** The comparison's rows as "old ids → new ids change", in page order. */
async function rows(page: Page): Promise<string[]> {
  return page
    .locator('.cmp-row')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${(e as HTMLElement).dataset['from'] || '∅'} → ${(e as HTMLElement).dataset['to'] || '∅'} ${(e as HTMLElement).dataset['change'] ?? ''}`,
      ),
    );
}

test('the earlier text is marked as not current, dated, and links to the current text', async ({ page }) => {
  await page.goto(versionPage());
  const banner = page.locator('.version-banner');
  await expect(banner).toContainText('Not the current text');
  await expect(banner).toContainText('as adopted on 25 June 2021, in force from 1 October 2021 to 30 June 2024');
  // The old article 8 (deleted in 2024) is read here under its own id.
  await expect(page.locator('#art8 > .row > .zh')).toContainText('第八条　区园林绿化主管部门应当每年组织一次古树名木巡查。');
  // Its citations name this text and this page.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/documents/${SLUG}/versions/${OLD}/$`));
  await expect(page.locator('#cite')).toContainText('as adopted June 25, 2021');
  await expect(page.locator('#cite')).toContainText(`/documents/${SLUG}/versions/${OLD}/`);
  // The list of texts marks this one and gives each its period in force.
  await expect(page.locator(`.version-list li[data-version="${OLD}"]`)).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.version-list li[data-version="2024-04-26"]')).toContainText('in force from 1 July 2024');
  await page.locator('a[data-current-text]').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SLUG}/index\\.html$`));
  // The current text lists the versions and links to the earlier one and to the comparison.
  await expect(page.locator('#cite')).toContainText('as amended April 26, 2024');
  await page.locator(`.version-list a[data-compare="${OLD}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${OLD}/index\\.html$`));
});

test('the comparison runs in the new order, with the deleted article in place and the renumbering shown', async ({ page }) => {
  await page.goto(comparePage());
  expect(await rows(page)).toEqual([
    'hist1 → hist1 amended',
    '∅ → hist2 added',
    'ch1 → ch1 unchanged',
    'art1 → art1 unchanged',
    'art2 → art2 unchanged',
    'art3 → art3 unchanged',
    '∅ → art4 added',
    'art4 → art5 renumbered',
    'ch2 → ch2 unchanged',
    'art5 → art6 renumbered',
    'art6 → art7 renumbered',
    'art7 → art8 renumbered',
    'art8 → ∅ deleted',
    'ch3 → ch3 unchanged',
    'art9 → art9 amended',
    'art10 → art10 unchanged',
    'art11 → art11 unchanged',
  ]);
  // Old 第五条 is shown against new 第六条.
  const renumbered = page.locator('.cmp-row[data-from="art5"]');
  await expect(renumbered.locator('.cmp-head')).toContainText('第五条 → 第六条');
  await expect(renumbered.locator('.cmp-old .cmp-zh')).toContainText('第五条　古树名木由市园林绿化主管部门组织认定');
  await expect(renumbered.locator('.cmp-new .cmp-zh')).toContainText('第六条　古树名木由市园林绿化主管部门组织认定');
  await expect(renumbered.locator('.cmp-old .cmp-zh del')).toHaveText('五');
  await expect(renumbered.locator('.cmp-new .cmp-zh ins')).toHaveText('六');
  // Deleted and added: the whole article marked, the other side says it is absent.
  const deleted = page.locator('.cmp-row[data-change="deleted"]');
  await expect(deleted.locator('.cmp-old .cmp-zh del')).toHaveText('第八条　区园林绿化主管部门应当每年组织一次古树名木巡查。');
  await expect(deleted.locator('.cmp-new .cmp-absent')).toBeVisible();
  const added = page.locator('.cmp-row[data-to="art4"]');
  await expect(added.locator('.cmp-new .cmp-zh ins')).toHaveText('第四条　市、区人民政府应当将古树名木保护经费列入本级财政预算。');
  await expect(added.locator('.cmp-new .cmp-en ins')).toContainText('shall include the funds');
  // The amended article: changed characters and words marked, struck through and underlined.
  const amended = page.locator('.cmp-row[data-from="art9"]');
  await expect(amended.locator('.cmp-new .cmp-zh ins').first()).toHaveText('一万');
  await expect(amended.locator('.cmp-old .cmp-zh del').first()).toHaveText('五千');
  await expect(amended.locator('.cmp-new .cmp-en ins').last()).toContainText('where the circumstances are serious');
  const marks = await amended.evaluate((row) => ({
    del: getComputedStyle(row.querySelector('del') as Element).textDecorationLine,
    ins: getComputedStyle(row.querySelector('ins') as Element).textDecorationLine,
  }));
  expect(marks).toEqual({ del: 'line-through', ins: 'underline' });
  await expect(page.locator('[data-compare-summary]')).toHaveText('2 added, 1 deleted, 2 amended, 4 renumbered');
  // Each side links to its article in its text.
  await renumbered.locator('.cmp-old .cmp-side-label a').click();
  await expect(page).toHaveURL(new RegExp(`/versions/${OLD}/index\\.html#art5$`));
});

test('the traditional edition shows 條 in the comparison and on the earlier text', async ({ page }) => {
  await page.goto(comparePage('hant/'));
  await expect(page.locator('.cmp-row[data-from="art5"] .cmp-head')).toContainText('第五條 → 第六條');
  await expect(page.locator('.cmp-row[data-from="art5"] .cmp-head [lang="zh-Hant"]').first()).toBeVisible();
  await page.goto(versionPage('hant/'));
  await expect(page.locator('#art8 > .row > .zh')).toContainText('第八條');
  await expect(page.locator('#art8 > .row > .zh')).toHaveAttribute('lang', 'zh-Hant');
});

test('in the Chinese interface the earlier text says so in Chinese', async ({ page }) => {
  await page.goto(versionPage('zh/'));
  await expect(page.locator('.version-banner')).toContainText('此文本不是现行文本');
  await page.goto(comparePage('zh/hant/'));
  await expect(page.locator('.cmp-row[data-change="deleted"] .cmp-change')).toHaveText('刪除');
});

for (const path of [versionPage('zh/hant/'), comparePage('zh/'), comparePage('hant/')]) {
  test(`/${path}: every run of text is marked with its language`, async ({ page }) => {
    await page.goto(path);
    const cite = page.locator('#cite');
    if ((await cite.count()) > 0) await cite.evaluate((e) => ((e as HTMLDetailsElement).open = true));
    expect(await strayText(page)).toEqual([]);
  });
}

test('with JavaScript, a date goes to the text in force on it', async ({ page }) => {
  await page.goto(current());
  const form = page.locator('form[data-version-jump]');
  await expect(form).toBeVisible();
  await form.locator('input[type="date"]').fill('2024-05-01'); // amended, not yet in force
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/versions/${OLD}/index\\.html$`));
  await page.locator('form[data-version-jump] input[type="date"]').fill('2024-07-01');
  await page.locator('form[data-version-jump] button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SLUG}/index\\.html$`));
  await page.locator('form[data-version-jump] input[type="date"]').fill('2020-01-01');
  await page.locator('form[data-version-jump] button[type="submit"]').click();
  await expect(page.locator('.version-jump-none')).toHaveText('No text of this document was in force on that date.');
});

test('the export carries the versions and the derived matching, valid against its schema', async ({ request }) => {
  const doc = (await (await request.get(`data/documents/${SLUG}.json`)).json()) as {
    currentVersion: unknown;
    versions: { adopted: string; segments: { id: string }[]; changes: { change: string; from: string[]; to: string[] }[] }[];
  };
  expect(validateDocument(doc)).toEqual([]);
  expect(doc.currentVersion).toEqual({ adopted: '2024-04-26', inForce: '2024-07-01' });
  expect(doc.versions.map((v) => v.adopted)).toEqual([OLD]);
  expect(doc.versions[0]?.segments.some((s) => s.id === 'art8')).toBe(true);
  expect(doc.versions[0]?.changes).toContainEqual(expect.objectContaining({ change: 'renumbered', from: ['art5'], to: ['art6'] }));
  expect(doc.versions[0]?.changes).toContainEqual(expect.objectContaining({ change: 'deleted', from: ['art8'], to: [] }));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the versions, the earlier text and the comparison all read, and the filter still works', async ({ page }) => {
    await page.goto(current());
    await expect(page.locator('.version-list li')).toHaveCount(2);
    await expect(page.locator('form[data-version-jump]')).toBeHidden();
    await page.locator(`.version-list a[href*="versions/${OLD}/"]`).click();
    await expect(page.locator('.version-banner')).toBeVisible();
    await expect(page.locator('#art8 > .row > .en')).toContainText('inspection of ancient and famous trees');
    await page.goto(comparePage());
    await expect(page.locator('.cmp-row[data-change="unchanged"]').first()).toBeVisible();
    await page.locator('#only-changed').check();
    await expect(page.locator('.cmp-row[data-change="unchanged"]').first()).toBeHidden();
    await expect(page.locator('.cmp-row[data-change="deleted"]')).toBeVisible();
    await expect(page.locator('.cmp-row[data-from="art5"]')).toBeVisible();
  });
});

test('search finds an article the amendment deleted only when earlier texts are asked for, on the earlier text', async ({ page }) => {
  await page.goto(`search/index.html?q=${encodeURIComponent('inspection once a year')}&earlier=1`);
  const hit = page.locator(`#search-results li[data-version="${OLD}"]`);
  await expect(hit).toHaveCount(1, { timeout: 15_000 });
  await expect(hit.locator('.badge')).toHaveText('earlier version: 25 June 2021');
  await hit.locator('.hit-where a').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SLUG}/versions/${OLD}/index\\.html#art8$`));
  await page.goto(`search/index.html?q=${encodeURIComponent('inspection once a year')}`);
  await expect(page.locator('#search-status')).not.toHaveText(/^(Searching…)?$/, { timeout: 15_000 });
  await expect(page.locator('#search-results li[data-version]')).toHaveCount(0);
});
