/**
 * The anchor check of every build (src/lib/anchors.ts): content/anchors.yaml against the
 * published documents. Run once per build; any problem, or a published anchor not yet recorded,
 * fails the build. Drafts previewed with DUIZHAO_DRAFTS=1 are not published and do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { checkAnchors, formatAnchorReport, parseAnchorRecord, type AnchorPlan } from '../lib/anchors.ts';
import { units } from '../lib/segments.ts';
import { publishedDocuments } from './corpus.ts';

let planPromise: Promise<AnchorPlan> | undefined;

/** The record's path, and how messages name it (relative to the project when inside it). */
export function anchorRecordFile(contentDir = process.env['DUIZHAO_CONTENT'] ?? 'content'): { path: string; label: string } {
  const path = resolve(contentDir, 'anchors.yaml');
  const rel = relative(process.cwd(), path);
  return { path, label: rel.startsWith('..') || isAbsolute(rel) ? path : rel };
}

/** The checked plan: aliases, fragment maps and redirect pages. Throws (fails the build) on any problem. */
export function anchorPlan(): Promise<AnchorPlan> {
  planPromise ??= publishedDocuments().then((docs) => {
    const { path, label } = anchorRecordFile();
    const exists = existsSync(path);
    const record = parseAnchorRecord(exists ? readFileSync(path, 'utf8') : '', label);
    const published = docs
      .filter((d) => d.data.status === 'published')
      .map((d) => ({ slug: d.id, ids: units(d.data.segments).map((u) => u.id) }));
    const plan = checkAnchors(record, published, label);
    const report = formatAnchorReport(plan, label);
    if (report !== undefined) throw new Error(exists ? report : `${label} does not exist yet.\n${report}`);
    return plan;
  });
  return planPromise;
}

/** Successor id → old ids of the same document that land on it, for one published document. */
export async function anchorAliases(slug: string): Promise<ReadonlyMap<string, readonly string[]>> {
  return (await anchorPlan()).aliases.get(slug) ?? new Map<string, string[]>();
}
