/**
 * The anchor plan of this build: aliases, fragment maps and redirect pages that keep every anchor
 * recorded in content/anchors.yaml landing. The record is checked by the checks stage
 * (src/data/checks.ts); drafts previewed with DUIZHAO_DRAFTS=1 are not published and do not count.
 */
import type { AnchorPlan } from '../lib/anchors.ts';
import { checkedCorpus } from './checks.ts';
import type { DocumentEntry } from './load.ts';

/** The checked plan. */
export async function anchorPlan(): Promise<AnchorPlan> {
  return (await checkedCorpus()).anchors;
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
  const { anchors: plan, documents: docs } = await checkedCorpus();
  return [...plan.redirects].flatMap(([from, to]) => {
    const target = docs.find((d) => d.id === to);
    return !target || docs.some((d) => d.id === from) ? [] : [{ from, target }];
  });
}
