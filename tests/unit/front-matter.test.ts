/**
 * The one front-matter reader (src/lib/front-matter.ts): what it gives back, and errors that name
 * the file and the line of the file where the problem is. The documents are synthetic.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrontMatterError, parseDocument, readDocuments, readFrontMatter } from '../../src/lib/front-matter.ts';

/** A valid synthetic document; `change` edits its YAML lines. */
const DOC = [
  '---',
  'title:',
  '  zh: （虚构示例）测试通知',
  '  en: "[SYNTHETIC] Test Notice"',
  'type: notice',
  'status: published',
  'bodies: []',
  'date: { value: "2020-07-01", printed: 7月1日, inferred: false, basis: "" }',
  'source: { publication: null, page: null, attribution: null, raw: synthetic.txt, lines: [1, 2] }',
  'translator: Test',
  'published: "2026-01-01"',
  'segments:',
  '  - id: p1',
  '    number: 1',
  '    zh: 第一段。',
  '    en: The first paragraph.',
  '  - id: p2',
  '    number: 2',
  '    zh: 第二段。',
  '    en: The second paragraph.',
  '---',
  '',
  'Editor’s prose.',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'front-matter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFrontMatter', () => {
  it('gives the raw data and the body, with LF or CRLF line ends', () => {
    for (const text of [DOC, DOC.replaceAll('\n', '\r\n')]) {
      const fm = readFrontMatter(text, 'x.mdx');
      expect((fm.data as { title: { zh: string } }).title.zh).toBe('（虚构示例）测试通知');
      expect(fm.body.trim()).toBe('Editor’s prose.');
    }
  });

  it('reads a draft that ends at its closing fence, and data the schema would refuse', () => {
    expect(readFrontMatter('---\nstatus: draft\nanything: [1, 2]\n---\n', 'd.mdx').data).toEqual({ status: 'draft', anything: [1, 2] });
    expect(readFrontMatter('---\nstatus: draft\n---', 'd.mdx').body).toBe('');
  });

  it('does not end the front matter at a line that only starts with three dashes', () => {
    const fm = readFrontMatter('---\nnote: |\n  --- a quoted rule\nstatus: draft\n---\n', 'd.mdx');
    expect(fm.data).toEqual({ note: '--- a quoted rule\n', status: 'draft' });
  });

  it('names the file when there is no front matter or it is never closed', () => {
    expect(() => readFrontMatter('title: x\n', 'a.mdx')).toThrow('a.mdx:1: no front matter (the file must start with a line ---)');
    expect(() => readFrontMatter('---\ntitle: x\n', 'a.mdx')).toThrow('a.mdx: the front matter opened on line 1 is never closed');
  });

  it('names the file and its line for broken YAML', () => {
    const broken = DOC.replace('type: notice', 'type: [notice');
    expect(() => readFrontMatter(broken, 'b.mdx')).toThrow(/^b\.mdx:\d+: not valid YAML: /);
    const line = Number(/^b\.mdx:(\d+)/.exec(catchMessage(() => readFrontMatter(broken, 'b.mdx')))?.[1]);
    // The flow sequence opens on line 5 of the file; the parser reports it there or where it gives up.
    expect(line).toBeGreaterThanOrEqual(5);
    expect(line).toBeLessThanOrEqual(DOC.split('\n').indexOf('---', 1) + 1);
  });
});

function catchMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return '';
}

describe('parseDocument', () => {
  it('validates through the document schema and takes the slug from the file name', () => {
    const d = parseDocument(DOC, 'content/documents/synthetic-notice.mdx');
    expect(d.slug).toBe('synthetic-notice');
    expect(d.data.segments.map((s) => s.id)).toEqual(['p1', 'p2']);
    // Defaults of the schema are filled in, as in the build.
    expect(d.data.segments[0]?.kind).toBe('paragraph');
    expect(d.data.translation).toBe('complete');
  });

  it('names file, line and place of a field the schema refuses', () => {
    const bad = DOC.replace('    en: The second paragraph.', '    en: The second paragraph.\n    colour: red');
    expect(() => parseDocument(bad, 'c.mdx')).toThrow(FrontMatterError);
    expect(catchMessage(() => parseDocument(bad, 'c.mdx'))).toMatch(/^c\.mdx:21: segments\[1\]: .*colour/);
    const wrongType = DOC.replace('type: notice', 'type: memo');
    expect(catchMessage(() => parseDocument(wrongType, 'c.mdx'))).toMatch(/^c\.mdx:5: type: /);
    const noEnglish = DOC.replace('  en: "[SYNTHETIC] Test Notice"', '  en: ""');
    expect(catchMessage(() => parseDocument(noEnglish, 'c.mdx'))).toBe(
      'c.mdx:4: title → en: English title is empty in a published document',
    );
  });

  it('lists every problem, each with its line', () => {
    const two = DOC.replace('type: notice', 'type: memo').replace('published: "2026-01-01"', 'published: yesterday');
    const lines = catchMessage(() => parseDocument(two, 'c.mdx')).split('\n');
    expect(lines[0]).toBe('c.mdx is not a valid document:');
    expect(lines.slice(1).map((l) => /^ {2}c\.mdx:(\d+): (\S+)/.exec(l)?.slice(1))).toEqual([
      ['5', 'type:'],
      ['11', 'published:'],
    ]);
  });
});

describe('readDocuments', () => {
  it('reads every document of a directory by name, published ones only on request', () => {
    writeFileSync(join(dir, 'b-published.mdx'), DOC);
    writeFileSync(join(dir, 'a-draft.mdx'), DOC.replace('status: published', 'status: draft'));
    writeFileSync(join(dir, 'notes.txt'), 'not a document');
    expect(readDocuments(dir).map((d) => d.slug)).toEqual(['a-draft', 'b-published']);
    expect(readDocuments(dir, { published: true }).map((d) => d.slug)).toEqual(['b-published']);
  });

  it('names the file that is not a valid document', () => {
    const sub = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(sub, 'broken.mdx'), DOC.replace('type: notice', 'type: memo'));
    expect(() => readDocuments(sub)).toThrow(`${join(sub, 'broken.mdx')}:5: type: `);
  });
});
