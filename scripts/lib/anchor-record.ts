/**
 * File side of `npm run anchors` (scripts/anchors.ts), also used by the benchmark for its
 * synthetic corpora: reads the published documents' ids and content/anchors.yaml, and appends
 * the anchors the record lacks. The rules live in src/lib/anchors.ts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendAnchors,
  checkAnchors,
  parseAnchorRecord,
  type AnchorPlan,
  type AnchorRef,
  type PublishedIds,
} from '../../src/lib/anchors.ts';
import { FrontMatterError, readDocument, type DocumentFile } from '../../src/lib/front-matter.ts';
import { units } from '../../src/lib/segments.ts';

/** The published documents of a content tree with their ids; invalid documents are listed apart (the build says why). */
export function publishedIds(contentDir: string): { published: PublishedIds[]; invalid: string[] } {
  const dir = join(contentDir, 'documents');
  const published: PublishedIds[] = [];
  const invalid: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    let doc: DocumentFile;
    try {
      doc = readDocument(join(dir, file));
    } catch (e) {
      if (!(e instanceof FrontMatterError)) throw e;
      invalid.push(file);
      continue;
    }
    // The slug is the file name (docs/content-format.md), as the build's content loader takes it.
    if (doc.data.status === 'published') published.push({ slug: doc.slug, ids: units(doc.data.segments).map((u) => u.id) });
  }
  return { published, invalid };
}

export interface RecordResult {
  /** Anchors appended to the record (or that would be, with write: false). */
  added: AnchorRef[];
  /** The check of the record as it is afterwards. */
  plan: AnchorPlan;
  invalid: string[];
}

/** Appends every published anchor missing from `<contentDir>/anchors.yaml` (created if missing); never removes one. */
export function recordAnchors(contentDir: string, label: string, write = true): RecordResult {
  const file = join(contentDir, 'anchors.yaml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const { published, invalid } = publishedIds(contentDir);
  const before = checkAnchors(parseAnchorRecord(text ?? '', label), published, label);
  const added = before.unrecorded;
  if (added.length === 0 || !write) return { added, plan: before, invalid };
  const next = appendAnchors(text, added);
  writeFileSync(file, next);
  return { added, plan: checkAnchors(parseAnchorRecord(next, label), published, label), invalid };
}
