/**
 * The import pipeline, bytes in, draft documents and report out: decode → clean lines → paragraph
 * blocks → articles → segments. Pure apart from hashing: no file system, no console, so the CLI and
 * the tests drive exactly the same code.
 */
import { createHash } from 'node:crypto';
import type { Decoded } from './decode.ts';
import type { DraftDocument } from './document.ts';
import type { Layout } from './paragraphs.ts';
import type { Report } from './report.ts';
import { decodeSource } from './decode.ts';
import { cleanLines } from './clean.ts';
import { buildBlocks } from './paragraphs.ts';
import { findArticles } from './structure.ts';
import { buildDocuments } from './document.ts';
import { createReport } from './report.ts';
import { analyseLayout } from './paragraphs.ts';
import { buildUnits } from './units.ts';
import { looksLikeLaw, parseLaw } from './legal.ts';
import { looksLikeNotice, parseNotice } from './notice.ts';

export { ImportRefusal } from './decode.ts';
export type { DraftDocument } from './document.ts';
export type { Segment, SegmentKind } from './segments.ts';
export type { Report, Change, Warning } from './report.ts';

/** Everything an import produces. */
export interface ImportResult {
  readonly decoded: Decoded;
  readonly layout: Layout;
  readonly documents: readonly DraftDocument[];
  readonly report: Report;
  /** SHA-256 of the raw bytes, hex: names default slugs and is recorded in each draft. */
  readonly sha256: string;
}

/**
 * Import one source file's bytes. Throws ImportRefusal for a file that is empty, binary, in an
 * unknown encoding, or without Chinese text. Never throws for odd layout: it decides, and warns.
 */
export function importSource(bytes: Uint8Array): ImportResult {
  const report = createReport();
  const decoded = decodeSource(bytes, report);
  const lines = cleanLines(decoded.text, report);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Laws and notices are printed one unit to a paragraph and carry their structure in numbers;
  // everything else is read as a page of reports (the seed's genre).
  const texts = lines.filter((l) => !l.blank).map((l) => l.text);
  const genre = looksLikeLaw(texts) ? 'law' : looksLikeNotice(texts) ? 'notice' : 'report';
  if (genre !== 'report') {
    const { units, layout } = buildUnits(lines, analyseLayout(lines), report);
    const doc = genre === 'law' ? parseLaw(units, report) : parseNotice(units, report);
    return { decoded, layout, documents: [doc], report: report.finish(), sha256 };
  }
  const { blocks, layout } = buildBlocks(lines, report);
  const articles = findArticles(blocks, report);
  const documents = buildDocuments(articles, report);
  return { decoded, layout, documents, report: report.finish(), sha256 };
}
