/** Raw sources (content/sources/) and the provenance check of each document against its source. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignSource, lineRange, type CleaningReport } from '../lib/provenance.ts';
import { decodeSource, type SourceEncoding } from '../lib/import/decode.ts';
import { createReport } from '../lib/import/report.ts';
import { units } from '../lib/segments.ts';
import type { DocumentEntry } from './corpus.ts';

const SOURCES_DIR = resolve(process.env['DUIZHAO_CONTENT'] ?? 'content', 'sources');

/** File names of the raw sources. */
export function sourceFiles(): string[] {
  return readdirSync(SOURCES_DIR).filter((f) => !f.startsWith('.'));
}

/**
 * A raw source file: its bytes (served verbatim), its encoding and its text. Sources are kept as
 * they came (the importer copies the bytes: UTF-8, UTF-16 or GB18030), so they are decoded as the
 * importer decodes them, not assumed to be UTF-8.
 */
export function sourceFile(file: string): { bytes: Uint8Array; encoding: SourceEncoding; text: string } {
  const bytes = readFileSync(join(SOURCES_DIR, file));
  const decoded = decodeSource(bytes, createReport());
  return { bytes, encoding: decoded.encoding, text: decoded.text };
}

/** The text of a raw source file (line ends as LF). */
export function sourceText(file: string): string {
  return sourceFile(file).text;
}

/** The text a document publishes, in page order: title, then every segment and point. */
export function publishedChinese(doc: DocumentEntry): string {
  return (
    doc.data.title.zh +
    units(doc.data.segments)
      .map((u) => u.zh)
      .join('')
  );
}

/**
 * Checks that the document's Chinese text is its source's text with only OCR debris removed,
 * and reports what was removed. A mismatch fails the build, naming file and raw line.
 */
export function provenance(doc: DocumentEntry): CleaningReport {
  const { raw, lines } = doc.data.source;
  const result = alignSource(lineRange(sourceText(raw), lines[0], lines[1]), publishedChinese(doc));
  if (!result.ok) {
    throw new Error(`content/documents/${doc.id}.mdx: Chinese text does not match content/sources/${raw}, ${result.message}`);
  }
  return result.report;
}
