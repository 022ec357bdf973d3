/**
 * File side of `npm run anchors` (scripts/anchors.ts), also used by the benchmark for its
 * synthetic corpora: reads the published documents' ids and content/anchors.yaml, and appends
 * the anchors the record lacks. The rules live in src/lib/anchors.ts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import {
  appendAnchors,
  checkAnchors,
  parseAnchorRecord,
  type AnchorPlan,
  type AnchorRef,
  type PublishedIds,
} from '../../src/lib/anchors.ts';
import { documentSchema } from '../../src/lib/document-schema.ts';
import { units } from '../../src/lib/segments.ts';

/** The published documents of a content tree with their ids; invalid documents are listed apart (the build says why). */
export function publishedIds(contentDir: string): { published: PublishedIds[]; invalid: string[] } {
  const dir = join(contentDir, 'documents');
  const published: PublishedIds[] = [];
  const invalid: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    let data: unknown;
    try {
      data = YAML.parse(front ?? '');
    } catch {
      invalid.push(file);
      continue;
    }
    const r = documentSchema.safeParse(data);
    if (!r.success) invalid.push(file);
    // The slug is the file name (docs/content-format.md), as the build's content loader takes it.
    else if (r.data.status === 'published') published.push({ slug: basename(file, '.mdx'), ids: units(r.data.segments).map((u) => u.id) });
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
