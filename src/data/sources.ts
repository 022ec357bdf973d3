/** Raw sources (content/sources/), and the provenance check of a document against its source. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignSource, lineRange, type CleaningReport } from '../lib/provenance.ts';
import { decodeSource, type SourceEncoding } from '../lib/import/decode.ts';
import { createReport } from '../lib/import/report.ts';
import { units } from '../lib/segments.ts';
import { config } from './config.ts';
import type { DocumentEntry } from './load.ts';

const SOURCES_DIR = join(config.contentDir, 'sources');

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
 * Checks that the document's Chinese text is its source's text with only layout debris removed.
 * Returns what was removed, or one line naming the document, the raw file and its line.
 * Run by the checks stage (src/data/checks.ts), never by a page.
 */
export function checkProvenance(doc: DocumentEntry): CleaningReport | string {
  const { raw, lines } = doc.data.source;
  const result = alignSource(lineRange(sourceText(raw), lines[0], lines[1]), publishedChinese(doc), lines[0]);
  if (result.ok) return result.report;
  return `${config.contentLabel('documents', `${doc.id}.mdx`)}: Chinese text does not match ${config.contentLabel('sources', raw)}, ${result.message}`;
}

/**
 * The same check for each earlier text of the document (`versions:`) against its own slice of
 * a raw source: its title (the document's unless it prints its own) and its segments, in order.
 * Returns what cleaning removed per version (keyed by its adoption date), and one line per mismatch.
 */
export function checkVersionsProvenance(doc: DocumentEntry): { reports: Map<string, CleaningReport>; problems: string[] } {
  const reports = new Map<string, CleaningReport>();
  const problems: string[] = [];
  for (const v of doc.data.versions ?? []) {
    const { raw, lines } = v.source;
    const chinese =
      (v.title ?? doc.data.title).zh +
      units(v.segments)
        .map((u) => u.zh)
        .join('');
    const result = alignSource(lineRange(sourceText(raw), lines[0], lines[1]), chinese, lines[0]);
    if (result.ok) reports.set(v.adopted, result.report);
    else
      problems.push(
        `${config.contentLabel('documents', `${doc.id}.mdx`)}, version ${v.adopted}: Chinese text does not match ${config.contentLabel('sources', raw)}, ${result.message}`,
      );
  }
  return { reports, problems };
}
