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
import { ImportRefusal, decodeSource } from './decode.ts';
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
 * The largest source accepted: 10 MiB. A policy text is rarely over 1 MB; the import takes about a
 * second and 70 MB of memory per MB of input (8.7 MB: 11 s and 590 MB), so past this a file is
 * most likely several sources pasted together, and better split.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** "10.0 MB" (MiB, one decimal): how the size limit and a file's size are shown. */
export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Import one source file's bytes. Throws ImportRefusal for a file that is over the size limit,
 * empty, binary, in an unknown encoding, or without Chinese text. Never throws for odd layout: it
 * decides, and warns. `onStep` is told when each stage starts, for progress on long imports.
 */
export function importSource(bytes: Uint8Array, onStep: (step: string) => void = () => {}): ImportResult {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ImportRefusal('too-large', `the file is ${megabytes(bytes.length)}, over the ${megabytes(MAX_SOURCE_BYTES)} limit; split it`);
  }
  const report = createReport();
  onStep('decoding');
  const decoded = decodeSource(bytes, report);
  onStep('cleaning lines');
  const lines = cleanLines(decoded.text, report);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Laws and notices are printed one unit to a paragraph and carry their structure in numbers;
  // everything else is read as a page of reports (the seed's genre).
  const texts = lines.filter((l) => !l.blank).map((l) => l.text);
  const genre = looksLikeLaw(texts) ? 'law' : looksLikeNotice(texts) ? 'notice' : 'report';
  if (genre !== 'report') {
    onStep(`reading the ${genre}'s structure`);
    const { units, layout } = buildUnits(lines, analyseLayout(lines), report);
    const doc = genre === 'law' ? parseLaw(units, report) : parseNotice(units, report);
    return { decoded, layout, documents: [doc], report: report.finish(), sha256 };
  }
  onStep('finding paragraphs');
  const { blocks, layout } = buildBlocks(lines, report);
  onStep('finding articles');
  const articles = findArticles(blocks, report);
  onStep('building documents');
  const documents = buildDocuments(articles, report);
  return { decoded, layout, documents, report: report.finish(), sha256 };
}
