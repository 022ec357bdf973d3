/**
 * Loads the content collections once per build and prepares what pages share: published
 * documents in order, the glossary and its matcher, and every term occurrence.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createMatcher, findTerms, type Matcher } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/glossary-schema.ts';
import { units, type Unit } from '../lib/segments.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

let documentsPromise: Promise<DocumentEntry[]> | undefined;
let glossaryPromise: Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> | undefined;

/** Published documents, newest first, then by title. Drafts are never built. */
export function publishedDocuments(): Promise<DocumentEntry[]> {
  documentsPromise ??= getCollection('documents', (d) => d.data.status === 'published' || process.env['DUIZHAO_DRAFTS'] === '1').then((docs) =>
    docs.sort((a, b) => (b.data.date.value ?? '').localeCompare(a.data.date.value ?? '') || a.id.localeCompare(b.id)),
  );
  return documentsPromise;
}

/** Glossary entries sorted by pinyin, and a matcher over them. */
export function glossary(): Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> {
  glossaryPromise ??= Promise.all([getCollection('glossary'), getCollection('glossaryExceptions')]).then(([g, ex]) => {
    const entries = g.map((e) => e.data).sort((a, b) => comparePinyin(a.pinyin, b.pinyin));
    return { entries, matcher: createMatcher(entries, ex.map((e) => e.data)) };
  });
  return glossaryPromise;
}

/** Compares pinyin ignoring tone marks and case, the order of a pinyin-sorted dictionary. */
export function comparePinyin(a: string, b: string): number {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return plain(a).localeCompare(plain(b), 'en') || a.localeCompare(b);
}

/** Where a glossary term occurs: a unit of a document. */
export interface Occurrence {
  doc: DocumentEntry;
  unit: Unit;
}

/** Every occurrence of every glossary term in the published documents, by term id. */
export async function occurrences(): Promise<Map<string, Occurrence[]>> {
  const [docs, { matcher }] = await Promise.all([publishedDocuments(), glossary()]);
  const out = new Map<string, Occurrence[]>();
  for (const doc of docs) {
    for (const unit of units(doc.data.segments)) {
      for (const m of findTerms(unit.zh, matcher)) {
        const list = out.get(m.term) ?? [];
        if (!list.some((o) => o.doc.id === doc.id && o.unit.id === unit.id)) list.push({ doc, unit });
        out.set(m.term, list);
      }
    }
  }
  return out;
}
