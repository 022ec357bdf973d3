/**
 * Takes reader's-eye screenshots of the built site (desktop 1280 px and phone 390 px, both
 * scripts, each reading mode) into screenshots/. Usage: node scripts/screenshots.ts [page ...]
 * Serves dist/ itself, so run `npm run build` first. Env: MODES=side,zh WIDTHS=1280 PINYIN=1
 * SCHEME=dark FULL=1 HASH=#m4 DIST=/tmp/other-dist CLICK='.segments .terms > a' (clicked first: a
 * glossary card, a Cite button).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { serveDist } from './lib/serve-dist.ts';

const pages = process.argv.slice(2);
const targets =
  pages.length > 0
    ? pages
    : ['documents/seven-departments-graduates-community-jobs/', 'hant/documents/mca-social-organisations-poverty-alleviation-symposium/'];
const modes = (process.env['MODES'] ?? 'default').split(',');
const widths = (process.env['WIDTHS'] ?? '1280,390').split(',').map(Number);

const server = await serveDist(process.env['DIST'] ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
mkdirSync('screenshots', { recursive: true });
for (const target of targets) {
  for (const width of widths) {
    for (const mode of modes) {
      const context = await browser.newContext({
        viewport: { width, height: width > 800 ? 900 : 844 },
        colorScheme: process.env['SCHEME'] === 'dark' ? 'dark' : 'light',
      });
      const page = await context.newPage();
      await page.goto(server.url + target + (process.env['HASH'] ?? ''));
      if (mode !== 'default') await page.check(`#mode-${mode}`);
      if (process.env['PINYIN']) {
        await page.check('#pinyin-toggle');
        await page.waitForSelector('.zh .py'); // the readings load on request
      }
      const click = process.env['CLICK'];
      if (click) {
        await page.locator(click).first().click();
        await page.waitForTimeout(300);
      }
      const name = `screenshots/${target.replace(/\W+/g, '_')}-${width}-${mode}${process.env['PINYIN'] ? '-py' : ''}${process.env['SCHEME'] ?? ''}${click ? '-click' : ''}.png`;
      await page.screenshot({ path: name, fullPage: process.env['FULL'] === '1' });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
server.close();
