/**
 * An imported law builds and reads. The importer's drafts (npm run import, scripts/import.ts) of
 * the same fictional regulation in three layouts (web copy, wrapped OCR column with a page break,
 * flat CRLF GB18030) and of a notice go into an empty content tree (the minimal fixture's glossary,
 * an anchor record with no documents), untouched, and the site is built with DUIZHAO_DRAFTS=1 from
 * a private copy of the project (tests/helpers/isolated-build.ts). Each draft gets a page in both
 * scripts; every article the importer found is an addressable element, every chapter and section
 * a heading; the three layouts give the same nodes; the page's Chinese text is the source's,
 * character for character (Han and CJK punctuation), nothing lost and nothing doubled; the notice
 * shows its document number, signature and date.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

const SCRIPT = resolve('scripts/import.ts');
const FIXTURES = resolve('tests/fixtures/import');

interface Source {
  slug: string;
  file: string;
  encoding: string;
}
const LAWS: Source[] = [
  { slug: 'law-web', file: 'synthetic-regulation-web.txt', encoding: 'utf-8' },
  { slug: 'law-ocr', file: 'synthetic-regulation-ocr.txt', encoding: 'utf-8' },
  { slug: 'law-flat', file: 'synthetic-regulation-flat-gb18030.txt', encoding: 'gb18030' },
];
const NOTICE: Source = { slug: 'notice-web', file: 'synthetic-notice-web.txt', encoding: 'utf-8' };
const ALL = [...LAWS, NOTICE];

/** The regulation's articles, counted in the hand-written master: 第一条…第四十二条 and 第十五条之一. */
const ARTICLES = 43;

interface JsonSegment {
  id: string;
  kind: string;
  text: string;
  parent?: string;
  number?: number;
  printed?: string;
}
interface JsonOutput {
  documents: { type: string; title: string; segments: JsonSegment[] }[];
}

let site: IsolatedBuild | undefined;
let build: { status: number | null; output: string } = { status: null, output: '' };
const parsed = new Map<string, JsonOutput['documents'][number]>();

/** `npm run import -- <fixture> …`, as a user runs it (no INIT_CWD: paths are the test's). */
function importCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Han characters and CJK punctuation: what the Chinese text is made of, without spaces or layout. */
const CHINESE =
  /[\p{Script=Han}\u3001-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/gu;
const chinese = (text: string): string => (text.match(CHINESE) ?? []).join('');

/** The source file's text after its first (title) line. */
function sourceBody(s: Source): string {
  const text = new TextDecoder(s.encoding).decode(readFileSync(join(FIXTURES, s.file)));
  return text.slice(text.indexOf('\n') + 1);
}

const decode = (html: string): string =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
const stripTags = (html: string): string => decode(html.replace(/<[^>]*>/g, ''));

function page(slug: string, variant = ''): string {
  // One failure to read, not one per page: the build's own test prints its output.
  if (build.status !== 0) throw new Error('no site to read: the build failed (see “builds with DUIZHAO_DRAFTS=1”)');
  return readFileSync(join(site!.dist, variant, 'documents', slug, 'index.html'), 'utf8');
}

/** The reading part of a document page: from `<div class="segments">` to the end of the article. */
function segmentsHtml(slug: string): string {
  const html = page(slug);
  const start = html.indexOf('<div class="segments">');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) throw new Error(`documents/${slug}/: no <div class="segments"> … </article>`);
  return html.slice(start, end);
}

/** The text of every Chinese part (`class="zh terms"`: a <p>, or a <span> in a heading) in the reading part, in order. */
function zhText(slug: string): string {
  const parts = [...segmentsHtml(slug).matchAll(/<(p|span|div)\b[^>]*\bclass="zh terms"[^>]*>([\s\S]*?)<\/\1>/g)];
  return parts.map((m) => stripTags(m[2] ?? '')).join('');
}

/** The node ids of the reading part, in order (every node is an element of class seg, its id the node's). */
function nodeIds(slug: string): string[] {
  return [...segmentsHtml(slug).matchAll(/<div class="seg\b[^"]*" id="([^"]+)"/g)].map((m) => decode(m[1] ?? ''));
}

beforeAll(() => {
  site = isolatedBuild('duizhao-imported-law-');
  const documents = join(site.content, 'documents');
  mkdirSync(documents, { recursive: true });
  cpSync('tests/fixtures/minimal/content/glossary', join(site.content, 'glossary'), { recursive: true });
  // An anchor record with nothing published yet: drafts are not published and do not count.
  const record = readFileSync('tests/fixtures/minimal/content/anchors.yaml', 'utf8');
  const empty = record.replace(/^anchors:\n(?: {2}.*\n)*/m, 'anchors:\n');
  if (empty === record || /^ {2}\S/m.test(empty)) throw new Error('could not empty the anchor record of tests/fixtures/minimal');
  writeFileSync(join(site.content, 'anchors.yaml'), empty);

  for (const s of ALL) {
    const input = join(FIXTURES, s.file);
    const json = importCli(input, '--json');
    if (json.status !== 0) throw new Error(`import --json ${s.file} failed (${String(json.status)}):\n${json.stderr}`);
    const out = JSON.parse(json.stdout) as JsonOutput;
    if (out.documents.length !== 1) throw new Error(`import --json ${s.file}: ${out.documents.length} documents, expected 1`);
    parsed.set(s.slug, out.documents[0]!);
    const r = importCli(input, '--out', documents, '--slug', s.slug);
    if (r.status !== 0) throw new Error(`import ${s.file} --slug ${s.slug} failed (${String(r.status)}):\n${r.stderr}`);
  }
}, 60_000);

afterAll(() => site?.remove());

describe('an imported law, built as drafts', () => {
  beforeAll(() => {
    build = site!.build({ DUIZHAO_DRAFTS: '1' });
  }, 180_000);

  it('the importer wrote one draft per source and copied the raw files beside the documents', () => {
    for (const s of ALL) {
      expect(readFileSync(join(site!.content, 'documents', `${s.slug}.mdx`), 'utf8')).toMatch(/\nstatus: draft\n/);
      expect(readFileSync(join(site!.content, 'sources', s.file))).toEqual(readFileSync(join(FIXTURES, s.file)));
    }
    expect(LAWS.map((s) => parsed.get(s.slug)?.type)).toEqual(['regulation', 'regulation', 'regulation']);
    expect(parsed.get(NOTICE.slug)?.type).toBe('notice');
  });

  it('builds with DUIZHAO_DRAFTS=1', () => {
    expect(build.status, `astro build failed:\n${build.output}`).toBe(0);
  });

  it.each(ALL.map((s) => s.slug))('%s: a page in simplified and in traditional script', (slug) => {
    expect(build.status, 'the build failed (see “builds with DUIZHAO_DRAFTS=1”)').toBe(0);
    const missing = ['', 'hant'].map((v) => join(site!.dist, v, 'documents', slug, 'index.html')).filter((f) => !existsSync(f));
    expect(missing).toEqual([]);
  });

  it.each(LAWS.map((s) => s.slug))('%s: every article the importer found is an element art1…artN', (slug) => {
    const articles = parsed.get(slug)!.segments.filter((s) => s.kind === 'article');
    expect(articles).toHaveLength(ARTICLES);
    // Numbered in sequence: art1…art42, and 第十五条之一 between 15 and 16.
    const expected = [...Array.from({ length: 42 }, (_, i) => `art${String(i + 1)}`)];
    expected.splice(15, 0, 'art15a');
    expect(articles.map((a) => a.id)).toEqual(expected);
    const html = segmentsHtml(slug);
    const missing = articles.filter((a) => !new RegExp(`<div\\b[^>]*\\bid="${a.id}"`).test(html)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it.each(LAWS.map((s) => s.slug))('%s: chapters and sections are heading elements with their text', (slug) => {
    const divisions = parsed.get(slug)!.segments.filter((s) => s.kind === 'chapter' || s.kind === 'section');
    expect(divisions.map((d) => d.id)).toEqual(['ch1', 'ch2', 'ch3', 'ch3-s1', 'ch3-s2', 'ch4', 'ch5', 'ch6', 'ch7']);
    const html = segmentsHtml(slug);
    for (const d of divisions) {
      const heading = new RegExp(`<(h[2-6])\\b[^>]*\\bid="${d.id}-title"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
      expect(heading, `no heading element for ${d.id} (${d.text})`).not.toBeNull();
      expect(chinese(stripTags(heading?.[2] ?? ''))).toBe(chinese(d.text));
      expect(html).toMatch(new RegExp(`\\bid="${d.id}"`));
    }
    // A section is one level below its chapter.
    const level = (id: string) => Number(new RegExp(`<h([2-6])\\b[^>]*\\bid="${id}-title"`).exec(html)?.[1]);
    expect(level('ch3-s1')).toBe(level('ch3') + 1);
    expect(level('ch1')).toBe(level('ch3'));
  });

  it('the three layouts give pages with the same nodes, the ones the importer reported', () => {
    const [web, ...others] = LAWS.map((s) => nodeIds(s.slug));
    expect(web).toHaveLength(new Set(web).size);
    expect(new Set(web)).toEqual(new Set(parsed.get('law-web')!.segments.map((s) => s.id)));
    for (const ids of others) expect(new Set(ids)).toEqual(new Set(web));
  });

  it.each(ALL)('$slug: the Chinese text of the page is the source after the title, nothing lost, nothing doubled', (s) => {
    const want = chinese(sourceBody(s));
    const got = chinese(zhText(s.slug));
    expect(want.length).toBeGreaterThan(1000 * (s === NOTICE ? 0.5 : 1));
    if (got !== want) {
      // Point at the first difference rather than printing two long strings.
      let i = 0;
      while (i < got.length && got[i] === want[i]) i++;
      expect.fail(
        `page ${String(got.length)} vs source ${String(want.length)} characters; first difference at ${String(i)}:\n` +
          `  page:   …${got.slice(Math.max(0, i - 20), i + 40)}\n  source: …${want.slice(Math.max(0, i - 20), i + 40)}`,
      );
    }
  });

  it('the notice: document number, signature and date are nodes of the page, with their text', () => {
    const segs = parsed.get(NOTICE.slug)!.segments;
    const html = segmentsHtml(NOTICE.slug);
    for (const id of ['docno', 'sig1', 'dated']) {
      const seg = segs.find((x) => x.id === id);
      expect(seg, `import --json has no ${id}`).toBeDefined();
      const el = new RegExp(`<div\\b[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?<p\\b[^>]*\\bclass="zh terms"[^>]*>([\\s\\S]*?)</p>`).exec(html);
      expect(el, `no element #${id} on the page`).not.toBeNull();
      expect(stripTags(el?.[1] ?? '').trim()).toBe(seg?.text);
    }
    expect(segs.find((x) => x.id === 'docno')?.text).toBe('某数发〔2026〕5号');
    expect(segs.find((x) => x.id === 'dated')?.text).toBe('2026年3月5日');
  });
});
