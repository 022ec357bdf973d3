/**
 * Terminology checks: the glossary must be consistent in itself, and every clause whose Chinese
 * contains a glossary term must render it in English with one of the term's accepted renderings.
 */
import { findRendering, findTerms, type Matcher } from './glossary.ts';
import type { GlossaryEntry, GlossaryException } from './glossary-schema.ts';
import type { Segment } from './segments.ts';
import { units } from './segments.ts';

/** A recorded, reasoned exception to the rendering check. */
export interface RenderingWaiver {
  document: string;
  segment: string;
  term: string;
  reason: string;
}

/** Problems in the glossary itself: duplicate ids or headwords, unknown references. */
export function checkGlossary(entries: readonly GlossaryEntry[], exceptions: readonly GlossaryException[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const headwords = new Map<string, string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`entry ${e.id}: duplicate id`);
    ids.add(e.id);
    const other = headwords.get(e.zh);
    if (other) problems.push(`entry ${e.id}: duplicate headword ${e.zh} (also entry ${other})`);
    headwords.set(e.zh, e.id);
  }
  for (const e of entries) {
    for (const r of e.related) if (!ids.has(r)) problems.push(`entry ${e.id}: related term “${r}” does not exist`);
  }
  for (const x of exceptions) {
    const entry = entries.find((e) => e.id === x.term);
    if (!entry) problems.push(`exception for unknown term “${x.term}”`);
    else if (!x.context.includes(entry.zh)) problems.push(`exception for ${x.term}: context “${x.context}” does not contain ${entry.zh}`);
  }
  return problems;
}

/** A clause whose English uses none of the renderings of a term in its Chinese. */
export interface RenderingReport {
  document: string;
  segment: string;
  term: string;
  headword: string;
  expected: string[];
}

/**
 * Checks a document's clauses: each glossary term found in a clause's Chinese needs one of its
 * renderings in the clause's English, unless a waiver records why not. Untranslated clauses are
 * skipped: they show the Chinese only.
 */
export function checkRenderings(
  document: string,
  segments: readonly Segment[],
  matcher: Matcher,
  waivers: readonly RenderingWaiver[] = [],
): RenderingReport[] {
  const reports: RenderingReport[] = [];
  for (const u of units(segments)) {
    // A segment not translated yet (a partial translation) has no English to check.
    if (u.translation === 'none') continue;
    for (const id of new Set(findTerms(u.zh, matcher).map((m) => m.term))) {
      const entry = matcher.entries.get(id);
      if (!entry || findRendering(u.en, entry)) continue;
      if (waivers.some((w) => w.document === document && w.segment === u.id && w.term === id)) continue;
      reports.push({ document, segment: u.id, term: id, headword: entry.zh, expected: [entry.en, ...entry.variants] });
    }
  }
  return reports;
}

/** One line per report, naming file, segment and term. */
export function formatRenderingReport(r: RenderingReport): string {
  return `content/documents/${r.document}.mdx, segment ${r.segment}: “${r.headword}” (${r.term}) is in the Chinese but the English has none of: ${r.expected.map((e) => `“${e}”`).join(', ')}`;
}
