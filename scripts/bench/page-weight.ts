/**
 * The reading-page weight goal of issue 14: a reading page's HTML at most 2× the bytes of its text
 * (Chinese, English, notes; UTF-8) plus 20 KB, in every edition. The text is the document's: its
 * title in both languages, its clauses and their translator's notes, read from the build's own JSON
 * export (data/documents/<slug>.json, simplified Chinese), and the editors' notes on the whole
 * document, the reasons for an inferred date (the same export) and the editor's note (the MDX
 * body, read from the page: section.editor-note). The pages are read from dist. `segmentBytes`
 * is the clauses and translator's notes alone, the measure this script used before 2026-11-29.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { textOfHtml } from '../../src/lib/xml.ts';

/** The four editions' prefixes (src/lib/variants.ts). */
const EDITIONS = ['', 'hant/', 'zh/', 'zh/hant/'];
export const ALLOWANCE = 20 * 1024;

export interface PageWeight {
  slug: string;
  textBytes: number;
  /** The clauses and their translator's notes alone (the measure before 2026-11-29). */
  segmentBytes: number;
  /** The heaviest of the document's reading pages (its four editions). */
  htmlBytes: number;
  /** htmlBytes / (2 × textBytes + 20 KB): at most 1 meets the goal. */
  ratio: number;
}

interface ExportedText {
  title: { zh: string; en: string };
  date?: { inferred?: boolean; basis?: string } | null;
  segments: { zh?: string; en?: string; notes?: { text?: string }[] }[];
}

/** The text of a page's editor's note (ReadingPage.astro). */
function editorNote(html: string): string {
  return textOfHtml(/<section class="editor-note"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '').trim();
}

export function pageWeights(dist: string): PageWeight[] {
  const dir = join(dist, 'data', 'documents');
  if (!existsSync(dir)) return [];
  const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const slug = f.slice(0, -'.json'.length);
      const pages = EDITIONS.map((e) => join(dist, e, 'documents', slug, 'index.html')).filter((p) => existsSync(p));
      if (pages.length === 0) return [];
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExportedText;
      const segmentBytes = doc.segments.reduce(
        (n, s) => n + bytes(s.zh) + bytes(s.en) + (s.notes ?? []).reduce((m, x) => m + bytes(x.text), 0),
        0,
      );
      const whole = bytes(doc.title.zh) + bytes(doc.title.en) + bytes(doc.date?.inferred ? doc.date.basis : '');
      const textBytes = segmentBytes + whole + bytes(editorNote(readFileSync(pages[0] ?? '', 'utf8')));
      const htmlBytes = Math.max(...pages.map((p) => statSync(p).size));
      return [{ slug, textBytes, segmentBytes, htmlBytes, ratio: htmlBytes / (2 * textBytes + ALLOWANCE) }];
    });
}

/** The corpus's summary: how many reading pages meet the goal, and the worst. */
export function pageWeightSummary(dist: string): { documents: number; meeting: number; worst: PageWeight | undefined } {
  const all = pageWeights(dist);
  const worst = all.reduce<PageWeight | undefined>((w, p) => (w === undefined || p.ratio > w.ratio ? p : w), undefined);
  return { documents: all.length, meeting: all.filter((p) => p.ratio <= 1).length, worst };
}

// `node scripts/bench/page-weight.ts [dist]`: the table for one built site.
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dist = process.argv[2] ?? 'dist';
  for (const p of pageWeights(dist).sort((a, b) => b.ratio - a.ratio))
    console.log(
      `${p.slug}\ttext ${String(p.textBytes)} B (clauses ${String(p.segmentBytes)} B)\tHTML ${String(p.htmlBytes)} B\tgoal ${String(2 * p.textBytes + ALLOWANCE)} B\t${p.ratio.toFixed(2)}× (clauses only: ${(p.htmlBytes / (2 * p.segmentBytes + ALLOWANCE)).toFixed(2)}×)`,
    );
  const s = pageWeightSummary(dist);
  console.log(`${String(s.meeting)} of ${String(s.documents)} reading pages meet the goal (HTML ≤ 2 × text + 20 KB)`);
}
