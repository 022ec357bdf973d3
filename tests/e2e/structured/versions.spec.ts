/**
 * Versions of a translation (issue 15): a revised clause links to its changelog entry with a
 * word-level comparison; the address a citation names keeps the text it quoted; the changelog lists every
 * revision; the feeds are Atom. The fixture regulation was published on 2026-11-20 and revised on
 * 2026-11-24 (art3, art4-1) and 2026-11-26 (art4-1 again).
 */
import { expect, test } from '@playwright/test';
import { atomProblems } from '../../helpers/atom.ts';
import { REGULATION, pagePath, regulation } from './fixture.ts';

const revisionsOf = (id: string) => regulation.segments.find((s) => s.id === id)?.revisions ?? [];
const [art3First] = revisionsOf('art3');
const [art41First, art41Second] = revisionsOf('art4-1');
const current = (id: string) => regulation.segments.find((s) => s.id === id)?.en ?? '';
const versionPath = (prefix: string, date: string) => `${prefix}documents/${REGULATION}/v/${date}/index.html`;

test('the fixture records what these tests read', () => {
  expect(regulation.published).toBe('2026-11-20');
  expect(regulation.revised).toBe('2026-11-26');
  expect([art3First?.date, art41First?.date, art41Second?.date]).toEqual(['2026-11-24', '2026-11-24', '2026-11-26']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a revised clause links to what its latest revision changed, removed and added words shown in the changelog', async ({ page }) => {
    await page.goto(pagePath('', REGULATION));
    const link = page.locator('#art4-1 > .revised a');
    await expect(link).toHaveText('Revised 26 November 2026: what changed');
    // An unrevised clause has no such line.
    await expect(page.locator('#art5 > .revised')).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/documents/${REGULATION}/changes/index\\.html#r-2026-11-26-art4-1$`));
    const entry = page.locator('#r-2026-11-26-art4-1');
    await expect(entry).toContainText(art41Second?.reason ?? 'missing');
    // 2026-11-26: "establish and improve" became "establish and complete".
    await expect(entry.locator('del')).toContainText(['improve']);
    await expect(entry.locator('ins')).toContainText(['complete']);
    // Screen readers hear which is which.
    await expect(entry.locator('del .visually-hidden').first()).toHaveText('removed:');
    // The clause's earlier revision is listed under its own version.
    await expect(page.locator('#r-2026-11-24-art4-1')).toContainText(art41First?.reason ?? 'missing');
  });

  test('in the Chinese interface, traditional script, the revision line speaks Chinese', async ({ page }) => {
    await page.goto(pagePath('zh/hant/', REGULATION));
    await expect(page.locator('#art3 > .revised a')).toHaveText('2026年11月24日修訂（查看改動）');
  });

  test('an earlier version keeps the text it had, is marked as earlier and links to the current one', async ({ page }) => {
    await page.goto(`${versionPath('', '2026-11-20')}#art3`);
    await expect(page.locator('#art3 > .row > .en')).toHaveText(art3First?.previous ?? 'missing');
    await expect(page.locator('#art4-1 > .row > .en')).toHaveText(art41First?.previous ?? 'missing');
    // The Chinese is the source's, whatever the version.
    const zhNow = regulation.segments.find((s) => s.id === 'art3')?.zh ?? '';
    await expect(page.locator('#art3 > .row > .zh')).toHaveText(zhNow);
    const note = page.locator('.version-note');
    await expect(note).toContainText('An earlier version');
    await expect(note).toContainText('published on 20 November 2026');
    await expect(note).toContainText('the current version is of 26 November 2026');
    await expect(page).toHaveTitle(/version of 20 November 2026/);
    // No revision after 20 November shows on its page.
    await expect(page.locator('.revised')).toHaveCount(0);
    await note.getByRole('link', { name: 'Read the current version' }).click();
    await expect(page).toHaveURL(new RegExp(`/documents/${REGULATION}/index\\.html$`));
    await expect(page.locator('#art3 > .row > .en')).toHaveText(current('art3'));
  });

  test('the version of 24 November has that day’s English, and its own earlier history only', async ({ page }) => {
    await page.goto(`${versionPath('hant/', '2026-11-24')}#art4-1`);
    await expect(page.locator('#art4-1 > .row > .en')).toHaveText(art41Second?.previous ?? 'missing');
    await expect(page.locator('#art3 > .row > .en')).toHaveText(current('art3'));
    await expect(page.locator('#art4-1 > .revised a')).toHaveText('Revised 24 November 2026: what changed');
    await expect(page.locator('#art4-1 > .revised a')).toHaveAttribute('href', /changes\/index\.html#r-2026-11-24-art4-1$/);
    await expect(page.locator('.facts')).toContainText('version of 24 November 2026 (an earlier version)');
  });

  test('the changelog lists every version newest first, each revision linking into its version', async ({ page }) => {
    await page.goto(`documents/${REGULATION}/changes/index.html`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Version of 26 November 2026 (current)',
      'Version of 24 November 2026',
      'Version of 20 November 2026',
    ]);
    const latest = page.locator('section').filter({ hasText: 'Version of 24 November 2026' });
    await expect(latest.locator('.change-list > li')).toHaveCount(2);
    await latest.getByRole('link', { name: 'Article 3' }).click();
    await expect(page).toHaveURL(new RegExp(`/documents/${REGULATION}/v/2026-11-24/index\\.html#art3$`));
    await expect(page.locator('#art3 > .row > .en')).toHaveText(current('art3'));
  });
});

test('a citation’s address of the current version forwards to the reading page, fragment kept', async ({ page }) => {
  await page.goto(`${versionPath('zh/', '2026-11-26')}#art4-1`);
  await expect(page).toHaveURL(new RegExp(`/zh/documents/${REGULATION}/index\\.html#art4-1$`));
  await expect(page.locator('#art4-1 > .row > .en')).toHaveText(current('art4-1'));
});

test('the site’s and the document’s feeds are Atom, one entry per version', async ({ request }) => {
  for (const path of ['feed.xml', `documents/${REGULATION}/feed.xml`]) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(atomProblems(xml), path).toEqual([]);
    for (const date of ['2026-11-20', '2026-11-24', '2026-11-26']) expect(xml).toContain(`/documents/${REGULATION}/v/${date}/</id>`);
  }
  const one = await (await request.get(`documents/${REGULATION}/feed.xml`)).text();
  expect(one.match(/<entry>/g)).toHaveLength(3);
});

test('search finds the current English by default, and earlier English when asked, marked and linked to its version', async ({ page }) => {
  // "lawful collection" is only in art. 3's English as published on 20 November.
  await page.goto(`search/index.html?q=${encodeURIComponent('lawful collection')}`);
  const status = page.locator('#search-status');
  await expect(status).not.toHaveText(/^(Searching…)?$/, { timeout: 15_000 });
  await expect(page.locator('#search-results li[data-version]')).toHaveCount(0);
  await page.getByLabel('Also search earlier versions of translations').check();
  await expect(page).toHaveURL(/[?&]earlier=1/);
  const hit = page.locator('#search-results li[data-version="2026-11-20"]');
  await expect(hit).toHaveCount(1, { timeout: 15_000 });
  await expect(hit.locator('.badge')).toHaveText('earlier version: 20 November 2026');
  await expect(hit.locator('p[lang="en"]')).toHaveText(art3First?.previous ?? 'missing');
  await hit.locator('.hit-where a').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${REGULATION}/v/2026-11-20/index\\.html#art3$`));
  await expect(page.locator('.version-note')).toBeVisible();
});
