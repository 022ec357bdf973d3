/**
 * The data exports of a built site, read as files the way a user or a script would: the index
 * and each document's JSON valid against the schemas the site serves, the TMX valid TMX 1.4
 * holding exactly the segments' texts, the plain texts complete and in order, every link of the
 * index pointing at a file that exists. The site is the minimal fixture plus the documents of
 * tests/fixtures/exports (awkward characters, points, page furniture, a draft), built under a
 * sub-path from a private copy of the project (tests/helpers/isolated-build.ts).
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readDocument } from '../../src/lib/front-matter.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlainText, checkTmx, schemaValidator, type DocumentLike } from '../helpers/exports.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';
import { validateXML } from 'xmllint-wasm';

const SITE = 'https://example.test';
const BASE = '/duizhao/';
const ROOT = `${SITE}${BASE}`;
const SPECIAL = 'exports-special';
const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;

let site: IsolatedBuild | undefined;
let dist = '';
let output = '';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as unknown;

interface IndexFile {
  $schema: string;
  documentSchema: string;
  glossary: string;
  documents: {
    slug: string;
    segmentCount: number;
    url: string;
    exports: { json: string; tmx: string; akn?: { zho: string; eng: string }; text: Record<(typeof LANGUAGES)[number], string> };
    pages: { hans: string; hant: string };
  }[];
}
type DocumentFile = DocumentLike & { $schema: string; url: string; version: string | null };

/** The file a link of data/index.json names, resolved the way a browser resolves it from the file. */
function fromIndex(href: string): string {
  return fileURLToPath(new URL(href, pathToFileURL(join(dist, 'data', 'index.json'))));
}

beforeAll(() => {
  site = isolatedBuild('duizhao-exports-');
  dist = site.dist;
  cpSync('tests/fixtures/minimal/content', site.content, { recursive: true });
  cpSync('tests/fixtures/exports/content', site.content, { recursive: true });
  // A content tree with an anchor record must list every published anchor: add the new document's.
  const anchors = join(site.content, 'anchors.yaml');
  if (existsSync(anchors)) {
    writeFileSync(
      anchors,
      readFileSync(anchors, 'utf8').replace(/^anchors:\n/m, `anchors:\n  ${SPECIAL}: [p1, p2, p2-1, p2-2, caption, pullquote, source]\n`),
    );
  }
  const r = site.build({ DUIZHAO_SITE: SITE, DUIZHAO_BASE: BASE });
  output = r.output;
  if (r.status !== 0) throw new Error(`fixture build failed:\n${output}`);
}, 180_000);

afterAll(() => site?.remove());

describe('built data exports', () => {
  it('serve their schemas, named by absolute URL under the sub-path', () => {
    const docSchema = readJson('data/schema/document.schema.json') as { $id: string };
    const indexSchema = readJson('data/schema/index.schema.json') as { $id: string };
    expect(docSchema.$id).toBe(`${ROOT}data/schema/document.schema.json`);
    expect(indexSchema.$id).toBe(`${ROOT}data/schema/index.schema.json`);
    const index = readJson('data/index.json') as IndexFile;
    expect(index.$schema).toBe(indexSchema.$id);
    expect((readJson(`data/documents/${SPECIAL}.json`) as DocumentFile).$schema).toBe(docSchema.$id);
  });

  it('index: valid against its schema, every published document and no draft, newest first', () => {
    const index = readJson('data/index.json') as IndexFile;
    expect(schemaValidator(readJson('data/schema/index.schema.json') as object)(index)).toEqual([]);
    expect(index.documents.map((d) => d.slug)).toEqual([SPECIAL, 'fixture']);
    expect(readdirSync(join(dist, 'data', 'documents')).filter((f) => f.startsWith('exports-draft'))).toEqual([]);
  });

  it('index: every link names a file of the built site, segment counts match the documents', () => {
    const index = readJson('data/index.json') as IndexFile;
    const missing: string[] = [];
    const check = (href: string) => {
      if (!existsSync(fromIndex(href))) missing.push(href);
    };
    check(index.glossary);
    check(index.documentSchema);
    for (const d of index.documents) {
      expect(d.exports.akn, `${d.slug}: a published document has its Akoma Ntoso export`).toBeDefined();
      [
        d.exports.json,
        d.exports.tmx,
        d.exports.akn?.zho ?? '',
        d.exports.akn?.eng ?? '',
        ...LANGUAGES.map((l) => d.exports.text[l]),
        d.pages.hans,
        d.pages.hant,
      ].forEach(check);
      const doc = JSON.parse(readFileSync(fromIndex(d.exports.json), 'utf8')) as DocumentFile;
      expect(d.segmentCount).toBe(doc.segments.length);
      expect(d.url).toBe(`${ROOT}documents/${d.slug}/`);
    }
    expect(missing).toEqual([]);
  });

  const slugs = [SPECIAL, 'fixture'];
  const doc = (slug: string) => readJson(`data/documents/${slug}.json`) as DocumentFile;

  it.each(slugs)('%s.json: valid against the served schema', (slug) => {
    expect(schemaValidator(readJson('data/schema/document.schema.json') as object)(doc(slug))).toEqual([]);
    expect(doc(slug).url).toBe(`${ROOT}documents/${slug}/`);
  });

  it('the JSON carries the source text exactly as written in the content, terms and version included', () => {
    const front = readDocument(`tests/fixtures/exports/content/documents/${SPECIAL}.mdx`).data;
    const exported = doc(SPECIAL) as DocumentFile & { segments: { terms: { id: string; rendered: string | null }[] }[] };
    const p1 = exported.segments.find((s) => s.id === 'p1')!;
    expect(p1.zh).toBe(front.segments[0]!.zh);
    expect(p1.en).toBe(front.segments[0]!.en);
    expect(p1.zh).toContain(`A&B<C>，“引号”和"直引号"及'单引号'，]]>与&amp;`);
    expect(exported.segments.find((s) => s.id === 'p1')).toMatchObject({ terms: [{ id: 'di-yi', rendered: 'first' }] });
    expect(exported.version).toBe('2026-11-26');
  });

  it.each(slugs)('%s.tmx: valid TMX 1.4 whose units are the segments, text for text', (slug) => {
    const tmx = read(`data/documents/${slug}.tmx`);
    expect(checkTmx(tmx, doc(slug))).toEqual([]);
  });

  it('the TMX escapes what XML needs escaped, and nothing more', () => {
    const tmx = read(`data/documents/${SPECIAL}.tmx`);
    expect(tmx).toContain(`<seg>第一条：A&amp;B&lt;C&gt;，“引号”和"直引号"及'单引号'，]]&gt;与&amp;amp;照录。</seg>`);
    expect(tmx).toContain(`<tu tuid="${SPECIAL}#p2-1">`);
    expect(tmx).not.toContain(`tuid="${SPECIAL}#p2"`);
  });

  it.each(slugs.flatMap((slug) => LANGUAGES.map((lang) => [slug, lang] as const)))(
    '%s.%s.txt: UTF-8, the title and every segment with its id, in order',
    (slug, lang) => {
      const bytes = readFileSync(join(dist, 'data', 'documents', `${slug}.${lang}.txt`));
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      expect(bytes[0]).not.toBe(0xef); // no byte-order mark
      expect(checkPlainText(text, doc(slug), lang)).toEqual([]);
    },
  );

  it('Akoma Ntoso: each built expression is valid against the OASIS schema and holds the document text', async () => {
    const schema = (name: string) => ({ fileName: name, contents: readFileSync(`tests/fixtures/akn/schema/${name}`, 'utf8') });
    const files = slugs.flatMap((slug) => (['zho', 'eng'] as const).map((lang) => `data/documents/${slug}.${lang}.akn.xml`));
    const result = await validateXML({
      xml: files.map((f) => ({ fileName: f, contents: read(f) })),
      schema: [schema('akomantoso30.xsd')],
      preload: [schema('xml.xsd')],
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    // Every Chinese character of the document is in the Chinese expression, in order.
    const han = (text: string) => text.replace(/<[^>]*>/g, '').replace(/[^\p{Script=Han}]/gu, '');
    const json = doc(SPECIAL);
    const zho = read(`data/documents/${SPECIAL}.zho.akn.xml`);
    const body = zho.slice(zho.search(/<(?:body|mainBody)\b/));
    expect(han(body)).toBe(han(json.segments.map((u) => u.zh).join('')));
    // No Akoma Ntoso for a draft (it has no dates to name the work by).
    expect(existsSync(join(dist, 'data', 'documents', 'exports-draft.zho.akn.xml'))).toBe(false);
  }, 30_000);

  it('search is still indexed from the JSON exports', () => {
    // 2 clauses of the fixture + 5 of the special document (its pull quote and empty lead are not records) + 1 glossary entry.
    expect(output).toMatch(/indexed 8 records/);
  });
});
