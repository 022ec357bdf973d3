import { describe, expect, it } from 'vitest';
import { exportDocument, exportIndex, servedSchema, siteRoot, type ExportedDocument } from '../../src/lib/export.ts';
import { plainText, PLAIN_TEXT_LANGUAGES } from '../../src/lib/plain-text.ts';
import { toTraditional } from '../../src/lib/script.ts';
import { toTmx } from '../../src/lib/tmx.ts';
import documentSchema from '../../src/lib/schema/document.schema.json';
import { AWKWARD_EN, AWKWARD_ZH, awkwardDocument, fixtureMatcher, realCorpus } from '../helpers/export-fixtures.ts';
import { checkPlainText, checkTmx, schemaValidator, validateDocument, validateIndex } from '../helpers/exports.ts';

const ROOT = 'https://example.org/duizhao/';

function awkward(): ExportedDocument {
  return exportDocument('awkward', awkwardDocument(), { matcher: fixtureMatcher(), root: ROOT });
}

describe('site root', () => {
  it('is the canonical origin with the base, ending in a slash', () => {
    expect(siteRoot('https://example.org', '/')).toBe('https://example.org/');
    expect(siteRoot('https://example.org', '/duizhao/')).toBe('https://example.org/duizhao/');
    expect(siteRoot('https://example.org/', '/duizhao')).toBe('https://example.org/duizhao/');
  });
});

describe('document export (JSON)', () => {
  it('matches its JSON Schema', () => {
    expect(validateDocument(awkward())).toEqual([]);
  });

  it('names its schema and its reading pages by absolute URL under the base', () => {
    const doc = awkward();
    expect(doc.$schema).toBe('https://example.org/duizhao/data/schema/document.schema.json');
    expect(doc.schemaVersion).toMatch(/^1\.\d+$/);
    expect(doc.url).toBe('https://example.org/duizhao/documents/awkward/');
    expect(doc.urlHant).toBe('https://example.org/duizhao/hant/documents/awkward/');
  });

  it('gives the translation’s version, the date of its last revision', () => {
    expect(awkward().version).toBe('2026-11-26');
  });

  it('lists every unit in reading order with both scripts, English and notes, text unchanged', () => {
    const doc = awkward();
    expect(doc.segments.map((u) => u.id)).toEqual(['p1', 'p2', 'p2-1', 'p2-2', 'caption', 'pullquote', 'source']);
    const p1 = doc.segments[0]!;
    expect(p1.zh).toBe(AWKWARD_ZH);
    expect(p1.en).toBe(AWKWARD_EN);
    expect(p1.zhHant).toBe(toTraditional(AWKWARD_ZH));
    expect(p1.notes).toEqual([{ on: '引号', text: 'A note with <angle brackets> & an ampersand.' }]);
    expect(doc.title.zhHant).toBe(toTraditional(doc.title.zh));
    expect(doc.refersTo).toEqual({ zh: '《关于测试的通知》', zhHant: '《關於測試的通知》', en: 'Notice on Testing' });
  });

  it('says which paragraph a point belongs to and which segment a pull quote repeats, and nothing else', () => {
    const doc = awkward();
    const byId = new Map(doc.segments.map((u) => [u.id, u]));
    expect(byId.get('p2-1')).toMatchObject({ kind: 'point', parent: 'p2' });
    expect(byId.get('pullquote')).toMatchObject({ kind: 'pullquote', repeats: 'p2' });
    expect(byId.get('p1')).not.toHaveProperty('parent');
    expect(byId.get('p1')).not.toHaveProperty('repeats');
    expect(byId.get('p2')).toMatchObject({ zh: '', en: '' });
  });

  it('lists each segment’s glossary terms once, with the rendering its English uses', () => {
    const byId = new Map(awkward().segments.map((u) => [u.id, u.terms]));
    expect(byId.get('p1')).toEqual([{ id: 'di-yi', zh: '第一', zhHant: '第一', en: 'first', rendered: 'first' }]);
    // 民政部 twice, listed once; a variant rendering is reported as used.
    expect(byId.get('p2-1')).toEqual([
      { id: 'min-zheng-bu', zh: '民政部', zhHant: '民政部', en: 'Ministry of Civil Affairs', rendered: 'Ministry of Civil Affairs' },
      { id: 'she-hui-zu-zhi', zh: '社会组织', zhHant: '社會組織', en: 'social organization', rendered: 'social organization' },
      { id: 'di-yi', zh: '第一', zhHant: '第一', en: 'first', rendered: 'number one' },
    ]);
    // 教育部门 is a recorded exception, not 教育部; 社会组织 is not rendered in this English.
    expect(byId.get('p2-2')).toEqual([
      { id: 'she-hui-zu-zhi', zh: '社会组织', zhHant: '社會組織', en: 'social organization', rendered: null },
    ]);
    expect(byId.get('p2')).toEqual([]);
  });

  it('is rejected by the schema when a field is missing, misspelt or mistyped', () => {
    const bad = (change: (d: Record<string, unknown> & ExportedDocument) => void) => {
      const d = structuredClone(awkward()) as Record<string, unknown> & ExportedDocument;
      change(d);
      return validateDocument(d);
    };
    expect(bad((d) => delete (d.segments[0] as Partial<ExportedDocument['segments'][0]>).terms)).toContain(
      "/segments/0 must have required property 'terms'",
    );
    expect(bad((d) => (d['segment'] = []))).toContain('/ must NOT have additional properties');
    expect(bad((d) => (d.date.value = '1 July 2020'))).toContain('/date/value must match pattern "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"');
    expect(bad((d) => (d.url = 'documents/awkward/'))).toContain('/url must match format "uri"');
  });

  it('is served with an $id equal to the URL the exports name', () => {
    const served = servedSchema(documentSchema, 'data/schema/document.schema.json', ROOT);
    expect(served['$id']).toBe(awkward().$schema);
    expect(Object.keys(served).slice(0, 2)).toEqual(['$schema', '$id']);
    expect(schemaValidator(served)(awkward())).toEqual([]);
  });
});

describe('corpus index', () => {
  const docs = [awkward(), exportDocument('other', awkwardDocument(), { matcher: fixtureMatcher(), root: ROOT })];
  const index = exportIndex(docs, ROOT);
  // Links resolve against the index's own URL, as a browser or a script fetching it would.
  const at = (href: string) => new URL(href, `${ROOT}data/index.json`).href;

  it('matches its JSON Schema', () => {
    expect(validateIndex(index)).toEqual([]);
    expect(index.$schema).toBe(`${ROOT}data/schema/index.schema.json`);
  });

  it('lists every document in the order given, with its segment count and date', () => {
    expect(index.documents.map((d) => d.slug)).toEqual(['awkward', 'other']);
    expect(index.documents[0]).toMatchObject({
      segmentCount: 7,
      date: { value: '2020-07-01', inferred: false },
      version: '2026-11-26',
      type: 'notice',
    });
  });

  it('links each export and reading page by a path relative to the index', () => {
    const d = index.documents[0]!;
    expect(at(d.exports.json)).toBe(`${ROOT}data/documents/awkward.json`);
    expect(at(d.exports.tmx)).toBe(`${ROOT}data/documents/awkward.tmx`);
    expect(PLAIN_TEXT_LANGUAGES.map((l) => at(d.exports.text[l]))).toEqual([
      `${ROOT}data/documents/awkward.zh-Hans.txt`,
      `${ROOT}data/documents/awkward.zh-Hant.txt`,
      `${ROOT}data/documents/awkward.en.txt`,
    ]);
    expect(at(d.pages.hans)).toBe(`${ROOT}documents/awkward/index.html`);
    expect(at(d.pages.hant)).toBe(`${ROOT}hant/documents/awkward/index.html`);
    expect(at(index.glossary)).toBe(`${ROOT}data/glossary.json`);
    expect(at(index.documentSchema)).toBe(docs[0]!.$schema);
    expect(d.url).toBe(docs[0]!.url);
  });
});

describe('exports of the real corpus (content/)', () => {
  const { docs, matcher } = realCorpus();
  const exported = docs.map((d) => exportDocument(d.slug, d.data, { matcher, root: ROOT }));

  it('has published documents to check', () => {
    expect(exported.length).toBeGreaterThan(0);
  });

  it.each(exported.map((d) => [d.slug, d] as const))('%s: JSON, TMX and plain text are valid and complete', (_slug, doc) => {
    expect(validateDocument(doc)).toEqual([]);
    expect(checkTmx(toTmx(doc, { toolVersion: '0.0.0' }), doc)).toEqual([]);
    for (const lang of PLAIN_TEXT_LANGUAGES) expect(checkPlainText(plainText(doc, lang), doc, lang)).toEqual([]);
  });

  it('the index of the real corpus matches its schema', () => {
    expect(validateIndex(exportIndex(exported, ROOT))).toEqual([]);
  });
});
