/**
 * Anchors never break (content/anchors.yaml, src/lib/anchors.ts). Build cases on copies of the
 * minimal fixture site: a recorded segment that disappears fails the build, naming the anchor; a
 * mapped one builds and lands on its successor; a moved document gets a redirect page at its old
 * URL in both scripts. Then, on one fixture build served from a sub-path and opened from disk,
 * Chromium proves the old fragments land: scrolled to and highlighted, across redirect pages.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/lib/serve-dist.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

const FIXTURE = 'tests/fixtures/minimal/content';
const sites: IsolatedBuild[] = [];

/** A private build of a fresh copy of the fixture's content (tests/helpers/isolated-build.ts). */
function fixture(): IsolatedBuild {
  const site = isolatedBuild('duizhao-anchors-');
  sites.push(site);
  cpSync(FIXTURE, site.content, { recursive: true });
  return site;
}

/** `npm run anchors` on a fixture's content. */
function recordAnchors(site: IsolatedBuild): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['scripts/anchors.ts'], {
    env: { ...process.env, DUIZHAO_CONTENT: site.content },
    encoding: 'utf8',
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  writeFileSync(file, next);
}

afterAll(() => {
  for (const site of sites) site.remove();
});

describe('anchors in the build', { timeout: 120_000 }, () => {
  it('fails when a recorded segment disappears, naming the anchor and the record', () => {
    const site = fixture();
    const doc = join(site.content, 'documents/fixture.mdx');
    // Drop p2 and its source line, so only the anchor check can object.
    edit(doc, /\n {2}- id: p2\n(?: {4}.*\n)*/, '\n');
    edit(doc, 'lines: [1, 4]', 'lines: [1, 3]');
    const r = site.build();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('Anchor check: 1 problem(s) would break published anchors');
    expect(r.output).toContain(
      `documents/fixture#p2: segment p2 is gone from document fixture. Restore it, or record its successor in ${site.content}/anchors.yaml under renamed: (“fixture#p2: <new-id>”, or “fixture#p2: <other-slug>#<id>”)`,
    );
  });

  it('asks for a renamed segment to be recorded; once mapped and recorded, it builds and the old id lands on the successor', () => {
    const site = fixture();
    edit(join(site.content, 'documents/fixture.mdx'), 'id: p2\n', 'id: p2a\n');
    edit(join(site.content, 'anchors.yaml'), /\nrenamed:\n/, '\nrenamed:\n  fixture#p2: p2a\n');
    const first = site.build();
    expect(first.status).not.toBe(0);
    expect(first.output).not.toContain('documents/fixture#p2:'); // mapped: not broken
    expect(first.output).toContain(
      `Anchor check: 1 published anchor(s) are not recorded in ${site.content}/anchors.yaml yet: documents/fixture#p2a.`,
    );
    expect(first.output).toContain('Run `npm run anchors` to record them');

    const cli = recordAnchors(site);
    expect(cli.output).toContain('documents/fixture#p2a');
    expect(cli.status).toBe(0);
    expect(readFileSync(join(site.content, 'anchors.yaml'), 'utf8')).toContain('  fixture: [p1, p2, p2a]\n');
    const r = site.build();
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
    for (const page of ['documents/fixture/index.html', 'hant/documents/fixture/index.html']) {
      const html = readFileSync(join(site.dist, page), 'utf8');
      expect(html).toMatch(/<div class="seg[^"]*" id="p2a"[^>]*><span class="anchor-alias" id="p2"><\/span>/);
      expect(html).not.toContain('anchor-forwards'); // no fragment map when nothing left the document
    }
  });
});

/**
 * One fixture build for the rest: the fixture document moved to `alpha` (where p2 became p2a and
 * p3, an anchor of an earlier alpha, went to `beta`); fixture#p9 went to beta#p1. A draft, `gamma`,
 * previewed with DUIZHAO_DRAFTS=1, is not recorded and must not count. Built for the sub-path /sub/.
 */
describe('successors, built and in the browser', { timeout: 120_000 }, () => {
  let dist = '';
  let server: DistServer | undefined;
  let root = ''; // the site's URL: http://127.0.0.1:<port>/sub/
  let browser: Browser | undefined;
  const BASE = '/sub/';

  beforeAll(async () => {
    const site = fixture();
    const docs = join(site.content, 'documents');
    const original = readFileSync(join(docs, 'fixture.mdx'), 'utf8');
    renameSync(join(docs, 'fixture.mdx'), join(docs, 'alpha.mdx'));
    edit(join(docs, 'alpha.mdx'), 'id: p2\n', 'id: p2a\n');
    edit(join(docs, 'alpha.mdx'), 'en: Title }', 'en: Alpha }');
    writeFileSync(join(docs, 'beta.mdx'), original.replace('en: Title }', 'en: Beta }'));
    writeFileSync(join(docs, 'gamma.mdx'), original.replace('status: published', 'status: draft').replace('en: Title }', 'en: Gamma }'));
    const record = join(site.content, 'anchors.yaml');
    edit(record, '  fixture: [p1, p2]\n', '  fixture: [p1, p2, p9]\n  alpha: [p1, p2, p3]\n');
    edit(record, /\nmoved:\n/, '\nmoved:\n  fixture: alpha\n');
    edit(record, /\nrenamed:\n/, '\nrenamed:\n  alpha#p2: p2a\n  alpha#p3: beta#p2\n  fixture#p9: beta#p1\n');
    const cli = recordAnchors(site);
    expect(cli.output).toContain('Recorded in');
    expect(cli.status).toBe(0);
    const r = site.build({ DUIZHAO_BASE: BASE, DUIZHAO_DRAFTS: '1' });
    expect(r.output).toContain('Complete!');
    dist = site.dist;
    server = await serveDist(dist, BASE);
    root = server.url;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** A page in a fresh context (no service worker; a window short enough that the last segment can scroll to its top). */
  async function open(url: string, javaScript = true): Promise<Page> {
    const context = await browser!.newContext({
      javaScriptEnabled: javaScript,
      serviceWorkers: 'block',
      viewport: { width: 1000, height: 200 },
    });
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  /** Whether the segment is highlighted and scrolled to the top of the window (its scroll margin is 4rem). */
  async function landedOn(page: Page, id: string): Promise<{ highlighted: boolean; top: number; scrolled: number }> {
    return page.evaluate((segId) => {
      const seg = document.getElementById(segId)!;
      const other = document.querySelector<HTMLElement>(`.seg:not(#${segId}):not(:has(#${segId}))`)!;
      return {
        highlighted:
          getComputedStyle(seg).boxShadow !== 'none' && getComputedStyle(seg).backgroundColor !== getComputedStyle(other).backgroundColor,
        top: Math.round(seg.getBoundingClientRect().top),
        scrolled: window.scrollY,
      };
    }, id);
  }

  it('writes redirect pages at the moved document’s old URL in both scripts, and not for the draft', () => {
    for (const [page, target, lang] of [
      ['documents/fixture/index.html', '../alpha/index.html', 'zh-Hans'],
      ['hant/documents/fixture/index.html', '../alpha/index.html', 'zh-Hant'],
    ] as const) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).toContain('<html lang="en"');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(
        `<link rel="canonical" href="https://duizhao.example.org/sub/${page.replace('fixture/index.html', 'alpha/')}">`,
      );
      expect(html).toContain(`<noscript><meta http-equiv="refresh" content="0; url=${target}"></noscript>`);
      expect(html).toContain(`<script data-to="${target}">`);
      expect(html).toContain(`<a href="${target}"><span lang="${lang}">`);
      expect(html).toMatch(/<script type="application\/json" id="anchor-forwards">\{"p9":"\.\.\/beta\/index.html#p1"\}<\/script>/);
    }
    // Data exports cannot redirect: the old addresses serve the new document's exports.
    const moved = JSON.parse(readFileSync(join(dist, 'data/documents/fixture.json'), 'utf8')) as { slug: string; title: { en: string } };
    expect(moved).toMatchObject({ slug: 'alpha', title: { en: 'Alpha' } });
    for (const ext of ['tmx', 'zh-Hans.txt', 'zh-Hant.txt', 'en.txt']) {
      expect(readFileSync(join(dist, `data/documents/fixture.${ext}`), 'utf8')).toBe(
        readFileSync(join(dist, `data/documents/alpha.${ext}`), 'utf8'),
      );
    }
    // Search engines get the new page, not the redirect.
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://duizhao.example.org/sub/documents/alpha/</loc>');
    expect(sitemap).not.toContain('documents/fixture/');
    expect(existsSync(join(dist, 'documents/gamma/index.html'))).toBe(true); // the draft, previewed, unrecorded
    expect(readFileSync(join(dist, 'documents/beta/index.html'), 'utf8')).not.toContain('anchor-forwards');
    const validate = spawnSync(
      'npx',
      [
        'html-validate',
        '--config',
        '.htmlvalidate.json',
        join(dist, 'documents/fixture/index.html'),
        join(dist, 'hant/documents/fixture/index.html'),
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(validate.stdout + validate.stderr).toBe('');
    expect(validate.status).toBe(0);
  });

  it('lands an old fragment on its renamed successor without JavaScript: scrolled to and highlighted', async () => {
    for (const variant of ['', 'hant/']) {
      const page = await open(`${root}${variant}documents/alpha/index.html#p2`, false);
      const landed = await landedOn(page, 'p2a');
      expect(landed.highlighted).toBe(true);
      expect(landed.scrolled).toBeGreaterThan(0);
      // At the top of the window, below the 4rem scroll margin, where its own fragment puts it, and as highlighted.
      expect(landed.top).toBeGreaterThanOrEqual(56);
      expect(landed.top).toBeLessThanOrEqual(72);
      const own = await open(`${root}${variant}documents/alpha/index.html#p2a`, false);
      expect(await landedOn(own, 'p2a')).toEqual(landed);
      const style = (p: Page) => p.evaluate(() => getComputedStyle(document.getElementById('p2a')!).backgroundColor);
      expect(await style(page)).toBe(await style(own));
      await page.context().close();
      await own.context().close();
    }
  });

  it('carries the fragment from a moved document’s old page to the new one, in both scripts', async () => {
    for (const variant of ['', 'hant/']) {
      const page = await open(`${root}${variant}documents/fixture/index.html#p2`);
      await page.waitForURL(`${root}${variant}documents/alpha/index.html#p2`);
      await page.waitForLoadState('load');
      expect((await landedOn(page, 'p2a')).highlighted).toBe(true);
      // A fragment the old document's map sends to another document; no fragment: the new page.
      await page.goto(`${root}${variant}documents/fixture/index.html#p9`);
      await page.waitForURL(`${root}${variant}documents/beta/index.html#p1`);
      await page.goto(`${root}${variant}documents/fixture/index.html`);
      await page.waitForURL(`${root}${variant}documents/alpha/index.html`);
      await page.context().close();
    }
  });

  it('redirects from a downloaded copy (file://) too', async () => {
    const page = await open(`file://${dist}/hant/documents/fixture/index.html#p2`);
    await page.waitForURL(`file://${dist}/hant/documents/alpha/index.html#p2`);
    await page.waitForLoadState('load');
    expect((await landedOn(page, 'p2a')).highlighted).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, the redirect page refreshes to the new page', async () => {
    const page = await open(`${root}documents/fixture/index.html#p2`, false);
    await page.waitForURL(`${root}documents/alpha/index.html`);
    await page.context().close();
  });

  it('forwards an id that went to another document; without JavaScript a notice links on', async () => {
    const page = await open(`${root}documents/alpha/index.html#p3`);
    await page.waitForURL(`${root}documents/beta/index.html#p2`);
    await page.waitForLoadState('load');
    expect((await landedOn(page, 'p2')).highlighted).toBe(true);
    await page.context().close();

    const noJs = await open(`${root}documents/alpha/index.html#p3`, false);
    const notice = noJs.locator('#p3');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe('Clause p3 is now clause p2 of “Beta”.');
    expect(await notice.locator('a').getAttribute('href')).toBe('../beta/index.html#p2');
    await noJs.goto(`${root}documents/alpha/index.html#p1`);
    expect(await noJs.locator('#p3').isVisible()).toBe(false);
    await noJs.context().close();
  });
});
