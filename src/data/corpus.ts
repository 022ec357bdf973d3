/**
 * Loads the content collections once per build and prepares what pages share: published
 * documents in order, the glossary and its matcher, and every term occurrence.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createMatcher, findTerms, type Matcher } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/glossary-schema.ts';
import { units, type Unit } from '../lib/segments.ts';
import { checkGlossary, checkRenderings, formatRenderingReport, type RenderingWaiver } from '../lib/terminology.ts';
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
      if (problems.length > 0) throw new Error(`content/glossary/terms.yaml:\n  ${problems.join('\n  ')}`);
      const matcher = createMatcher(entries, exceptions);
      // The terminology check runs in every build: a published clause must render its terms.
      const waivers = renderingWaivers();
      const reports = docs
        .filter((d) => d.data.status === 'published') // drafts previewed with DUIZHAO_DRAFTS are unfinished
        .flatMap((d) => checkRenderings(d.id, d.data.segments, matcher, waivers));
      if (reports.length > 0) {
        throw new Error(
          `Terminology check: ${reports.length} clause(s) do not render a glossary term (add the rendering, a variant, or a reasoned waiver in content/glossary/waivers.yaml):\n  ${reports.map(formatRenderingReport).join('\n  ')}`,
        );
      }
      return { entries, matcher };
    },
  );
  return glossaryPromise;
}

/** Reasoned exceptions to the rendering check (content/glossary/waivers.yaml, optional). */
function renderingWaivers(): RenderingWaiver[] {
  const file = resolve(process.env['DUIZHAO_CONTENT'] ?? 'content', 'glossary', 'waivers.yaml');
  if (!existsSync(file)) return [];
  const list = (YAML.parse(readFileSync(file, 'utf8')) ?? []) as RenderingWaiver[];
  for (const w of list) {
    if (!w.document || !w.segment || !w.term || !w.reason)
      throw new Error(`${file}: every waiver needs document, segment, term and reason`);
  }
  return list;
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
