/**
 * Loads the content collections once per build and prepares what pages share: published
 * documents in order, the glossary and its matcher, and every term occurrence.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createMatcher, findTerms, type Matcher } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/glossary-schema.ts';
import { units, type Unit } from '../lib/segments.ts';
import { checkModality, formatModalityProblem, segmenter } from '../lib/modality.ts';
import { checkRegister, formatRegisterProblem } from '../lib/register.ts';
import {
  applyWaivers,
  checkGlossary,
  checkRenderings,
  formatRenderingReport,
  parseWaivers,
  type WaivableProblem,
  type Waiver,
} from '../lib/terminology.ts';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';

export type DocumentEntry = CollectionEntry<'documents'>;

let documentsPromise: Promise<DocumentEntry[]> | undefined;
let glossaryPromise: Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> | undefined;

/** Published documents, newest first, then by title. Drafts are never built. */
export function publishedDocuments(): Promise<DocumentEntry[]> {
  documentsPromise ??= getCollection('documents', (d) => d.data.status === 'published' || process.env['DUIZHAO_DRAFTS'] === '1').then(
    (docs) => docs.sort((a, b) => (b.data.date.value ?? '').localeCompare(a.data.date.value ?? '') || a.id.localeCompare(b.id)),
  );
  return documentsPromise;
}

/** Glossary entries sorted by pinyin, and a matcher over them. */
export function glossary(): Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> {
  glossaryPromise ??= Promise.all([getCollection('glossary'), getCollection('glossaryExceptions'), publishedDocuments()]).then(
    ([g, ex, docs]) => {
      const entries = g.map((e) => e.data).sort((a, b) => comparePinyin(a.pinyin, b.pinyin));
      const exceptions = ex.map((e) => e.data);
      const problems = checkGlossary(entries, exceptions);
      const matcher = createMatcher(entries, exceptions);
      // The translation checks run in every build, on published clauses: terminology, modality
      // (docs/translation-style.md), register. One message lists every problem of all three.
      const published = docs.filter((d) => d.data.status === 'published'); // drafts previewed with DUIZHAO_DRAFTS are unfinished
      const cut = segmenter(entries.map((e) => e.zh)); // glossary headwords keep names whole (王爱文)
      const found: WaivableProblem[] = published.flatMap((d) => [
        ...checkRenderings(d.id, d.data.segments, matcher).map((r) => ({
          document: r.document,
          segment: r.segment,
          check: 'term' as const,
          key: r.term,
          line: formatRenderingReport(r),
        })),
        ...checkModality(d.id, d.data.type, d.data.segments, cut).map((p) => ({
          document: p.document,
          segment: p.segment,
          check: 'marker' as const,
          key: p.marker,
          line: formatModalityProblem(p),
        })),
        ...checkRegister(d.id, d.data.segments).map((p) => ({
          document: p.document,
          segment: p.segment,
          check: 'phrase' as const,
          key: p.phrase,
          line: formatRegisterProblem(p),
        })),
      ]);
      const lines = applyWaivers(found, translationWaivers(), new Set(published.map((d) => d.id)));
      // Glossary problems first, then the clauses: one error lists everything to fix.
      if (problems.length > 0) throw new Error(`content/glossary/terms.yaml:\n  ${[...problems, ...lines].join('\n  ')}`);
      if (lines.length > 0) {
        throw new Error(
          `Translation checks: ${lines.length} problem(s) (fix the English or the glossary, or record a reasoned waiver in content/glossary/waivers.yaml; rules in docs/translation-style.md):\n  ${lines.join('\n  ')}`,
        );
      }
      return { entries, matcher };
    },
  );
  return glossaryPromise;
}

/** Reasoned exceptions to the translation checks (content/glossary/waivers.yaml, optional). */
function translationWaivers(): Waiver[] {
  const file = resolve(process.env['DUIZHAO_CONTENT'] ?? 'content', 'glossary', 'waivers.yaml');
  if (!existsSync(file)) return [];
  return parseWaivers(YAML.parse(readFileSync(file, 'utf8')), file);
}

/** Compares pinyin ignoring tone marks and case, the order of a pinyin-sorted dictionary. */
export function comparePinyin(a: string, b: string): number {
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
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
