import { chromium } from '@playwright/test';
import { serveDist } from './lib/serve-dist.ts';
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [path, width, open] of [['documents/seven-departments-graduates-community-jobs/index.html#m7', 1280, 'm7'], ['zh/documents/seven-departments-graduates-community-jobs/index.html#m7', 390, 'm7'], ['hant/documents/seven-departments-graduates-community-jobs/v/2026-11-26/index.html', 390, ''], ['zh/hant/documents/mca-social-organisations-poverty-alleviation-symposium/changes/index.html', 1280, '']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.url + path);
  if (open) { await page.locator(`#${open} > .history summary`).click(); await page.locator(`#${open} > .history`).scrollIntoViewIfNeeded(); }
  await page.screenshot({ path: `screenshots/${path.replace(/[^a-z0-9]+/g, '_')}-${width}.png` });
  await page.close();
}
await browser.close(); server.close();
