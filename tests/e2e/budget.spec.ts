import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** Gzip bytes of every script a page runs: inline scripts and fetched ones (JSON data blocks are not code). */
async function scriptBytes(page: Page, url: string): Promise<{ gzip: number; urls: string[] }> {
  const fetched: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') fetched.push(r.url());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src]):not([type*="json"])').evaluateAll((s) => s.map((e) => e.textContent));
  let gzip = inline.reduce((n, text) => n + gzipSync(text).length, 0);
  for (const u of fetched) gzip += gzipSync(Buffer.from(await (await page.request.get(u)).body())).length;
  return { gzip, urls: fetched };
}

for (const prefix of ['', 'hant/']) {
  test(`a ${prefix ? 'traditional' : 'simplified'} reading page ships at most 10 KB of JavaScript (gzip), no converter`, async ({
    page,
  }) => {
    const { gzip, urls } = await scriptBytes(page, `${prefix}documents/seven-departments-graduates-community-jobs/index.html`);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
    expect(urls.filter((u) => /opencc|pagefind|pinyin/.test(u))).toEqual([]);
  });
}

test('both scripts ship the same JavaScript', async ({ browser }) => {
  const a = await scriptBytes(await browser.newPage(), 'documents/seven-departments-graduates-community-jobs/index.html');
  const b = await scriptBytes(await browser.newPage(), 'hant/documents/seven-departments-graduates-community-jobs/index.html');
  expect(b.gzip).toBe(a.gzip);
});

test('no page makes a third-party request', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const url of [
    'index.html',
    'documents/seven-departments-graduates-community-jobs/index.html',
    'glossary/index.html',
    'search/index.html?q=發展',
  ]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
