/**
 * What pages share from the content, all of it passed by the checks stage (src/data/checks.ts):
 * the documents in order, the glossary and its matcher, what cleaning removed from each source,
 * and every term occurrence.
 */
import { findTerms, type Matcher } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/glossary-schema.ts';
import type { CleaningReport } from '../lib/provenance.ts';
import { units, type Unit } from '../lib/segments.ts';
import { checkedCorpus } from './checks.ts';
import type { DocumentEntry } from './load.ts';

export type { DocumentEntry };

/** The documents this build renders (published; drafts too when previewing), newest first, then by slug. */
export async function publishedDocuments(): Promise<DocumentEntry[]> {
  return (await checkedCorpus()).documents;
}

/** Glossary entries sorted by pinyin, and a matcher over them. */
export async function glossary(): Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> {
  return (await checkedCorpus()).glossary;
}

/** What cleaning removed from a document's raw source (the provenance panel). */
export async function cleaningReport(slug: string): Promise<CleaningReport> {
  const report = (await checkedCorpus()).cleaning.get(slug);
  if (!report) throw new Error(`no provenance for ${slug}: the checks stage did not see this document`);
  return report;
}

/** Where a glossary term occurs: a unit of a document. */
export interface Occurrence {
  doc: DocumentEntry;
  unit: Unit;
}

let occurrencesPromise: Promise<Map<string, Occurrence[]>> | undefined;

/** Every occurrence of every glossary term in the built documents, by term id. */
export function occurrences(): Promise<Map<string, Occurrence[]>> {
  occurrencesPromise ??= checkedCorpus().then(({ documents, glossary: { matcher } }) => {
    const out = new Map<string, Occurrence[]>();
    for (const doc of documents) {
      for (const unit of units(doc.data.segments)) {
        // A clause counts once per term, however often the term occurs in it.
        for (const term of new Set(findTerms(unit.zh, matcher).map((m) => m.term))) {
          const list = out.get(term) ?? [];
          list.push({ doc, unit });
          out.set(term, list);
        }
      }
    }
    return out;
  });
  return occurrencesPromise;
}
