/**
 * Shared test helpers: the seed, the site's hand-made documents (parsed from their frontmatter,
 * never copied), and encoders for the byte encodings Node can decode but not encode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../../../src/lib/front-matter.ts';
import type { ImportResult } from '../../../src/lib/import/index.ts';
import { expect } from 'vitest';
import { SENTENCE_END } from '../../../src/lib/import/chars.ts';
import { toJson } from '../../../src/lib/import/json.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SEED_PATH = path.join(ROOT, 'content/sources/000_81dd4d6215fba58d.txt');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/import');

export function seedBytes(): Uint8Array {
  return readFileSync(SEED_PATH);
}

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** A segment as the tests compare it: the JSON view's flat shape. */
export interface FlatSegment {
  id: string;
  kind: string;
  text: string;
  parent?: string;
  repeats?: string;
}

/** One of the site's documents, reduced to what the importer must reproduce. */
export interface SiteDocument {
  file: string;
  title: string;
  attribution: string | null;
  lines: [number, number];
  raw: string;
  printed: string | null;
  segments: FlatSegment[];
}

interface SiteSegment {
  id: string;
  kind?: string;
  parent?: string;
  zh: string;
  repeats?: string;
  points?: Array<{ id: string; zh: string }>;
}

/** Parse content/documents/*.mdx frontmatter that comes from the seed. */
export function siteDocuments(): SiteDocument[] {
  const dir = path.join(ROOT, 'content/documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      // Raw, not validated: the comparison also reads the older nested form the schema refuses.
      const fm = readFrontMatter(readFileSync(path.join(dir, file), 'utf8'), file).data as {
        title: { zh: string };
        date: { printed: string | null };
        source: { attribution: string | null; lines: [number, number]; raw: string };
        segments: SiteSegment[];
      };
      return {
        file,
        title: fm.title.zh,
        attribution: fm.source.attribution,
        lines: fm.source.lines,
        raw: fm.source.raw,
        printed: fm.date.printed,
        // Site files in the older nested form (`points:` under a paragraph, a report's numbered
        // measures as kind point) and in the flat form of docs/structure.md compare alike.
        segments: fm.segments.flatMap((s): FlatSegment[] => [
          {
            id: s.id,
            kind: s.kind === 'point' && /^m\d/.test(s.id) ? 'measure' : (s.kind ?? 'paragraph'),
            text: s.zh,
            ...(s.parent === undefined ? {} : { parent: s.parent }),
            ...(s.repeats === undefined ? {} : { repeats: s.repeats }),
          },
          ...(s.points ?? []).map((p) => ({ id: p.id, kind: 'point', text: p.zh, parent: s.id })),
        ]),
      };
    })
    .filter((d) => d.raw === '000_81dd4d6215fba58d.txt')
    .sort((a, b) => a.lines[0] - b.lines[0]);
}

/** The imported documents in the flat shape of the site comparison (ids, kinds, text, parent, repeats). */
export function flatten(result: ImportResult): Array<{ title: string; segments: FlatSegment[] }> {
  return result.documents.map((d) => ({
    title: d.title,
    segments: d.segments.flatMap((s): FlatSegment[] => [
      {
        id: s.id,
        kind: s.kind,
        text: s.zh,
        ...(s.parent === undefined ? {} : { parent: s.parent }),
        ...(s.repeats === undefined ? {} : { repeats: s.repeats }),
      },
      ...(s.points ?? []).map((p) => ({ id: p.id, kind: p.kind, text: p.zh, parent: s.id })),
    ]),
  }));
}

/** UTF-16 bytes with BOM. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), endian === 'le');
  return out;
}

let gbkTable: Map<string, [number, number]> | null = null;

/**
 * GBK bytes for a string of ASCII and GBK characters. Node has no GBK encoder, so the table is the
 * inverse of its GBK decoder over every two-byte sequence.
 */
export function gbk(text: string): Uint8Array {
  if (gbkTable === null) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else {
      const pair = gbkTable.get(ch);
      if (pair === undefined) throw new Error(`not encodable in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** Wrap text into lines of at most `width` code points (the way a column wraps Chinese). */
export function wrap(text: string, width: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

/** The printed body blocks of a site document: inline points run on, the attribution closes the last paragraph. */
export function printed(doc: SiteDocument): Array<{ kind: string; text: string }> {
  const out: Array<{ kind: string; text: string }> = [];
  for (const s of doc.segments) {
    const last = out[out.length - 1];
    if (s.parent !== undefined || s.kind === 'attribution') {
      if (last) last.text += s.text;
    } else out.push({ kind: s.kind, text: s.text });
  }
  return out;
}

/** Insert a blank line (column break) after every `every`-th line that is not a sentence end. */
function withColumnBreaks(lines: string[], every: number): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l);
    const last = Array.from(l).pop() ?? '';
    if ((i + 1) % every === 0 && i < lines.length - 1 && !SENTENCE_END.includes(last)) out.push('');
  });
  return out;
}

/**
 * The seed's articles re-set at another column width: titles and paragraphs wrapped at `width`,
 * column breaks as blank lines inside paragraphs, caption and pull quote as on the page, and
 * paragraphs marked either by blank lines (as in the seed's OCR) or only by a full-width indent.
 */
export function rewrappedPage(site: readonly SiteDocument[], width: number, style: 'blank lines' | 'full-width indents'): string {
  const out: string[] = [];
  for (const doc of site) {
    if (out.length > 0) out.push('');
    out.push(...wrap(doc.title, width));
    printed(doc).forEach((block, i) => {
      if (block.kind === 'caption') {
        out.push('', block.text, '');
      } else if (block.kind === 'pullquote') {
        out.push('\uFFFD \uFFFD ' + wrap(block.text, width * 2).join('\n'));
      } else if (style === 'blank lines') {
        if (i > 0) out.push('');
        const lines = withColumnBreaks(wrap(block.text, width), 11);
        out.push(...(i === 0 ? [`\uFFFD \uFFFD ${lines[0] ?? ''}`, ...lines.slice(1)] : lines));
      } else {
        const [head, ...rest] = withColumnBreaks(wrap('\u3000\u3000' + block.text, width), 11);
        out.push(head ?? '', ...rest);
      }
    });
  }
  return out.join('\n') + '\n';
}

const noSpace = (s: string): string => s.replace(/\s/gu, '');

/**
 * The concatenation invariant: every segment's own text, in order, is the source after the title,
 * nothing lost or doubled (whitespace aside); without the contents node, it is the source after
 * the title with the printed table of contents taken out.
 */
export function checkInvariant(result: ImportResult, decodedSource: string): void {
  const doc = result.documents[0];
  expect(doc).toBeDefined();
  const source = noSpace(decodedSource.replace(/- \d+ -/gu, ''));
  const title = noSpace(doc?.title ?? '');
  expect(source.startsWith(title)).toBe(true);
  const after = source.slice(title.length);
  const segs = toJson(result).documents[0]?.segments ?? [];
  expect(noSpace(segs.map((s) => s.text).join(''))).toBe(after);
  const toc = segs.find((s) => s.kind === 'contents');
  const body = noSpace(
    segs
      .filter((s) => s.kind !== 'contents')
      .map((s) => s.text)
      .join(''),
  );
  expect(body).toBe(toc === undefined ? after : after.replace(noSpace(toc.text), ''));
}
