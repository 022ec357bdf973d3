import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist.ts';
import { LAUNCH } from './bench/browser.ts';
const dist = process.argv[2] ?? 'dist';
const queries = process.argv.slice(3);
const server = await serveDist(dist, '/', 0, { gzip: true });
const browser = await chromium.launch(LAUNCH);
const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
let list: [string, number][] = [];
page.on('requestfinished', (req) => void req.sizes().then((s) => list.push([req.url().replace(server.url, ''), s.responseBodySize + s.responseHeadersSize])));
await page.goto(`${server.url}search/index.html`, { waitUntil: 'load' });
await page.waitForTimeout(800);
for (const q of queries) {
  list = [];
  await page.locator('#search-q').fill(q);
  await page.waitForFunction(() => { const t = document.getElementById('search-status')?.textContent ?? ''; return t !== '' && !t.startsWith('Searching'); }, undefined, { timeout: 120000 });
  await page.waitForTimeout(1500);
  console.log(`\n== ${q}: ${String(list.reduce((n, x) => n + x[1], 0))} B in ${String(list.length)} requests`);
  const agg = new Map<string, [number, number]>();
  for (const [u, b] of list) { const k = u.replace(/[a-z0-9_]{12,}/gi, '*'); const a = agg.get(k) ?? [0, 0]; a[0] += b; a[1]++; agg.set(k, a); }
  for (const [k, [b, n]] of [...agg].sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${String(b).padStart(8)} ${String(n).padStart(3)}  ${k}`);
}
await browser.close(); server.close();
