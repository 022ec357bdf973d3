/** Clause permalinks, copying a clause, citations of documents and clauses, machine-readable metadata. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { accessDateForms } from '../../src/lib/cite.ts';
import { PLACEHOLDER } from '../../src/lib/cite-templates.ts';
import { pinpoint, type Pinpoint } from '../../src/lib/structure/pinpoint.ts';
import { buildTree } from '../../src/lib/structure/tree.ts';
import { publishedDocs } from './site.ts';

const docs = publishedDocs();
const seven = 'documents/seven-departments-graduates-community-jobs/';
const CANONICAL = 'https://duizhao.example.org/';
/** The address citations name: the version of the translation they quote (documents/<slug>/v/<date>/). */
const versionOf = (slug: string) => `documents/${slug}/v/${docs.find((d) => d.slug === slug)?.data.revised ?? 'missing'}/`;
const sevenCited = versionOf('seven-departments-graduates-community-jobs');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * The clipboard after a copy action, read once the page has announced the copy: the write is
 * asynchronous, and reading earlier returns whatever an earlier test left there.
 */
async function copiedText(page: Page, announcement: string | RegExp): Promise<string> {
  await expect(page.getByRole('status').and(page.locator('#copy-status'))).toHaveText(announcement);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Today in the browser, as the citation formats write it. */
async function today(page: Page): Promise<string[]> {
  const iso = await page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  return accessDateForms(iso);
}

/** Every segment of a document in reading order, with its pinpoint from the document tree. */
function segmentIds(doc: (typeof docs)[number]): { id: string; at: Pinpoint }[] {
  const tree = buildTree(doc.data.segments);
  return tree.nodes.map((n) => ({ id: n.id, at: pinpoint(n) }));
}

for (const prefix of ['', 'hant/']) {
  test(`/${prefix}: the clause number is a link that lands on, highlights and copies the clause's address`, async ({ page }) => {
    await page.goto(`${prefix}${seven}index.html`);
    const link = page.locator('#m4 > .seg-id');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#m4$/);
    expect(await copiedText(page, 'Link to m4 copied.')).toBe(`${CANONICAL}${prefix}${sevenCited}#m4`);
    const highlighted = await page.locator('#m4').evaluate((e) => getComputedStyle(e).backgroundColor);
    const plain = await page.locator('#m5').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(highlighted).not.toBe(plain);
  });
}

test('a fragment in the address lands on its clause in both scripts, every clause', async ({ page }) => {
  // Every clause of both documents in both scripts, one after another: about 15 s on an idle
  // machine, more than 30 s on a loaded one. The assertions are per clause.
  test.setTimeout(90_000);
  for (const doc of docs) {
    for (const prefix of ['', 'hant/']) {
      await page.goto(`${prefix}documents/${doc.slug}/index.html`);
      for (const { id } of segmentIds(doc)) {
        await page.evaluate((h) => (location.hash = h), id);
        const seg = page.locator(`[id="${id}"]`);
        await expect(seg).toBeInViewport();
        expect(await seg.evaluate((e) => e.matches(':target'))).toBe(true);
      }
    }
  }
});

test('in one-language mode, points read inline and their tools do not cover the text', async ({ page }) => {
  await page.goto('documents/mca-social-organisations-poverty-alleviation-symposium/index.html#p3-1');
  await page.getByLabel('Chinese only').check();
  await expect(page.locator('[id="p3-1"] > .seg-tools')).toBeHidden();
  await page.locator('#p3').hover({ position: { x: 5, y: 5 } });
  await expect(page.locator('#p3 > .seg-tools [data-cite-clause]')).toBeVisible();
});

test('keyboard: from the clause number, Tab reaches Copy, which copies the clause in both languages with its reference', async ({
  page,
}) => {
  await page.goto(`hant/${seven}index.html`);
  await page.locator('#m3 > .seg-id').focus();
  await page.keyboard.press('Tab');
  const copy = page.locator('#m3 > .seg-tools [data-copy-clause]');
  await expect(copy).toBeFocused();
  await expect(copy).toBeVisible();
  await page.keyboard.press('Enter');
  const text = await copiedText(page, 'm3 in Chinese and English copied.');
  const lines = text.split('\n');
  const zh = (await page.locator('#m3 > .row > .zh').textContent())?.trim();
  const en = (await page.locator('#m3 > .row > .en').textContent())?.trim();
  expect(lines[0]).toBe(zh);
  expect(lines[0]).toContain('三是'); // the reader's (traditional) script, as on the page
  expect(lines[1]).toBe(en);
  expect(lines[2]).toBe(
    '“Seven Departments Call for Guiding College Graduates to Find Employment and Start Businesses in Urban and Rural Communities”, measure 3 (Duizhao translation)',
  );
  expect(lines[3]).toBe(`${CANONICAL}hant/${sevenCited}#m3`);
});

test('the Cite dialog cites the clause: pinpoint, link, today as access date; BibTeX parses; Escape returns focus', async ({ page }) => {
  await page.goto('documents/mca-social-organisations-poverty-alleviation-symposium/index.html');
  const button = page.locator('[id="p3-2"] > .seg-tools [data-cite-clause]');
  await page.locator('[id="p3-2"]').hover();
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Cite p3-2: para. 3 (point 2)');
  const [us, , iso] = await today(page);
  const note = dialog.locator('[data-cite-part="chicago:0"]');
  await expect(note).toContainText('para. 3 (point 2)');
  await expect(note).toContainText(
    `accessed ${us ?? ''}, ${CANONICAL}${versionOf('mca-social-organisations-poverty-alleviation-symposium')}#p3-2.`,
  );
  await expect(note.locator('[lang="zh-Hans"]')).toHaveText('民政部召开社会组织助力定点脱贫攻坚工作座谈会');
  const bib = parseBibtex((await dialog.locator('[data-cite-part="bibtex:0"]').textContent()) ?? '', { sentenceCase: false });
  expect(bib.errors).toEqual([]);
  expect(bib.entries[0]?.fields['urldate']).toBe(iso);
  // The record is the document's, one per document whatever the clause; the clause is cited from it.
  expect(bib.entries[0]?.fields['url']).toBe(`${CANONICAL}${versionOf('mca-social-organisations-poverty-alleviation-symposium')}`);
  await expect(dialog.locator('[data-cite-part="bibtex:1"]')).toHaveText(
    '\\cite[para.~3 (point 2)]{duizhao-mca-social-organisations-poverty-alleviation-symposium}',
  );
  // In-text citations are in parentheses already: the point's number goes in brackets.
  await expect(dialog.locator('[data-cite-part="apa:0"]')).toContainText('para. 3 [point 2])');
  await expect(dialog.locator('[data-cite-part="mla:0"]')).toContainText('par. 3 [point 2])');
  await expect(dialog.locator('[data-cite-part="apa:1"] i').first()).toContainText('Ministry of Civil Affairs holds symposium');
  await dialog.locator('[data-copy-part="apa:1"]').click();
  expect(await copiedText(page, /^APA \(7th ed\.\) .* copied\.$/)).toContain(
    `Retrieved ${us ?? ''}, from ${CANONICAL}${versionOf('mca-social-organisations-poverty-alleviation-symposium')} (Original work published ca. 2020)`,
  );
  // Rich-text editors get the italics.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });
  expect(html).toContain('<i>Ministry of Civil Affairs holds symposium');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('every clause of every document has a citation with its own pinpoint and link, and no placeholder left', async ({ page }) => {
  const leftovers = [...Object.values(PLACEHOLDER).filter((p) => p !== PLACEHOLDER.accessed), ...accessDateForms(PLACEHOLDER.accessed)];
  for (const doc of docs) {
    await page.goto(`hant/documents/${doc.slug}/index.html`);
    for (const { id, at } of segmentIds(doc)) {
      await page.locator(`[id="${id}"] > .seg-tools [data-cite-clause]`).evaluate((b: HTMLElement) => b.click());
      const dialog = page.locator('#cite-dialog');
      const all = (await dialog.textContent()) ?? '';
      expect(all).toContain(`/hant/${versionOf(doc.slug)}#${id}`);
      expect(await dialog.locator('[data-cite-part="chicago:0"]').textContent()).toContain(at.text);
      expect(await dialog.locator('[data-cite-part="mla:0"]').textContent()).toContain(at.mla);
      for (const l of leftovers) expect(all, `${doc.slug}#${id}`).not.toContain(l);
      await page.keyboard.press('Escape');
    }
  }
});

test('the document citation panel gives every format with today as access date', async ({ page }) => {
  await page.goto(`${seven}index.html`);
  await page.getByText('Cite this document').click();
  const [us, mla] = await today(page);
  const panel = page.locator('#cite');
  for (const label of [
    'Chicago (17th ed., notes and bibliography)',
    'APA (7th ed.)',
    'MLA (9th ed.)',
    'BibTeX (biblatex)',
    'RIS',
    'CSL-JSON',
  ]) {
    await expect(panel.getByRole('heading', { name: label })).toBeVisible();
  }
  await expect(panel.locator('[data-cite-part="mla:1"]')).toContainText(`Accessed ${mla ?? ''}.`);
  await expect(panel.locator('[data-access-date]')).toHaveText(us ?? '');
  const csl = JSON.parse((await panel.locator('[data-cite-part="csl-json:0"]').textContent()) ?? '') as Record<string, unknown>[];
  expect(csl[0]?.['URL']).toBe(`${CANONICAL}${sevenCited}`);
  expect(csl[0]?.['original-date']).toEqual({ 'date-parts': [[2020, 7]], circa: true });
});

test('without JavaScript the clause number is still a link and the panel cites the document', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${seven}index.html#m4`);
  await expect(page.locator('#m4 > .seg-id')).toHaveAttribute('href', '#m4');
  await expect(page.locator('#m4 > .seg-tools')).toBeHidden();
  await page.getByText('Cite this document').click();
  await expect(page.locator('#cite [data-cite-part="chicago:1"]')).toContainText('[July 2020?]');
  await context.close();
});

test('reading pages describe themselves to reference managers and search engines', async ({ page }) => {
  await page.goto(`hant/${seven}index.html`);
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('citation_title')).toBe(
    'Seven Departments Call for Guiding College Graduates to Find Employment and Start Businesses in Urban and Rural Communities [七部门要求引导高校毕业生到城乡社区就业创业]',
  );
  expect(await meta('citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await meta('citation_fulltext_html_url')).toBe(`${CANONICAL}hant/${sevenCited}`);
  expect(await page.locator('link[rel="cite-as"]').getAttribute('href')).toBe(`${CANONICAL}hant/${sevenCited}`);
  expect(await meta('DC.source')).toContain('date inferred as 2020-07');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${CANONICAL}hant/${seven}`);
  // The English interface with simplified text is the edition tagged `en` (and x-default).
  expect(await page.locator('link[hreflang="en"]').getAttribute('href')).toBe(`${CANONICAL}${seven}`);
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
  expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(`${CANONICAL}hant/${seven}`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
    string,
    Record<string, unknown>
  >;
  expect(ld['translationOfWork']?.['name']).toBe('七部门要求引导高校毕业生到城乡社区就业创业');
  expect(ld['translationOfWork']?.['inLanguage']).toBe('zh-Hans');
  // The year is inferred: JSON-LD describes it, never asserts it as the publication date.
  expect(ld['translationOfWork']?.['datePublished']).toBeUndefined();
  expect(ld['translationOfWork']?.['description']).toContain('inferred');
});

test('the sitemap lists every reading page with its language alternates', async ({ request }) => {
  const xml = new XMLParser({ ignoreAttributes: false });
  const index = xml.parse(await (await request.get('sitemap-index.xml')).text()) as { sitemapindex: { sitemap: { loc: string } } };
  const first = new URL(index.sitemapindex.sitemap.loc).pathname.slice(1);
  const map = xml.parse(await (await request.get(first)).text()) as {
    urlset: { url: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] };
  };
  for (const doc of docs) {
    const entry = map.urlset.url.find((u) => u.loc === `${CANONICAL}documents/${doc.slug}/`);
    expect(entry, doc.slug).toBeDefined();
    expect(entry?.['xhtml:link'].map((l) => `${l['@_hreflang']} ${l['@_href']}`)).toEqual([
      `en ${CANONICAL}documents/${doc.slug}/`,
      `zh-Hans ${CANONICAL}zh/documents/${doc.slug}/`,
      `zh-Hant ${CANONICAL}zh/hant/documents/${doc.slug}/`,
    ]);
  }
});
