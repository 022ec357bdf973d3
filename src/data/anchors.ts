/**
 * The anchor check of every build (src/lib/anchors.ts): content/anchors.yaml against the
 * published documents. Run once per build; any problem, or a published anchor not yet recorded,
 * fails the build. Drafts previewed with DUIZHAO_DRAFTS=1 are not published and do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { anchorRecordFile, checkAnchors, formatAnchorReport, parseAnchorRecord, type AnchorPlan } from '../lib/anchors.ts';
import { units } from '../lib/segments.ts';
import { publishedDocuments, type DocumentEntry } from './corpus.ts';

let planPromise: Promise<AnchorPlan> | undefined;

/** The checked plan: aliases, fragment maps and redirect pages. Throws (fails the build) on any problem. */
export function anchorPlan(): Promise<AnchorPlan> {
  planPromise ??= publishedDocuments().then((docs) => {
    const { path, label } = anchorRecordFile(process.env['DUIZHAO_CONTENT'] ?? 'content', process.cwd());
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

/**
 * Documents whose old slug the site still answers for (redirect pages, exports at the old
 * address): the old slug and the document now published. A slug that is built anyway (a draft
 * previewed under it with DUIZHAO_DRAFTS=1) keeps its own pages.
 */
export async function movedDocuments(): Promise<{ from: string; target: DocumentEntry }[]> {
  const [plan, docs] = await Promise.all([anchorPlan(), publishedDocuments()]);
  return [...plan.redirects].flatMap(([from, to]) => {
    const target = docs.find((d) => d.id === to);
    return !target || docs.some((d) => d.id === from) ? [] : [{ from, target }];
  });
}
